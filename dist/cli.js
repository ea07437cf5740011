#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(642);
// The lean entry (dist/cli.js): a rerun whose answer is sealed is printed from the seal
// (src/cli/replay.ts) without loading the engine; everything else loads the engine
// (dist/engine.js, built from src/cli/main.ts) and runs there.




const argv = process.argv.slice(2);
const replayed = (0,_replay_js__WEBPACK_IMPORTED_MODULE_3__/* .replayNoop */ .I)(argv);
if (replayed !== undefined) {
    process.exitCode = replayed;
}
else {
    // Node 22.1 and later keep the engine's compiled code between runs (Node 20 has no cache).
    node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache?.();
    const engine = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), 'engine.js'));
    const { main } = (await import(/* webpackIgnore: true */ engine.href));
    process.exitCode = await main(argv);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 642:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ replayNoop)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./src/executor/run-state-file.ts


// Where the run state lives and how a run that used it says so: shared by the run state and
// the replay of a no-op run (src/cli/replay.ts), which must not load the rest of the engine.
const runStateFile = (stateDir) => (0,external_node_path_.join)(stateDir, 'state.json');
/**
 * A run answered from the state used every entry it names: `pipekit cache ls` and `prune`
 * read the state's time as their last use. To the hour, so a no-op run writes nothing more.
 */
function markStateUsed(file) {
    try {
        if (Date.now() - (0,external_node_fs_namespaceObject.statSync)(file).mtimeMs < 3600_000)
            return;
        const now = new Date();
        (0,external_node_fs_namespaceObject.utimesSync)(file, now, now);
    }
    catch {
        // A read-only checkout: prune then sees the entries' own times.
    }
}

;// CONCATENATED MODULE: ./src/workspace/fs-signature.ts

/**
 * What says a path is the one seen before, as the stat memo judges files (docs/architecture.md,
 * "The stat memo"): the same device and inode, type and mode, size, and neither time moved.
 * Content cannot change without the ctime moving; renaming, adding or removing an entry moves
 * a folder's mtime.
 */
function statSignature(st) {
    return `${st.dev}:${st.ino}:${st.mode}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}
/** The later of a signature's mtime and ctime: when what it describes last changed. */
function changedAt(signature) {
    const parts = signature.split(':');
    return Math.max(Number(parts[4]), Number(parts[5]));
}
/** A path that is not there: missing, or under something that is not a folder. */
function isAbsent(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** What a look of `kind` at `path` sees now. Throws when the disk refuses to answer. */
function lookAgain(kind, path) {
    try {
        if (kind === 'r')
            return external_node_fs_namespaceObject.realpathSync.native(path);
        return statSignature(kind === 's' ? (0,external_node_fs_namespaceObject.statSync)(path) : (0,external_node_fs_namespaceObject.lstatSync)(path));
    }
    catch (error) {
        if (isAbsent(error))
            return null;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(136);
;// CONCATENATED MODULE: ./src/version.ts
/** Written into manifests; the key does not depend on it (it has its own schema version). */
const TOOL_VERSION = 'pipekit 0.1.0';

;// CONCATENATED MODULE: ./src/cli/seal.ts





const SEAL_SCHEMA = 1;
/** The pipeline file `run` opens with these arguments (after the command's name). */
function pipelineArgument(args) {
    let file = 'pipeline.yml';
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--')
            break;
        if (arg === '--pipeline' || arg === '-p')
            file = args[++i] ?? file;
        else if (arg.startsWith('--pipeline='))
            file = arg.slice('--pipeline='.length);
        else if (arg.startsWith('-p') && !arg.startsWith('--'))
            file = arg.slice(2);
    }
    return file;
}
/** The folder a pipeline file's state lives in: `.pipekit` beside it. */
function pipelineRoot(pipelineFile) {
    return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(pipelineFile));
}
const sealFile = (root) => (0,external_node_path_.join)(root, '.pipekit', 'noop.json');
/** Forgets the seal: every run that decides anything again starts with this. */
function breakSeal(root) {
    try {
        rmSync(sealFile(root), { force: true });
    }
    catch {
        // `.pipekit` is a file or unreadable: then no seal can be read either
    }
}
/**
 * Which pipekit: its version, Node's, and the two bundles' signatures (the lean entry and
 * the engine beside it). Undefined where they are not both there (pipekit run from sources),
 * and then no seal is written.
 */
function toolStamp() {
    const dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    try {
        const cli = statSignature((0,external_node_fs_namespaceObject.statSync)((0,external_node_path_.join)(dir, 'cli.js')));
        const engine = statSignature((0,external_node_fs_namespaceObject.statSync)((0,external_node_path_.join)(dir, 'engine.js')));
        return `${TOOL_VERSION} ${process.version} ${cli} ${engine}`;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cli/replay.ts





/**
 * Answers `pipekit run` from the seal of the last no-op run when nothing it looked at has
 * changed (src/cli/seal.ts): prints what that run printed and returns its exit code, 0.
 * Undefined whenever anything differs or cannot be read, and the engine decides as always.
 */
function replayNoop(argv) {
    if (argv[0] !== 'run')
        return undefined;
    const root = pipelineRoot(pipelineArgument(argv.slice(1)));
    const seal = readSeal(sealFile(root));
    if (!seal ||
        seal.cwd !== process.cwd() ||
        seal.argv.length !== argv.length ||
        seal.argv.some((arg, i) => arg !== argv[i]) ||
        seal.tool !== toolStamp() ||
        !sameLooks(root, seal.looks)) {
        return undefined;
    }
    markStateUsed(runStateFile((0,external_node_path_.join)(root, '.pipekit')));
    // A terminal shows a reused step's line no more than the engine's live progress does.
    const live = process.stderr.isTTY === true;
    const progress = seal.lines.filter(([, reused]) => !(live && reused)).map(([line]) => line);
    if (progress.length > 0)
        process.stderr.write(progress.join(''));
    process.stdout.write(seal.stdout);
    return 0;
}
function readSeal(file) {
    try {
        const seal = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
        const whole = seal?.schema === SEAL_SCHEMA &&
            typeof seal.tool === 'string' &&
            typeof seal.cwd === 'string' &&
            typeof seal.stdout === 'string' &&
            Array.isArray(seal.argv) &&
            Array.isArray(seal.looks) &&
            Array.isArray(seal.lines) &&
            seal.lines.every((line) => Array.isArray(line) && typeof line[0] === 'string');
        return whole ? seal : undefined;
    }
    catch {
        return undefined;
    }
}
function sameLooks(root, looks) {
    try {
        for (const look of looks) {
            if (!Array.isArray(look))
                return false;
            const [kind, path, seen] = look;
            if ((kind !== 's' && kind !== 'l' && kind !== 'r') || typeof path !== 'string')
                return false;
            if (lookAgain(kind, (0,external_node_path_.isAbsolute)(path) ? path : `${root}${external_node_path_.sep}${path}`) !== seen)
                return false;
        }
        return true;
    }
    catch {
        return false; // the disk refused to answer: the engine says what it refuses
    }
}


/***/ }),

/***/ 995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
