#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3996:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 6310:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(3936);
const utils = __nccwpck_require__(3211);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 667:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 3721:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(667);
const utils = __nccwpck_require__(3211);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 3936:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(117);
const parse = __nccwpck_require__(3721);
const utils = __nccwpck_require__(3211);
const constants = __nccwpck_require__(667);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 117:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(3211);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(667);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 3211:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(667);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 3532:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6928);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6928:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A mistake of the user's that is not tied to a pipeline source position (a symlink in a
 * component folder pointing out of the repository, a bad --set value, a missing file).
 * Adapters print its message without a stack trace; any other Error is a bug.
 */
class UserError extends Error {
    name = 'UserError';
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts

/** Bad usage: exit 2 with the message and the command's help. */
class UsageError extends Error {
    name = 'UsageError';
}
const common = {
    pipeline: { type: 'string', short: 'p', default: 'pipeline.yml' },
    help: { type: 'boolean', short: 'h' },
};
const parameterOptions = {
    set: { type: 'string', multiple: true },
    branch: { type: 'string' },
};
function parseCommand(command, argv) {
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: { ...common, ...command.options },
            allowPositionals: (command.positionals ?? 0) > 0,
            strict: true,
        });
        if (!values.help && positionals.length !== (command.positionals ?? 0)) {
            throw new UsageError(`expected ${command.positionals ?? 0} argument(s), got ${positionals.length}`);
        }
        return { values, positionals };
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(error.message);
    }
}
function helpText(command) {
    return `${command.summary}\n\nUsage: ${command.usage}`;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/pipeline/code-patterns.ts

/** A Windows drive or UNC path: absolute on some OS, so an error on every OS. */
const WINDOWS_ABSOLUTE = /^([A-Za-z]:|\\\\)/;
/**
 * A `code` pattern as written in the component in folder `dir` (root-relative; '' for an
 * inline step), resolved to the folder it is read from and a glob relative to that folder.
 * Leading `./` and `../` segments move the folder (never above the root); a leading `/` starts
 * at the root. What follows is a glob; `..` inside it could never match a listed path.
 */
function resolveCodePattern(dir, text) {
    const exclude = text.startsWith('!');
    const pattern = exclude ? text.slice(1) : text;
    const fromRoot = pattern.startsWith('/');
    const rest = fromRoot ? pattern.slice(1) : pattern;
    if (pattern === '')
        return { code: 'invalid-value', message: 'an empty `code` pattern' };
    if (rest.startsWith('/') || WINDOWS_ABSOLUTE.test(rest)) {
        return {
            code: 'path-escape',
            message: `\`${text}\` is absolute; write a pattern relative to the component folder, or from the repository root with one leading \`/\``,
        };
    }
    const segments = rest.split('/');
    let climb = 0;
    while (segments[climb] === '..' || segments[climb] === '.')
        climb++;
    const base = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(fromRoot ? '.' : dir || '.', ...segments.slice(0, climb)));
    if (base === '..' || base.startsWith('../')) {
        return { code: 'path-escape', message: `\`${text}\` leaves the repository` };
    }
    const globSegments = segments.slice(climb);
    if (globSegments.includes('..')) {
        return {
            code: 'invalid-value',
            message: `\`${text}\`: \`..\` may only start a pattern (as in \`../../lib/*.py\`)`,
        };
    }
    // A pattern that names a folder (`.`, `..`, `/`) takes all of it.
    const glob = globSegments.join('/') || '**';
    return { base: base === '.' ? '' : base, glob, exclude };
}
/**
 * The patterns a step's key lists files with. Only `!` patterns: they leave files out of the
 * default, the whole folder. Undefined for a list with a pattern that does not resolve (the
 * loader reported it, so a validated model never has one).
 */
function codePatterns(dir, texts) {
    const patterns = [];
    for (const text of texts) {
        const resolved = resolveCodePattern(dir, text);
        if (!('glob' in resolved))
            return undefined;
        patterns.push(resolved);
    }
    if (patterns.length > 0 && patterns.every((p) => p.exclude)) {
        patterns.unshift({ base: dir, glob: '**', exclude: false });
    }
    return patterns;
}
/** Where a pattern's matches were looked for, for a message. */
function describeBase(pattern) {
    return pattern.base === '' ? 'the repository root' : `${pattern.base}/`;
}

;// CONCATENATED MODULE: ./src/pipeline/shell-frames.ts
/**
 * The vocabulary of the step-script scanner (shell-scan.ts, shell-words.ts): what it says
 * about each `${{ }}`, and the frames it keeps while reading nested quotes and substitutions.
 */
/** Stands for a `${{ }}` in the scanned text (a NUL cannot be in a script bash runs). */
const HOLE = '\0';
function wordFrame(kind, role, end) {
    return { kind, role, end, words: [], caseDepth: 0, inPattern: false, dropNext: false };
}

;// CONCATENATED MODULE: ./src/pipeline/shell-rules.ts
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^]*?\])?\+?=/;
const TEST_ARITHMETIC = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const TEST_NAME = new Set(['-v', '-R']);
const RUNS_CODE = new Set(['eval', 'trap', 'compgen', 'complete', 'bind']);
const DECLARES = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);
const READS_INTO = new Set(['read', 'readarray', 'mapfile']);
/** The holes, by index, that a command evaluates, and how. */
function evaluatedHoles(commands) {
    const found = new Map();
    const mark = (word, evaluation, before = Infinity) => {
        for (const { hole, at } of word?.holes ?? []) {
            if (at < before && !found.has(hole))
                found.set(hole, evaluation);
        }
    };
    for (const { kind, words } of commands) {
        if (kind === 'simple')
            simpleCommand(words, mark);
        else if (kind === 'array') {
            // `a=([i]=v)`: the index of an indexed array is arithmetic
            for (const w of words)
                if (w.text.startsWith('['))
                    mark(w, { why: 'index' }, w.text.indexOf('='));
        }
        else if (words.some((w) => TEST_ARITHMETIC.has(w.text))) {
            words.forEach((w) => mark(w, { why: 'test' }));
        }
        else if (words.some((w) => TEST_NAME.has(w.text))) {
            words.forEach((w) => mark(w, { why: 'name', command: '[[ -v ]]' }));
        }
    }
    return found;
}
function simpleCommand(words, mark) {
    const args = words.filter((w) => !w.redirect);
    let i = 0;
    for (; i < args.length && ASSIGNMENT.test(args[i]?.text ?? ''); i++) {
        const word = args[i];
        mark(word, { why: 'index' }, word?.text.indexOf('=')); // `a[i]=v`
    }
    while (args[i]?.text === 'builtin' || args[i]?.text === 'command') {
        for (i++; args[i]?.text.startsWith('-'); i++)
            ;
    }
    const command = args[i]?.text ?? '';
    const rest = args.slice(i + 1);
    const all = (evaluation) => rest.forEach((w) => mark(w, evaluation));
    if (RUNS_CODE.has(command))
        all({ why: 'code', command });
    else if (command === 'let')
        all({ why: 'arithmetic', command });
    else if (READS_INTO.has(command))
        all({ why: 'name', command });
    else if (DECLARES.has(command))
        declaration(command, rest, mark);
    else if (command === 'printf')
        printfTarget(rest, mark);
    else if ((command === 'test' || command === '[') && rest.some((w) => TEST_NAME.has(w.text))) {
        all({ why: 'name', command: `${command} -v` });
    }
}
/** `declare NAME=value`: the name; with `-i` (arithmetic) or `-n` (a name) the value too. */
function declaration(command, rest, mark) {
    let flags = '';
    let i = 0;
    for (; i < rest.length && /^[-+]/.test(rest[i]?.text ?? ''); i++)
        flags += rest[i]?.text;
    const why = flags.includes('i')
        ? 'arithmetic'
        : flags.includes('n')
            ? 'name'
            : undefined;
    for (const word of rest.slice(i)) {
        const eq = word.text.indexOf('=');
        if (why)
            mark(word, { why, command: `${command} -${flags.includes('i') ? 'i' : 'n'}` });
        else
            mark(word, { why: 'name', command }, eq < 0 ? Infinity : eq);
    }
}
/** `printf -v NAME`: the name. */
function printfTarget(rest, mark) {
    for (let i = 0; i < rest.length && rest[i]?.text.startsWith('-'); i++) {
        const text = rest[i]?.text ?? '';
        if (text === '--')
            return;
        if (text === '-v')
            mark(rest[++i], { why: 'name', command: 'printf -v' });
        else if (text.startsWith('-v'))
            mark(rest[i], { why: 'name', command: 'printf -v' });
    }
}

;// CONCATENATED MODULE: ./src/pipeline/shell-words.ts
/**
 * The word-level half of the step-script scanner: words, simple commands, operators,
 * redirections, `( )`, `[[ ]]`, `case` and reserved words, read in a command list, an array
 * `=( )`, a pattern group or a `[[ ]]`. The quoting half is shell-scan.ts.
 */

const shell_words_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^]*?\])?\+?=/;
const ARRAY_START = /^[A-Za-z_][A-Za-z0-9_]*(\[[^]*?\])?\+?=$/;
const REDIRECT_OPERATOR = /^(<<<|<<-|<<|&>>|&>|>>|>&|>\||<&|<>|<|>)/;
const FD = /^(\d+|\{[A-Za-z_][A-Za-z0-9_]*\})$/;
/** Reserved words that are not a command's name: a command may start after each. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'while', 'until', 'do', 'done']);
['{', '}', '!', 'time', 'coproc'].forEach((word) => RESERVED.add(word));
function stepWords(s, f) {
    const c = s.text[s.pos];
    const next = s.text[s.pos + 1];
    if (c === HOLE) {
        openWord(s, f);
        s.site('word');
        s.pos += 1;
    }
    else if (c === ' ' || c === '\t' || c === '\n') {
        if (endWord(s, f))
            return; // the `]]` ended its frame: the frame around reads the blank
        if (c === '\n')
            newline(s, f);
        else
            s.pos += 1;
    }
    else if (c === '#' && !f.word) {
        s.push({ kind: 'comment' }, 1);
    }
    else if (c === '\\' && next === '\n') {
        s.pos += 2;
    }
    else if (c === '\\') {
        openWord(s, f);
        s.escape('word');
    }
    else if (c === "'" || c === '"') {
        openWord(s, f);
        s.push({ kind: c === "'" ? 'sq' : 'dq' }, 1);
    }
    else if (c === '`') {
        backtick(s, f);
    }
    else if (c === '$') {
        openWord(s, f);
        s.dollar('word', true);
    }
    else if (f.kind === 'test') {
        stepTest(s, f, c, next);
    }
    else if (f.role === 'commands' && (c === '<' || c === '>' || (c === '&' && next === '>'))) {
        redirect(s, f, c, next);
    }
    else if (c === '(') {
        openParen(s, f, next);
    }
    else if (c === ')') {
        closeParen(s, f);
    }
    else if (f.role === 'commands' && (c === ';' || c === '&' || c === '|')) {
        operator(s, f);
    }
    else {
        openWord(s, f);
        s.pos += 1;
    }
}
function newline(s, f) {
    if (f.kind === 'list' && f.role === 'commands' && !f.inPattern)
        flush(s, f);
    s.pos += 1;
    s.startHeredoc();
}
function backtick(s, f) {
    if (f.end !== '`') {
        openWord(s, f);
        s.push(wordFrame('list', 'commands', '`'), 1);
        return;
    }
    endWord(s, f);
    closeWords(s, f);
    s.pop();
    s.pos += 1;
}
/** Inside `[[ ]]`: `<`, `>`, `(`, `)`, `&&`, `||` are operators, not redirections or lists. */
function stepTest(s, f, c, next) {
    if (c === '(' && f.word) {
        s.push(wordFrame('list', 'group', ')'), 1); // an extglob pattern
        return;
    }
    if (!'()<>;&|'.includes(c ?? '')) {
        openWord(s, f);
        s.pos += 1;
        return;
    }
    if (endWord(s, f))
        return;
    const pair = (c === '&' || c === '|') && next === c;
    s.pos += pair ? 2 : 1;
}
function redirect(s, f, c, next) {
    if (c !== '&' && next === '(') {
        openWord(s, f);
        s.push(wordFrame('list', 'commands', ')'), 2); // a process substitution <( ) or >( )
        return;
    }
    if (f.word && FD.test(s.text.slice(f.word.start, s.pos)))
        f.word.redirect = true;
    endWord(s, f);
    const op = REDIRECT_OPERATOR.exec(s.text.slice(s.pos, s.pos + 3))?.[0] ?? c;
    f.pending = op === '<<' ? 'heredoc' : op === '<<-' ? 'heredoc-strip' : 'redirect';
    s.pos += op.length;
}
function openParen(s, f, next) {
    const word = f.word ? s.text.slice(f.word.start, s.pos) : undefined;
    if (word !== undefined) {
        if (f.role !== 'commands' || /[@!*+?]$/.test(word)) {
            s.push(wordFrame('list', 'group', ')'), 1); // an extglob pattern
        }
        else if (ARRAY_START.test(word)) {
            s.push(wordFrame('list', 'array', ')'), 1);
        }
        else if (next === ')') {
            s.pos += 2; // `name()`: a function definition
        }
        else {
            endWord(s, f); // `(` is a metacharacter: `for((`, `if((` end their word
            openParen(s, f, next);
        }
        return;
    }
    if (f.role !== 'commands') {
        openWord(s, f);
        s.push(wordFrame('list', 'group', ')'), 1);
    }
    else if (f.inPattern) {
        s.pos += 1; // the optional `(` before a case pattern
    }
    else if (next === '(' && (commandPosition(f) || isFor(f))) {
        s.push({ kind: 'arith', end: '))', depth: 0 }, 2);
    }
    else {
        flush(s, f);
        s.push(wordFrame('list', 'commands', ')'), 1); // a subshell
    }
}
function closeParen(s, f) {
    endWord(s, f);
    if (f.role === 'commands' && f.inPattern) {
        f.words = [];
        f.inPattern = false;
    }
    else if (f.end === ')') {
        closeWords(s, f);
        s.pop();
    }
    s.pos += 1;
}
function operator(s, f) {
    endWord(s, f);
    flush(s, f);
    const three = s.text.slice(s.pos, s.pos + 3);
    if (three === ';;&' || three.startsWith(';;') || three.startsWith(';&')) {
        if (f.caseDepth > 0)
            f.inPattern = true;
        s.pos += three === ';;&' ? 3 : 2;
        return;
    }
    s.pos += ['&&', '||', '|&'].includes(three.slice(0, 2)) ? 2 : 1;
}
function openWord(s, f) {
    if (f.word)
        return;
    f.word = { start: s.pos, redirect: f.pending !== undefined };
    if (f.pending === 'heredoc' || f.pending === 'heredoc-strip') {
        f.word.heredoc = { strip: f.pending === 'heredoc-strip' };
    }
    f.pending = undefined;
}
/** Ends the open word; true when it was the `]]` that closes its frame. */
function endWord(s, f) {
    const open = f.word;
    if (!open)
        return false;
    f.word = undefined;
    const text = s.text.slice(open.start, s.pos);
    const holes = [];
    for (let at = text.indexOf(HOLE); at >= 0; at = text.indexOf(HOLE, at + 1)) {
        const hole = s.holeAt(open.start + at);
        if (hole !== undefined)
            holes.push({ hole, at });
    }
    const word = { text, holes, redirect: open.redirect };
    if (open.heredoc)
        delimiter(s, word, open.start, open.heredoc.strip);
    if (f.kind === 'test' && text === ']]') {
        closeWords(s, f);
        s.pop();
        return true;
    }
    if (f.kind === 'test' || f.role !== 'commands')
        f.words.push(word);
    else
        commandWord(s, f, word);
    return false;
}
function commandWord(s, f, word) {
    const { text } = word;
    if (f.inPattern) {
        if (text === 'esac')
            closeCase(f);
        return; // a pattern, not a command
    }
    if (f.dropNext) {
        f.dropNext = false;
        return;
    }
    const first = !word.redirect && f.words.every((w) => w.redirect);
    if (first && text === '[[')
        return s.push(wordFrame('test', 'commands', ']]'), 0);
    if (first && RESERVED.has(text))
        return;
    if (first && text === 'esac')
        return closeCase(f);
    if (first && text === 'function') {
        f.dropNext = true;
        return;
    }
    if (first && text.endsWith('()'))
        return; // a function definition's name
    f.words.push(word);
    const args = f.words.filter((w) => !w.redirect);
    if (args.length === 3 && args[0]?.text === 'case' && text === 'in') {
        f.words = [];
        f.caseDepth += 1;
        f.inPattern = true;
    }
}
function closeCase(f) {
    f.caseDepth = Math.max(0, f.caseDepth - 1);
    f.inPattern = false;
}
/** A here-document's delimiter: quoted, its body is literal; a `${{ }}` in it is literal too. */
function delimiter(s, word, start, strip) {
    for (const { at } of word.holes)
        s.site('word', 'delimiter', start + at);
    const quoted = /['"\\]/.test(word.text);
    s.heredocs.push({ delimiter: word.text.replace(/['"\\]/g, ''), strip, quoted });
}
/** Records what a frame read when it ends. */
function closeWords(s, f) {
    if (f.kind === 'test')
        s.commands.push({ kind: 'test', words: f.words });
    else if (f.role === 'array')
        s.commands.push({ kind: 'array', words: f.words });
    else if (f.role === 'commands')
        flush(s, f);
    f.words = [];
}
function flush(s, f) {
    if (f.words.length > 0)
        s.commands.push({ kind: 'simple', words: f.words });
    f.words = [];
}
function commandPosition(f) {
    return f.words.every((w) => w.redirect || shell_words_ASSIGNMENT.test(w.text));
}
function isFor(f) {
    return f.words.length === 1 && f.words[0]?.text === 'for';
}

;// CONCATENATED MODULE: ./src/pipeline/shell-scan.ts
/**
 * How bash reads the text around each `${{ }}` of a step's script: which quotes surround it,
 * whether bash expands there at all, whether arithmetic or `${…}` evaluates it, and the simple
 * commands it is an argument of. Not a full bash parser: it follows quoting, nesting
 * (`$( )`, backticks, `${ }`, `$(( ))`, `(( ))`, `[[ ]]`), comments, here-documents and
 * `case`, which is what decides how a value reaches the command (docs/architecture.md,
 * "The step shell"). This half reads quotes and expansions; shell-words.ts reads words.
 */


/** Scans `text`, in which each `${{ }}` is a `HOLE`. */
function scanShell(text) {
    const scanner = new Scanner(text);
    while (scanner.pos < text.length)
        scanner.step();
    scanner.finish();
    return { sites: scanner.sites, commands: scanner.commands };
}
class Scanner {
    text;
    pos = 0;
    stack = [wordFrame('list', 'commands', 'eof')];
    sites = [];
    commands = [];
    heredocs = [];
    holes = new Map();
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf(HOLE); i >= 0; i = text.indexOf(HOLE, i + 1)) {
            this.holes.set(i, this.holes.size);
        }
    }
    holeAt(at) {
        return this.holes.get(at);
    }
    push(frame, skip) {
        this.stack.push(frame);
        this.pos += skip;
    }
    pop() {
        this.stack.pop();
    }
    /** Records the hole at `at` (default: here), seen from the frames open now. */
    site(quoting, literal, at = this.pos) {
        const hole = this.holes.get(at);
        if (hole === undefined)
            throw new Error(`shell scanner: no hole at ${at}`);
        const site = { quoting };
        if (literal)
            site.literal = literal;
        if (this.stack.some((f) => f.kind === 'arith'))
            site.evaluated = 'arithmetic';
        else if (this.stack.some((f) => f.kind === 'param'))
            site.evaluated = 'parameter';
        this.sites[hole] = site;
    }
    /** A backslash and the character it escapes: a hole there would be escaped too. */
    escape(quoting, literal = 'escaped') {
        if (this.text[this.pos + 1] === HOLE)
            this.site(quoting, literal, this.pos + 1);
        this.pos += 2;
    }
    /** `$` and what it opens; `$'…'` and `$"…"` are quotes only where `quotes`. */
    dollar(quoting, quotes) {
        const next = this.text[this.pos + 1];
        if (next === HOLE) {
            // `$` then `"${…}"` would read as `$"…"`: a substitution cannot follow a bare `$`.
            this.site(quoting, 'escaped', this.pos + 1);
            this.pos += 2;
        }
        else if (this.text.startsWith('$((', this.pos)) {
            this.push({ kind: 'arith', end: '))', depth: 0 }, 3);
        }
        else if (next === '(') {
            this.push(wordFrame('list', 'commands', ')'), 2);
        }
        else if (next === '[') {
            this.push({ kind: 'arith', end: ']', depth: 0 }, 2);
        }
        else if (next === '{') {
            this.push({ kind: 'param', depth: 0 }, 2);
        }
        else if (quotes && (next === "'" || next === '"')) {
            this.push({ kind: next === "'" ? 'ansi' : 'dq' }, 2);
        }
        else {
            this.pos += 1;
        }
    }
    step() {
        const frame = this.stack[this.stack.length - 1];
        switch (frame?.kind) {
            case 'list':
            case 'test':
                return stepWords(this, frame);
            case 'dq':
                return this.stepQuoted('"');
            case 'heredoc':
                return this.stepHeredoc(frame.doc);
            case 'sq':
                return this.stepLiteral('single-quotes');
            case 'ansi':
                return this.stepLiteral('ansi-c-quotes');
            case 'comment':
                return this.stepComment();
            case 'arith':
            case 'param':
                return this.stepExpression(frame);
            case undefined:
                throw new Error('shell scanner: no frame');
        }
    }
    /** In "…" (`close` is `"`), or in the body of an unquoted here-document (no `close`). */
    stepQuoted(close) {
        const c = this.text[this.pos];
        if (c === close) {
            this.pop();
            this.pos += 1;
        }
        else if (c === HOLE) {
            this.site('quoted');
            this.pos += 1;
        }
        else if (c === '\\') {
            this.escape('quoted');
        }
        else if (c === '$') {
            this.dollar('quoted', false);
        }
        else if (c === '`') {
            this.push(wordFrame('list', 'commands', '`'), 1);
        }
        else {
            this.pos += 1;
        }
    }
    /** In '…' or $'…': nothing expands. */
    stepLiteral(literal) {
        const c = this.text[this.pos];
        if (c === '\\' && literal === 'ansi-c-quotes')
            return this.escape('quoted', literal);
        if (c === "'")
            this.pop();
        else if (c === HOLE)
            this.site('quoted', literal);
        this.pos += 1;
    }
    stepComment() {
        const c = this.text[this.pos];
        if (c === '\n')
            return this.pop(); // the newline ends the command line around it
        if (c === HOLE)
            this.site('comment');
        this.pos += 1;
    }
    stepHeredoc(doc) {
        const c = this.text[this.pos];
        if (c === '\n') {
            this.pos += 1;
            this.lineStart();
        }
        else if (doc.quoted) {
            if (c === HOLE)
                this.site('quoted', 'quoted-heredoc');
            this.pos += 1;
        }
        else if (c === '\\' && this.text[this.pos + 1] === '\n') {
            this.pos += 2; // a continued line is no delimiter
        }
        else {
            this.stepQuoted(undefined);
        }
    }
    /** At the start of a line of a here-document: its delimiter ends it, and the next begins. */
    lineStart() {
        const frame = this.stack[this.stack.length - 1];
        if (frame?.kind !== 'heredoc')
            return;
        const end = this.text.indexOf('\n', this.pos);
        const lineEnd = end < 0 ? this.text.length : end;
        const line = this.text.slice(this.pos, lineEnd);
        if ((frame.doc.strip ? line.replace(/^\t+/, '') : line) !== frame.doc.delimiter)
            return;
        this.pos = Math.min(lineEnd + 1, this.text.length);
        this.pop();
        this.startHeredoc();
    }
    startHeredoc() {
        const doc = this.heredocs.shift();
        if (!doc)
            return;
        this.stack.push({ kind: 'heredoc', doc });
        this.lineStart();
    }
    /** In `$(( ))`, `(( ))`, `$[ ]` or `${ }`, up to the closing bracket at depth 0. */
    stepExpression(frame) {
        const c = this.text[this.pos];
        const [open, close] = frame.kind === 'param' ? ['{', '}'] : ['(', frame.end[0]];
        if (c === close && frame.depth === 0) {
            const double = frame.kind === 'arith' && frame.end === '))';
            if (double && this.text[this.pos + 1] !== ')') {
                this.pos += 1; // a lone `)` at depth 0: bash reports it
                return;
            }
            this.pop();
            this.pos += double ? 2 : 1;
        }
        else if (c === open) {
            frame.depth += 1;
            this.pos += 1;
        }
        else if (c === (frame.kind === 'param' ? '}' : ')')) {
            frame.depth = Math.max(0, frame.depth - 1);
            this.pos += 1;
        }
        else if (c === "'") {
            this.push({ kind: 'sq' }, 1);
        }
        else if (c === '"') {
            this.push({ kind: 'dq' }, 1);
        }
        else {
            this.stepQuoted(undefined);
        }
    }
    /** At the end of the text every open word, command and frame is closed. */
    finish() {
        for (let frame = this.stack.at(-1); frame; frame = this.stack.at(-1)) {
            if (frame.kind === 'list' || frame.kind === 'test') {
                if (frame.word) {
                    endWord(this, frame);
                    continue;
                }
                closeWords(this, frame);
            }
            this.pop();
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/shell.ts



/**
 * The shell every `setup` and `run` executes with. The executor spawns exactly this and the
 * key hashes its text, so a change of shell is a change of every key.
 */
const STEP_SHELL = { command: 'bash', args: ['-e'] };
const STEP_SHELL_TEXT = [STEP_SHELL.command, ...STEP_SHELL.args].join(' ');
/**
 * The script of a component with each `${{ }}` replaced by the expansion of an environment
 * variable that holds its value: no value is ever script text, so whatever quotes surround
 * it bash does not parse it as code (docs/architecture.md, "The step shell").
 */
function stepCommand(component, value) {
    const templates = [component.setup, component.run].filter((t) => t !== undefined);
    const names = variableNames(templates.flat().flatMap((part) => ('ref' in part ? [part.ref] : [])));
    const env = {};
    const scripts = templates.map((template) => {
        const placed = placements(template);
        let n = 0;
        return template
            .map((part) => {
            if ('text' in part)
                return part.text;
            const placement = placed[n++];
            if (!placement || problem(placement, numericIn(component))) {
                throw new Error(`a \`${refText(part.ref)}\` the validation refused reached the executor`);
            }
            const name = names.get(refKey(part.ref)) ?? '';
            env[name] = value(part.ref);
            return placement.quoting === 'word' ? `"\${${name}}"` : `\${${name}}`;
        })
            .join('');
    });
    return { script: scripts.join('\n'), env };
}
/** The references of a `run` or `setup` that cannot reach the command as data: by index, why. */
function checkCommand(template, inputs) {
    return placements(template).flatMap((placement, index) => {
        const message = problem(placement, numericIn({ inputs }));
        return message ? [{ index, message }] : [];
    });
}
function placements(template) {
    // A NUL in the text itself would be taken for a hole; bash cannot run one anyway.
    const text = template
        .map((part) => ('text' in part ? part.text.replaceAll(HOLE, '\uFFFD') : HOLE))
        .join('');
    const scan = scanShell(text);
    const evaluated = evaluatedHoles(scan.commands);
    const refs = template.flatMap((part) => ('ref' in part ? [part.ref] : []));
    return refs.map((ref, hole) => {
        const site = scan.sites[hole];
        if (!site)
            throw new Error(`shell scanner: no site for the hole ${hole}`);
        const placement = { ...site, ref };
        const evaluation = site.evaluated ? { why: site.evaluated } : evaluated.get(hole);
        if (evaluation)
            placement.evaluation = evaluation;
        return placement;
    });
}
/** A number or an integer is digits, a sign, a point and an exponent: never code for bash. */
function numericIn(component) {
    return (ref) => {
        const type = ref.kind === 'input' ? component.inputs[ref.name]?.type : undefined;
        return type === 'number' || type === 'integer';
    };
}
function problem(placement, numeric) {
    const ref = `\`${refText(placement.ref)}\``;
    if (placement.literal)
        return `${ref} ${LITERAL[placement.literal]}`;
    const evaluation = placement.evaluation;
    if (!evaluation || numeric(placement.ref))
        return undefined;
    const why = evaluatedWhy(evaluation);
    return `${ref} ${why}; only a number or integer input may be there`;
}
const LITERAL = {
    'single-quotes': 'is inside single quotes, where bash expands nothing: write it outside them or inside double quotes (a program that reads code, such as python -c or jq, should get it as an argument of its own)',
    'ansi-c-quotes': "is inside $'…', where bash expands nothing: write it outside them",
    'quoted-heredoc': "is in a here-document with a quoted delimiter (such as <<'EOF'), where bash expands nothing: leave the delimiter unquoted",
    delimiter: "is in a here-document's delimiter, which bash reads as text",
    escaped: 'follows a `\\` or a `$`, which would make bash read the substitution as text',
};
const RUNS = 'a value such as a[$(cmd)] runs cmd';
function evaluatedWhy({ why, command }) {
    const by = command ? ` (\`${command}\`)` : '';
    switch (why) {
        case 'arithmetic':
            return `is in arithmetic${by}, which bash evaluates as an expression: ${RUNS}`;
        case 'parameter':
            return `is inside \`\${…}\`, where bash may evaluate it as arithmetic (an index, an offset): ${RUNS}`;
        case 'index':
            return `is in an array index, which bash evaluates as arithmetic: ${RUNS}`;
        case 'test':
            return `is compared with -eq, -ne, -lt, -le, -gt or -ge in \`[[ ]]\`, which evaluates it as arithmetic: ${RUNS}`;
        case 'code':
            return `is an argument of \`${command}\`, which runs it as shell code`;
        case 'name':
            return `is where \`${command}\` takes a variable name, whose index bash evaluates: ${RUNS}`;
    }
}
/**
 * An environment variable per reference: `PIPEKIT_INPUT_<name>` or `PIPEKIT_OUTPUT_<name>`,
 * `-` written `_` (an input name may hold `-`, a variable name may not); a clash gets `_2`.
 */
function variableNames(refs) {
    const names = new Map();
    const taken = new Set();
    for (const ref of refs) {
        const key = refKey(ref);
        if (names.has(key))
            continue;
        const base = `PIPEKIT_${ref.kind === 'output' ? 'OUTPUT' : 'INPUT'}_${refName(ref)}`.replaceAll('-', '_');
        let name = base;
        for (let n = 2; taken.has(name); n++)
            name = `${base}_${n}`;
        names.set(key, name);
        taken.add(name);
    }
    return names;
}
function refName(ref) {
    if (ref.kind === 'step-output')
        throw new Error('a step output in a component command');
    return ref.name;
}
function refKey(ref) {
    return `${ref.kind}:${refName(ref)}`;
}
function refText(ref) {
    return `\${{ ${ref.kind === 'output' ? 'outputs' : 'inputs'}.${refName(ref)} }}`;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/workspace/atomic-write.ts



/** Unique per process and call: two processes writing the same path never share a temp. */
function tempSibling(path) {
    return `${path}.tmp-${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`;
}
/**
 * Writes a whole file or nothing: a temp sibling renamed over it, so a reader (another
 * pipekit process, a later run after a crash) sees the old text or the new, never half.
 */
function writeFileAtomic(file, text) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
    const tmp = tempSibling(file);
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(tmp, text);
        (0,external_node_fs_namespaceObject.renameSync)(tmp, file);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(tmp, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/records/manifest.ts
/**
 * The version of the tree an output record describes. 2: entries of every kind with the
 * executable bit. Records of another version are never restored (parseManifest refuses them):
 * an older pipekit listed regular files only.
 */
const TREE_FORMAT = 2;
/**
 * A manifest read back from a store, checked enough that using it cannot crash or mislead;
 * else why not. Every store reads manifests through it; `key`, when given, is the key it was
 * looked up under and must be the one it holds.
 */
function parseManifest(text, key) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'not JSON';
    }
    if (value?.schema !== 1)
        return 'unknown schema';
    if (typeof value.key !== 'string')
        return 'no key';
    if (key !== undefined && value.key !== key)
        return `it holds key ${value.key}`;
    if (typeof value.step !== 'string')
        return 'no step';
    if (typeof value.outputs !== 'object' || value.outputs === null)
        return 'no outputs';
    for (const [name, record] of Object.entries(value.outputs)) {
        // An older pipekit's record lists regular files only: restoring it would lose a tree's
        // empty folders, symlinks and executable bits, so it is not an entry of this version.
        if (record?.format !== TREE_FORMAT) {
            return `output ${name} is in another format (saved by another pipekit version)`;
        }
        const entries = record.entries;
        if (typeof record.digest !== 'string' || !Array.isArray(entries))
            return `bad output ${name}`;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/hash/digest.ts



/**
 * 64 KiB measured best on these VMs (bench/hash.mjs): it stays in L2 while sha256 consumes
 * it; 256 KiB..4 MiB were 5-10% slower, and stream reads 4x slower (a thread hop per chunk).
 */
const CHUNK = 64 * 1024;
// One buffer for the process: a freshly allocated big buffer reads at a fraction of the
// speed (bench/hash.mjs). Safe to share because every use below is synchronous.
let shared;
/** Reads a file once with a sync loop and returns its sha256 and the bytes actually read. */
function hashFile(abs) {
    const buf = (shared ??= Buffer.allocUnsafeSlow(CHUNK));
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const fd = (0,external_node_fs_namespaceObject.openSync)(abs, 'r');
    let size = 0;
    try {
        for (;;) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, CHUNK, null);
            if (n === 0)
                break;
            hash.update(n === CHUNK ? buf : buf.subarray(0, n));
            size += n;
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    return { size, digest: hash.digest('hex') };
}
function hashBytes(bytes) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
}
/** Reads every file afresh: for outputs a step just wrote, where a memo could only be wrong. */
const freshDigester = { digestFile: hashFile };
const DIGEST_PATTERN = /^[0-9a-f]{64}$/;
/** Code-unit order, not localeCompare: the same on every machine and locale. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The digest of a tree: sha256 over the JSON of its sorted entries, each as a row of its path,
 * its kind (`f` a file, `x` an executable file, `d` an empty folder, `l` a symlink) and its
 * content (a file's digest; a link's text, and what it reaches outside the tree). Paths are in
 * it so a rename changes the digest; sorting makes listing order irrelevant. Sizes are left
 * out: the content digest already covers them. The format tag keeps apart digests an older
 * pipekit made over regular files alone.
 */
function treeDigest(entries) {
    const rows = [...entries].sort((a, b) => comparePaths(a.path, b.path)).map(row);
    return hashBytes(Buffer.from(JSON.stringify([`tree-${TREE_FORMAT}`, rows])));
}
function row(entry) {
    switch (entry.kind) {
        case 'file':
            return [entry.path, entry.exec ? 'x' : 'f', entry.digest];
        case 'dir':
            return [entry.path, 'd'];
        case 'symlink':
            return entry.reaches === undefined
                ? [entry.path, 'l', entry.target]
                : [entry.path, 'l', entry.target, entry.reaches];
    }
}
/** Git's rule: a file is executable when its owner may execute it; no other bit counts. */
const isExecutable = (mode) => (mode & 0o100) !== 0;

// EXTERNAL MODULE: ../main/node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6310);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/hash/tree-walk.ts




// Linux gives up on a lookup after 40 links (ELOOP).
const MAX_LINKS = 40;
/** The entries of the folder's tree, sorted by path. */
function walkTree(w) {
    const out = [];
    walkDir(w, w.folder, '', [w.folderReal], out);
    return out.sort((a, b) => comparePaths(a.path, b.path));
}
function fileEntry(w, abs, path) {
    const { size, digest } = w.digester.digestFile(abs);
    return { kind: 'file', path, size, digest, exec: isExecutable((0,external_node_fs_namespaceObject.statSync)(abs).mode) };
}
/** `stack` holds the real paths of the folders being walked, the current one last. */
function walkDir(w, abs, rel, stack, out) {
    const here = stack[stack.length - 1];
    for (const d of (0,external_node_fs_namespaceObject.readdirSync)(abs, { withFileTypes: true })) {
        const childAbs = (0,external_node_path_namespaceObject.join)(abs, d.name);
        const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
        if (d.isSymbolicLink()) {
            // An ignored link is not followed: it may point anywhere without being an error.
            if (!w.ignoreDir(childRel))
                out.push(linkEntry(w, childAbs, childRel, stack));
        }
        else if (d.isDirectory()) {
            if (w.ignoreDir(childRel))
                continue;
            const before = out.length;
            walkDir(w, childAbs, childRel, [...stack, (0,external_node_path_namespaceObject.join)(here, d.name)], out);
            if (out.length === before)
                out.push({ kind: 'dir', path: childRel });
        }
        else if (d.isFile()) {
            if (!w.ignoreFile(childRel))
                out.push(fileEntry(w, childAbs, childRel));
        }
        // Sockets, fifos and devices hold no content to cache: left out.
    }
}
/**
 * A link is its text. When it resolves inside the folder, the folder's own entries say what
 * it reaches. When it leaves the folder (an input folder linking elsewhere in the repository),
 * what it reaches is digested too, or a change there would go unseen.
 */
function linkEntry(w, abs, rel, stack) {
    const entry = { kind: 'symlink', path: rel, target: (0,external_node_fs_namespaceObject.readlinkSync)(abs) };
    if (staysInside(w.folder, rel, w.ignoreDir))
        return entry;
    if (w.selfContained) {
        throw new UserError(`symlink ${w.show(abs)} points outside its output (to ${entry.target}): ` +
            'a link in an output must stay inside it');
    }
    const real = realTarget(w, abs);
    if (real === undefined)
        return entry;
    const st = (0,external_node_fs_namespaceObject.statSync)(real);
    if (st.isDirectory()) {
        if (stack.includes(real)) {
            throw new UserError(`${w.show(abs)} leads back to a parent folder: a symlink loop`);
        }
        const below = [];
        walkDir(w, abs, rel, [...stack, real], below);
        const prefix = rel.length + 1;
        entry.reaches = treeDigest(below.map((e) => ({ ...e, path: e.path.slice(prefix) })));
    }
    else if (st.isFile()) {
        entry.reaches = treeDigest([fileEntry(w, abs, '')]);
    }
    return entry;
}
/** The real path a link leads to, inside the root; undefined when it dangles. */
function realTarget(w, abs) {
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync.native(abs);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        if (code === 'ELOOP')
            throw new UserError(`${w.show(abs)} is a symlink loop`);
        throw error;
    }
    if (real !== w.rootReal && !real.startsWith(w.rootReal + external_node_path_namespaceObject.sep)) {
        throw new UserError(`symlink ${w.show(abs)} points outside the repository (to ${real})`);
    }
    return real;
}
/**
 * Whether the link at `rel` resolves without ever leaving `folder` (nor passing a path
 * `ignored` leaves out of the tree), resolving component by component as the kernel does:
 * then what it reaches is decided by the tree alone, wherever the tree is. A lookup that ends
 * inside on a missing path, a file or too many links counts as inside: it ends the same way
 * in any copy of the tree. An absolute target, or `..` above the folder, leaves it.
 */
function staysInside(folder, rel, ignored = () => false) {
    const todo = rel.split('/');
    const done = [];
    let links = 0;
    for (let part = todo.shift(); part !== undefined; part = todo.shift()) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (done.pop() === undefined)
                return false;
            continue;
        }
        done.push(part);
        if (ignored(done.join('/')))
            return false;
        const abs = (0,external_node_path_namespaceObject.join)(folder, ...done);
        const st = (0,external_node_fs_namespaceObject.lstatSync)(abs, { throwIfNoEntry: false });
        if (st?.isSymbolicLink()) {
            if (++links > MAX_LINKS)
                return true;
            const target = (0,external_node_fs_namespaceObject.readlinkSync)(abs);
            if ((0,external_node_path_namespaceObject.isAbsolute)(target))
                return false;
            done.pop();
            todo.unshift(...target.split('/'));
        }
        else if (!st?.isDirectory()) {
            return true;
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./src/hash/tree.ts

// One realpath(3) call instead of an lstat per path component: a no-op run resolves every
// output and input path once.
const realpathSync = external_node_fs_namespaceObject.realpathSync.native;





/** Local state and VCS data: never part of any digest (a path input of `.` must not see them). */
const STATE_IGNORE = ['.pipekit/', '.git/'];
/**
 * What a component's code never includes. component.yml is left out because the key already
 * holds its resolved meaning, and its comments or description must not cause a re-run.
 */
const DEFAULT_CODE_IGNORE = [
    'component.yml',
    '__pycache__/',
    '*.pyc',
    '.pipekit/',
    '.git/',
    '.hg/',
    '.svn/',
    'node_modules/.cache',
];
/** Sorted relative POSIX paths of the regular files under `absDir`. */
function listFiles(absDir, opts = {}) {
    const root = opts.root ?? absDir;
    const globs = opts.globs ?? ['**'];
    const positive = globs.filter((g) => !g.startsWith('!'));
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    if (positive.length === 0 && negative.length > 0)
        positive.push('**');
    const ignore = opts.ignore ?? [];
    const excludeGlobs = globTest(negative);
    const excludeMore = opts.exclude;
    const w = {
        root,
        rootReal: realRoot(root),
        ignoreFile: ignoreTest(ignore.filter((p) => !p.endsWith('/'))),
        ignoreDir: ignoreTest(ignore),
        include: globTest(positive),
        exclude: excludeMore ? (rel) => excludeGlobs(rel) || excludeMore(rel) : excludeGlobs,
        depth: Math.max(...positive.map(globDepth)),
        readdir: opts.readdir ?? ((abs) => (0,external_node_fs_namespaceObject.readdirSync)(abs, { withFileTypes: true })),
        out: [],
    };
    const start = startFrame(w, absDir, opts.under ?? '');
    if (start)
        tree_walkDir(w, start);
    return w.out.sort(comparePaths);
}
/**
 * The frame of the folder `under` inside `absDir`, or undefined when it is missing, not a
 * folder, ignored or excluded. Its own parents count: `lib` selects all of `lib/sub`.
 */
function startFrame(w, absDir, under) {
    const top = checkInside(w, absDir);
    if (under === '')
        return { abs: absDir, rel: '', depth: 0, included: false, stack: [top] };
    let rel = '';
    let included = false;
    for (const name of under.split('/')) {
        rel = rel === '' ? name : `${rel}/${name}`;
        if (w.exclude(rel) || w.ignoreDir(rel))
            return undefined;
        included ||= w.include(rel);
    }
    const abs = (0,external_node_path_namespaceObject.join)(absDir, ...under.split('/'));
    const real = resolveLink(w, abs);
    if (real === undefined || kindOf(real) !== 'dir')
        return undefined;
    return { abs, rel, depth: under.split('/').length, included, stack: [top, real] };
}
function tree_walkDir(w, frame) {
    const { abs, rel, included, stack } = frame;
    const here = stack[stack.length - 1];
    const depth = frame.depth + 1;
    for (const d of w.readdir(abs)) {
        const childAbs = (0,external_node_path_namespaceObject.join)(abs, d.name);
        const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
        // Nothing at or below a path deeper than any glob reaches can match: not even a link to it
        // is followed.
        if (!included && depth >= w.depth && !w.include(childRel))
            continue;
        let kind = d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
        let real;
        if (d.isSymbolicLink()) {
            // An ignored link is not followed: it may point anywhere without being an error.
            if (w.exclude(childRel) || w.ignoreDir(childRel))
                continue;
            real = resolveLink(w, childAbs);
            kind = real === undefined ? 'other' : kindOf(real);
        }
        if (kind === 'file') {
            if ((included || w.include(childRel)) && !w.exclude(childRel) && !w.ignoreFile(childRel)) {
                w.out.push(childRel);
            }
        }
        else if (kind === 'dir' && !w.exclude(childRel) && !w.ignoreDir(childRel)) {
            real ??= (0,external_node_path_namespaceObject.join)(here, d.name);
            if (stack.includes(real)) {
                throw new UserError(`${show(w, childAbs)} leads back to a parent folder: a symlink loop`);
            }
            const inside = included || w.include(childRel);
            tree_walkDir(w, {
                abs: childAbs,
                rel: childRel,
                depth,
                included: inside,
                stack: [...stack, real],
            });
        }
    }
}
/**
 * The most path segments a glob can match, Infinity for `**` and for braces and extglobs
 * (which may hold a `/`); `*`, `?` and classes never match a `/`.
 */
function globDepth(glob) {
    const body = glob.replace(/(.)\/+$/, '$1');
    return /\*\*|[{}()]/.test(body) ? Infinity : body.split('/').length;
}
/** A path a pipeline names (a `--set` value, say) that is not there is the user's mistake. */
function realOrMissing(root, absPath) {
    try {
        return realpathSync(absPath);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        throw new UserError(`${(0,external_node_path_namespaceObject.relative)(root, absPath) || absPath}: no such file or folder`);
    }
}
const realRoots = new Map();
/** The root's real path, resolved once per process: every digest of a no-op run asks for it. */
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined)
        realRoots.set(root, (real = realpathSync(root)));
    return real;
}
/** The real path of a link, or undefined when it dangles (nothing to read, nothing to hash). */
function resolveLink(w, abs) {
    try {
        return checkInside(w, abs);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw err;
    }
}
/** A listed folder holds a symlink that resolves outside the root. */
class SymlinkOutside extends UserError {
    link;
    constructor(
    /** The link, relative to the root. */
    link, real) {
        super(`symlink ${link} points outside the repository (to ${real})`);
        this.link = link;
    }
}
function checkInside(w, abs) {
    const real = realpathSync(abs);
    if (real !== w.rootReal && !real.startsWith(w.rootReal + external_node_path_namespaceObject.sep)) {
        throw new SymlinkOutside(show(w, abs), real);
    }
    return real;
}
function kindOf(real) {
    const st = (0,external_node_fs_namespaceObject.statSync)(real);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
}
function show(w, abs) {
    return (0,external_node_path_namespaceObject.relative)(w.root, abs).split(external_node_path_namespaceObject.sep).join('/') || abs;
}
// Compiling a glob costs more than a small walk, and every step's key lists its code with the
// same few globs and the same ignore list: each list is compiled once per process.
const compiled = new Map();
function compiledOnce(kind, patterns, make) {
    const key = JSON.stringify([kind, patterns]);
    let test = compiled.get(key);
    if (!test)
        compiled.set(key, (test = make()));
    return test;
}
function globTest(globs) {
    if (globs.length === 0)
        return () => false;
    return compiledOnce('glob', globs, () => {
        // `docs/` means the folder docs, which picomatch would only match with the slash.
        const match = picomatch_default()(globs.map((g) => g.replace(/(.)\/+$/, '$1')), { dot: true, windows: false });
        return (rel) => rel !== '' && match(rel);
    });
}
function ignoreTest(patterns) {
    return compiledOnce('ignore', patterns, () => {
        const tests = patterns.map((p) => {
            const body = p.replace(/\/+$/, '');
            const anchored = body.includes('/');
            const match = picomatch_default()(body.replace(/^\//, ''), { dot: true, windows: false });
            return anchored ? (rel) => match(rel) : (rel) => match((0,external_node_path_namespaceObject.basename)(rel));
        });
        return (rel) => tests.some((t) => t(rel));
    });
}
/**
 * Digests a file or a folder inside `root` (a path that is itself a symlink is followed): its
 * sorted tree entries (one entry with path '' for a file) and the tree digest over them. A
 * folder's tree is all of it: files with their executable bit, empty folders, symlinks as
 * links (see `walkTree`); one resolving outside `root` is a UserError. `opts.ignore` defaults
 * to STATE_IGNORE; `opts.selfContained` (an output) refuses any link leaving the folder.
 */
function digestTree(root, absPath, digester, opts = {}) {
    const rootReal = realRoot(root);
    const real = realOrMissing(root, absPath);
    if (real !== rootReal && !real.startsWith(rootReal + external_node_path_namespaceObject.sep)) {
        throw new UserError(`${(0,external_node_path_namespaceObject.relative)(root, absPath) || absPath} resolves outside the repository`);
    }
    const st = (0,external_node_fs_namespaceObject.statSync)(real);
    const ignore = opts.ignore ?? STATE_IGNORE;
    const w = {
        folder: absPath,
        folderReal: real,
        rootReal,
        digester,
        ignoreDir: ignoreTest(ignore),
        ignoreFile: ignoreTest(ignore.filter((p) => !p.endsWith('/'))),
        selfContained: opts.selfContained ?? false,
        show: (abs) => (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).join('/') || abs,
    };
    let entries;
    if (st.isDirectory())
        entries = walkTree(w);
    else if (st.isFile())
        entries = [fileEntry(w, absPath, '')];
    else
        throw new UserError(`${(0,external_node_path_namespaceObject.relative)(root, absPath)} is neither a file nor a folder`);
    return { digest: treeDigest(entries), entries };
}

;// CONCATENATED MODULE: ./src/hash/code-files.ts




/**
 * The files (relative to the root, sorted) of a step's `code` patterns: every file a pattern
 * selects, less what any `!` pattern matches. Only the folders the patterns name are walked.
 */
function listCodeFiles(root, patterns, readdir) {
    const excluding = patterns.filter((p) => p.exclude);
    const files = new Set();
    for (const pattern of patterns) {
        if (pattern.exclude)
            continue;
        for (const file of matchCodePattern(root, pattern, excluding, readdir))
            files.add(file);
    }
    return [...files].sort(comparePaths);
}
/**
 * The files one pattern selects: the default code ignore list applies to the folder the
 * pattern is read from (its `base`), and the walk starts at the glob's fixed folder prefix
 * (`lib` for `lib/*.py`), so a pattern never costs a walk of the whole repository.
 */
function matchCodePattern(root, pattern, excluding, readdir) {
    const excluded = excludedBy(excluding);
    const files = listFiles((0,external_node_path_namespaceObject.join)(root, pattern.base), {
        globs: [pattern.glob],
        ignore: DEFAULT_CODE_IGNORE,
        root,
        under: fixedFolder(pattern.glob),
        exclude: (rel) => excluded(external_node_path_namespaceObject.posix.join(pattern.base, rel)),
        ...(readdir ? { readdir } : {}),
    });
    return files.map((rel) => external_node_path_namespaceObject.posix.join(pattern.base, rel));
}
// Every step of a component asks with the same globs: scanned and compiled once per process.
const fixedFolders = new Map();
const matchers = new Map();
/** The folder part of a glob before its first wildcard: '' for `*.py`, `lib` for `lib/*.py`. */
function fixedFolder(glob) {
    let folder = fixedFolders.get(glob);
    if (folder === undefined) {
        const body = glob.replace(/(.)\/+$/, '$1');
        const scan = picomatch_default().scan(body);
        folder = scan.isGlob ? scan.base : external_node_path_namespaceObject.posix.dirname(body);
        // An escaped wildcard stays in scan's base with its backslash: not a folder name.
        if (folder === '.' || folder.includes('\\'))
            folder = '';
        fixedFolders.set(glob, folder);
    }
    return folder;
}
/** Whether a path relative to the root is matched by one of the `!` patterns. */
function excludedBy(excluding) {
    if (excluding.length === 0)
        return () => false;
    const tests = excluding.map((p) => {
        let match = matchers.get(p.glob);
        if (!match) {
            match = picomatch_default()(p.glob.replace(/(.)\/+$/, '$1'), { dot: true, windows: false });
            matchers.set(p.glob, match);
        }
        const prefix = p.base === '' ? '' : `${p.base}/`;
        const test = match;
        return (path) => path.startsWith(prefix) && test(path.slice(prefix.length));
    });
    return (path) => tests.some((test) => test(path));
}

;// CONCATENATED MODULE: ./src/hash/record-check.ts


/**
 * Why an output record read from a store cannot be restored as it says, if it cannot. A
 * manifest is data from disk or the network: its paths must not climb out, its entries must
 * be well formed, and they must make exactly one tree (nothing listed twice, nothing below a
 * file, a link or an empty folder), so that the tree placed from them is the tree their
 * digest names.
 */
function checkRecord(record) {
    if (record.format !== TREE_FORMAT || !Array.isArray(record.entries)) {
        return 'saved in another format (by another pipekit version)';
    }
    const { entries } = record;
    if (record.type !== 'dir') {
        const only = entries[0];
        if (entries.length !== 1 || only?.kind !== 'file' || only.path !== '') {
            return 'a file output must be one file';
        }
    }
    const paths = new Set();
    for (const entry of entries) {
        const bad = checkEntry(entry, record.type === 'dir');
        if (bad)
            return bad;
        if (paths.has(entry.path))
            return `${entry.path} is listed twice`;
        paths.add(entry.path);
    }
    for (const { path } of entries) {
        for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
            if (paths.has(path.slice(0, i)))
                return `${path} lies below another entry`;
        }
    }
    if (treeDigest(entries) !== record.digest)
        return 'entry list does not match its digest';
    return undefined;
}
function checkEntry(entry, inFolder) {
    if (typeof entry?.path !== 'string')
        return 'an entry without a path';
    if (inFolder && !isSafeRelative(entry.path))
        return `unsafe path ${entry.path}`;
    switch (entry.kind) {
        case 'file': {
            const { digest, size, exec } = entry;
            const ok = DIGEST_PATTERN.test(digest) && Number.isSafeInteger(size) && size >= 0;
            return ok && typeof exec === 'boolean' ? undefined : `bad file entry ${entry.path}`;
        }
        case 'dir':
            return undefined;
        case 'symlink': {
            // What a link reaches outside its tree is for keys; an output's links stay inside.
            const { target, reaches } = entry;
            const ok = typeof target === 'string' && target !== '' && !target.includes('\0');
            return ok && reaches === undefined ? undefined : `bad symlink entry ${entry.path}`;
        }
        default:
            return `unknown kind of entry ${entry.path}`;
    }
}
function isSafeRelative(path) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) {
        return false;
    }
    return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

;// CONCATENATED MODULE: ./src/hash/verified-outputs.ts









/**
 * Digests an output a step just wrote (no memo: it is fresh by definition). A `dir` output
 * is a folder, `file` and `metrics` a file. Its tree is all of it (empty folders, symlinks,
 * executable bits); a symlink in it must stay inside it, so that the output means the same
 * wherever it is restored.
 */
function digestOutput(absPath, type) {
    const st = (0,external_node_fs_namespaceObject.statSync)(absPath, { throwIfNoEntry: false });
    const want = type === 'dir' ? 'a folder' : 'a file';
    if (!st || (type === 'dir' ? !st.isDirectory() : !st.isFile())) {
        throw new UserError(`output ${absPath} is ${st ? 'not' : 'missing; expected'} ${want}`);
    }
    const opts = { ignore: [], selfContained: true };
    const { digest, entries } = digestTree(absPath, absPath, freshDigester, opts);
    return { type, format: TREE_FORMAT, digest, entries };
}
/** Undefined when the output at `absPath` matches `record`, else a short reason. */
function verifyOutput(absPath, record) {
    let actual;
    try {
        actual = digestOutput(absPath, record.type);
    }
    catch (err) {
        return err.message;
    }
    if (actual.digest === record.digest)
        return undefined;
    const want = new Map(record.entries.map((e) => [e.path, e]));
    for (const got of actual.entries) {
        const w = want.get(got.path);
        if (!w)
            return `unexpected ${KIND[got.kind]} ${got.path}`;
        const differs = difference(w, got);
        if (differs)
            return differs;
        want.delete(got.path);
    }
    const missing = [...want.keys()][0];
    return missing !== undefined ? `${missing || 'the file'} is missing` : 'digest differs';
}
const KIND = { file: 'file', dir: 'folder', symlink: 'symlink' };
function difference(want, got) {
    const name = got.path || 'the file';
    if (want.kind !== got.kind)
        return `${name} is a ${KIND[got.kind]}, not a ${KIND[want.kind]}`;
    if (want.kind === 'file' && got.kind === 'file') {
        if (want.digest !== got.digest)
            return `${name} differs`;
        if (want.exec !== got.exec)
            return `${name}: the executable bit differs`;
    }
    if (want.kind === 'symlink' && got.kind === 'symlink' && want.target !== got.target) {
        return `${name} points elsewhere`;
    }
    return undefined;
}
/** The store does not hold the bytes a manifest names: the entry is incomplete. */
class MissingBytes extends Error {
}
/**
 * Restores outputs the same way for every store: each output is built in a temp sibling of
 * its destination (files, with their executable bit, empty folders, symlinks), every file is
 * checked against its digest, and only when all outputs are good are they renamed into
 * place. So a destination is either complete or absent, and nothing a manifest says can
 * write outside its destination. Never throws for a failure of the disk: it says which kind.
 */
function placeOutputs(outputs, dest, fill) {
    for (const [name, record] of Object.entries(outputs)) {
        if (dest[name] === undefined)
            throw new Error(`no destination for output ${name}`);
        const bad = checkRecord(record);
        if (bad)
            return { kind: 'corrupt', reason: `output ${name}: ${bad}` };
    }
    const staged = [];
    try {
        for (const [name, record] of Object.entries(outputs)) {
            const final = dest[name];
            const tmp = tempSibling(final);
            staged.push({ tmp, final });
            const failure = stageOutput(name, record, tmp, fill);
            if (failure)
                return failure;
        }
        return commit(staged);
    }
    finally {
        for (const { tmp } of staged)
            removeQuietly(tmp);
    }
}
function stageOutput(name, record, tmp, fill) {
    let where = `output ${name}`;
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)(record.type === 'dir' ? tmp : (0,external_node_path_namespaceObject.dirname)(tmp), { recursive: true });
        for (const entry of record.entries) {
            where =
                entry.path === '' ? `output ${name}` : `output ${name}, ${KIND[entry.kind]} ${entry.path}`;
            const target = entry.path === '' ? tmp : (0,external_node_path_namespaceObject.join)(tmp, ...entry.path.split('/'));
            if (entry.kind === 'dir') {
                (0,external_node_fs_namespaceObject.mkdirSync)(target, { recursive: true });
                continue;
            }
            (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
            if (entry.kind === 'symlink') {
                (0,external_node_fs_namespaceObject.symlinkSync)(entry.target, target);
                continue;
            }
            fill(entry, target);
            const got = hashFile(target);
            if (got.digest !== entry.digest) {
                const reason = `${where}: content does not match its digest`;
                return { kind: 'corrupt', reason, digest: entry.digest };
            }
            if (got.size !== entry.size) {
                return { kind: 'corrupt', reason: `${where}: size differs from the manifest` };
            }
            // The executable bit is the manifest's, not that of whatever file held these bytes in
            // the store. A file the store shares with its own copy (a hard link) already has it, and
            // keeps that copy's mode: read-only.
            if (isExecutable((0,external_node_fs_namespaceObject.statSync)(target).mode) !== entry.exec) {
                (0,external_node_fs_namespaceObject.chmodSync)(target, entry.exec ? 0o755 : 0o644);
            }
        }
        for (const entry of record.entries) {
            if (entry.kind === 'symlink' && !staysInside(tmp, entry.path)) {
                return { kind: 'corrupt', reason: `output ${name}: ${entry.path} leads out of it` };
            }
        }
        return undefined;
    }
    catch (err) {
        const kind = err instanceof MissingBytes ? 'corrupt' : 'destination';
        return { kind, reason: `${where}: ${err.message}` };
    }
}
function commit(staged) {
    const placed = [];
    try {
        for (const { tmp, final } of staged) {
            // rename() cannot replace a non-empty folder; the gap where `final` is absent is fine.
            (0,external_node_fs_namespaceObject.rmSync)(final, { recursive: true, force: true });
            (0,external_node_fs_namespaceObject.renameSync)(tmp, final);
            placed.push(final);
        }
        return undefined;
    }
    catch (err) {
        for (const final of placed)
            removeQuietly(final);
        const reason = `could not move outputs into place: ${err.message}`;
        return { kind: 'destination', reason };
    }
}
/** Cleanup after a failure: one that fails too (a folder it may not write) is left as it is. */
function removeQuietly(path) {
    try {
        (0,external_node_fs_namespaceObject.rmSync)(path, { recursive: true, force: true });
    }
    catch {
        // The failure that led here is what gets reported.
    }
}

;// CONCATENATED MODULE: ./src/hash/files.ts



// The public face of src/hash: everything that reads files for keys and outputs.



/**
 * A file changed this close to now may change again within the file system's timestamp
 * granularity without its stat changing (git's "racy clean" problem): read it every time
 * until it is older. "Changed" is the later of mtime and ctime: `cp -p`, `rsync -t` and
 * `tar x` write new content under an old mtime, and only the ctime says when. 2 s covers
 * FAT's granularity, the coarsest we may meet (ext4, xfs and tmpfs before Linux 6.13 tick
 * at the kernel's clock, a few ms).
 */
const RACY_MS = 2000;
/**
 * A stat memo (like git's index): absolute path -> stat and digest. A file whose size, mtime,
 * ctime and inode all match is not read again. Persisted as one JSON file; losing it only
 * costs time, so a missing or unreadable memo starts empty.
 */
class DigestMemo {
    file;
    entries;
    now;
    /** Files answered from the memo and files read; tests and benches look at these. */
    stats = { hits: 0, reads: 0 };
    /** Folder listings, for this process only: many steps' `code` patterns list the same folders. */
    folders = new FolderMemo(() => this.now());
    changed = false;
    constructor(file, entries, now) {
        this.file = file;
        this.entries = entries;
        this.now = now;
    }
    static load(file, now = Date.now) {
        let entries = new Map();
        try {
            const parsed = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
            if (parsed.version === 1)
                entries = new Map(Object.entries(parsed.files));
        }
        catch {
            // Missing or damaged: start over; the memo is only an optimisation.
        }
        return new DigestMemo(file, entries, now);
    }
    digestFile(abs) {
        const st = (0,external_node_fs_namespaceObject.statSync)(abs);
        const known = this.entries.get(abs);
        if (known && known.size === st.size && sameStat(known, st)) {
            this.stats.hits++;
            return { size: known.size, digest: known.digest };
        }
        this.stats.reads++;
        const fresh = hashFile(abs);
        const changed = Math.max(st.mtimeMs, st.ctimeMs);
        const settled = changed < this.now() - RACY_MS && fresh.size === st.size;
        if (settled) {
            const { mtimeMs, ctimeMs, ino } = st;
            this.entries.set(abs, { size: fresh.size, mtimeMs, ctimeMs, ino, digest: fresh.digest });
            this.changed = true;
        }
        else if (known) {
            this.entries.delete(abs);
            this.changed = true;
        }
        return fresh;
    }
    /** Forgets every file below `dir` (a folder that was deleted), so the memo does not grow forever. */
    forget(dir) {
        const prefix = dir.endsWith('/') ? dir : `${dir}/`;
        for (const path of this.entries.keys()) {
            if (path.startsWith(prefix)) {
                this.entries.delete(path);
                this.changed = true;
            }
        }
    }
    /** Writes the memo if anything changed: temp file + rename, so readers never see half of it. */
    save() {
        if (!this.changed)
            return;
        const data = { version: 1, files: Object.fromEntries(this.entries) };
        writeFileAtomic(this.file, JSON.stringify(data));
        this.changed = false;
    }
}
/**
 * Folder listings kept while the folder's stat is unchanged: adding, removing or renaming an
 * entry changes its mtime, so a step that writes into a folder during a run is seen by the
 * next listing. A folder changed within RACY_MS is listed every time, as files are read.
 */
class FolderMemo {
    now;
    folders = new Map();
    constructor(now) {
        this.now = now;
    }
    list(abs) {
        const st = (0,external_node_fs_namespaceObject.statSync)(abs);
        const known = this.folders.get(abs);
        if (known && sameStat(known, st)) {
            return known.entries;
        }
        const entries = (0,external_node_fs_namespaceObject.readdirSync)(abs, { withFileTypes: true });
        if (Math.max(st.mtimeMs, st.ctimeMs) < this.now() - RACY_MS) {
            this.folders.set(abs, { mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, entries });
        }
        else {
            this.folders.delete(abs);
        }
        return entries;
    }
}
/** Whether a file or folder is the one remembered: the same inode, unchanged since. */
function sameStat(known, st) {
    return known.mtimeMs === st.mtimeMs && known.ctimeMs === st.ctimeMs && known.ino === st.ino;
}

;// CONCATENATED MODULE: ./src/hash/key.ts

/**
 * Bump when the key document changes meaning: every step misses once, never a false hit.
 * 2: a folder's digest covers its whole tree (empty folders, symlinks, executable bits).
 */
const KEY_SCHEMA = 2;
function key_computeKey(document) {
    const key = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonicalJson(document)).digest('hex');
    return { key, document };
}
/**
 * JSON with object keys sorted at every depth, so equal documents hash equally whatever the
 * order they were built in. Written here because it is ten lines and sits on the hot path.
 */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** Human reasons why `current` differs from `previous` (the last cached run of the step). */
function explainKeyChange(previous, current) {
    const reasons = [];
    if (previous.schema !== current.schema) {
        reasons.push(`key schema version ${previous.schema} -> ${current.schema} (pipekit upgrade)`);
    }
    if (previous.component !== current.component) {
        reasons.push(`component folder ${previous.component || '.'} -> ${current.component || '.'}`);
    }
    if (previous.shell !== current.shell)
        reasons.push(`shell ${previous.shell} -> ${current.shell}`);
    if (previous.run !== current.run)
        reasons.push('run command changed');
    if (previous.setup !== current.setup)
        reasons.push('setup command changed');
    diffRecords(previous.env, current.env, (name, a, b) => `env ${name}: ${key_show(a)} -> ${key_show(b)}`, reasons);
    diffRecords(previous.params, current.params, (name, a, b) => `parameter ${name}: ${key_show(a)} -> ${key_show(b)}`, reasons);
    diffFiles(previous.code, current.code, reasons);
    const wasExecutable = new Set(previous.executable ?? []);
    const isExecutable = new Set(current.executable ?? []);
    for (const [path] of current.code) {
        if (wasExecutable.has(path) !== isExecutable.has(path) &&
            previous.code.some(([p]) => p === path)) {
            reasons.push(`file ${path}: executable bit ${isExecutable.has(path) ? 'set' : 'cleared'}`);
        }
    }
    diffRecords(previous.paths, current.paths, (name, a, b) => describePathChange(name, a, b), reasons);
    diffRecords(previous.upstream, current.upstream, (name) => `input ${name}: upstream output changed`, reasons);
    diffRecords(previous.outputs, current.outputs, (name, a, b) => `output ${name}: ${key_show(a)} -> ${key_show(b)}`, reasons);
    if (canonicalJson(previous.extra) !== canonicalJson(current.extra)) {
        reasons.push(`extra key parts ${key_show(previous.extra)} -> ${key_show(current.extra)}`);
    }
    diffRecords(previous.keyCommands ?? {}, current.keyCommands ?? {}, describeOutputChange, reasons);
    const [wasSecret, isSecret] = [previous.secrets ?? [], current.secrets ?? []];
    if (canonicalJson(wasSecret) !== canonicalJson(isSecret)) {
        reasons.push(`secrets ${key_show(wasSecret)} -> ${key_show(isSecret)}`);
    }
    return reasons;
}
/** Outputs are shown when both are short: typically a version, `1.4.2 -> 1.5.0`. */
function describeOutputChange(command, a, b) {
    if (a === undefined)
        return `key command \`${command}\` added`;
    if (b === undefined)
        return `key command \`${command}\` removed`;
    const short = (text) => text.length <= 40 && !text.includes('\n');
    const shown = short(a) && short(b) ? ` (${key_show(a)} -> ${key_show(b)})` : '';
    return `key command \`${command}\`: output changed${shown}`;
}
function describePathChange(name, a, b) {
    if (a && b && a[0] !== b[0])
        return `input ${name}: path ${a[0]} -> ${b[0]}`;
    if (a && b)
        return `input ${name}: content of ${b[0]} changed`;
    return `input ${name}: ${a?.[0] ?? '(none)'} -> ${b?.[0] ?? '(none)'}`;
}
function diffRecords(a, b, say, into) {
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const name of names) {
        if (canonicalJson(a[name]) !== canonicalJson(b[name]))
            into.push(say(name, a[name], b[name]));
    }
}
function diffFiles(a, b, into) {
    const before = new Map(a);
    const after = new Map(b);
    for (const [path, digest] of b) {
        if (!before.has(path))
            into.push(`file ${path} added`);
        else if (before.get(path) !== digest)
            into.push(`file ${path} changed`);
    }
    for (const [path] of a)
        if (!after.has(path))
            into.push(`file ${path} removed`);
}
function key_show(value) {
    if (value === undefined)
        return '(none)';
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/hash/document.ts






/** Reads what a step's key covers from disk (through the stat memo) into its key document. */
function buildKeyDocument(root, step, bound, upstream, memo) {
    const { component } = step;
    const paths = {};
    for (const [name, rel] of Object.entries(bound.paths)) {
        paths[name] = [rel, digestTree(root, (0,external_node_path_namespaceObject.join)(root, rel), memo).digest];
    }
    return {
        schema: KEY_SCHEMA,
        component: component.dir,
        shell: STEP_SHELL_TEXT,
        run: component.runText,
        setup: component.setupText ?? null,
        env: component.envText,
        params: bound.params,
        ...digestCode(root, step, memo),
        paths,
        upstream,
        outputs: Object.fromEntries(Object.entries(component.outputs).map(([n, o]) => [n, o.type])),
        extra: step.keyParts,
        ...(step.secrets.length > 0 ? { secrets: step.secrets } : {}),
    };
}
/**
 * A component's code: the files its `code` patterns select (README, component.yml), by
 * default its whole folder, keyed by their paths from the root. An inline step runs in the
 * root, so by default it has no code files: only its `run` text is hashed.
 */
function digestCode(root, step, memo) {
    const code = [];
    const executable = [];
    for (const path of codeFiles(root, step, memo)) {
        const abs = (0,external_node_path_namespaceObject.join)(root, path);
        code.push([path, memo.digestFile(abs).digest]);
        if (document_isExecutable(abs))
            executable.push(path);
    }
    return executable.length > 0 ? { code, executable } : { code };
}
/** The owner's executable bit, as git and the trees of outputs keep it. */
function document_isExecutable(abs) {
    return ((0,external_node_fs_namespaceObject.statSync)(abs).mode & 0o100) !== 0;
}
function codeFiles(root, step, memo) {
    const { dir, code } = step.component;
    const readdir = (abs) => memo.folders.list(abs);
    if (code === undefined) {
        if (step.uses === undefined)
            return [];
        const files = listFiles((0,external_node_path_namespaceObject.join)(root, dir), { ignore: DEFAULT_CODE_IGNORE, root, readdir });
        return files.map((rel) => external_node_path_namespaceObject.posix.join(dir, rel));
    }
    return listCodeFiles(root, resolvedOnce(step.id, dir, code), readdir);
}
// Steps that share a component share its patterns: resolved once per process.
const resolved = new Map();
function resolvedOnce(id, dir, code) {
    const key = JSON.stringify([dir, code]);
    let patterns = resolved.get(key);
    if (!patterns) {
        patterns = codePatterns(dir, code);
        // The loader reports a pattern that does not resolve: a model holding one is a bug.
        if (!patterns)
            throw new Error(`step ${id}: unresolved code patterns ${code.join(', ')}`);
        resolved.set(key, patterns);
    }
    return patterns;
}

;// CONCATENATED MODULE: ./src/pipeline/narrow.ts
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
function asNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
function asScalar(value) {
    return typeof value === 'string' || typeof value === 'boolean' || asNumber(value) !== undefined
        ? value
        : undefined;
}
/**
 * The strings of a string or a list of strings (as `needs` and `code` accept), each with
 * the path segment that locates it (none for a lone string); wrong items are dropped.
 */
function stringItems(value) {
    if (typeof value === 'string')
        return [{ text: value, at: [] }];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => typeof item === 'string' ? [{ text: item, at: [index] }] : []);
}
/** The entries of a mapping, or none. */
function entriesOf(value) {
    const record = asRecord(value);
    return record ? Object.entries(record) : [];
}
/**
 * An empty record for names a user chose (parameters, inputs, env, steps): without a
 * prototype, so `constructor` or `__proto__` is a name like any other, never Object's own.
 */
function dict() {
    return Object.create(null);
}

;// CONCATENATED MODULE: ./src/pipeline/expression-parser.ts
/**
 * The GitHub Actions expression language, the subset pipekit supports: literals, context
 * paths (`github.ref`, `github['ref']`), function calls, `!`, comparisons, `&&`, `||`.
 */
const punctuation = [
    '==',
    '!=',
    '<=',
    '>=',
    '&&',
    '||',
    '<',
    '>',
    '!',
    '(',
    ')',
    '[',
    ']',
    '.',
    ',',
];
const identifier = /^[A-Za-z_][A-Za-z0-9_-]*/;
// GitHub's number forms: decimal with exponent, hex, optional leading minus.
const number = /^-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)/;
const keywords = {
    true: true,
    false: false,
    null: null,
    NaN: NaN,
    Infinity: Infinity,
};
class SyntaxProblem extends Error {
}
function tokenize(text) {
    const tokens = [];
    let rest = text.trimStart();
    while (rest.length > 0) {
        const token = nextToken(rest);
        tokens.push(token.token);
        rest = rest.slice(token.length).trimStart();
    }
    return tokens;
}
function nextToken(rest) {
    if (rest.startsWith("'"))
        return stringToken(rest);
    const num = number.exec(rest)?.[0];
    if (num !== undefined) {
        return { token: { type: 'literal', value: Number(num) }, length: num.length };
    }
    const word = identifier.exec(rest)?.[0];
    if (word !== undefined) {
        const token = Object.hasOwn(keywords, word)
            ? { type: 'literal', value: keywords[word] ?? null }
            : { type: 'ident', text: word };
        return { token, length: word.length };
    }
    const punct = punctuation.find((p) => rest.startsWith(p));
    if (punct !== undefined)
        return { token: { type: 'punct', text: punct }, length: punct.length };
    throw new SyntaxProblem(`unexpected \`${rest[0] ?? ''}\``);
}
/** A single-quoted string; `''` is an escaped quote, as in GitHub. */
function stringToken(rest) {
    let value = '';
    for (let i = 1; i < rest.length; i++) {
        if (rest[i] !== "'") {
            value += rest[i];
        }
        else if (rest[i + 1] === "'") {
            value += "'";
            i++;
        }
        else {
            return { token: { type: 'literal', value }, length: i + 1 };
        }
    }
    throw new SyntaxProblem('unterminated string');
}
const binaryLevels = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>=']];
/** GitHub's own parser refuses deeper nesting (`MAX_PARSER_DEPTH` of @actions/expressions). */
const MAX_DEPTH = 50;
/** Operands chained by one operator level (`a && b && ...`): each is a level of the tree. */
const MAX_CHAIN = 1000;
class Parser {
    tokens;
    index = 0;
    depth = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    parse() {
        if (this.tokens.length === 0)
            throw new SyntaxProblem('empty expression');
        const expr = this.binary(0);
        const extra = this.tokens[this.index];
        if (extra)
            throw new SyntaxProblem(`unexpected ${describe(extra)}`);
        return expr;
    }
    binary(level) {
        const ops = binaryLevels[level];
        if (!ops)
            return this.unary();
        let left = this.binary(level + 1);
        let chained = 0;
        for (let op = this.punct(ops); op; op = this.punct(ops)) {
            if (++chained > MAX_CHAIN) {
                throw new SyntaxProblem(`more than ${MAX_CHAIN} operands joined by \`${op}\``);
            }
            left = { kind: 'binary', op: op, left, right: this.binary(level + 1) };
        }
        return left;
    }
    /** One level deeper: `!`, parentheses, a call's arguments. */
    nested(parse) {
        if (++this.depth > MAX_DEPTH) {
            throw new SyntaxProblem(`nested more than ${MAX_DEPTH} levels deep (GitHub's limit)`);
        }
        const result = parse();
        this.depth--;
        return result;
    }
    unary() {
        if (this.punct(['!']))
            return this.nested(() => ({ kind: 'not', operand: this.unary() }));
        if (this.punct(['('])) {
            return this.nested(() => {
                const inner = this.binary(0);
                this.expect(')');
                return inner;
            });
        }
        const token = this.tokens[this.index++];
        if (token?.type === 'literal')
            return { kind: 'literal', value: token.value };
        if (token?.type !== 'ident') {
            throw new SyntaxProblem(`expected a value, found ${describe(token)}`);
        }
        return this.punct(['(']) ? this.nested(() => this.call(token.text)) : this.path(token.text);
    }
    call(name) {
        const args = [];
        if (!this.punct([')'])) {
            do
                args.push(this.binary(0));
            while (this.punct([',']));
            this.expect(')');
        }
        return { kind: 'call', name, args };
    }
    path(root) {
        const props = [];
        for (let op = this.punct(['.', '[']); op; op = this.punct(['.', '['])) {
            const token = this.tokens[this.index++];
            if (op === '.' && token?.type === 'ident') {
                props.push(token.text);
            }
            else if (op === '[' && token?.type === 'literal' && typeof token.value === 'string') {
                props.push(token.value);
                this.expect(']');
            }
            else {
                throw new SyntaxProblem(`expected a property name, found ${describe(token)}`);
            }
        }
        return { kind: 'path', root, props };
    }
    punct(options) {
        const token = this.tokens[this.index];
        if (token?.type !== 'punct' || !options.includes(token.text))
            return undefined;
        this.index++;
        return token.text;
    }
    expect(text) {
        if (!this.punct([text])) {
            throw new SyntaxProblem(`expected \`${text}\`, found ${describe(this.tokens[this.index])}`);
        }
    }
}
function describe(token) {
    if (!token)
        return 'the end';
    if (token.type === 'literal') {
        return typeof token.value === 'string' ? `'${token.value}'` : `\`${token.value}\``;
    }
    return `\`${token.text}\``;
}
/** Parses the text inside `${{ }}`; a syntax error is returned, not thrown. */
function parseExpression(text) {
    try {
        return { expr: new Parser(tokenize(text)).parse() };
    }
    catch (error) {
        if (error instanceof SyntaxProblem)
            return { error: error.message };
        throw error;
    }
}
/** Every node of an expression, each before its operands, in source order. */
function nodesOf(expr) {
    switch (expr.kind) {
        case 'call':
            return [expr, ...expr.args.flatMap(nodesOf)];
        case 'not':
            return [expr, ...nodesOf(expr.operand)];
        case 'binary':
            return [expr, ...nodesOf(expr.left), ...nodesOf(expr.right)];
        default:
            return [expr];
    }
}
/** The context paths an expression reads (`github.ref`, `inputs.x`), in source order. */
function pathsOf(expr) {
    return nodesOf(expr).filter((node) => node.kind === 'path');
}
/** The function calls of an expression, in source order. */
function callsOf(expr) {
    return nodesOf(expr).filter((node) => node.kind === 'call');
}

;// CONCATENATED MODULE: ./src/pipeline/condition.ts

/**
 * The `github.*` names an `if` may read: what the action can take from the runner's
 * environment (`GITHUB_<NAME>`) and so give the plan exactly as GitHub would. Others
 * (`github.event.*`, `github.job`) are refused by validation rather than read as null.
 */
const GITHUB_CONTEXT_NAMES = [
    'ref',
    'ref_name',
    'ref_type',
    'sha',
    'event_name',
    'base_ref',
    'head_ref',
    'repository',
    'repository_owner',
    'actor',
    'triggering_actor',
    'run_id',
    'run_number',
    'run_attempt',
    'workflow',
    'server_url',
];
const functions = {
    startsWith: (a, b) => a.startsWith(b),
    endsWith: (a, b) => a.endsWith(b),
    contains: (a, b) => a.includes(b),
};
/**
 * The text of an `if`: `${{ expr }}` or a bare `expr`, as GitHub accepts both.
 * Text around the braces would make GitHub treat the whole value as a (always true) string.
 */
function conditionText(value) {
    const trimmed = value.trim();
    const match = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
    const text = match ? (match[1] ?? '') : trimmed;
    if (text.includes('${{') || text.includes('}}')) {
        const message = 'write the whole condition inside one `${{ }}`';
        return { issue: { code: 'expression-syntax', message } };
    }
    return { text: text.trim() };
}
/**
 * Checks an `if` expression: syntax, functions, and contexts (`github.*`, `inputs.*`).
 * Returns the problems and the pipeline parameters it reads (for unknown-parameter).
 */
function checkCondition(text) {
    const parsed = parseExpression(text);
    if ('error' in parsed) {
        return { issues: [{ code: 'expression-syntax', message: parsed.error }], inputs: [] };
    }
    const issues = [];
    for (const call of callsOf(parsed.expr)) {
        if (!Object.hasOwn(functions, call.name)) {
            const known = Object.keys(functions).join(', ');
            issues.push({
                code: 'expression-context',
                message: `unknown function \`${call.name}\` (known: ${known})`,
            });
        }
        else if (call.args.length !== 2) {
            issues.push({ code: 'expression-syntax', message: `\`${call.name}\` takes 2 arguments` });
        }
    }
    const inputs = [];
    for (const path of pathsOf(parsed.expr)) {
        const [name, ...more] = path.props;
        const written = [path.root, ...path.props].join('.');
        if (path.root === 'inputs' && name !== undefined && more.length === 0) {
            inputs.push(name);
        }
        else if (path.root !== 'github' || name === undefined) {
            const message = `\`${written}\` is not available in \`if\`: use \`github.NAME\` or \`inputs.NAME\``;
            issues.push({ code: 'expression-context', message });
        }
        else if (more.length > 0 || !isGithubName(name)) {
            const message = `\`${written}\` is not available in \`if\`: the github names are ${GITHUB_CONTEXT_NAMES.join(', ')}`;
            issues.push({ code: 'expression-context', message });
        }
    }
    return { issues, inputs };
}
function isGithubName(name) {
    const lower = name.toLowerCase();
    return GITHUB_CONTEXT_NAMES.some((known) => known === lower);
}
/**
 * Evaluates a validated `if` expression with GitHub's semantics: loose `==` (numbers when
 * the types differ), case-insensitive string comparison, `&&`/`||` yielding an operand.
 * Throws on invalid text: validation has rejected it before any caller gets here.
 */
function evaluateCondition(expr, ctx) {
    const parsed = parseExpression(expr);
    if ('error' in parsed)
        throw new Error(`invalid condition \`${expr}\`: ${parsed.error}`);
    return truthy(evaluate(parsed.expr, ctx));
}
function evaluate(expr, ctx) {
    switch (expr.kind) {
        case 'literal':
            return expr.value;
        case 'path':
            return lookup(expr.root, expr.props, ctx);
        case 'not':
            return !truthy(evaluate(expr.operand, ctx));
        case 'call': {
            const [a, b] = expr.args.map((arg) => condition_text(evaluate(arg, ctx)).toLowerCase());
            const fn = functions[expr.name];
            if (!fn || a === undefined || b === undefined) {
                throw new Error(`invalid call \`${expr.name}\``);
            }
            return fn(a, b);
        }
        case 'binary': {
            const left = evaluate(expr.left, ctx);
            if (expr.op === '&&')
                return truthy(left) ? evaluate(expr.right, ctx) : left;
            if (expr.op === '||')
                return truthy(left) ? left : evaluate(expr.right, ctx);
            return compare(expr.op, left, evaluate(expr.right, ctx));
        }
    }
}
/** A missing property is null, as in GitHub; nested github paths are looked up dotted. */
function lookup(root, props, ctx) {
    const record = root === 'github' ? ctx.github : root === 'inputs' ? ctx.inputs : undefined;
    if (!record || props.length === 0)
        return null;
    const key = props.join('.');
    if (Object.hasOwn(record, key))
        return record[key] ?? null;
    // Property names are case-insensitive in GitHub expressions.
    const lower = key.toLowerCase();
    const found = Object.keys(record).find((name) => name.toLowerCase() === lower);
    return found === undefined ? null : (record[found] ?? null);
}
function compare(op, left, right) {
    let a;
    let b;
    if (typeof left === 'string' && typeof right === 'string') {
        a = left.toLowerCase();
        b = right.toLowerCase();
    }
    else {
        a = toNumber(left);
        b = toNumber(right);
    }
    switch (op) {
        case '==':
            return a === b;
        case '!=':
            return a !== b;
        case '<':
            return a < b;
        case '<=':
            return a <= b;
        case '>':
            return a > b;
        default:
            return a >= b;
    }
}
function toNumber(value) {
    if (value === null)
        return 0;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (typeof value === 'number')
        return value;
    return value.trim() === '' ? 0 : Number(value);
}
function condition_text(value) {
    return value === null ? '' : String(value);
}
function truthy(value) {
    return value !== null && value !== false && value !== 0 && value !== '' && !Number.isNaN(value);
}

;// CONCATENATED MODULE: ./src/pipeline/expressions.ts


const expressions_open = '${{';
const expressions_close = '}}';
function hasExpression(text) {
    return text.includes(expressions_open);
}
function parseTemplate(text, context) {
    const parsed = { template: [], refs: [], issues: [] };
    let rest = 0;
    for (let hole = 0;; hole++) {
        const start = text.indexOf(expressions_open, rest);
        if (start < 0)
            break;
        const end = text.indexOf(expressions_close, start + expressions_open.length);
        if (end < 0) {
            parsed.issues.push({
                hole,
                code: 'expression-syntax',
                message: '`${{` without a closing `}}`',
            });
            break;
        }
        pushText(parsed.template, text.slice(rest, start));
        const result = referenceOf(text.slice(start + expressions_open.length, end), context);
        if ('ref' in result) {
            parsed.template.push({ ref: result.ref });
            parsed.refs.push({ hole, ref: result.ref });
        }
        else {
            parsed.issues.push({ hole, ...result });
            pushText(parsed.template, text.slice(start, end + expressions_close.length));
        }
        rest = end + expressions_close.length;
    }
    pushText(parsed.template, text.slice(rest));
    return parsed;
}
function pushText(template, text) {
    if (text === '')
        return;
    const last = template[template.length - 1];
    if (last && 'text' in last) {
        last.text += text;
    }
    else {
        template.push({ text });
    }
}
const allowed = {
    component: '`inputs.NAME` and `outputs.NAME`',
    with: '`steps.ID.outputs.NAME` and `inputs.NAME`',
};
function referenceOf(inner, context) {
    const parsed = parseExpression(inner);
    if ('error' in parsed)
        return { code: 'expression-syntax', message: parsed.error };
    const expr = parsed.expr;
    const where = context === 'component' ? 'a component' : '`with`';
    if (expr.kind !== 'path') {
        const message = `only a reference may appear in ${where}: ${allowed[context]}, not \`${inner.trim()}\``;
        return { code: 'expression-context', message };
    }
    const [first, second, third, ...more] = expr.props;
    const name = second === undefined ? first : undefined;
    if (expr.root === 'inputs' && name !== undefined)
        return { ref: { kind: 'input', name } };
    if (context === 'component' && expr.root === 'outputs' && name !== undefined) {
        return { ref: { kind: 'output', name } };
    }
    const stepOutput = expr.root === 'steps' && second === 'outputs' && more.length === 0;
    if (context === 'with' && stepOutput && first !== undefined && third !== undefined) {
        return { ref: { kind: 'step-output', step: first, output: third } };
    }
    const written = [expr.root, ...expr.props].join('.');
    const message = `\`${written}\` is not available in ${where}: use ${allowed[context]}`;
    return { code: 'expression-context', message };
}
/** Replaces each reference by `value(ref)`; the caller quotes values for the shell. */
function substituteTemplate(t, value) {
    return t.map((part) => ('text' in part ? part.text : value(part.ref))).join('');
}

// EXTERNAL MODULE: ../main/node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(3996);
;// CONCATENATED MODULE: ./src/pipeline/suggest.ts

/** The candidate closest to `name` when it is close enough to be a typo, else undefined. */
function closestName(name, candidates) {
    const lower = name.toLowerCase();
    // One edit for short names, else two or a third of the name.
    const limit = name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        // Levenshtein is at least the difference in length: most candidates end here.
        if (candidate === name || Math.abs(candidate.length - name.length) > limit)
            continue;
        const d = candidate.toLowerCase() === lower
            ? 0
            : swapped(name, candidate)
                ? 1
                : (0,mod/* distance */.Io)(name, candidate);
        if (d <= limit && d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** `; did you mean \`x\`?` to append to a message, or '' when nothing is close. */
function didYouMean(name, candidates) {
    const best = closestName(name, candidates);
    return best === undefined ? '' : `; did you mean \`${best}\`?`;
}
/** Two neighbouring letters swapped (`rwa`, `tarin`): one typo, though Levenshtein counts two. */
function swapped(a, b) {
    if (a.length !== b.length)
        return false;
    let first = -1;
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i])
            continue;
        if (first >= 0) {
            // The second difference: a swap only if it is the very next letter, and the last.
            return (i === first + 1 &&
                a[first] === b[i] &&
                a[i] === b[first] &&
                a.slice(i + 1) === b.slice(i + 1));
        }
        first = i;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/pipeline/values.ts

const article = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean',
    path: 'a repository path (a string)',
};
function values_show(value) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
/** Whether a literal has the type; no coercion, so `"0.1"` is not a number and `1.10` is not a string. */
function hasType(type, value) {
    switch (type) {
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'integer':
            // Past 2^53 a number is not held exactly: 99999999999999999999 would run as 1e20.
            return Number.isSafeInteger(value);
        case 'boolean':
            return typeof value === 'boolean';
        case 'string':
            return typeof value === 'string';
        case 'path':
            return typeof value === 'string' && value !== '';
    }
}
/** Checks a literal against an input's type, enum, min and max. */
function checkValue(spec, value) {
    if (!hasType(spec.type, value)) {
        const hint = spec.type === 'string' && typeof value !== 'string'
            ? ' (quote it)'
            : Number.isInteger(value)
                ? ` (an integer is at most ${Number.MAX_SAFE_INTEGER} in size, to be held exactly)`
                : '';
        const message = `expected ${article[spec.type]}, got ${values_show(value)}${hint}`;
        return { code: 'value-type', message };
    }
    if (spec.enum && !spec.enum.includes(value)) {
        const message = `${values_show(value)} is not one of ${spec.enum.map(values_show).join(', ')}`;
        return { code: 'value-enum', message };
    }
    if (typeof value !== 'number')
        return undefined;
    if (spec.min !== undefined && value < spec.min) {
        return { code: 'value-min', message: `${value} is less than the minimum ${spec.min}` };
    }
    if (spec.max !== undefined && value > spec.max) {
        return { code: 'value-max', message: `${value} is more than the maximum ${spec.max}` };
    }
    return undefined;
}
/** A pipeline parameter may feed an input of the same type; an integer also feeds a number. */
function typesCompatible(from, to) {
    return from === to || (from === 'integer' && to === 'number');
}
/**
 * The typed value of a parameter given as text (`--set lr=0.1`, a workflow_dispatch input),
 * checked against its spec. The one place text becomes a parameter value: booleans are
 * `true`/`false` in any case, as YAML and GitHub's inputs write them.
 */
function parseParameterValue(spec, text) {
    let value = text;
    if (spec.type === 'number' || spec.type === 'integer') {
        value = text.trim() === '' ? NaN : Number(text);
    }
    else if (spec.type === 'boolean') {
        const lower = text.trim().toLowerCase();
        if (lower === 'true' || lower === 'false')
            value = lower === 'true';
    }
    else if (spec.type === 'path' && !isRepoRelative(text)) {
        const message = 'a path must stay inside the repository (relative, no leading ..)';
        return { code: 'value-type', message };
    }
    if (typeof value === 'number' && Number.isNaN(value)) {
        return { code: 'value-type', message: `expected ${article[spec.type]}, got ${values_show(text)}` };
    }
    return checkValue(spec, value) ?? { value };
}
/** A path written relative to the repository root that does not climb out of it. */
function isRepoRelative(text) {
    const normal = external_node_path_namespaceObject.posix.normalize(text);
    return !text.startsWith('/') && normal !== '..' && !normal.startsWith('../');
}

;// CONCATENATED MODULE: ./src/plan/params.ts





/**
 * The pipeline parameters of this run: defaults, then `--set name=value` overrides, each
 * typed and checked against enum/min/max by parseParameterValue.
 */
function resolveParameters(pipeline, overrides) {
    for (const name of Object.keys(overrides)) {
        if (!Object.hasOwn(pipeline.inputs, name)) {
            const hint = didYouMean(name, Object.keys(pipeline.inputs));
            throw new UserError(`--set ${name}: the pipeline has no parameter \`${name}\`${hint}`);
        }
    }
    const values = dict();
    for (const [name, spec] of Object.entries(pipeline.inputs)) {
        const raw = overrides[name];
        const parsed = raw === undefined ? undefined : parseParameterValue(spec, raw);
        if (parsed && !('value' in parsed))
            throw new UserError(`--set ${name}=${raw}: ${parsed.message}`);
        const value = parsed ? parsed.value : spec.default;
        if (value === undefined) {
            if (spec.optional)
                continue;
            throw new UserError(`parameter \`${name}\` has no default: pass --set ${name}=VALUE`);
        }
        values[name] = value;
    }
    return values;
}
/** Parses `name=value` lines (CLI --set, the action's `set` input). */
function parseAssignments(lines) {
    const out = dict();
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new UserError(`--set ${line}: expected name=value`);
        out[line.slice(0, at).trim()] = line.slice(at + 1);
    }
    return out;
}
function params_resolveInputs(step, parameters) {
    const bound = { params: {}, paths: {}, upstream: {} };
    for (const [name, binding] of Object.entries(step.with)) {
        const spec = step.component.inputs[name];
        if (binding.kind === 'step-output') {
            bound.upstream[name] = { step: binding.step, output: binding.output };
            continue;
        }
        let value;
        if (binding.kind === 'literal')
            value = binding.value;
        else if (binding.kind === 'param')
            value = parameters[binding.name];
        else {
            value = substituteTemplate(binding.parts, (ref) => ref.kind === 'input' ? String(parameters[ref.name] ?? '') : '');
        }
        if (value === undefined)
            continue; // an optional parameter left unset
        if (spec?.type === 'path')
            bound.paths[name] = String(value);
        else
            bound.params[name] = value;
    }
    return bound;
}

;// CONCATENATED MODULE: ./src/pipeline/graph.ts
// Built once per pipeline value; the model itself stays plain JSON (it is cached on disk).
const stepsById = new WeakMap();
/** The step with this id; a missing one is a bug (ids come from the validated graph). */
function graph_getStep(pipeline, id) {
    let byId = stepsById.get(pipeline);
    if (!byId)
        stepsById.set(pipeline, (byId = new Map(pipeline.steps.map((s) => [s.id, s]))));
    const step = byId.get(id);
    if (!step)
        throw new Error(`the pipeline has no step ${id}`);
    return step;
}
/** The edges of the steps in file order: each step's data edges (in `with` order), then its `needs`. */
function edgesOf(steps) {
    const ids = new Set(steps.map((step) => step.id));
    const edges = [];
    for (const step of steps) {
        for (const [input, binding] of Object.entries(step.with)) {
            if (binding.kind === 'step-output' && ids.has(binding.step)) {
                edges.push({ from: binding.step, to: step.id, output: binding.output, input });
            }
        }
        for (const need of step.needs) {
            if (ids.has(need))
                edges.push({ from: need, to: step.id });
        }
    }
    return edges;
}
/**
 * The DAG of the steps. A cycle is reported on every edge of it, each diagnostic at the
 * expression or `needs` entry that makes the edge (`locate`), as wireit does.
 */
function buildGraph(steps, locate) {
    const ids = steps.map((step) => step.id);
    const index = new Map(ids.map((id, i) => [id, i]));
    const edges = edgesOf(steps);
    const upstream = neighbours(ids, edges, index, 'from', 'to');
    const downstream = neighbours(ids, edges, index, 'to', 'from');
    const order = topologicalOrder(ids, upstream, downstream, index);
    if (order.length === ids.length) {
        return { graph: { order, edges, upstream, downstream }, diagnostics: [] };
    }
    return { diagnostics: cycleDiagnostics(ids, order, edges, locate) };
}
/** For each id, the distinct ids on the other end of its edges, in file order. */
function neighbours(ids, edges, index, other, self) {
    const sets = new Map(ids.map((id) => [id, new Set()]));
    for (const edge of edges)
        sets.get(edge[self])?.add(edge[other]);
    const byFileOrder = (a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0);
    return Object.fromEntries(ids.map((id) => [id, [...(sets.get(id) ?? [])].sort(byFileOrder)]));
}
/** Kahn's algorithm, taking the ready step that comes first in the file each time. */
function topologicalOrder(ids, upstream, downstream, index) {
    const waiting = new Map(ids.map((id) => [id, upstream[id]?.length ?? 0]));
    // Kept sorted descending so that the smallest file index pops off the end.
    const ready = ids.flatMap((id, i) => (waiting.get(id) === 0 ? [i] : [])).reverse();
    const order = [];
    while (ready.length > 0) {
        const id = ids[ready.pop() ?? 0] ?? '';
        order.push(id);
        for (const next of downstream[id] ?? []) {
            const left = (waiting.get(next) ?? 0) - 1;
            waiting.set(next, left);
            if (left === 0)
                insertDescending(ready, index.get(next) ?? 0);
        }
    }
    return order;
}
function insertDescending(sorted, value) {
    let at = sorted.length;
    while (at > 0 && (sorted[at - 1] ?? 0) < value)
        at--;
    sorted.splice(at, 0, value);
}
/** One shortest cycle per group of steps that reach each other, reported edge by edge. */
function cycleDiagnostics(ids, order, edges, locate) {
    const done = new Set(order);
    const inCycle = new Set();
    const diagnostics = [];
    const outgoing = new Map();
    for (const edge of edges.filter((e) => !done.has(e.from) && !done.has(e.to))) {
        outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    }
    for (const start of ids) {
        if (done.has(start) || inCycle.has(start))
            continue;
        const cycle = shortestCycle(start, outgoing);
        if (!cycle)
            continue;
        for (const edge of cycle)
            inCycle.add(edge.from);
        const names = cycle.map((edge) => edge.from);
        cycle.forEach((edge, i) => {
            const path = [...names.slice(i), ...names.slice(0, i), edge.from].join(' -> ');
            diagnostics.push({ code: 'cycle', message: `cycle: ${path}`, ...locate(edge) });
        });
    }
    return diagnostics;
}
/** Breadth-first from `start` back to itself; the edges of the cycle, or undefined. */
function shortestCycle(start, outgoing) {
    const via = new Map();
    let frontier = [start];
    while (frontier.length > 0) {
        const next = [];
        for (const node of frontier) {
            for (const edge of outgoing.get(node) ?? []) {
                if (edge.to === start)
                    return [...pathTo(node, start, via), edge];
                if (via.has(edge.to))
                    continue;
                via.set(edge.to, edge);
                next.push(edge.to);
            }
        }
        frontier = next;
    }
    return undefined;
}
function pathTo(node, start, via) {
    const path = [];
    for (let edge = via.get(node); node !== start && edge; edge = via.get(node)) {
        path.unshift(edge);
        node = edge.from;
    }
    return path;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/executor/step-env.ts
/**
 * The runner's credentials for the cache and artifact services. GitHub gives them to
 * JavaScript actions, never to `run:` steps: with them a step's code could write cache
 * entries that later jobs trust.
 */
const RUNNER_CREDENTIALS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    // The runner's command files: a step writing to them would set pipekit's own outputs
    // (the plan's `jobs`, a job's `cut`), the environment or PATH of later actions.
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
];
/** The action's own inputs (`INPUT_PARAMS`, `INPUT_RESULTS`, ...): not the step's business. */
const ACTION_INPUT = /^INPUT_/;
/** What a process requests an OIDC token with, in a job with `id-token: write`. */
const OIDC_REQUEST = ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL'];
function requestsIdToken(step) {
    const { permissions } = step;
    return (permissions === 'write-all' ||
        (typeof permissions === 'object' && permissions['id-token'] === 'write'));
}
/**
 * What only the steps that declare it get: every secret of the pipeline, and the OIDC request
 * (a step that does not ask for `id-token: write` never gets it, whatever the job allows).
 */
function withheld(pipeline) {
    const names = new Set(pipeline.steps.flatMap((step) => step.secrets));
    for (const name of OIDC_REQUEST)
        names.add(name);
    return names;
}
function without(base, names) {
    const env = {};
    for (const [name, value] of Object.entries(base))
        if (!ACTION_INPUT.test(name))
            env[name] = value;
    for (const name of [...RUNNER_CREDENTIALS, ...names])
        delete env[name];
    return env;
}
/**
 * The environment a step's process starts from: the caller's, less the runner's credentials
 * and whatever the pipeline withholds that the step does not declare. A declared secret that
 * is unset or empty (on GitHub an unknown secret is '') is missing, and the step cannot run.
 */
function stepEnvironment(base, pipeline, step) {
    const missing = step.secrets.filter((name) => !base[name]);
    if (missing.length > 0)
        return { missing };
    const granted = new Set([...step.secrets, ...(requestsIdToken(step) ? OIDC_REQUEST : [])]);
    return {
        env: without(base, [...withheld(pipeline)].filter((name) => !granted.has(name))),
    };
}
/** The environment of a key command: what it prints is in a key, so it gets no secret at all. */
function keyCommandEnvironment(base, pipeline) {
    return without(base, withheld(pipeline));
}
/** The values of the secrets the pipeline declares that are set: what logs must not show. */
function secretValues(base, pipeline) {
    const names = new Set(pipeline.steps.flatMap((step) => step.secrets));
    return [...names].flatMap((name) => (base[name] ? [base[name]] : []));
}

;// CONCATENATED MODULE: ./src/executor/key-commands.ts








/** A command's output is a version or a short listing: beyond this it is a mistake. */
const MAX_OUTPUT_BYTES = 64 * 1024;
/** How much of a failing command's stderr its error shows: the end, where the error is. */
const MAX_STDERR_CHARS = 2_000;
/**
 * The output of each of a step's key commands (README, "When a step runs"), run where and
 * how its step runs: with its shell, in its component's folder in the repository (an inline
 * step: the root), with its declared env on top of the caller's environment less every secret of
 * the pipeline (what it prints is in a key, and keys are never secret). A command runs
 * once per `runs` whatever the number of steps declaring it; one that fails or prints more
 * than 64 KiB throws a UserError, which fails the step.
 */
async function runKeyCommands(run, step, runs) {
    const place = placeOf(run, step);
    const outputs = {};
    for (const command of step.keyCommands)
        outputs[command] = await runOnce(command, place, runs);
    return outputs;
}
/**
 * Asked again once the step ran, where it ran: the first key command that does not print
 * what its key was computed from (a `setup` that upgraded the library it names, an earlier
 * step that did, a job on a runner other than the one whose output it was keyed with), or
 * that fails now. Its outputs saved under that key would be a false hit.
 */
async function changedKeyCommand(run, step, keyed) {
    if (!keyed)
        return undefined;
    const place = placeOf(run, step);
    const fresh = new Map();
    for (const [command, output] of Object.entries(keyed)) {
        const now = await runOnce(command, place, fresh).catch(() => undefined);
        if (now !== output)
            return `the output of key command \`${command}\``;
    }
    return undefined;
}
function placeOf({ root, pipeline, parameters }, step) {
    const cwd = (0,external_node_path_namespaceObject.join)(root, ...step.component.dir.split('/').filter(Boolean));
    const base = keyCommandEnvironment(process.env, pipeline);
    return { cwd, env: declaredEnv(root, step, parameters), base };
}
function runOnce(command, place, runs) {
    const id = JSON.stringify([command, place.cwd, place.env]);
    let run = runs.get(id);
    if (!run)
        runs.set(id, (run = runCommand(command, place)));
    return run;
}
/**
 * The step's `env` as far as it is known before the step runs, in name order: a parameter or
 * a repository path is substituted as the step gets it; a variable naming an output or an
 * upstream output has no value yet and is unset (null).
 */
function declaredEnv(root, step, parameters) {
    const bound = params_resolveInputs(step, parameters);
    return Object.entries(step.component.env)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, template]) => {
        let known = true;
        const value = substituteTemplate(template, (ref) => {
            if (ref.kind === 'input' && bound.upstream[ref.name] === undefined) {
                const path = bound.paths[ref.name];
                if (path !== undefined)
                    return (0,external_node_path_namespaceObject.join)(root, path);
                const param = bound.params[ref.name];
                return param === undefined ? '' : String(param);
            }
            known = false;
            return '';
        });
        return [name, known ? value : null];
    });
}
function runCommand(command, { cwd, env: declared, base }) {
    const env = { ...base };
    for (const [name, value] of declared) {
        if (value === null)
            delete env[name];
        else
            env[name] = value;
    }
    const what = `key command \`${command}\``;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(STEP_SHELL.command, [...STEP_SHELL.args, '-c', command], {
            cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const chunks = [];
        let size = 0;
        let stderr = '';
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size <= MAX_OUTPUT_BYTES)
                chunks.push(chunk);
            else
                child.stdout.destroy();
        });
        child.stderr.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-2 * MAX_STDERR_CHARS);
        });
        child.on('error', (error) => reject(new UserError(`${what} could not start: ${error.message}`)));
        child.on('close', (code, signal) => {
            if (size > MAX_OUTPUT_BYTES) {
                reject(new UserError(`${what} printed more than ${MAX_OUTPUT_BYTES / 1024} KiB`));
            }
            else if (code === 0) {
                resolve(outputText(Buffer.concat(chunks)));
            }
            else {
                const how = code === null ? `killed by ${signal}` : `exit ${code}`;
                reject(new UserError(`${what} failed (${how})${stderrText(stderr)}`));
            }
        });
    });
}
/**
 * Trailing whitespace trimmed. Bytes that are not UTF-8 would decode to the same replacement
 * characters for different outputs, so such an output is represented by its digest instead.
 */
function outputText(bytes) {
    const text = bytes.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(bytes))
        return text.trimEnd();
    let end = bytes.length;
    while (end > 0 && ASCII_SPACE.has(bytes[end - 1]))
        end--;
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes.subarray(0, end)).digest('hex');
    return `(not UTF-8) sha256 ${digest}`;
}
const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);
function stderrText(stderr) {
    const text = stderr.trim();
    if (text === '')
        return '';
    return `: ${text.length > MAX_STDERR_CHARS ? `...${text.slice(-MAX_STDERR_CHARS)}` : text}`;
}

;// CONCATENATED MODULE: ./src/executor/engine.ts







const stateDir = (root) => (0,external_node_path_namespaceObject.join)(root, '.pipekit');
function stepOutDir(engine, id) {
    return (0,external_node_path_namespaceObject.join)(stateDir(engine.root), 'out', id);
}
// A step's files are read once per run: its real key and its source key share the document.
const documents = new WeakMap();
function documentOf(engine, step) {
    let byStep = documents.get(engine);
    if (!byStep)
        documents.set(engine, (byStep = new Map()));
    let document = byStep.get(step.id);
    if (!document) {
        const bound = params_resolveInputs(step, engine.parameters);
        document = buildKeyDocument(engine.root, step, bound, {}, engine.memo);
        byStep.set(step.id, document);
    }
    return document;
}
async function keyOfStep(engine, step, upstream) {
    const keyCommands = await keyCommandOutputs(engine, step);
    return key_computeKey({ ...documentOf(engine, step), upstream, keyCommands });
}
const keyCommandRuns = new WeakMap();
/** Undefined for a step without key commands: its key document has no such field. */
async function keyCommandOutputs(engine, step) {
    if (step.keyCommands.length === 0)
        return undefined;
    const recorded = await engine.recordedKeyCommands?.(step);
    if (recorded)
        return recorded;
    let runs = keyCommandRuns.get(engine);
    if (!runs)
        keyCommandRuns.set(engine, (runs = new Map()));
    return runKeyCommands(engine, step, runs);
}
/**
 * Source keys: like keys, but a data input contributes its upstream's source key and output
 * name instead of the output's digest. They need no upstream to have run, so all of them
 * are known before any lookup; a plan index is addressed by them. They leave out the output
 * of key commands, which a plan job does not run: an indexed key is used only when it equals
 * the step's key, so a source key that says less costs a lookup, never a false hit.
 */
function sourceKeys(engine) {
    const keys = new Map();
    for (const id of engine.graph.order) {
        const step = getStep(engine.pipeline, id);
        const upstream = {};
        for (const [input, ref] of Object.entries(resolveInputs(step, engine.parameters).upstream)) {
            // Stands in for the output's digest; with its ':' it can never equal one, so a source
            // key is never a real key.
            upstream[input] = `${keys.get(ref.step)}:${ref.output}`;
        }
        keys.set(id, computeKey({ ...documentOf(engine, step), upstream }).key);
    }
    return keys;
}
function conditionHolds(engine, step) {
    if (step.if === undefined)
        return true;
    return evaluateCondition(step.if, { github: engine.github, inputs: engine.parameters });
}
/**
 * The recent entry of a step closest to its current key document (the fewest differing
 * parts; the newest among equals), and those differences: after switching a parameter back
 * and forth, a miss is explained by what really differs, not by the last save.
 */
function closestEntry(engine, step, document) {
    let best;
    for (const entry of engine.recentEntries?.(step.id) ?? []) {
        if (!entry.parts)
            continue;
        const changes = explainKeyChange(entry.parts, document);
        if (!best || changes.length < best.changes.length)
            best = { entry, changes };
    }
    return best;
}
/** How this engine decides a step; the plan and the run add their own options. */
function decideContext(engine, extra = {}) {
    return {
        keyOf: (step, upstream) => keyOfStep(engine, step, upstream),
        lookup: (key) => engine.store.lookup(key),
        condition: (step) => conditionHolds(engine, step),
        explainMiss: (step, document) => closestEntry(engine, step, document)?.changes,
        ...extra,
    };
}

;// CONCATENATED MODULE: ./src/records/plan-index.ts


/** Bump when the plan index changes shape; stores keep indexes of each schema apart. */
const PLAN_INDEX_SCHEMA = 2;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
/** The pipeline's state: the source keys of all its steps. */
function stateDigest(sourceKeys) {
    return sha256([...sourceKeys.values()].sort().join('\n'));
}
/** Which steps an index holds, so a fuller index of the same state gets a key of its own. */
function indexedStepsDigest(index) {
    return sha256(Object.keys(index.steps).sort().join('\n')).slice(0, 16);
}
/** The manifest an indexed step stands for, as far as planning needs it: the output digests. */
function manifestFromIndex(step, indexed) {
    const outputs = {};
    for (const [name, spec] of Object.entries(step.component.outputs)) {
        const digest = indexed.outputs[name];
        if (digest !== undefined) {
            outputs[name] = { type: spec.type, format: TREE_FORMAT, digest, entries: [] };
        }
    }
    return {
        schema: 1,
        key: indexed.key,
        step: step.id,
        outputs,
        metrics: indexed.metrics,
        durationMs: indexed.durationMs,
        tool: '',
        createdAt: '',
    };
}
/** The plan index of every step known to be cached, by source key. */
function buildPlanIndex(known, sourceKeys) {
    const steps = {};
    for (const step of known) {
        const source = sourceKeys.get(step.id);
        if (!step.cached || !step.key || !step.manifest || !source)
            continue;
        const outputs = Object.fromEntries(Object.entries(step.manifest.outputs).map(([n, o]) => [n, o.digest]));
        steps[source] = {
            key: step.key,
            outputs,
            durationMs: step.manifest.durationMs,
            metrics: step.manifest.metrics,
        };
    }
    return { schema: PLAN_INDEX_SCHEMA, steps };
}
/** A plan index read back from a store, or undefined when it is not one of this schema. */
function parsePlanIndex(text) {
    try {
        const value = JSON.parse(text);
        const ok = value?.schema === PLAN_INDEX_SCHEMA &&
            typeof value.steps === 'object' &&
            value.steps !== null;
        return ok ? value : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/plan/decide.ts

/**
 * Decides one step from the state of its direct upstream steps: the ladder of condition,
 * readiness, key, plan index, lookup. `pipekit plan`, the action's plan job and every run
 * decide a step through this one function. May throw a UserError from `keyOf` (a path input
 * that is missing or leaves the repository, a key command that fails).
 */
async function decideStep(step, upstream, ctx) {
    // Like `!failure()` in the generated workflow: a failure anywhere upstream stops the step,
    // while an upstream skipped by its `if` only stops the steps that read its outputs.
    for (const state of upstream.values()) {
        if (state.kind === 'failed') {
            return { status: 'skipped', why: { kind: 'upstream-failed', step: state.cause } };
        }
    }
    if (!ctx.condition(step)) {
        return { status: 'skipped', why: { kind: 'condition-false', condition: step.if ?? '' } };
    }
    if (ctx.withheld?.(step)) {
        return { status: 'skipped', why: { kind: 'runner-withheld', runner: step.runner } };
    }
    const ready = readiness(step, upstream);
    if ('why' in ready) {
        if (ready.why.kind !== 'upstream-will-run')
            return { status: 'skipped', why: ready.why };
        return { status: step.cache ? 'pending' : 'always', why: ready.why };
    }
    if (ctx.deferKeyCommands && step.keyCommands.length > 0) {
        if (!step.cache)
            return { status: 'always', why: { kind: 'cache-false' } };
        return { status: 'pending', why: { kind: 'key-on-runner' } };
    }
    const { key, document } = await ctx.keyOf(step, ready.digests);
    const known = { key, document };
    if (!step.cache)
        return decideUncached(step, known, ctx);
    if (ctx.force?.has(step.id))
        return { status: 'run', why: { kind: 'forced' }, ...known };
    if (ctx.outputsGone?.has(step.id)) {
        return { status: 'run', why: { kind: 'outputs-gone', key }, ...known };
    }
    if (ctx.useCache === false)
        return { status: 'run', why: { kind: 'no-cache' }, ...known };
    const indexed = ctx.indexed?.(step);
    if (indexed?.key === key) {
        const manifest = manifestFromIndex(step, indexed);
        return {
            status: 'cached',
            why: { kind: 'found', key, from: 'plan-index' },
            manifest,
            ...known,
        };
    }
    const manifest = await ctx.lookup(key);
    if (manifest) {
        if (!(await accepted(step, manifest, ctx))) {
            return { status: 'run', why: { kind: 'entry-unusable' }, ...known };
        }
        return { status: 'cached', why: { kind: 'found', key, from: 'lookup' }, manifest, ...known };
    }
    const changes = ctx.explainMiss?.(step, document);
    return { status: 'run', why: { kind: 'no-entry', key, changes }, ...known };
}
/** The digests of every data input's upstream output, or why they cannot be known yet. */
function readiness(step, upstream) {
    const digests = {};
    let wait;
    for (const [input, binding] of Object.entries(step.with)) {
        if (binding.kind !== 'step-output')
            continue;
        const state = upstream.get(binding.step);
        if (state?.kind === 'skipped' || state?.kind === 'not-run') {
            return { why: { kind: 'upstream-skipped', step: binding.step, state: state.kind } };
        }
        const record = state?.kind === 'done' ? state.manifest?.outputs[binding.output] : undefined;
        if (record)
            digests[input] = record.digest;
        else
            wait ??= { kind: 'upstream-will-run', step: binding.step };
    }
    return wait ? { why: wait } : { digests };
}
async function decideUncached(step, known, ctx) {
    const keys = ctx.force?.has(step.id) ? [] : (ctx.transferKeys?.(step, known.key) ?? []);
    let transfer;
    for (const key of keys)
        if ((transfer = await ctx.lookup(key)))
            break;
    if (transfer && (await accepted(step, transfer, ctx))) {
        return { status: 'always', why: { kind: 'ran-earlier' }, transfer, ...known };
    }
    return { status: 'always', why: { kind: 'cache-false' }, ...known };
}
function accepted(step, manifest, ctx) {
    return ctx.accept ? ctx.accept(step, manifest) : Promise.resolve(true);
}

;// CONCATENATED MODULE: ./src/plan/plan.ts



/** Decides every step in topological order; independent lookups run concurrently. */
async function planSteps(pipeline, graph, ctx) {
    const decided = new Map();
    for (const id of graph.order) {
        const step = graph_getStep(pipeline, id);
        const ups = (graph.upstream[id] ?? []).map((up) => decided.get(up));
        decided.set(id, Promise.all(ups).then(async (done) => {
            const upstream = new Map(done.map((p) => [p.id, upstreamState(p)]));
            const decision = await decideStep(step, upstream, ctx).catch((error) => {
                // A run fails only this step; a plan has no such status, so it says which step.
                if (error instanceof UserError)
                    throw new UserError(`step ${id}: ${error.message}`);
                throw error;
            });
            const planned = { ...decision, id, runner: step.runner };
            if (step.secrets.length > 0)
                planned.secrets = step.secrets;
            return planned;
        }));
    }
    return Promise.all(graph.order.map((id) => decided.get(id)));
}
/** What a planned upstream means for its dependents: known outputs, or a run still to come. */
function upstreamState(planned) {
    if (planned.status === 'skipped')
        return { kind: 'skipped' };
    const manifest = plannedManifest(planned);
    return manifest ? { kind: 'done', manifest } : { kind: 'coming' };
}
/** The outputs a planned step is known to have: its entry, or an earlier job's transfer. */
function plannedManifest(planned) {
    if (planned.status === 'cached')
        return planned.manifest;
    if (planned.status === 'always')
        return planned.transfer;
    return undefined;
}
/**
 * A plan whose cached steps can be restored by the jobs that read them: for every cached step
 * whose outputs a step planned to run reads, `hasOutputs` checks that its outputs entry is
 * still there (a manifest or a plan index can outlive the entry it points at: the service
 * evicts entries unused for 7 days or past its size budget). A step whose entry is gone is
 * planned to run, in its own job on its own runner, and the plan is made again, since
 * its dependents now wait on it and may read other cached steps.
 */
async function planWithOutputs(pipeline, graph, ctx, hasOutputs) {
    const gone = new Set();
    const checked = new Set();
    for (;;) {
        const planned = await planSteps(pipeline, graph, { ...ctx, outputsGone: gone });
        const byId = new Map(planned.map((p) => [p.id, p]));
        const runs = (id) => {
            const status = byId.get(id)?.status;
            return status === 'run' || status === 'pending' || status === 'always';
        };
        const read = planned.filter((p) => p.status === 'cached' &&
            !checked.has(p.id) &&
            graph.edges.some((e) => e.from === p.id && e.output !== undefined && runs(e.to)));
        if (read.length === 0)
            return planned;
        const found = await Promise.all(read.map((p) => (p.status === 'cached' ? hasOutputs(p.manifest) : true)));
        read.forEach((p, i) => {
            checked.add(p.id);
            if (!found[i])
                gone.add(p.id);
        });
        if (found.every(Boolean))
            return planned;
    }
}

;// CONCATENATED MODULE: ./src/report/format.ts
/**
 * `850ms`, `4.2s`, `3m 05s`, `1h 02m`. Each unit is chosen after rounding to the precision it
 * shows, so 999.6 ms is `1.0s`, never `1000ms`, and 59.95 s is `1m 00s`, never `60.0s`.
 */
function formatDuration(ms) {
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)}ms`;
    const tenths = Math.round(ms / 100);
    if (tenths < 600)
        return `${(tenths / 10).toFixed(1)}s`;
    const s = Math.round(ms / 1000);
    if (s < 3600)
        return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
    const m = Math.round(ms / 60_000);
    return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}
/** A plain-text table with left-aligned columns. */
function formatTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function formatMetrics(metrics, max = 3) {
    if (!metrics)
        return '';
    const entries = Object.entries(metrics);
    const shown = entries
        .slice(0, max)
        .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(4)}`);
    return entries.length > max ? `${shown.join(' ')} …` : shown.join(' ');
}

;// CONCATENATED MODULE: ./src/cache/share-bytes.ts



/**
 * Pairs of devices (source, destination folder) known not to take a reflink, or a hard link:
 * asked once per process, so that a 100,000-file output does not try each file.
 */
const noReflink = new Set();
const noLink = new Set();
/**
 * Puts the bytes of `src` at `dest` (absent) without storing them twice where the file
 * system allows: a reflink (btrfs, XFS, APFS: copy-on-write, so a later write to either file
 * never reaches the other), else a hard link, else a copy (another file system, a file
 * system without links, a file with too many links).
 *
 * A hard link shares the file itself, its mode included, so it is made only when `src` is
 * read-only (an object of the cache, a file of the store of outputs) and has the executable
 * bit `exec` asks for. Read-only does not stop a process that owns the file, or root, from
 * changing it: whoever reads a shared file verifies it against its digest first (a restore
 * hashes every file; the store is verified before use and after every step that read it),
 * so a changed file is a miss, never a false hit.
 */
function shareFile(src, dest, exec) {
    const st = (0,external_node_fs_namespaceObject.statSync)(src);
    const pair = `${st.dev}:${(0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.dirname)(dest)).dev}`;
    if (!noReflink.has(pair)) {
        try {
            (0,external_node_fs_namespaceObject.copyFileSync)(src, dest, external_node_fs_namespaceObject.constants.COPYFILE_EXCL | external_node_fs_namespaceObject.constants.COPYFILE_FICLONE_FORCE);
            return;
        }
        catch (error) {
            if (!unsupported(error))
                throw error;
            noReflink.add(pair);
        }
    }
    if (!noLink.has(pair) && (st.mode & 0o222) === 0 && isExecutable(st.mode) === exec) {
        try {
            (0,external_node_fs_namespaceObject.linkSync)(src, dest);
            return;
        }
        catch (error) {
            const code = error.code;
            // EMLINK: this file has as many links as the file system allows; the next may not.
            if (code !== 'EMLINK' && !unsupported(error))
                throw error;
            if (code !== 'EMLINK')
                noLink.add(pair);
        }
    }
    (0,external_node_fs_namespaceObject.copyFileSync)(src, dest, external_node_fs_namespaceObject.constants.COPYFILE_EXCL);
}
/** The file system cannot do it here (as opposed to a missing file or a full disk). */
function unsupported(error) {
    const code = error.code;
    return (code === 'EXDEV' ||
        code === 'ENOTSUP' ||
        code === 'EOPNOTSUPP' ||
        code === 'ENOSYS' ||
        code === 'EINVAL' ||
        code === 'EPERM' ||
        code === 'ENOTTY' ||
        code === 'EBADF');
}

;// CONCATENATED MODULE: ./src/cache/entry-files.ts


/**
 * What the stores that hold files one by one (local, memory) share: restoring through the one
 * verified path, and saving every file of every output before the manifest. A failure is a
 * warning that names the entry, and a false: the caller runs the step.
 */
/**
 * Restores `manifest`'s outputs to `dest`. An entry whose own bytes fail verification is
 * corrupt: `drop` forgets what proved bad. A failure at the destination keeps the entry.
 */
function restoreEntry(manifest, dest, opts) {
    const failure = placeOutputs(manifest.outputs, dest, opts.fill);
    if (!failure)
        return true;
    opts.warn(describeRestoreFailure(manifest, failure));
    if (failure.kind !== 'corrupt')
        return false;
    try {
        opts.drop(failure);
    }
    catch {
        // A store that cannot forget the entry (its folder read-only) finds it corrupt again.
    }
    return false;
}
/** The warning for a restore that failed, the same from every store. */
function describeRestoreFailure(manifest, failure) {
    const entry = `cache entry ${manifest.key} for step ${manifest.step}`;
    return failure.kind === 'corrupt'
        ? `${entry} is corrupt: ${failure.reason}; running the step`
        : `could not restore ${entry}: ${failure.reason}; the entry is kept, running the step`;
}
/** Puts every file of every output (`put` gets its path on disk), then publishes the entry. */
function saveEntry(manifest, outputs, opts) {
    try {
        for (const [name, record] of Object.entries(manifest.outputs)) {
            const src = outputs[name];
            if (src === undefined)
                throw new Error(`no path for output ${name}`);
            // Folders and links live in the manifest alone; a file's mode too, so that one object
            // serves every file with its bytes, executable or not.
            for (const entry of record.entries) {
                if (entry.kind !== 'file')
                    continue;
                opts.put(entry.path === '' ? src : (0,external_node_path_namespaceObject.join)(src, ...entry.path.split('/')), entry);
            }
        }
        opts.publish();
        return true;
    }
    catch (err) {
        const { key, step } = manifest;
        opts.warn(`could not save cache entry ${key} for step ${step}: ${err.message}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cache/local.ts










/** How many manifests per step `explain` may compare with: enough for a sweep's neighbours. */
const HISTORY = 16;
// Keys and step ids become file names: anything else is a bug upstream, not a cache miss.
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * The embedded cache: content-addressed objects plus one manifest per key.
 *
 *   objects/<first 2 hex>/<sha256>   file contents, shared by every entry (a file's mode is in
 *                                    its manifest entry: one object serves files executable
 *                                    or not), read-only; where the file system allows, the
 *                                    same bytes as the stored output's file (see shareFile)
 *   entries/<key>.json               a Manifest, written after all its objects
 *   history/<step>/<key>.json        the last manifests saved for a step (for `explain`)
 *
 * An entry's time is its last use (`pipekit cache ls`, `prune`): a lookup that finds it
 * touches it.
 *
 * Every file appears by rename from a unique temp name, so processes sharing the folder
 * never read half a file, and an entry is visible only once its objects are complete.
 */
class LocalStore {
    name = 'local';
    dir;
    warn;
    constructor(opts) {
        this.dir = opts.dir;
        this.warn = opts.warn;
    }
    async lookup(key) {
        const file = this.entryPath(key);
        let text;
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                this.warn(`cannot read cache entry ${key}: ${err.message}`);
            }
            return undefined;
        }
        const manifest = parseManifest(text, key);
        if (typeof manifest === 'string') {
            this.warn(`cache entry ${key} is corrupt: ${manifest}; ignoring it`);
            (0,external_node_fs_namespaceObject.rmSync)(file, { force: true });
            return undefined;
        }
        markUsed(file);
        return manifest;
    }
    async restore(manifest, dest) {
        return restoreEntry(manifest, dest, {
            fill: (file, target) => this.fill(file, target),
            warn: this.warn,
            drop: (failure) => {
                (0,external_node_fs_namespaceObject.rmSync)(this.entryPath(manifest.key), { force: true });
                if (failure.digest !== undefined && DIGEST_PATTERN.test(failure.digest)) {
                    (0,external_node_fs_namespaceObject.rmSync)(this.objectPath(failure.digest), { force: true });
                }
            },
        });
    }
    async save(manifest, outputs) {
        return saveEntry(manifest, outputs, {
            put: (path, file) => this.putObject(path, file),
            publish: () => {
                const text = JSON.stringify(manifest);
                writeFileAtomic(this.entryPath(manifest.key), text);
                this.keepHistory(manifest, text);
            },
            warn: this.warn,
        });
    }
    /**
     * The manifests recently saved for `step` under different keys, newest first: `explain`
     * compares a missed step with the one closest to it, not merely the last.
     */
    recentEntriesForStep(step) {
        const dir = (0,external_node_path_namespaceObject.join)(this.dir, 'history', checkName(step));
        let names;
        try {
            names = (0,external_node_fs_namespaceObject.readdirSync)(dir);
        }
        catch {
            return [];
        }
        const read = names.flatMap((name) => {
            try {
                const file = (0,external_node_path_namespaceObject.join)(dir, name);
                const manifest = parseManifest((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
                return typeof manifest === 'string' ? [] : [{ manifest, at: (0,external_node_fs_namespaceObject.statSync)(file).mtimeMs }];
            }
            catch {
                return [];
            }
        });
        return read.sort((a, b) => b.at - a.at).map((r) => r.manifest);
    }
    /** Best effort: the history only explains misses, so losing it never fails a save. */
    keepHistory(manifest, text) {
        const dir = (0,external_node_path_namespaceObject.join)(this.dir, 'history', checkName(manifest.step));
        try {
            writeFileAtomic((0,external_node_path_namespaceObject.join)(dir, `${checkName(manifest.key)}.json`), text);
            const names = (0,external_node_fs_namespaceObject.readdirSync)(dir).filter((n) => n.endsWith('.json'));
            if (names.length <= HISTORY)
                return;
            const byAge = names
                .map((name) => ({ name, at: (0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(dir, name)).mtimeMs }))
                .sort((a, b) => b.at - a.at);
            for (const { name } of byAge.slice(HISTORY))
                (0,external_node_fs_namespaceObject.rmSync)((0,external_node_path_namespaceObject.join)(dir, name), { force: true });
        }
        catch {
            // another run pruned the same file first, or the disk is full: explain knows less
        }
    }
    fill(file, target) {
        const object = this.objectPath(file.digest);
        try {
            // Linked or copied, the bytes are hashed against the manifest before anything uses them.
            shareFile(object, target, file.exec);
        }
        catch (error) {
            if (!(0,external_node_fs_namespaceObject.existsSync)(object))
                throw new MissingBytes(`object ${file.digest} is missing`);
            throw error;
        }
    }
    /**
     * Copies one output file into the object store unless its content is there already. The
     * copy is hashed before it is published: an output changed after it was digested must not
     * be stored under a digest it does not have.
     */
    putObject(src, file) {
        const object = this.objectPath(file.digest);
        if ((0,external_node_fs_namespaceObject.existsSync)(object))
            return;
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(object), { recursive: true });
        const tmp = tempSibling(object);
        try {
            shareFile(src, tmp, file.exec);
            const got = hashFile(tmp);
            if (got.digest !== file.digest || got.size !== file.size) {
                throw new Error(`${src} changed after it was digested`);
            }
            (0,external_node_fs_namespaceObject.renameSync)(tmp, object);
        }
        finally {
            (0,external_node_fs_namespaceObject.rmSync)(tmp, { force: true });
        }
    }
    objectPath(digest) {
        if (!DIGEST_PATTERN.test(digest))
            throw new Error(`bad digest ${JSON.stringify(digest)}`);
        return (0,external_node_path_namespaceObject.join)(this.dir, 'objects', digest.slice(0, 2), digest);
    }
    entryPath(key) {
        return (0,external_node_path_namespaceObject.join)(this.dir, 'entries', `${checkName(key)}.json`);
    }
}
/** The last use of an entry, to the hour: a no-op run does not write every entry's inode. */
function markUsed(file) {
    try {
        if (Date.now() - (0,external_node_fs_namespaceObject.statSync)(file).mtimeMs < HOUR_MS)
            return;
        const now = new Date();
        (0,external_node_fs_namespaceObject.utimesSync)(file, now, now);
    }
    catch {
        // pruned meanwhile, or a read-only cache: the next use says so
    }
}
const HOUR_MS = 3600_000;
function checkName(name) {
    if (!NAME.test(name))
        throw new Error(`not a safe cache file name: ${JSON.stringify(name)}`);
    return name;
}

;// CONCATENATED MODULE: ./src/report/diagnostics.ts
/** Past this many, the rest are counted, not printed: the first ones are what to fix. */
const MAX_PRINTED = 100;
/** A longer source line is shown as a window around the caret. */
const MAX_EXCERPT = 160;
/** `file:line:col code message` and, when the source is known, the line with a caret under it. */
function formatDiagnostic(d, source) {
    return formatOne(d, source === undefined ? undefined : source.split(/\r?\n/));
}
function formatOne(d, lines) {
    const head = `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;
    const line = lines?.[d.line - 1];
    if (line === undefined)
        return head;
    const { text, column } = excerpt(line, d.column);
    const gutter = String(d.line).padStart(4);
    const pad = ' '.repeat(gutter.length);
    const caretAt = text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
    return `${head}\n${gutter} | ${text}\n${pad} | ${caretAt}^`;
}
/** The part of a long line around `column`, marked with `…` where it is cut. */
function excerpt(line, column) {
    if (line.length <= MAX_EXCERPT)
        return { text: line, column };
    const half = MAX_EXCERPT / 2;
    const start = Math.max(0, Math.min(column - 1 - half, line.length - MAX_EXCERPT));
    const before = start > 0 ? '…' : '';
    const after = start + MAX_EXCERPT < line.length ? '…' : '';
    const text = `${before}${line.slice(start, start + MAX_EXCERPT)}${after}`;
    return { text, column: column - start + before.length };
}
/**
 * Every diagnostic, in order, each source split into lines once; past MAX_PRINTED the rest
 * are counted. The cost grows with the number of diagnostics, never with its square.
 */
function formatDiagnostics(diagnostics, sources) {
    const split = new Map();
    const linesOf = (file) => {
        if (!split.has(file))
            split.set(file, sources.get(file)?.split(/\r?\n/));
        return split.get(file);
    };
    const shown = diagnostics.slice(0, MAX_PRINTED).map((d) => formatOne(d, linesOf(d.file)));
    const n = diagnostics.length;
    const more = n > MAX_PRINTED ? `\n\n… and ${n - MAX_PRINTED} more not shown` : '';
    return `${shown.join('\n\n')}${more}\n\n${n} problem${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/workspace/git.ts



/**
 * The branch and commit of the checkout holding `dir`, read from .git directly: spawning git
 * costs more than the rest of a no-op run's start-up.
 */
function readGitHead(dir) {
    try {
        const gitDir = findGitDir(dir);
        if (!gitDir)
            return {};
        const head = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(gitDir, 'HEAD'), 'utf8').trim();
        if (!head.startsWith('ref: '))
            return { commit: head };
        const ref = head.slice(5);
        return { branch: ref.replace(/^refs\/heads\//, ''), commit: readRef(gitDir, ref) };
    }
    catch {
        return {};
    }
}
/**
 * Whether tracked files of the checkout differ from its commit: a manifest that names a
 * commit says so too, since the outputs may come from code that no commit holds. Undefined
 * when git cannot tell (no git, not a checkout). Spawns git: call it only when saving.
 */
function hasUncommittedChanges(dir) {
    const r = (0,external_node_child_process_namespaceObject.spawnSync)('git', ['status', '--porcelain', '--untracked-files=no'], {
        cwd: dir,
        encoding: 'utf8',
    });
    return r.status === 0 ? r.stdout.trim() !== '' : undefined;
}
/**
 * The root of the repository holding `dir`: the nearest folder up from it with a `.git`
 * (a folder, or a file in a worktree or submodule); undefined outside any repository.
 */
function repositoryRoot(dir) {
    for (let at = (0,external_node_path_namespaceObject.resolve)(dir);; at = (0,external_node_path_namespaceObject.dirname)(at)) {
        if ((0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(at, '.git'), { throwIfNoEntry: false }))
            return at;
        if ((0,external_node_path_namespaceObject.dirname)(at) === at)
            return undefined;
    }
}
function findGitDir(start) {
    for (let dir = start;; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        const candidate = (0,external_node_path_namespaceObject.join)(dir, '.git');
        const stat = (0,external_node_fs_namespaceObject.statSync)(candidate, { throwIfNoEntry: false });
        if (stat?.isDirectory())
            return candidate;
        if (stat?.isFile()) {
            // a worktree or submodule: `.git` is a file naming the real git dir
            const text = (0,external_node_fs_namespaceObject.readFileSync)(candidate, 'utf8').trim();
            return text.startsWith('gitdir: ') ? (0,external_node_path_namespaceObject.resolve)(dir, text.slice(8)) : undefined;
        }
        if ((0,external_node_path_namespaceObject.dirname)(dir) === dir)
            return undefined;
    }
}
function readRef(gitDir, ref) {
    const loose = (0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(gitDir, ref), { throwIfNoEntry: false });
    if (loose)
        return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(gitDir, ref), 'utf8').trim();
    const packed = (0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(gitDir, 'packed-refs'), { throwIfNoEntry: false });
    if (!packed)
        return undefined;
    const line = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(gitDir, 'packed-refs'), 'utf8')
        .split('\n')
        .find((l) => l.endsWith(` ${ref}`));
    return line?.split(' ')[0];
}

;// CONCATENATED MODULE: ./src/diagnostics.ts
function compareDiagnostics(a, b) {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

;// CONCATENATED MODULE: ./src/pipeline/access.ts


/** GitHub's rule for a secret name (the schema says it too, for editors). */
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Names a secret may not have, in any case (GitHub's secret names are not case-sensitive, nor
 * is a Windows runner's environment): GitHub's prefix, then what pipekit, the runner or the
 * shell set for every step, which a secret of that name would replace.
 */
const RESERVED_PREFIXES = [
    [
        'GITHUB_',
        'GitHub reserves names that start with `GITHUB_` (for the job token, declare `permissions` instead)',
    ],
    ['PIPEKIT_', "names that start with `PIPEKIT_` are pipekit's own"],
    ['ACTIONS_', "names that start with `ACTIONS_` are the runner's own"],
    ['RUNNER_', "names that start with `RUNNER_` are the runner's own"],
];
const RESERVED_NAMES = new Set([
    'PATH',
    'HOME',
    'CI',
    'PWD',
    'SHELL',
    'TMPDIR',
    'IFS',
    'ENV',
    'BASH_ENV',
    'SHELLOPTS',
    'BASHOPTS',
]);
/** GitHub's limit on an environment name. */
const MAX_ENVIRONMENT_NAME = 255;
const LEVELS = ['read', 'write', 'none'];
/**
 * The `secrets`, `environment` and `permissions` of a component or a step, each problem
 * reported at its item; undefined when it declares none. A value of the wrong shape was
 * reported by the schema and is left out here.
 */
function readAccess(value, scope) {
    const access = { secrets: readSecrets(value.secrets, scope) };
    const environment = readEnvironment(value.environment, scope);
    if (environment)
        access.environment = environment;
    const permissions = readPermissions(value.permissions);
    if (permissions)
        access.permissions = permissions;
    const declared = access.secrets.length > 0 || environment || permissions;
    return declared ? access : undefined;
}
/**
 * What a step gets: its component's secrets and its own; its own environment and permissions,
 * else its component's (a step's permissions replace them whole: GitHub does not merge them).
 */
function mergeAccess(component, own) {
    const secrets = [...new Set([...(component?.secrets ?? []), ...(own?.secrets ?? [])])].sort();
    const access = { secrets };
    const environment = own?.environment ?? component?.environment;
    if (environment)
        access.environment = environment;
    const permissions = own?.permissions ?? component?.permissions;
    if (permissions)
        access.permissions = permissions;
    return access;
}
function readSecrets(value, scope) {
    if (!Array.isArray(value))
        return [];
    const secrets = [];
    value.forEach((item, index) => {
        if (typeof item !== 'string')
            return;
        const problem = secretProblem(item, secrets, scope);
        const path = [...scope.at, 'secrets', index];
        if (problem)
            scope.report(problem.code, problem.message, { path });
        else
            secrets.push(item);
    });
    return secrets.sort();
}
/** What is wrong with a secret name, given the valid names listed before it. */
function secretProblem(name, earlier, scope) {
    if (!SECRET_NAME.test(name)) {
        const message = `\`${name}\` is not a valid secret name: use letters, digits and \`_\`, not starting with a digit`;
        return { code: 'invalid-secret-name', message };
    }
    const upper = name.toUpperCase();
    const prefix = RESERVED_PREFIXES.find(([p]) => upper.startsWith(p));
    if (prefix) {
        const message = `\`${name}\` cannot be a secret name: ${prefix[1]}`;
        return { code: 'invalid-secret-name', message };
    }
    if (RESERVED_NAMES.has(upper)) {
        const message = `\`${name}\` cannot be a secret name: the runner or the shell sets it for every step`;
        return { code: 'invalid-secret-name', message };
    }
    const same = earlier.find((other) => other.toUpperCase() === upper);
    if (same === name) {
        return { code: 'duplicate-secret', message: `secret \`${name}\` is listed twice` };
    }
    if (same !== undefined) {
        const message = `secret \`${name}\` is \`${same}\` on GitHub, which is listed already (secret names are not case-sensitive)`;
        return { code: 'duplicate-secret', message };
    }
    if (scope.env.includes(name)) {
        const whose = scope.envFile
            ? `both a secret of this step and a key of the \`env\` of ${scope.envFile}`
            : 'both a secret and a key of `env`';
        const message = `\`${name}\` is ${whose}: a secret's value comes from the environment, never from a file; remove one of them`;
        return { code: 'secret-env-collision', message };
    }
    return undefined;
}
function readEnvironment(value, scope) {
    const at = [...scope.at, 'environment'];
    if (typeof value === 'string')
        return access_checkName(value, at, scope.report) ? { name: value } : undefined;
    const record = asRecord(value);
    const name = asString(record?.name);
    if (name === undefined || !access_checkName(name, [...at, 'name'], scope.report))
        return undefined;
    const environment = { name };
    const url = asString(record?.url);
    if (url !== undefined && hasExpression(url)) {
        const message = 'expressions are not allowed in `environment.url`';
        scope.report('expression-context', message, { path: [...at, 'url'], hole: 0 });
    }
    else if (url !== undefined) {
        environment.url = url;
    }
    return environment;
}
/** A literal environment name within GitHub's limits; false (reported) otherwise. */
function access_checkName(name, path, report) {
    const where = `\`${path.join('.')}\``;
    if (hasExpression(name)) {
        report('expression-context', 'expressions are not allowed in `environment`', { path, hole: 0 });
    }
    else if (name.trim() === '') {
        report('invalid-value', `${where} must not be empty`, { path });
    }
    else if ([...name].length > MAX_ENVIRONMENT_NAME) {
        const message = `${where} is longer than ${MAX_ENVIRONMENT_NAME} characters, GitHub's limit`;
        report('invalid-value', message, { path });
    }
    else {
        return true;
    }
    return false;
}
function readPermissions(value) {
    if (value === 'read-all' || value === 'write-all')
        return value;
    const record = asRecord(value);
    if (!record)
        return undefined;
    const permissions = {};
    for (const [scope, level] of Object.entries(record)) {
        if (typeof level === 'string' && LEVELS.includes(level))
            permissions[scope] = level;
    }
    return permissions;
}

;// CONCATENATED MODULE: ./src/pipeline/key-commands.ts


/**
 * The commands of a `cache: { key-commands: [...] }`, a component's or a step's (`at` is where
 * that `cache` is). They run as written before anything is bound, so an expression in one is
 * reported; a wrong item was reported by the schema.
 */
function readKeyCommands(cache, at, report) {
    const items = stringItems(asRecord(cache)?.['key-commands']);
    for (const { text, at: index } of items) {
        if (!hasExpression(text))
            continue;
        const path = [...at, 'cache', 'key-commands', ...index];
        report('expression-context', 'expressions are not allowed in a key command', { path, hole: 0 });
    }
    return items.map((item) => item.text);
}

;// CONCATENATED MODULE: ./src/pipeline/paths.ts

/** A Windows drive or UNC path is absolute too: the same file must fail on every OS. */
function isAbsolute(path) {
    return external_node_path_namespaceObject.posix.isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.startsWith('\\');
}
/**
 * `path` (relative to the folder `base`, itself relative to the root) as a normalized
 * root-relative path, or an issue when it is absolute or climbs out with `..`.
 */
function resolveRepoPath(base, path) {
    if (isAbsolute(path)) {
        return {
            code: 'path-escape',
            message: `\`${path}\` is absolute; use a path inside the repository`,
        };
    }
    const joined = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(base, path.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../')) {
        return { code: 'path-escape', message: `\`${path}\` leaves the repository` };
    }
    return { path: joined === '.' ? '' : joined.replace(/\/$/, '') };
}
/** Resolves a repository path and checks it exists inside the root (symlinks followed). */
function checkRepoPath(repo, base, path) {
    if (path === '')
        return { code: 'path-missing', message: 'empty path' };
    const resolved = resolveRepoPath(base, path);
    if (!('path' in resolved))
        return resolved;
    const stat = repo.stat(resolved.path === '' ? '.' : resolved.path);
    if (stat === 'outside') {
        return {
            code: 'path-escape',
            message: `\`${path}\` resolves (through a symlink) outside the repository`,
        };
    }
    if (stat === 'missing')
        return { code: 'path-missing', message: `\`${path}\` does not exist` };
    return resolved;
}

;// CONCATENATED MODULE: ./src/pipeline/specs.ts




const paramTypes = ['string', 'number', 'integer', 'boolean', 'path'];
const outputTypes = ['dir', 'file', 'metrics'];
/** The well-formed input declarations of `inputs:` (a pipeline's parameters or a component's). */
function readInputs(value) {
    const inputs = dict();
    for (const [name, raw] of entriesOf(value)) {
        const spec = readInput(asRecord(raw));
        if (spec)
            inputs[name] = spec;
    }
    return inputs;
}
function readInput(raw) {
    const type = asString(raw?.type);
    if (!raw || type === undefined || !paramTypes.includes(type))
        return undefined;
    const spec = { type: type };
    const defaultValue = asScalar(raw.default);
    if (defaultValue !== undefined)
        spec.default = defaultValue;
    if (Array.isArray(raw.enum))
        spec.enum = raw.enum.flatMap((v) => asScalar(v) ?? []);
    const min = asNumber(raw.min);
    if (min !== undefined)
        spec.min = min;
    const max = asNumber(raw.max);
    if (max !== undefined)
        spec.max = max;
    if (raw.optional === true)
        spec.optional = true;
    const description = asString(raw.description);
    if (description !== undefined)
        spec.description = description;
    return spec;
}
function readOutputs(value) {
    const outputs = dict();
    for (const [name, raw] of entriesOf(value)) {
        const record = asRecord(raw);
        const type = asString(record?.type);
        if (type === undefined || !outputTypes.includes(type))
            continue;
        const description = asString(record?.description);
        outputs[name] =
            description === undefined
                ? { type: type }
                : { type: type, description };
    }
    return outputs;
}
/** Checks each declaration against itself: default, enum values, min and max. */
function checkInputs(specs, at, scope) {
    for (const [name, spec] of Object.entries(specs)) {
        const path = [...at, name];
        const numeric = spec.type === 'number' || spec.type === 'integer';
        for (const key of ['min', 'max']) {
            if (spec[key] !== undefined && !numeric) {
                scope.report('invalid-value', `\`${key}\` applies to number and integer inputs only`, {
                    path: [...path, key],
                    at: 'key',
                });
            }
        }
        if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
            scope.report('invalid-value', `min ${spec.min} is more than max ${spec.max}`, {
                path: [...path, 'min'],
            });
        }
        if (spec.enum && spec.type === 'path') {
            scope.report('invalid-value', '`enum` does not apply to path inputs', {
                path: [...path, 'enum'],
                at: 'key',
            });
        }
        spec.enum?.forEach((value, index) => {
            const issue = checkValue({ type: spec.type }, value);
            if (issue)
                scope.report(issue.code, issue.message, { path: [...path, 'enum', index] });
        });
        if (spec.default !== undefined)
            checkDefault(spec, spec.default, [...path, 'default'], scope);
    }
}
function checkDefault(spec, value, path, scope) {
    if (typeof value === 'string' && hasExpression(value)) {
        scope.report('expression-context', 'a default is a literal; expressions are not allowed here', {
            path,
            hole: 0,
        });
        return;
    }
    const issue = checkValue(spec, value);
    if (issue) {
        scope.report(issue.code, `default: ${issue.message}`, { path });
    }
    else if (spec.type === 'path' && typeof value === 'string') {
        const checked = checkRepoPath(scope.repo, scope.dir, value);
        if (!('path' in checked))
            scope.report(checked.code, checked.message, { path });
    }
}
/**
 * Outputs live in `.pipekit/out/<step>/<output>`, so two outputs can only collide on a
 * case-insensitive file system (macOS, Windows): `Model` and `model`.
 */
function checkOutputPaths(outputs, at, report) {
    const seen = new Map();
    for (const name of Object.keys(outputs)) {
        const first = seen.get(name.toLowerCase());
        if (first === undefined) {
            seen.set(name.toLowerCase(), name);
        }
        else {
            const message = `outputs \`${first}\` and \`${name}\` would share one folder on a case-insensitive file system`;
            report('duplicate-output-path', message, { path: [...at, name], at: 'key' });
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/component.ts








/**
 * Builds a component from a component.yml or an inline step, reporting what is wrong
 * inside it. Undefined only when it has no `run` (the schema or the caller reported that).
 */
function buildComponent(value, scope) {
    const inputs = readInputs(value.inputs);
    const outputs = readOutputs(value.outputs);
    checkInputs(inputs, [...scope.at, 'inputs'], scope);
    checkOutputPaths(outputs, [...scope.at, 'outputs'], scope.report);
    const names = { inputs: Object.keys(inputs), outputs: Object.keys(outputs) };
    const template = (text, ...key) => checkedTemplate(text, [...scope.at, ...key], names, scope);
    const command = (text, key) => {
        const parsed = template(text, key);
        if (parsed.ok)
            checkPlacements(parsed, inputs, [...scope.at, key], scope);
        return parsed.template;
    };
    const env = readEnv(value.env, (text, ...key) => template(text, ...key).template);
    const code = readCode(value.code, scope);
    const runText = asString(value.run);
    if (runText !== undefined && runText.trim() === '') {
        // Otherwise the step "succeeds" having done nothing, and its outputs are missing.
        const message = '`run` is empty: give the command to run (`true` for a step that does nothing)';
        scope.report('invalid-value', message, { path: [...scope.at, 'run'] });
    }
    checkSetupAndEnv(value, scope);
    const access = readAccess(value, {
        report: scope.report,
        at: scope.at,
        env: Object.keys(env.env),
    });
    const setupText = asString(value.setup);
    const run = runText === undefined ? undefined : command(runText, 'run');
    const setup = setupText === undefined ? undefined : command(setupText, 'setup');
    if (runText === undefined || run === undefined)
        return undefined;
    const component = {
        dir: scope.dir,
        file: scope.file,
        inputs,
        outputs,
        run,
        runText,
        ...env,
        retries: 0,
    };
    if (code)
        component.code = code;
    const keyCommands = readKeyCommands(value.cache, scope.at, scope.report);
    if (keyCommands.length > 0)
        component.keyCommands = keyCommands;
    if (access)
        component.access = access;
    if (setup && setupText !== undefined)
        Object.assign(component, { setup, setupText });
    return Object.assign(component, details(value));
}
function readEnv(value, template) {
    const env = dict();
    const envText = dict();
    for (const [name, raw] of entriesOf(value)) {
        const scalar = asScalar(raw);
        if (scalar === undefined)
            continue;
        // Numbers are common in env (`PYTHONHASHSEED: 0`); the environment holds strings.
        envText[name] = String(scalar);
        env[name] = template(String(scalar), 'env', name);
    }
    return { env, envText };
}
/**
 * A blank `setup` is a command left out by mistake, and an `env` name of pipekit's own would
 * be replaced by the value pipekit sets for the step: the step would never see it.
 */
function checkSetupAndEnv(value, scope) {
    const setup = asString(value.setup);
    if (setup !== undefined && setup.trim() === '') {
        const message = '`setup` is empty: give its command, or leave `setup` out';
        scope.report('invalid-value', message, { path: [...scope.at, 'setup'] });
    }
    for (const [name] of entriesOf(value.env)) {
        if (!name.toUpperCase().startsWith('PIPEKIT_'))
            continue;
        const message = `\`${name}\`: names that start with \`PIPEKIT_\` are pipekit's own, set for each step`;
        scope.report('invalid-value', message, { path: [...scope.at, 'env', name], at: 'key' });
    }
}
/** The optional descriptive and run-control keys; wrong values were reported by the schema. */
function details(value) {
    const details = {};
    const name = asString(value.name);
    if (name !== undefined)
        details.name = name;
    const description = asString(value.description);
    if (description !== undefined)
        details.description = description;
    const timeout = asNumber(value['timeout-minutes']);
    if (timeout !== undefined && timeout > 0)
        details.timeoutMinutes = timeout;
    const retries = asNumber(value.retries);
    if (retries !== undefined && Number.isInteger(retries) && retries >= 0)
        details.retries = retries;
    return details;
}
function checkedTemplate(text, path, names, scope) {
    const parsed = parseTemplate(text, 'component');
    let ok = parsed.issues.length === 0;
    for (const issue of parsed.issues) {
        scope.report(issue.code, issue.message, { path, hole: issue.hole });
    }
    for (const { hole, ref } of parsed.refs) {
        if (ref.kind === 'input' && !names.inputs.includes(ref.name)) {
            const message = `unknown input \`${ref.name}\`${didYouMean(ref.name, names.inputs)}`;
            scope.report('unknown-input', message, { path, hole });
            ok = false;
        }
        else if (ref.kind === 'output' && !names.outputs.includes(ref.name)) {
            const message = `unknown output \`${ref.name}\`${didYouMean(ref.name, names.outputs)}`;
            scope.report('unknown-output', message, { path, hole });
            ok = false;
        }
    }
    return { ...parsed, ok };
}
/** A `run` or `setup` reference where bash would not give the command the value as data. */
function checkPlacements(parsed, inputs, path, scope) {
    for (const { index, message } of checkCommand(parsed.template, inputs)) {
        const hole = parsed.refs[index]?.hole;
        scope.report('expression-placement', message, { path, hole });
    }
}
/**
 * `code` as written, each pattern checked: it stays in the repository and a pattern that
 * selects files selects at least one (`!` patterns may match nothing: they may name what a
 * run generates, absent from a fresh clone).
 */
function readCode(value, scope) {
    if (value === undefined)
        return undefined;
    const items = stringItems(value);
    const resolved = items.flatMap(({ text, at }) => {
        const where = { path: [...scope.at, 'code', ...at] };
        const pattern = resolveCodePattern(scope.dir, text);
        if ('glob' in pattern)
            return [{ text, where, pattern }];
        scope.report(pattern.code, pattern.message, where);
        return [];
    });
    const excluding = resolved.filter((r) => r.pattern.exclude).map((r) => r.pattern);
    for (const { text, where, pattern } of resolved) {
        if (pattern.exclude)
            continue;
        const files = scope.repo.matchCode(pattern, excluding);
        if ('outside' in files) {
            const message = `\`${text}\` reaches \`${files.outside}\`, a symlink that resolves outside the repository`;
            scope.report('path-escape', message, where);
        }
        else if (files.length === 0) {
            const after = excluding.length > 0 ? ' once the `!` patterns are applied' : '';
            const message = `\`${text}\` matches no file${after} (it is read from ${describeBase(pattern)})`;
            scope.report('code-no-match', message, where);
        }
    }
    return items.map((item) => item.text);
}

;// CONCATENATED MODULE: ./src/pipeline/generated/validators.js
/* eslint-disable */
// Generated from schema/*.schema.json by test/pipeline/schema.test.ts. Do not edit.

const validatePipeline = validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'pipekit pipeline',
  description:
    'A pipekit pipeline (pipeline.yml): parameters, runner labels and the steps of an ML pipeline run on GitHub Actions.',
  type: 'object',
  additionalProperties: false,
  required: ['steps'],
  properties: {
    name: { type: 'string', description: 'The pipeline name; the folder name when absent.' },
    description: { type: 'string', description: 'What the pipeline does; shown in reports.' },
    inputs: {
      $ref: '#/definitions/inputs',
      description:
        'Pipeline parameters by name; referenced in `with` and `if` as ${{ inputs.NAME }}; override with --set or workflow_dispatch.',
    },
    runners: {
      type: 'object',
      description: 'Runner label -> GitHub runs-on. Absent: { cpu: ubuntu-latest }.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/runs-on' },
    },
    defaults: {
      type: 'object',
      description: 'Defaults for every step.',
      additionalProperties: false,
      properties: {
        runner: { type: 'string', description: 'The runner label of a step that names none.' },
      },
    },
    on: {
      type: 'object',
      description:
        'The events the compiled workflow runs on. Absent: push to main, pull_request, merge_group and workflow_dispatch. Present: only the events listed. Tag pushes never run the pipeline.',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        push: {
          type: ['object', 'null'],
          additionalProperties: false,
          description: 'Pushes to these branches (default: [main]).',
          properties: {
            branches: {
              type: 'array',
              minItems: 1,
              items: { type: 'string' },
              description: "Branch name patterns (GitHub's filter syntax: *, **, ?, !).",
            },
          },
        },
        pull_request: {
          type: ['object', 'null'],
          additionalProperties: false,
          description: 'Pull requests into these base branches (default: all).',
          properties: {
            branches: {
              type: 'array',
              minItems: 1,
              items: { type: 'string' },
              description: "Branch name patterns (GitHub's filter syntax: *, **, ?, !).",
            },
          },
        },
        merge_group: {
          type: 'null',
          description:
            'Merge queue runs: a queue whose required check comes from this pipeline needs it.',
        },
        workflow_dispatch: {
          type: 'null',
          description: 'The "Run workflow" button; the pipeline\'s parameters become its inputs.',
        },
      },
    },
    github: {
      type: 'object',
      description: 'How the compiled workflow runs on GitHub.',
      additionalProperties: false,
      properties: {
        action: {
          type: 'string',
          description:
            'The pipekit action the jobs use: owner/repo@ref or a full commit SHA (default: pipekit/pipekit@v1).',
        },
        checkout: {
          type: 'string',
          description:
            'The checkout action: owner/repo@ref or a full commit SHA (default: actions/checkout@v5).',
        },
        lfs: { type: 'boolean', description: 'Check out Git LFS files (default: false).' },
        submodules: {
          type: ['boolean', 'string'],
          description: 'Check out submodules: true, recursive or false (default).',
          pattern: '^recursive$',
        },
        'fork-pull-requests-on-self-hosted': {
          type: 'boolean',
          description:
            'Run steps on self-hosted runners for pull requests from forks (default: false; GitHub advises against it for public repositories).',
        },
        'dispatch-inputs': {
          type: 'integer',
          minimum: 0,
          maximum: 25,
          description:
            'At most this many parameters become workflow_dispatch inputs; more become one JSON input `parameters`. 25 on github.com, 10 on older GHES (default: 25).',
        },
      },
    },
    steps: {
      type: 'object',
      description: 'Steps by id; ids are [a-z][a-z0-9_-]*.',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z][a-z0-9_-]*$' },
      additionalProperties: { $ref: '#/definitions/step' },
    },
  },
  definitions: {
    'runs-on': {
      type: ['string', 'array', 'object'],
      description: 'A runs-on value: a label, a list of labels, or { group, labels }.',
      items: { type: 'string' },
      minItems: 1,
      additionalProperties: false,
      properties: {
        group: { type: 'string', description: 'A runner group.' },
        labels: {
          type: 'array',
          items: { type: 'string' },
          description: 'Labels a runner of the group must have.',
        },
      },
    },
    step: {
      type: 'object',
      description:
        'A step: a component folder (`uses`) or an inline component (`run`, with `inputs`, `outputs`, `code`, `setup`, `env`).',
      additionalProperties: false,
      properties: {
        uses: {
          type: 'string',
          description: 'The component folder, e.g. ./steps/train (it holds component.yml).',
        },
        with: {
          type: 'object',
          description:
            'Values for the component inputs: literals, ${{ inputs.NAME }} (a pipeline parameter) or ${{ steps.ID.outputs.NAME }} (a data edge).',
          additionalProperties: { $ref: '#/definitions/scalar' },
        },
        runner: {
          type: 'string',
          description: 'A label from `runners`; default: defaults.runner.',
        },
        needs: {
          type: ['string', 'array'],
          items: { type: 'string' },
          description:
            'Steps that must finish first although no output flows (data edges come from `with`).',
        },
        cache: {
          type: ['boolean', 'object'],
          description:
            'false: always run, never reuse (side effects). { key: [...] }: extra key parts, e.g. a CUDA version. { key-commands: [...] }: commands whose output is part of the key.',
          additionalProperties: false,
          properties: {
            key: {
              type: 'array',
              items: { type: 'string' },
              description: 'Extra strings folded into the step key.',
            },
            'key-commands': { $ref: '#/definitions/key-commands' },
          },
        },
        if: {
          type: ['string', 'boolean'],
          description:
            'Run only when true: ${{ github.ref == refs/heads/main }}. github.* and inputs.* are available.',
        },
        inputs: { $ref: '#/definitions/inputs' },
        outputs: { $ref: '#/definitions/outputs' },
        code: {
          $ref: '#/definitions/code',
          description:
            'Globs of the files that make up an inline step, relative to the pipeline folder (the repository root); part of the key. !glob leaves files out. Each glob must match a file.',
        },
        setup: { $ref: '#/definitions/setup' },
        run: {
          $ref: '#/definitions/run',
          description: 'An inline step: the bash command, run in the pipeline folder.',
        },
        env: { $ref: '#/definitions/env' },
        'timeout-minutes': { $ref: '#/definitions/timeout-minutes' },
        retries: { $ref: '#/definitions/retries' },
        secrets: { $ref: '#/definitions/secrets' },
        environment: { $ref: '#/definitions/environment' },
        permissions: { $ref: '#/definitions/permissions' },
      },
    },
    name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
    scalar: { type: ['string', 'number', 'boolean'] },
    input: {
      type: 'object',
      description: 'A declared input: a parameter value or a repository path.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['string', 'number', 'integer', 'boolean', 'path'],
          description:
            'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
        },
        default: {
          $ref: '#/definitions/scalar',
          description: 'The value used when a step binds nothing; makes the input optional.',
        },
        enum: {
          type: 'array',
          items: { $ref: '#/definitions/scalar' },
          minItems: 1,
          description: 'The only values allowed.',
        },
        min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
        max: { type: 'number', description: 'Largest value allowed (number and integer).' },
        optional: {
          type: 'boolean',
          description: 'true: a step may leave the input unbound even without a default.',
        },
        description: { type: 'string', description: 'What the input means.' },
      },
    },
    inputs: {
      type: 'object',
      description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/input' },
    },
    output: {
      type: 'object',
      description: 'A declared output, created under .pipekit/out/<step>/<name>.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['dir', 'file', 'metrics'],
          description:
            'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
        },
        description: { type: 'string', description: 'What the output holds.' },
      },
    },
    outputs: {
      type: 'object',
      description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/output' },
    },
    code: {
      type: ['string', 'array'],
      items: { type: 'string' },
      description:
        'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
    },
    setup: {
      type: 'string',
      description: 'A bash command run before `run` (e.g. pip install); part of the key.',
    },
    run: {
      type: 'string',
      description:
        "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
    },
    env: {
      type: 'object',
      description: 'Environment variables for setup and run; part of the key.',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: { $ref: '#/definitions/scalar' },
    },
    'timeout-minutes': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 43200,
      description:
        'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
    },
    retries: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'How many times to retry a failed run (at most 100). Not part of the key.',
    },
    'key-commands': {
      type: 'array',
      items: { type: 'string' },
      description:
        "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
    },
    secrets: {
      type: 'array',
      description:
        "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
      items: {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        description:
          "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
      },
    },
    environment: {
      type: ['string', 'object'],
      description:
        "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'The environment name (at most 255 characters).' },
        url: {
          type: 'string',
          description: "A URL shown with the deployment, e.g. the model's page in a registry.",
        },
      },
    },
    permission: { enum: ['read', 'write', 'none'] },
    permissions: {
      type: ['string', 'object'],
      description:
        "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
      if: { type: 'string' },
      then: { enum: ['read-all', 'write-all'] },
      additionalProperties: false,
      properties: {
        actions: { $ref: '#/definitions/permission' },
        attestations: { $ref: '#/definitions/permission' },
        checks: { $ref: '#/definitions/permission' },
        contents: { $ref: '#/definitions/permission' },
        deployments: { $ref: '#/definitions/permission' },
        discussions: { $ref: '#/definitions/permission' },
        'id-token': {
          enum: ['write', 'none'],
          description:
            'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
        },
        issues: { $ref: '#/definitions/permission' },
        models: { enum: ['read', 'none'] },
        packages: { $ref: '#/definitions/permission' },
        pages: { $ref: '#/definitions/permission' },
        'pull-requests': { $ref: '#/definitions/permission' },
        'repository-projects': { $ref: '#/definitions/permission' },
        'security-events': { $ref: '#/definitions/permission' },
        statuses: { $ref: '#/definitions/permission' },
      },
    },
  },
};
const schema13 = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' };
const schema18 = {
  type: ['string', 'array', 'object'],
  description: 'A runs-on value: a label, a list of labels, or { group, labels }.',
  items: { type: 'string' },
  minItems: 1,
  additionalProperties: false,
  properties: {
    group: { type: 'string', description: 'A runner group.' },
    labels: {
      type: 'array',
      items: { type: 'string' },
      description: 'Labels a runner of the group must have.',
    },
  },
};
const schema12 = {
  type: 'object',
  description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/input' },
};
const pattern0 = new RegExp('^[A-Za-z_][A-Za-z0-9_-]*$', 'u');
const schema14 = {
  type: 'object',
  description: 'A declared input: a parameter value or a repository path.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['string', 'number', 'integer', 'boolean', 'path'],
      description:
        'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
    },
    default: {
      $ref: '#/definitions/scalar',
      description: 'The value used when a step binds nothing; makes the input optional.',
    },
    enum: {
      type: 'array',
      items: { $ref: '#/definitions/scalar' },
      minItems: 1,
      description: 'The only values allowed.',
    },
    min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
    max: { type: 'number', description: 'Largest value allowed (number and integer).' },
    optional: {
      type: 'boolean',
      description: 'true: a step may leave the input unbound even without a default.',
    },
    description: { type: 'string', description: 'What the input means.' },
  },
};
const schema15 = { type: ['string', 'number', 'boolean'] };

function validate12(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
        schema: schema14.required,
        parentSchema: schema14,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'type' ||
        key0 === 'default' ||
        key0 === 'enum' ||
        key0 === 'min' ||
        key0 === 'max' ||
        key0 === 'optional' ||
        key0 === 'description'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema14,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (!(
        data0 === 'string' ||
        data0 === 'number' ||
        data0 === 'integer' ||
        data0 === 'boolean' ||
        data0 === 'path'
      )) {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema14.properties.type.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema14.properties.type.enum,
          parentSchema: schema14.properties.type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.default !== undefined) {
      let data1 = data.default;
      if (
        typeof data1 !== 'string' &&
        !(typeof data1 == 'number' && isFinite(data1)) &&
        typeof data1 !== 'boolean'
      ) {
        const err3 = {
          instancePath: instancePath + '/default',
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema15.type },
          message: 'must be string,number,boolean',
          schema: schema15.type,
          parentSchema: schema15,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.enum !== undefined) {
      let data2 = data.enum;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema14.properties.enum,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number' && isFinite(data3)) &&
            typeof data3 !== 'boolean'
          ) {
            const err5 = {
              instancePath: instancePath + '/enum/' + i0,
              schemaPath: '#/definitions/scalar/type',
              keyword: 'type',
              params: { type: schema15.type },
              message: 'must be string,number,boolean',
              schema: schema15.type,
              parentSchema: schema15,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema14.properties.enum.type,
          parentSchema: schema14.properties.enum,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      let data4 = data.min;
      if (!(typeof data4 == 'number' && isFinite(data4))) {
        const err7 = {
          instancePath: instancePath + '/min',
          schemaPath: '#/properties/min/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema14.properties.min.type,
          parentSchema: schema14.properties.min,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.max !== undefined) {
      let data5 = data.max;
      if (!(typeof data5 == 'number' && isFinite(data5))) {
        const err8 = {
          instancePath: instancePath + '/max',
          schemaPath: '#/properties/max/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema14.properties.max.type,
          parentSchema: schema14.properties.max,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.optional !== undefined) {
      let data6 = data.optional;
      if (typeof data6 !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/optional',
          schemaPath: '#/properties/optional/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema14.properties.optional.type,
          parentSchema: schema14.properties.optional,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data7 = data.description;
      if (typeof data7 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.properties.description.type,
          parentSchema: schema14.properties.description,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema14.type,
      parentSchema: schema14,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}

function validate11(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema13,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema13.type,
          parentSchema: schema13,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema12.propertyNames,
          parentSchema: schema12,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (
        !validate12(data[key1], {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          parentData: data,
          parentDataProperty: key1,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema12.type,
      parentSchema: schema12,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

const schema19 = {
  type: 'object',
  description:
    'A step: a component folder (`uses`) or an inline component (`run`, with `inputs`, `outputs`, `code`, `setup`, `env`).',
  additionalProperties: false,
  properties: {
    uses: {
      type: 'string',
      description: 'The component folder, e.g. ./steps/train (it holds component.yml).',
    },
    with: {
      type: 'object',
      description:
        'Values for the component inputs: literals, ${{ inputs.NAME }} (a pipeline parameter) or ${{ steps.ID.outputs.NAME }} (a data edge).',
      additionalProperties: { $ref: '#/definitions/scalar' },
    },
    runner: { type: 'string', description: 'A label from `runners`; default: defaults.runner.' },
    needs: {
      type: ['string', 'array'],
      items: { type: 'string' },
      description:
        'Steps that must finish first although no output flows (data edges come from `with`).',
    },
    cache: {
      type: ['boolean', 'object'],
      description:
        'false: always run, never reuse (side effects). { key: [...] }: extra key parts, e.g. a CUDA version. { key-commands: [...] }: commands whose output is part of the key.',
      additionalProperties: false,
      properties: {
        key: {
          type: 'array',
          items: { type: 'string' },
          description: 'Extra strings folded into the step key.',
        },
        'key-commands': { $ref: '#/definitions/key-commands' },
      },
    },
    if: {
      type: ['string', 'boolean'],
      description:
        'Run only when true: ${{ github.ref == refs/heads/main }}. github.* and inputs.* are available.',
    },
    inputs: { $ref: '#/definitions/inputs' },
    outputs: { $ref: '#/definitions/outputs' },
    code: {
      $ref: '#/definitions/code',
      description:
        'Globs of the files that make up an inline step, relative to the pipeline folder (the repository root); part of the key. !glob leaves files out. Each glob must match a file.',
    },
    setup: { $ref: '#/definitions/setup' },
    run: {
      $ref: '#/definitions/run',
      description: 'An inline step: the bash command, run in the pipeline folder.',
    },
    env: { $ref: '#/definitions/env' },
    'timeout-minutes': { $ref: '#/definitions/timeout-minutes' },
    retries: { $ref: '#/definitions/retries' },
    secrets: { $ref: '#/definitions/secrets' },
    environment: { $ref: '#/definitions/environment' },
    permissions: { $ref: '#/definitions/permissions' },
  },
};
const schema21 = {
  type: 'array',
  items: { type: 'string' },
  description:
    "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
};
const schema25 = {
  type: ['string', 'array'],
  items: { type: 'string' },
  description:
    'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
};
const schema26 = {
  type: 'string',
  description: 'A bash command run before `run` (e.g. pip install); part of the key.',
};
const schema27 = {
  type: 'string',
  description:
    "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
};
const schema30 = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 43200,
  description:
    'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
};
const schema31 = {
  type: 'integer',
  minimum: 0,
  maximum: 100,
  description: 'How many times to retry a failed run (at most 100). Not part of the key.',
};
const schema32 = {
  type: 'array',
  description:
    "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
  items: {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    description:
      "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
  },
};
const schema33 = {
  type: ['string', 'object'],
  description:
    "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', description: 'The environment name (at most 255 characters).' },
    url: {
      type: 'string',
      description: "A URL shown with the deployment, e.g. the model's page in a registry.",
    },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const schema22 = {
  type: 'object',
  description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/output' },
};
const schema24 = {
  type: 'object',
  description: 'A declared output, created under .pipekit/out/<step>/<name>.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['dir', 'file', 'metrics'],
      description:
        'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
    },
    description: { type: 'string', description: 'What the output holds.' },
  },
};

function validate17(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema13,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema13.type,
          parentSchema: schema13,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema22.propertyNames,
          parentSchema: schema22,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.type === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/definitions/output/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
            schema: schema24.required,
            parentSchema: schema24,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === 'type' || key2 === 'description')) {
            const err4 = {
              instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/output/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema24,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.type !== undefined) {
          let data1 = data0.type;
          if (!(data1 === 'dir' || data1 === 'file' || data1 === 'metrics')) {
            const err5 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/type',
              schemaPath: '#/definitions/output/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema24.properties.type.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema24.properties.type.enum,
              parentSchema: schema24.properties.type,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          let data2 = data0.description;
          if (typeof data2 !== 'string') {
            const err6 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/description',
              schemaPath: '#/definitions/output/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema24.properties.description.type,
              parentSchema: schema24.properties.description,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/output/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema24.type,
          parentSchema: schema24,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema22.type,
      parentSchema: schema22,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}

const schema28 = {
  type: 'object',
  description: 'Environment variables for setup and run; part of the key.',
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  additionalProperties: { $ref: '#/definitions/scalar' },
};
const pattern5 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u');

function validate19(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern5.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema28.propertyNames,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema28.propertyNames,
          parentSchema: schema28,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (
        typeof data0 !== 'string' &&
        !(typeof data0 == 'number' && isFinite(data0)) &&
        typeof data0 !== 'boolean'
      ) {
        const err2 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema15.type },
          message: 'must be string,number,boolean',
          schema: schema15.type,
          parentSchema: schema15,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema28.type,
      parentSchema: schema28,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}

const schema34 = {
  type: ['string', 'object'],
  description:
    "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
  if: { type: 'string' },
  then: { enum: ['read-all', 'write-all'] },
  additionalProperties: false,
  properties: {
    actions: { $ref: '#/definitions/permission' },
    attestations: { $ref: '#/definitions/permission' },
    checks: { $ref: '#/definitions/permission' },
    contents: { $ref: '#/definitions/permission' },
    deployments: { $ref: '#/definitions/permission' },
    discussions: { $ref: '#/definitions/permission' },
    'id-token': {
      enum: ['write', 'none'],
      description:
        'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
    },
    issues: { $ref: '#/definitions/permission' },
    models: { enum: ['read', 'none'] },
    packages: { $ref: '#/definitions/permission' },
    pages: { $ref: '#/definitions/permission' },
    'pull-requests': { $ref: '#/definitions/permission' },
    'repository-projects': { $ref: '#/definitions/permission' },
    'security-events': { $ref: '#/definitions/permission' },
    statuses: { $ref: '#/definitions/permission' },
  },
};
const schema35 = { enum: ['read', 'write', 'none'] };

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema34.type },
      message: 'must be string,object',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== 'string') {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (!(data === 'read-all' || data === 'write-all')) {
      const err2 = {
        instancePath,
        schemaPath: '#/then/enum',
        keyword: 'enum',
        params: { allowedValues: schema34.then.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema34.then.enum,
        parentSchema: schema34.then,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
      schema: schema34.if,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema34.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema34,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.actions !== undefined) {
      let data0 = data.actions;
      if (!(data0 === 'read' || data0 === 'write' || data0 === 'none')) {
        const err5 = {
          instancePath: instancePath + '/actions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.attestations !== undefined) {
      let data1 = data.attestations;
      if (!(data1 === 'read' || data1 === 'write' || data1 === 'none')) {
        const err6 = {
          instancePath: instancePath + '/attestations',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.checks !== undefined) {
      let data2 = data.checks;
      if (!(data2 === 'read' || data2 === 'write' || data2 === 'none')) {
        const err7 = {
          instancePath: instancePath + '/checks',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.contents !== undefined) {
      let data3 = data.contents;
      if (!(data3 === 'read' || data3 === 'write' || data3 === 'none')) {
        const err8 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.deployments !== undefined) {
      let data4 = data.deployments;
      if (!(data4 === 'read' || data4 === 'write' || data4 === 'none')) {
        const err9 = {
          instancePath: instancePath + '/deployments',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.discussions !== undefined) {
      let data5 = data.discussions;
      if (!(data5 === 'read' || data5 === 'write' || data5 === 'none')) {
        const err10 = {
          instancePath: instancePath + '/discussions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data['id-token'] !== undefined) {
      let data6 = data['id-token'];
      if (!(data6 === 'write' || data6 === 'none')) {
        const err11 = {
          instancePath: instancePath + '/id-token',
          schemaPath: '#/properties/id-token/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties['id-token'].enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.properties['id-token'].enum,
          parentSchema: schema34.properties['id-token'],
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.issues !== undefined) {
      let data7 = data.issues;
      if (!(data7 === 'read' || data7 === 'write' || data7 === 'none')) {
        const err12 = {
          instancePath: instancePath + '/issues',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data8 = data.models;
      if (!(data8 === 'read' || data8 === 'none')) {
        const err13 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.models.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.properties.models.enum,
          parentSchema: schema34.properties.models,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.packages !== undefined) {
      let data9 = data.packages;
      if (!(data9 === 'read' || data9 === 'write' || data9 === 'none')) {
        const err14 = {
          instancePath: instancePath + '/packages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.pages !== undefined) {
      let data10 = data.pages;
      if (!(data10 === 'read' || data10 === 'write' || data10 === 'none')) {
        const err15 = {
          instancePath: instancePath + '/pages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data['pull-requests'] !== undefined) {
      let data11 = data['pull-requests'];
      if (!(data11 === 'read' || data11 === 'write' || data11 === 'none')) {
        const err16 = {
          instancePath: instancePath + '/pull-requests',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data['repository-projects'] !== undefined) {
      let data12 = data['repository-projects'];
      if (!(data12 === 'read' || data12 === 'write' || data12 === 'none')) {
        const err17 = {
          instancePath: instancePath + '/repository-projects',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data['security-events'] !== undefined) {
      let data13 = data['security-events'];
      if (!(data13 === 'read' || data13 === 'write' || data13 === 'none')) {
        const err18 = {
          instancePath: instancePath + '/security-events',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.statuses !== undefined) {
      let data14 = data.statuses;
      if (!(data14 === 'read' || data14 === 'write' || data14 === 'none')) {
        const err19 = {
          instancePath: instancePath + '/statuses',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

function validate15(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema19.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema19,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.uses !== undefined) {
      let data0 = data.uses;
      if (typeof data0 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/uses',
          schemaPath: '#/properties/uses/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema19.properties.uses.type,
          parentSchema: schema19.properties.uses,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.with !== undefined) {
      let data1 = data.with;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (
            typeof data2 !== 'string' &&
            !(typeof data2 == 'number' && isFinite(data2)) &&
            typeof data2 !== 'boolean'
          ) {
            const err2 = {
              instancePath: instancePath + '/with/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/scalar/type',
              keyword: 'type',
              params: { type: schema15.type },
              message: 'must be string,number,boolean',
              schema: schema15.type,
              parentSchema: schema15,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/with',
          schemaPath: '#/properties/with/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.with.type,
          parentSchema: schema19.properties.with,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.runner !== undefined) {
      let data3 = data.runner;
      if (typeof data3 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/runner',
          schemaPath: '#/properties/runner/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema19.properties.runner.type,
          parentSchema: schema19.properties.runner,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.needs !== undefined) {
      let data4 = data.needs;
      if (typeof data4 !== 'string' && !Array.isArray(data4)) {
        const err5 = {
          instancePath: instancePath + '/needs',
          schemaPath: '#/properties/needs/type',
          keyword: 'type',
          params: { type: schema19.properties.needs.type },
          message: 'must be string,array',
          schema: schema19.properties.needs.type,
          parentSchema: schema19.properties.needs,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== 'string') {
            const err6 = {
              instancePath: instancePath + '/needs/' + i0,
              schemaPath: '#/properties/needs/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema19.properties.needs.items.type,
              parentSchema: schema19.properties.needs.items,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.cache !== undefined) {
      let data6 = data.cache;
      if (
        typeof data6 !== 'boolean' &&
        !(data6 && typeof data6 == 'object' && !Array.isArray(data6))
      ) {
        const err7 = {
          instancePath: instancePath + '/cache',
          schemaPath: '#/properties/cache/type',
          keyword: 'type',
          params: { type: schema19.properties.cache.type },
          message: 'must be boolean,object',
          schema: schema19.properties.cache.type,
          parentSchema: schema19.properties.cache,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === 'key' || key2 === 'key-commands')) {
            const err8 = {
              instancePath: instancePath + '/cache',
              schemaPath: '#/properties/cache/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.cache,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.key !== undefined) {
          let data7 = data6.key;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 !== 'string') {
                const err9 = {
                  instancePath: instancePath + '/cache/key/' + i1,
                  schemaPath: '#/properties/cache/properties/key/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.cache.properties.key.items.type,
                  parentSchema: schema19.properties.cache.properties.key.items,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/cache/key',
              schemaPath: '#/properties/cache/properties/key/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.cache.properties.key.type,
              parentSchema: schema19.properties.cache.properties.key,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data6['key-commands'] !== undefined) {
          let data9 = data6['key-commands'];
          if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data10 = data9[i2];
              if (typeof data10 !== 'string') {
                const err11 = {
                  instancePath: instancePath + '/cache/key-commands/' + i2,
                  schemaPath: '#/definitions/key-commands/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema21.items.type,
                  parentSchema: schema21.items,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/cache/key-commands',
              schemaPath: '#/definitions/key-commands/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema21.type,
              parentSchema: schema21,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    if (data.if !== undefined) {
      let data11 = data.if;
      if (typeof data11 !== 'string' && typeof data11 !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/if',
          schemaPath: '#/properties/if/type',
          keyword: 'type',
          params: { type: schema19.properties.if.type },
          message: 'must be string,boolean',
          schema: schema19.properties.if.type,
          parentSchema: schema19.properties.if,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.inputs !== undefined) {
      if (
        !validate11(data.inputs, {
          instancePath: instancePath + '/inputs',
          parentData: data,
          parentDataProperty: 'inputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.outputs !== undefined) {
      if (
        !validate17(data.outputs, {
          instancePath: instancePath + '/outputs',
          parentData: data,
          parentDataProperty: 'outputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.code !== undefined) {
      let data14 = data.code;
      if (typeof data14 !== 'string' && !Array.isArray(data14)) {
        const err14 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/definitions/code/type',
          keyword: 'type',
          params: { type: schema25.type },
          message: 'must be string,array',
          schema: schema25.type,
          parentSchema: schema25,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data14)) {
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data15 = data14[i3];
          if (typeof data15 !== 'string') {
            const err15 = {
              instancePath: instancePath + '/code/' + i3,
              schemaPath: '#/definitions/code/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema25.items.type,
              parentSchema: schema25.items,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.setup !== undefined) {
      let data16 = data.setup;
      if (typeof data16 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/setup',
          schemaPath: '#/definitions/setup/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema26.type,
          parentSchema: schema26,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      let data17 = data.run;
      if (typeof data17 !== 'string') {
        const err17 = {
          instancePath: instancePath + '/run',
          schemaPath: '#/definitions/run/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema27.type,
          parentSchema: schema27,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.env !== undefined) {
      if (
        !validate19(data.env, {
          instancePath: instancePath + '/env',
          parentData: data,
          parentDataProperty: 'env',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data['timeout-minutes'] !== undefined) {
      let data19 = data['timeout-minutes'];
      if (typeof data19 == 'number' && isFinite(data19)) {
        if (data19 > 43200 || isNaN(data19)) {
          const err18 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 43200 },
            message: 'must be <= 43200',
            schema: 43200,
            parentSchema: schema30,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data19 <= 0 || isNaN(data19)) {
          const err19 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
            schema: 0,
            parentSchema: schema30,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/timeout-minutes',
          schemaPath: '#/definitions/timeout-minutes/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema30.type,
          parentSchema: schema30,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.retries !== undefined) {
      let data20 = data.retries;
      if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
        const err21 = {
          instancePath: instancePath + '/retries',
          schemaPath: '#/definitions/retries/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema31.type,
          parentSchema: schema31,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data20 == 'number' && isFinite(data20)) {
        if (data20 > 100 || isNaN(data20)) {
          const err22 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
            schema: 100,
            parentSchema: schema31,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data20 < 0 || isNaN(data20)) {
          const err23 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema31,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.secrets !== undefined) {
      let data21 = data.secrets;
      if (Array.isArray(data21)) {
        const len4 = data21.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data22 = data21[i4];
          if (typeof data22 === 'string') {
            if (!pattern5.test(data22)) {
              const err24 = {
                instancePath: instancePath + '/secrets/' + i4,
                schemaPath: '#/definitions/secrets/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema32.items,
                data: data22,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/secrets/' + i4,
              schemaPath: '#/definitions/secrets/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.items.type,
              parentSchema: schema32.items,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/definitions/secrets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.type,
          parentSchema: schema32,
          data: data21,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      let data23 = data.environment;
      if (
        typeof data23 !== 'string' &&
        !(data23 && typeof data23 == 'object' && !Array.isArray(data23))
      ) {
        const err27 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/definitions/environment/type',
          keyword: 'type',
          params: { type: schema33.type },
          message: 'must be string,object',
          schema: schema33.type,
          parentSchema: schema33,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        if (data23.name === undefined) {
          const err28 = {
            instancePath: instancePath + '/environment',
            schemaPath: '#/definitions/environment/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema33.required,
            parentSchema: schema33,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key3 in data23) {
          if (!(key3 === 'name' || key3 === 'url')) {
            const err29 = {
              instancePath: instancePath + '/environment',
              schemaPath: '#/definitions/environment/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema33,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data23.name !== undefined) {
          let data24 = data23.name;
          if (typeof data24 !== 'string') {
            const err30 = {
              instancePath: instancePath + '/environment/name',
              schemaPath: '#/definitions/environment/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.name.type,
              parentSchema: schema33.properties.name,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data23.url !== undefined) {
          let data25 = data23.url;
          if (typeof data25 !== 'string') {
            const err31 = {
              instancePath: instancePath + '/environment/url',
              schemaPath: '#/definitions/environment/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.url.type,
              parentSchema: schema33.properties.url,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      }
    }
    if (data.permissions !== undefined) {
      if (
        !validate21(data.permissions, {
          instancePath: instancePath + '/permissions',
          parentData: data,
          parentDataProperty: 'permissions',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema19.type,
      parentSchema: schema19,
      data,
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}

const pattern2 = new RegExp('^recursive$', 'u');
const pattern3 = new RegExp('^[a-z][a-z0-9_-]*$', 'u');

function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.steps === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'steps' },
        message: "must have required property '" + 'steps' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'inputs' ||
        key0 === 'runners' ||
        key0 === 'defaults' ||
        key0 === 'on' ||
        key0 === 'github' ||
        key0 === 'steps'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.name.type,
          parentSchema: schema11.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.description.type,
          parentSchema: schema11.properties.description,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.inputs !== undefined) {
      if (
        !validate11(data.inputs, {
          instancePath: instancePath + '/inputs',
          parentData: data,
          parentDataProperty: 'inputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.runners !== undefined) {
      let data3 = data.runners;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === 'string') {
            if (!pattern0.test(key1)) {
              const err4 = {
                instancePath: instancePath + '/runners',
                schemaPath: '#/definitions/name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
                parentSchema: schema13,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + '/runners',
              schemaPath: '#/definitions/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema13.type,
              parentSchema: schema13,
              data: key1,
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var valid1 = _errs9 === errors;
          if (!valid1) {
            const err6 = {
              instancePath: instancePath + '/runners',
              schemaPath: '#/properties/runners/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema11.properties.runners.propertyNames,
              parentSchema: schema11.properties.runners,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if ((!data4 || typeof data4 != 'object') && typeof data4 !== 'string') {
            const err7 = {
              instancePath:
                instancePath + '/runners/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/runs-on/type',
              keyword: 'type',
              params: { type: schema18.type },
              message: 'must be string,array,object',
              schema: schema18.type,
              parentSchema: schema18,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err8 = {
                instancePath:
                  instancePath + '/runners/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/definitions/runs-on/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 !== 'string') {
                const err9 = {
                  instancePath:
                    instancePath +
                    '/runners/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/' +
                    i0,
                  schemaPath: '#/definitions/runs-on/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema18.items.type,
                  parentSchema: schema18.items,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          }
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === 'group' || key3 === 'labels')) {
                const err10 = {
                  instancePath:
                    instancePath + '/runners/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/definitions/runs-on/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema18,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.group !== undefined) {
              let data6 = data4.group;
              if (typeof data6 !== 'string') {
                const err11 = {
                  instancePath:
                    instancePath +
                    '/runners/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/group',
                  schemaPath: '#/definitions/runs-on/properties/group/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema18.properties.group.type,
                  parentSchema: schema18.properties.group,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.labels !== undefined) {
              let data7 = data4.labels;
              if (Array.isArray(data7)) {
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (typeof data8 !== 'string') {
                    const err12 = {
                      instancePath:
                        instancePath +
                        '/runners/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/labels/' +
                        i1,
                      schemaPath: '#/definitions/runs-on/properties/labels/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema18.properties.labels.items.type,
                      parentSchema: schema18.properties.labels.items,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = {
                  instancePath:
                    instancePath +
                    '/runners/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/labels',
                  schemaPath: '#/definitions/runs-on/properties/labels/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema18.properties.labels.type,
                  parentSchema: schema18.properties.labels,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/runners',
          schemaPath: '#/properties/runners/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.runners.type,
          parentSchema: schema11.properties.runners,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.defaults !== undefined) {
      let data9 = data.defaults;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        for (const key4 in data9) {
          if (!(key4 === 'runner')) {
            const err15 = {
              instancePath: instancePath + '/defaults',
              schemaPath: '#/properties/defaults/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.defaults,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data9.runner !== undefined) {
          let data10 = data9.runner;
          if (typeof data10 !== 'string') {
            const err16 = {
              instancePath: instancePath + '/defaults/runner',
              schemaPath: '#/properties/defaults/properties/runner/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.defaults.properties.runner.type,
              parentSchema: schema11.properties.defaults.properties.runner,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/defaults',
          schemaPath: '#/properties/defaults/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.defaults.type,
          parentSchema: schema11.properties.defaults,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.on !== undefined) {
      let data11 = data.on;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        if (Object.keys(data11).length < 1) {
          const err18 = {
            instancePath: instancePath + '/on',
            schemaPath: '#/properties/on/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.on,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key5 in data11) {
          if (!(
            key5 === 'push' ||
            key5 === 'pull_request' ||
            key5 === 'merge_group' ||
            key5 === 'workflow_dispatch'
          )) {
            const err19 = {
              instancePath: instancePath + '/on',
              schemaPath: '#/properties/on/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.on,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data11.push !== undefined) {
          let data12 = data11.push;
          if (!(data12 && typeof data12 == 'object' && !Array.isArray(data12)) && data12 !== null) {
            const err20 = {
              instancePath: instancePath + '/on/push',
              schemaPath: '#/properties/on/properties/push/type',
              keyword: 'type',
              params: { type: schema11.properties.on.properties.push.type },
              message: 'must be object,null',
              schema: schema11.properties.on.properties.push.type,
              parentSchema: schema11.properties.on.properties.push,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            for (const key6 in data12) {
              if (!(key6 === 'branches')) {
                const err21 = {
                  instancePath: instancePath + '/on/push',
                  schemaPath: '#/properties/on/properties/push/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.on.properties.push,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data12.branches !== undefined) {
              let data13 = data12.branches;
              if (Array.isArray(data13)) {
                if (data13.length < 1) {
                  const err22 = {
                    instancePath: instancePath + '/on/push/branches',
                    schemaPath: '#/properties/on/properties/push/properties/branches/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema11.properties.on.properties.push.properties.branches,
                    data: data13,
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                const len2 = data13.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data14 = data13[i2];
                  if (typeof data14 !== 'string') {
                    const err23 = {
                      instancePath: instancePath + '/on/push/branches/' + i2,
                      schemaPath: '#/properties/on/properties/push/properties/branches/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.on.properties.push.properties.branches.items.type,
                      parentSchema:
                        schema11.properties.on.properties.push.properties.branches.items,
                      data: data14,
                    };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = {
                  instancePath: instancePath + '/on/push/branches',
                  schemaPath: '#/properties/on/properties/push/properties/branches/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.on.properties.push.properties.branches.type,
                  parentSchema: schema11.properties.on.properties.push.properties.branches,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          }
        }
        if (data11.pull_request !== undefined) {
          let data15 = data11.pull_request;
          if (!(data15 && typeof data15 == 'object' && !Array.isArray(data15)) && data15 !== null) {
            const err25 = {
              instancePath: instancePath + '/on/pull_request',
              schemaPath: '#/properties/on/properties/pull_request/type',
              keyword: 'type',
              params: { type: schema11.properties.on.properties.pull_request.type },
              message: 'must be object,null',
              schema: schema11.properties.on.properties.pull_request.type,
              parentSchema: schema11.properties.on.properties.pull_request,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            for (const key7 in data15) {
              if (!(key7 === 'branches')) {
                const err26 = {
                  instancePath: instancePath + '/on/pull_request',
                  schemaPath: '#/properties/on/properties/pull_request/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.on.properties.pull_request,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data15.branches !== undefined) {
              let data16 = data15.branches;
              if (Array.isArray(data16)) {
                if (data16.length < 1) {
                  const err27 = {
                    instancePath: instancePath + '/on/pull_request/branches',
                    schemaPath:
                      '#/properties/on/properties/pull_request/properties/branches/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema:
                      schema11.properties.on.properties.pull_request.properties.branches,
                    data: data16,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len3 = data16.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data17 = data16[i3];
                  if (typeof data17 !== 'string') {
                    const err28 = {
                      instancePath: instancePath + '/on/pull_request/branches/' + i3,
                      schemaPath:
                        '#/properties/on/properties/pull_request/properties/branches/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.on.properties.pull_request.properties.branches.items
                          .type,
                      parentSchema:
                        schema11.properties.on.properties.pull_request.properties.branches.items,
                      data: data17,
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = {
                  instancePath: instancePath + '/on/pull_request/branches',
                  schemaPath: '#/properties/on/properties/pull_request/properties/branches/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.on.properties.pull_request.properties.branches.type,
                  parentSchema: schema11.properties.on.properties.pull_request.properties.branches,
                  data: data16,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          }
        }
        if (data11.merge_group !== undefined) {
          let data18 = data11.merge_group;
          if (data18 !== null) {
            const err30 = {
              instancePath: instancePath + '/on/merge_group',
              schemaPath: '#/properties/on/properties/merge_group/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
              schema: schema11.properties.on.properties.merge_group.type,
              parentSchema: schema11.properties.on.properties.merge_group,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data11.workflow_dispatch !== undefined) {
          let data19 = data11.workflow_dispatch;
          if (data19 !== null) {
            const err31 = {
              instancePath: instancePath + '/on/workflow_dispatch',
              schemaPath: '#/properties/on/properties/workflow_dispatch/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
              schema: schema11.properties.on.properties.workflow_dispatch.type,
              parentSchema: schema11.properties.on.properties.workflow_dispatch,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/on',
          schemaPath: '#/properties/on/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.on.type,
          parentSchema: schema11.properties.on,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.github !== undefined) {
      let data20 = data.github;
      if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
        for (const key8 in data20) {
          if (!(
            key8 === 'action' ||
            key8 === 'checkout' ||
            key8 === 'lfs' ||
            key8 === 'submodules' ||
            key8 === 'fork-pull-requests-on-self-hosted' ||
            key8 === 'dispatch-inputs'
          )) {
            const err33 = {
              instancePath: instancePath + '/github',
              schemaPath: '#/properties/github/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.github,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data20.action !== undefined) {
          let data21 = data20.action;
          if (typeof data21 !== 'string') {
            const err34 = {
              instancePath: instancePath + '/github/action',
              schemaPath: '#/properties/github/properties/action/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.github.properties.action.type,
              parentSchema: schema11.properties.github.properties.action,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data20.checkout !== undefined) {
          let data22 = data20.checkout;
          if (typeof data22 !== 'string') {
            const err35 = {
              instancePath: instancePath + '/github/checkout',
              schemaPath: '#/properties/github/properties/checkout/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.github.properties.checkout.type,
              parentSchema: schema11.properties.github.properties.checkout,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data20.lfs !== undefined) {
          let data23 = data20.lfs;
          if (typeof data23 !== 'boolean') {
            const err36 = {
              instancePath: instancePath + '/github/lfs',
              schemaPath: '#/properties/github/properties/lfs/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.github.properties.lfs.type,
              parentSchema: schema11.properties.github.properties.lfs,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data20.submodules !== undefined) {
          let data24 = data20.submodules;
          if (typeof data24 !== 'boolean' && typeof data24 !== 'string') {
            const err37 = {
              instancePath: instancePath + '/github/submodules',
              schemaPath: '#/properties/github/properties/submodules/type',
              keyword: 'type',
              params: { type: schema11.properties.github.properties.submodules.type },
              message: 'must be boolean,string',
              schema: schema11.properties.github.properties.submodules.type,
              parentSchema: schema11.properties.github.properties.submodules,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data24 === 'string') {
            if (!pattern2.test(data24)) {
              const err38 = {
                instancePath: instancePath + '/github/submodules',
                schemaPath: '#/properties/github/properties/submodules/pattern',
                keyword: 'pattern',
                params: { pattern: '^recursive$' },
                message: 'must match pattern "' + '^recursive$' + '"',
                schema: '^recursive$',
                parentSchema: schema11.properties.github.properties.submodules,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data20['fork-pull-requests-on-self-hosted'] !== undefined) {
          let data25 = data20['fork-pull-requests-on-self-hosted'];
          if (typeof data25 !== 'boolean') {
            const err39 = {
              instancePath: instancePath + '/github/fork-pull-requests-on-self-hosted',
              schemaPath: '#/properties/github/properties/fork-pull-requests-on-self-hosted/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema:
                schema11.properties.github.properties['fork-pull-requests-on-self-hosted'].type,
              parentSchema:
                schema11.properties.github.properties['fork-pull-requests-on-self-hosted'],
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data20['dispatch-inputs'] !== undefined) {
          let data26 = data20['dispatch-inputs'];
          if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
            const err40 = {
              instancePath: instancePath + '/github/dispatch-inputs',
              schemaPath: '#/properties/github/properties/dispatch-inputs/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.github.properties['dispatch-inputs'].type,
              parentSchema: schema11.properties.github.properties['dispatch-inputs'],
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data26 == 'number' && isFinite(data26)) {
            if (data26 > 25 || isNaN(data26)) {
              const err41 = {
                instancePath: instancePath + '/github/dispatch-inputs',
                schemaPath: '#/properties/github/properties/dispatch-inputs/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 25 },
                message: 'must be <= 25',
                schema: 25,
                parentSchema: schema11.properties.github.properties['dispatch-inputs'],
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data26 < 0 || isNaN(data26)) {
              const err42 = {
                instancePath: instancePath + '/github/dispatch-inputs',
                schemaPath: '#/properties/github/properties/dispatch-inputs/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.github.properties['dispatch-inputs'],
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/github',
          schemaPath: '#/properties/github/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.github.type,
          parentSchema: schema11.properties.github,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.steps !== undefined) {
      let data27 = data.steps;
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        if (Object.keys(data27).length < 1) {
          const err44 = {
            instancePath: instancePath + '/steps',
            schemaPath: '#/properties/steps/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.steps,
            data: data27,
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        for (const key9 in data27) {
          const _errs68 = errors;
          if (typeof key9 === 'string') {
            if (!pattern3.test(key9)) {
              const err45 = {
                instancePath: instancePath + '/steps',
                schemaPath: '#/properties/steps/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9_-]*$' },
                message: 'must match pattern "' + '^[a-z][a-z0-9_-]*$' + '"',
                schema: '^[a-z][a-z0-9_-]*$',
                parentSchema: schema11.properties.steps.propertyNames,
                data: key9,
                propertyName: key9,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          var valid19 = _errs68 === errors;
          if (!valid19) {
            const err46 = {
              instancePath: instancePath + '/steps',
              schemaPath: '#/properties/steps/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key9 },
              message: 'property name must be valid',
              schema: schema11.properties.steps.propertyNames,
              parentSchema: schema11.properties.steps,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        for (const key10 in data27) {
          if (
            !validate15(data27[key10], {
              instancePath:
                instancePath + '/steps/' + key10.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data27,
              parentDataProperty: key10,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/steps',
          schemaPath: '#/properties/steps/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.steps.type,
          parentSchema: schema11.properties.steps,
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data,
    };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

const validateComponent = validate24;
const schema48 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'pipekit component',
  description:
    "A pipekit component (steps/<id>/component.yml): one step's declared inputs, outputs, code and command.",
  type: 'object',
  additionalProperties: false,
  required: ['run'],
  properties: {
    name: { type: 'string', description: 'A display name for the component.' },
    description: { type: 'string', description: 'What the component does; shown in reports.' },
    inputs: { $ref: '#/definitions/inputs' },
    outputs: { $ref: '#/definitions/outputs' },
    code: { $ref: '#/definitions/code' },
    setup: { $ref: '#/definitions/setup' },
    run: { $ref: '#/definitions/run' },
    env: { $ref: '#/definitions/env' },
    'timeout-minutes': { $ref: '#/definitions/timeout-minutes' },
    retries: { $ref: '#/definitions/retries' },
    secrets: { $ref: '#/definitions/secrets' },
    environment: { $ref: '#/definitions/environment' },
    permissions: { $ref: '#/definitions/permissions' },
    cache: {
      type: 'object',
      description:
        '{ key-commands: [...] }: commands whose output is part of the key of every step using the component.',
      additionalProperties: false,
      properties: { 'key-commands': { $ref: '#/definitions/key-commands' } },
    },
  },
  definitions: {
    name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
    scalar: { type: ['string', 'number', 'boolean'] },
    input: {
      type: 'object',
      description: 'A declared input: a parameter value or a repository path.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['string', 'number', 'integer', 'boolean', 'path'],
          description:
            'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
        },
        default: {
          $ref: '#/definitions/scalar',
          description: 'The value used when a step binds nothing; makes the input optional.',
        },
        enum: {
          type: 'array',
          items: { $ref: '#/definitions/scalar' },
          minItems: 1,
          description: 'The only values allowed.',
        },
        min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
        max: { type: 'number', description: 'Largest value allowed (number and integer).' },
        optional: {
          type: 'boolean',
          description: 'true: a step may leave the input unbound even without a default.',
        },
        description: { type: 'string', description: 'What the input means.' },
      },
    },
    inputs: {
      type: 'object',
      description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/input' },
    },
    output: {
      type: 'object',
      description: 'A declared output, created under .pipekit/out/<step>/<name>.',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          enum: ['dir', 'file', 'metrics'],
          description:
            'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
        },
        description: { type: 'string', description: 'What the output holds.' },
      },
    },
    outputs: {
      type: 'object',
      description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
      propertyNames: { $ref: '#/definitions/name' },
      additionalProperties: { $ref: '#/definitions/output' },
    },
    code: {
      type: ['string', 'array'],
      items: { type: 'string' },
      description:
        'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
    },
    setup: {
      type: 'string',
      description: 'A bash command run before `run` (e.g. pip install); part of the key.',
    },
    run: {
      type: 'string',
      description:
        "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
    },
    env: {
      type: 'object',
      description: 'Environment variables for setup and run; part of the key.',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: { $ref: '#/definitions/scalar' },
    },
    'timeout-minutes': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 43200,
      description:
        'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
    },
    retries: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'How many times to retry a failed run (at most 100). Not part of the key.',
    },
    'key-commands': {
      type: 'array',
      items: { type: 'string' },
      description:
        "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
    },
    secrets: {
      type: 'array',
      description:
        "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
      items: {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        description:
          "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
      },
    },
    environment: {
      type: ['string', 'object'],
      description:
        "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'The environment name (at most 255 characters).' },
        url: {
          type: 'string',
          description: "A URL shown with the deployment, e.g. the model's page in a registry.",
        },
      },
    },
    permission: { enum: ['read', 'write', 'none'] },
    permissions: {
      type: ['string', 'object'],
      description:
        "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
      if: { type: 'string' },
      then: { enum: ['read-all', 'write-all'] },
      additionalProperties: false,
      properties: {
        actions: { $ref: '#/definitions/permission' },
        attestations: { $ref: '#/definitions/permission' },
        checks: { $ref: '#/definitions/permission' },
        contents: { $ref: '#/definitions/permission' },
        deployments: { $ref: '#/definitions/permission' },
        discussions: { $ref: '#/definitions/permission' },
        'id-token': {
          enum: ['write', 'none'],
          description:
            'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
        },
        issues: { $ref: '#/definitions/permission' },
        models: { enum: ['read', 'none'] },
        packages: { $ref: '#/definitions/permission' },
        pages: { $ref: '#/definitions/permission' },
        'pull-requests': { $ref: '#/definitions/permission' },
        'repository-projects': { $ref: '#/definitions/permission' },
        'security-events': { $ref: '#/definitions/permission' },
        statuses: { $ref: '#/definitions/permission' },
      },
    },
  },
};
const schema57 = {
  type: ['string', 'array'],
  items: { type: 'string' },
  description:
    'Globs of the files that make up the step, relative to its folder; part of the key. Leading ../ may climb out of the folder but not out of the repository; a leading / reads from the repository root; !glob leaves files out. Each glob must match a file. Default: the whole folder.',
};
const schema58 = {
  type: 'string',
  description: 'A bash command run before `run` (e.g. pip install); part of the key.',
};
const schema59 = {
  type: 'string',
  description:
    "The bash command that produces the outputs, run in the component's folder; ${{ inputs.NAME }} and ${{ outputs.NAME }} reach it as environment variables, never as script text (README, component.yml).",
};
const schema62 = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 43200,
  description:
    'Stop the step after this many minutes (at most 43200, 30 days). Not part of the key.',
};
const schema63 = {
  type: 'integer',
  minimum: 0,
  maximum: 100,
  description: 'How many times to retry a failed run (at most 100). Not part of the key.',
};
const schema64 = {
  type: 'array',
  description:
    "Secrets the step gets as environment variables of the same name: locally from pipekit's own environment, on GitHub from a repository or environment secret. A step gets its component's and its own. Given to that step's setup and run alone: never to its key commands or another step; never in the key (a name is, a value never); masked in logs. One that is missing or empty fails the step before it runs.",
  items: {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    description:
      "A secret name (GitHub's rules): letters, digits and _, not starting with a digit or GITHUB_; nor PIPEKIT_, ACTIONS_, RUNNER_, PATH, HOME or another name that pipekit, the runner or the shell owns (in any case); not a key of env.",
  },
};
const schema65 = {
  type: ['string', 'object'],
  description:
    "The GitHub deployment environment of the step's job, with its protection rules (required reviewers, branches) and its environment secrets: a name or { name, url }. A step's replaces its component's. Only on GitHub; not in the key.",
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', description: 'The environment name (at most 255 characters).' },
    url: {
      type: 'string',
      description: "A URL shown with the deployment, e.g. the model's page in a registry.",
    },
  },
};
const schema80 = {
  type: 'array',
  items: { type: 'string' },
  description:
    "Commands whose standard output (trailing whitespace trimmed, at most 64 KiB) is part of the key, e.g. an installed library's or a driver's version. Each runs once per run in the step's folder with its env; a failing one fails the step.",
};
const schema49 = {
  type: 'object',
  description: 'Inputs by name; referenced as ${{ inputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/input' },
};
const schema50 = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' };
const schema51 = {
  type: 'object',
  description: 'A declared input: a parameter value or a repository path.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['string', 'number', 'integer', 'boolean', 'path'],
      description:
        'string, number, integer, boolean, or path (a repository file or folder, hashed by content).',
    },
    default: {
      $ref: '#/definitions/scalar',
      description: 'The value used when a step binds nothing; makes the input optional.',
    },
    enum: {
      type: 'array',
      items: { $ref: '#/definitions/scalar' },
      minItems: 1,
      description: 'The only values allowed.',
    },
    min: { type: 'number', description: 'Smallest value allowed (number and integer).' },
    max: { type: 'number', description: 'Largest value allowed (number and integer).' },
    optional: {
      type: 'boolean',
      description: 'true: a step may leave the input unbound even without a default.',
    },
    description: { type: 'string', description: 'What the input means.' },
  },
};
const schema52 = { type: ['string', 'number', 'boolean'] };

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
        schema: schema51.required,
        parentSchema: schema51,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'type' ||
        key0 === 'default' ||
        key0 === 'enum' ||
        key0 === 'min' ||
        key0 === 'max' ||
        key0 === 'optional' ||
        key0 === 'description'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema51,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (!(
        data0 === 'string' ||
        data0 === 'number' ||
        data0 === 'integer' ||
        data0 === 'boolean' ||
        data0 === 'path'
      )) {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema51.properties.type.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema51.properties.type.enum,
          parentSchema: schema51.properties.type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.default !== undefined) {
      let data1 = data.default;
      if (
        typeof data1 !== 'string' &&
        !(typeof data1 == 'number' && isFinite(data1)) &&
        typeof data1 !== 'boolean'
      ) {
        const err3 = {
          instancePath: instancePath + '/default',
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema52.type },
          message: 'must be string,number,boolean',
          schema: schema52.type,
          parentSchema: schema52,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.enum !== undefined) {
      let data2 = data.enum;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema51.properties.enum,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number' && isFinite(data3)) &&
            typeof data3 !== 'boolean'
          ) {
            const err5 = {
              instancePath: instancePath + '/enum/' + i0,
              schemaPath: '#/definitions/scalar/type',
              keyword: 'type',
              params: { type: schema52.type },
              message: 'must be string,number,boolean',
              schema: schema52.type,
              parentSchema: schema52,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema51.properties.enum.type,
          parentSchema: schema51.properties.enum,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      let data4 = data.min;
      if (!(typeof data4 == 'number' && isFinite(data4))) {
        const err7 = {
          instancePath: instancePath + '/min',
          schemaPath: '#/properties/min/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema51.properties.min.type,
          parentSchema: schema51.properties.min,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.max !== undefined) {
      let data5 = data.max;
      if (!(typeof data5 == 'number' && isFinite(data5))) {
        const err8 = {
          instancePath: instancePath + '/max',
          schemaPath: '#/properties/max/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema51.properties.max.type,
          parentSchema: schema51.properties.max,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.optional !== undefined) {
      let data6 = data.optional;
      if (typeof data6 !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/optional',
          schemaPath: '#/properties/optional/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema51.properties.optional.type,
          parentSchema: schema51.properties.optional,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data7 = data.description;
      if (typeof data7 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema51.properties.description.type,
          parentSchema: schema51.properties.description,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema51.type,
      parentSchema: schema51,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}

function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema50,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema50.type,
          parentSchema: schema50,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema49.propertyNames,
          parentSchema: schema49,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (
        !validate26(data[key1], {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          parentData: data,
          parentDataProperty: key1,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema49.type,
      parentSchema: schema49,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}

const schema54 = {
  type: 'object',
  description: 'Outputs by name; referenced as ${{ outputs.NAME }}.',
  propertyNames: { $ref: '#/definitions/name' },
  additionalProperties: { $ref: '#/definitions/output' },
};
const schema56 = {
  type: 'object',
  description: 'A declared output, created under .pipekit/out/<step>/<name>.',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: {
      enum: ['dir', 'file', 'metrics'],
      description:
        'dir (pipekit creates an empty folder), file, or metrics (a JSON file of numbers shown in reports).',
    },
    description: { type: 'string', description: 'What the output holds.' },
  },
};

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
            parentSchema: schema50,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema50.type,
          parentSchema: schema50,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema54.propertyNames,
          parentSchema: schema54,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.type === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/definitions/output/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
            schema: schema56.required,
            parentSchema: schema56,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === 'type' || key2 === 'description')) {
            const err4 = {
              instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/output/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema56,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.type !== undefined) {
          let data1 = data0.type;
          if (!(data1 === 'dir' || data1 === 'file' || data1 === 'metrics')) {
            const err5 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/type',
              schemaPath: '#/definitions/output/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema56.properties.type.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema56.properties.type.enum,
              parentSchema: schema56.properties.type,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          let data2 = data0.description;
          if (typeof data2 !== 'string') {
            const err6 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/description',
              schemaPath: '#/definitions/output/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema56.properties.description.type,
              parentSchema: schema56.properties.description,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/output/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema56.type,
          parentSchema: schema56,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema54.type,
      parentSchema: schema54,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}

const schema60 = {
  type: 'object',
  description: 'Environment variables for setup and run; part of the key.',
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  additionalProperties: { $ref: '#/definitions/scalar' },
};

function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (!pattern5.test(key0)) {
          const err0 = {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema60.propertyNames,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema60.propertyNames,
          parentSchema: schema60,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (
        typeof data0 !== 'string' &&
        !(typeof data0 == 'number' && isFinite(data0)) &&
        typeof data0 !== 'boolean'
      ) {
        const err2 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/definitions/scalar/type',
          keyword: 'type',
          params: { type: schema52.type },
          message: 'must be string,number,boolean',
          schema: schema52.type,
          parentSchema: schema52,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema60.type,
      parentSchema: schema60,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}

const schema66 = {
  type: ['string', 'object'],
  description:
    "The GITHUB_TOKEN permissions of the step's job: read-all, write-all, or a level per scope (read, write or none; id-token: write or none; models: read or none). A step's replace its component's. Only on GitHub; not in the key.",
  if: { type: 'string' },
  then: { enum: ['read-all', 'write-all'] },
  additionalProperties: false,
  properties: {
    actions: { $ref: '#/definitions/permission' },
    attestations: { $ref: '#/definitions/permission' },
    checks: { $ref: '#/definitions/permission' },
    contents: { $ref: '#/definitions/permission' },
    deployments: { $ref: '#/definitions/permission' },
    discussions: { $ref: '#/definitions/permission' },
    'id-token': {
      enum: ['write', 'none'],
      description:
        'write: the step may request an OpenID Connect token, e.g. to sign in to a cloud or a model registry without a stored secret.',
    },
    issues: { $ref: '#/definitions/permission' },
    models: { enum: ['read', 'none'] },
    packages: { $ref: '#/definitions/permission' },
    pages: { $ref: '#/definitions/permission' },
    'pull-requests': { $ref: '#/definitions/permission' },
    'repository-projects': { $ref: '#/definitions/permission' },
    'security-events': { $ref: '#/definitions/permission' },
    statuses: { $ref: '#/definitions/permission' },
  },
};
const schema67 = { enum: ['read', 'write', 'none'] };

function validate33(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema66.type },
      message: 'must be string,object',
      schema: schema66.type,
      parentSchema: schema66,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== 'string') {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (!(data === 'read-all' || data === 'write-all')) {
      const err2 = {
        instancePath,
        schemaPath: '#/then/enum',
        keyword: 'enum',
        params: { allowedValues: schema66.then.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema66.then.enum,
        parentSchema: schema66.then,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
      schema: schema66.if,
      parentSchema: schema66,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema66.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema66,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.actions !== undefined) {
      let data0 = data.actions;
      if (!(data0 === 'read' || data0 === 'write' || data0 === 'none')) {
        const err5 = {
          instancePath: instancePath + '/actions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.attestations !== undefined) {
      let data1 = data.attestations;
      if (!(data1 === 'read' || data1 === 'write' || data1 === 'none')) {
        const err6 = {
          instancePath: instancePath + '/attestations',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.checks !== undefined) {
      let data2 = data.checks;
      if (!(data2 === 'read' || data2 === 'write' || data2 === 'none')) {
        const err7 = {
          instancePath: instancePath + '/checks',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.contents !== undefined) {
      let data3 = data.contents;
      if (!(data3 === 'read' || data3 === 'write' || data3 === 'none')) {
        const err8 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.deployments !== undefined) {
      let data4 = data.deployments;
      if (!(data4 === 'read' || data4 === 'write' || data4 === 'none')) {
        const err9 = {
          instancePath: instancePath + '/deployments',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.discussions !== undefined) {
      let data5 = data.discussions;
      if (!(data5 === 'read' || data5 === 'write' || data5 === 'none')) {
        const err10 = {
          instancePath: instancePath + '/discussions',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data['id-token'] !== undefined) {
      let data6 = data['id-token'];
      if (!(data6 === 'write' || data6 === 'none')) {
        const err11 = {
          instancePath: instancePath + '/id-token',
          schemaPath: '#/properties/id-token/enum',
          keyword: 'enum',
          params: { allowedValues: schema66.properties['id-token'].enum },
          message: 'must be equal to one of the allowed values',
          schema: schema66.properties['id-token'].enum,
          parentSchema: schema66.properties['id-token'],
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.issues !== undefined) {
      let data7 = data.issues;
      if (!(data7 === 'read' || data7 === 'write' || data7 === 'none')) {
        const err12 = {
          instancePath: instancePath + '/issues',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data8 = data.models;
      if (!(data8 === 'read' || data8 === 'none')) {
        const err13 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/enum',
          keyword: 'enum',
          params: { allowedValues: schema66.properties.models.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema66.properties.models.enum,
          parentSchema: schema66.properties.models,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.packages !== undefined) {
      let data9 = data.packages;
      if (!(data9 === 'read' || data9 === 'write' || data9 === 'none')) {
        const err14 = {
          instancePath: instancePath + '/packages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.pages !== undefined) {
      let data10 = data.pages;
      if (!(data10 === 'read' || data10 === 'write' || data10 === 'none')) {
        const err15 = {
          instancePath: instancePath + '/pages',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data['pull-requests'] !== undefined) {
      let data11 = data['pull-requests'];
      if (!(data11 === 'read' || data11 === 'write' || data11 === 'none')) {
        const err16 = {
          instancePath: instancePath + '/pull-requests',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data['repository-projects'] !== undefined) {
      let data12 = data['repository-projects'];
      if (!(data12 === 'read' || data12 === 'write' || data12 === 'none')) {
        const err17 = {
          instancePath: instancePath + '/repository-projects',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data['security-events'] !== undefined) {
      let data13 = data['security-events'];
      if (!(data13 === 'read' || data13 === 'write' || data13 === 'none')) {
        const err18 = {
          instancePath: instancePath + '/security-events',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.statuses !== undefined) {
      let data14 = data.statuses;
      if (!(data14 === 'read' || data14 === 'write' || data14 === 'none')) {
        const err19 = {
          instancePath: instancePath + '/statuses',
          schemaPath: '#/definitions/permission/enum',
          keyword: 'enum',
          params: { allowedValues: schema67.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema67.enum,
          parentSchema: schema67,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.run === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'run' },
        message: "must have required property '" + 'run' + "'",
        schema: schema48.required,
        parentSchema: schema48,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema48.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema48,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema48.properties.name.type,
          parentSchema: schema48.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema48.properties.description.type,
          parentSchema: schema48.properties.description,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.inputs !== undefined) {
      if (
        !validate25(data.inputs, {
          instancePath: instancePath + '/inputs',
          parentData: data,
          parentDataProperty: 'inputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.outputs !== undefined) {
      if (
        !validate29(data.outputs, {
          instancePath: instancePath + '/outputs',
          parentData: data,
          parentDataProperty: 'outputs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.code !== undefined) {
      let data4 = data.code;
      if (typeof data4 !== 'string' && !Array.isArray(data4)) {
        const err4 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/definitions/code/type',
          keyword: 'type',
          params: { type: schema57.type },
          message: 'must be string,array',
          schema: schema57.type,
          parentSchema: schema57,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== 'string') {
            const err5 = {
              instancePath: instancePath + '/code/' + i0,
              schemaPath: '#/definitions/code/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.items.type,
              parentSchema: schema57.items,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.setup !== undefined) {
      let data6 = data.setup;
      if (typeof data6 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/setup',
          schemaPath: '#/definitions/setup/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema58.type,
          parentSchema: schema58,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      let data7 = data.run;
      if (typeof data7 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/run',
          schemaPath: '#/definitions/run/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema59.type,
          parentSchema: schema59,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.env !== undefined) {
      if (
        !validate31(data.env, {
          instancePath: instancePath + '/env',
          parentData: data,
          parentDataProperty: 'env',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data['timeout-minutes'] !== undefined) {
      let data9 = data['timeout-minutes'];
      if (typeof data9 == 'number' && isFinite(data9)) {
        if (data9 > 43200 || isNaN(data9)) {
          const err8 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 43200 },
            message: 'must be <= 43200',
            schema: 43200,
            parentSchema: schema62,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data9 <= 0 || isNaN(data9)) {
          const err9 = {
            instancePath: instancePath + '/timeout-minutes',
            schemaPath: '#/definitions/timeout-minutes/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
            schema: 0,
            parentSchema: schema62,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/timeout-minutes',
          schemaPath: '#/definitions/timeout-minutes/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema62.type,
          parentSchema: schema62,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.retries !== undefined) {
      let data10 = data.retries;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        const err11 = {
          instancePath: instancePath + '/retries',
          schemaPath: '#/definitions/retries/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema63.type,
          parentSchema: schema63,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data10 == 'number' && isFinite(data10)) {
        if (data10 > 100 || isNaN(data10)) {
          const err12 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
            schema: 100,
            parentSchema: schema63,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data10 < 0 || isNaN(data10)) {
          const err13 = {
            instancePath: instancePath + '/retries',
            schemaPath: '#/definitions/retries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema63,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.secrets !== undefined) {
      let data11 = data.secrets;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (typeof data12 === 'string') {
            if (!pattern5.test(data12)) {
              const err14 = {
                instancePath: instancePath + '/secrets/' + i1,
                schemaPath: '#/definitions/secrets/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema64.items,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/secrets/' + i1,
              schemaPath: '#/definitions/secrets/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema64.items.type,
              parentSchema: schema64.items,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/definitions/secrets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema64.type,
          parentSchema: schema64,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      let data13 = data.environment;
      if (
        typeof data13 !== 'string' &&
        !(data13 && typeof data13 == 'object' && !Array.isArray(data13))
      ) {
        const err17 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/definitions/environment/type',
          keyword: 'type',
          params: { type: schema65.type },
          message: 'must be string,object',
          schema: schema65.type,
          parentSchema: schema65,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.name === undefined) {
          const err18 = {
            instancePath: instancePath + '/environment',
            schemaPath: '#/definitions/environment/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema65.required,
            parentSchema: schema65,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data13) {
          if (!(key1 === 'name' || key1 === 'url')) {
            const err19 = {
              instancePath: instancePath + '/environment',
              schemaPath: '#/definitions/environment/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema65,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data13.name !== undefined) {
          let data14 = data13.name;
          if (typeof data14 !== 'string') {
            const err20 = {
              instancePath: instancePath + '/environment/name',
              schemaPath: '#/definitions/environment/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema65.properties.name.type,
              parentSchema: schema65.properties.name,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data13.url !== undefined) {
          let data15 = data13.url;
          if (typeof data15 !== 'string') {
            const err21 = {
              instancePath: instancePath + '/environment/url',
              schemaPath: '#/definitions/environment/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema65.properties.url.type,
              parentSchema: schema65.properties.url,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.permissions !== undefined) {
      if (
        !validate33(data.permissions, {
          instancePath: instancePath + '/permissions',
          parentData: data,
          parentDataProperty: 'permissions',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.cache !== undefined) {
      let data17 = data.cache;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key2 in data17) {
          if (!(key2 === 'key-commands')) {
            const err22 = {
              instancePath: instancePath + '/cache',
              schemaPath: '#/properties/cache/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema48.properties.cache,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data17['key-commands'] !== undefined) {
          let data18 = data17['key-commands'];
          if (Array.isArray(data18)) {
            const len2 = data18.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data19 = data18[i2];
              if (typeof data19 !== 'string') {
                const err23 = {
                  instancePath: instancePath + '/cache/key-commands/' + i2,
                  schemaPath: '#/definitions/key-commands/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema80.items.type,
                  parentSchema: schema80.items,
                  data: data19,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/cache/key-commands',
              schemaPath: '#/definitions/key-commands/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema80.type,
              parentSchema: schema80,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/cache',
          schemaPath: '#/properties/cache/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema48.properties.cache.type,
          parentSchema: schema48.properties.cache,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema48.type,
      parentSchema: schema48,
      data,
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}

;// CONCATENATED MODULE: ./src/pipeline/schema-check.ts


/**
 * Checks a file against its JSON Schema (schema/*.schema.json) and reports every error
 * at the YAML node it is about. Later checks skip values of the wrong shape.
 */
function checkSchema(kind, value, report) {
    const validate = kind === 'pipeline' ? validatePipeline : validateComponent;
    if (validate(value))
        return true;
    const errors = validate.errors ?? [];
    for (const error of errors) {
        // A failed `propertyNames` is reported once, by its inner error that names the key; a
        // failed `if` by the errors of its `then`.
        if (error.keyword === 'propertyNames' || error.keyword === 'if')
            continue;
        // Secret names are checked by access.ts, with GitHub's rules and the names pipekit keeps.
        if (error.keyword === 'pattern' && pathOf(error.instancePath).at(-2) === 'secrets')
            continue;
        reportError(error, report);
    }
    return false;
}
function pathOf(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function describePath(path) {
    return path.length === 0 ? 'the file' : `\`${path.join('.')}\``;
}
function reportError(error, report) {
    const path = pathOf(error.instancePath);
    const params = error.params;
    if (error.propertyName !== undefined) {
        const key = error.propertyName;
        const stepId = path.length === 1 && path[0] === 'steps';
        const message = stepId
            ? `invalid step id \`${key}\`: use lowercase letters, digits, \`_\` and \`-\`, starting with a letter`
            : `invalid name \`${key}\`: use letters, digits, \`_\` and \`-\`, starting with a letter or \`_\``;
        report(stepId ? 'invalid-step-id' : 'invalid-value', message, {
            path: [...path, key],
            at: 'key',
        });
        return;
    }
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const message = `unknown key \`${key}\` in ${describePath(path)}${didYouMean(key, known)}`;
            report('unknown-key', message, { path: [...path, key], at: 'key' });
            return;
        }
        case 'type': {
            const message = `${describePath(path)} must be ${typeNames(params.type)}, not ${schema_check_kindOf(error.data)}`;
            report('wrong-type', message, { path });
            return;
        }
        case 'required': {
            const message = `${describePath(path)} is missing \`${String(params.missingProperty)}\``;
            report('missing-key', message, { path, at: 'key' });
            return;
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const hint = didYouMean(String(error.data), allowed);
            const message = `${describePath(path)} must be one of ${allowed.join(', ')}${hint}`;
            report('invalid-value', message, { path });
            return;
        }
        case 'minProperties':
        case 'minItems':
            report('invalid-value', `${describePath(path)} must not be empty`, { path });
            return;
        default:
            report('invalid-value', `${describePath(path)} ${error.message ?? 'is invalid'}`, { path });
    }
}
const typeWords = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean',
    array: 'a list',
    object: 'a mapping',
    null: 'empty',
};
function typeNames(type) {
    const types = Array.isArray(type) ? type.map(String) : [String(type)];
    const words = types.map((t) => typeWords[t] ?? t);
    return words.length > 1
        ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
        : (words[0] ?? '');
}
function schema_check_kindOf(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value)}`;
    return `${typeof value} ${String(value)}`;
}

// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(3439);
;// CONCATENATED MODULE: ./src/pipeline/yaml-alias.ts

const aliasTargets = new WeakMap();
/**
 * The node an alias names: the last node anchored with its name before it, as the library's
 * `Alias.resolve` finds it, but from one walk of the document for all its aliases (the
 * library walks the whole document for each: 10,000 aliases took minutes).
 */
function resolveAlias(doc, alias) {
    let targets = aliasTargets.get(doc);
    if (!targets) {
        const anchors = new Map();
        const found = new Map();
        (0,dist/* visit */.YR)(doc, {
            Node: (_key, node) => {
                if ((0,dist/* isAlias */.Vj)(node))
                    found.set(node, anchors.get(node.source));
                else if (node.anchor)
                    anchors.set(node.anchor, node);
            },
        });
        aliasTargets.set(doc, (targets = found));
    }
    return targets.get(alias);
}

;// CONCATENATED MODULE: ./src/pipeline/yaml-source.ts


function parseYaml(file, text, options) {
    const lines = new dist/* LineCounter */.HN();
    const deep = tooDeep(text);
    if (deep !== undefined) {
        lines.addNewLine(0);
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            lines.addNewLine(i + 1);
        return {
            diagnostics: [{ code: 'yaml-syntax', message: TOO_DEEP, file, ...position(lines, deep) }],
        };
    }
    // Duplicate keys are found by our own walk so that the step map can give its own code.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
    const diagnostics = [];
    const at = (offset) => ({ file, ...position(lines, offset) });
    // The library's warnings too: a tag it does not know (`!shell`, `!!js/function`) or a YAML
    // version it does not speak leaves a value read otherwise than its author meant.
    for (const error of [...doc.errors, ...doc.warnings]) {
        // The library's own words for a stack it ran out of, past what tooDeep saw.
        const message = error.message.includes('call stack')
            ? TOO_DEEP
            : error.code === 'MULTIPLE_DOCS'
                ? 'a second YAML document (after `---`): a pipeline or component file holds one; remove the `---` line and what follows, or merge it into the first'
                : error.code === 'TAG_RESOLVE_FAILED'
                    ? `${error.message}: pipekit reads plain YAML (text, numbers, booleans, lists and maps); remove the tag`
                    : error.message;
        diagnostics.push({ code: 'yaml-syntax', message, ...at(error.pos[0]) });
    }
    if (diagnostics.length > 0)
        return { diagnostics };
    const add = (code, message, node) => diagnostics.push({ code, message, ...at(node.range?.[0] ?? 0) });
    const value = new PlainBuilder(doc, options, add).build(doc.contents);
    if (diagnostics.length > 0)
        return { diagnostics };
    return { yaml: { file, text, doc, lines, value }, diagnostics };
}
/** Deeper YAML is refused before it is parsed: the parser and every walk recurse. */
const MAX_NESTING = 100;
const TOO_DEEP = `nested more than ${MAX_NESTING} levels deep: no pipeline needs that, and reading it would exhaust the stack`;
/**
 * Where the text first nests deeper than MAX_NESTING: flow collections (`[[[`, `{{`)
 * outside quotes and comments, or a line indented (with its `- ` markers) past twice that
 * many columns. Undefined for any reasonable file. One pass, no recursion.
 */
function tooDeep(text) {
    let depth = 0;
    let quote;
    let lineStart = true;
    let indent = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            lineStart = true;
            indent = 0;
            continue;
        }
        if (lineStart) {
            if (c === ' ' || c === '-' || c === '\t') {
                if (++indent > 2 * MAX_NESTING)
                    return i;
                continue;
            }
            lineStart = false;
        }
        if (quote !== undefined) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end - 1;
        }
        else if (c === '[' || c === '{') {
            if (++depth > MAX_NESTING)
                return i;
        }
        else if ((c === ']' || c === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
/**
 * The plain value of the document, built in one walk that also reports (and drops, so
 * later checks see the first one) repeated keys and unknown aliases. Cheaper than toJS,
 * and an alias shares its anchor's value, so an alias bomb cannot expand.
 */
class PlainBuilder {
    doc;
    options;
    add;
    built = new Map();
    path = [];
    constructor(doc, options, add) {
        this.doc = doc;
        this.options = options;
        this.add = add;
    }
    build(node) {
        if ((0,dist/* isScalar */.jn)(node)) {
            // A NUL ends a C string: no command, argument, file name or variable can hold one, so
            // a value with one would be cut short or crash the step far from here.
            if (typeof node.value === 'string' && node.value.includes('\0')) {
                this.add('invalid-value', 'contains a NUL character, which no command or file can hold', node);
            }
            return node.value;
        }
        if ((0,dist/* isAlias */.Vj)(node))
            return this.alias(node);
        if ((0,dist/* isSeq */.oP)(node)) {
            const list = [];
            this.built.set(node, list);
            node.items.forEach((item, index) => list.push(this.child(index, item)));
            return list;
        }
        if ((0,dist/* isMap */.jh)(node))
            return this.map(node);
        return null;
    }
    alias(node) {
        const target = resolveAlias(this.doc, node);
        if (!target) {
            this.add('yaml-syntax', `unknown alias \`*${node.source}\``, node);
            return undefined;
        }
        return this.built.has(target) ? this.built.get(target) : this.build(target);
    }
    map(node) {
        const record = {};
        this.built.set(node, record);
        node.items = node.items.filter((pair) => {
            const key = keyName(pair);
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === null) {
                // `~:` or a bare `:` reads as the key "null" or "": never what was meant.
                this.add('yaml-syntax', 'an empty key (`~` or nothing before `:`)', pair.key);
            }
            if (key.includes('\0')) {
                this.add('invalid-value', 'contains a NUL character, which no name can hold', pair.key);
            }
            if (Object.prototype.hasOwnProperty.call(record, key)) {
                const problem = this.options.duplicate([...this.path], key);
                this.add(problem.code, problem.message, pair.key);
                return false;
            }
            const value = this.child(key, pair.value);
            // A `__proto__` key must be data, not the object's prototype.
            if (key === '__proto__') {
                Object.defineProperty(record, key, { value, enumerable: true, writable: true });
            }
            else {
                record[key] = value;
            }
            return true;
        });
        return record;
    }
    child(segment, node) {
        this.path.push(segment);
        const value = this.build(node);
        this.path.pop();
        return value;
    }
}
function keyName(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
function position(lines, offset) {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}
const pairIndexes = new WeakMap();
/** The pair of `map` with key `key`; indexed once per map, as a 1000-step map is searched often. */
function pairOf(map, key) {
    let index = pairIndexes.get(map);
    if (!index) {
        index = new Map();
        for (const item of map.items) {
            if ((0,dist/* isPair */.tO)(item) && !index.has(keyName(item)))
                index.set(keyName(item), item);
        }
        pairIndexes.set(map, index);
    }
    return index.get(key);
}
/** The pair whose key is `path`'s last segment, and the node at `path` (aliases followed). */
function find(yaml, path) {
    let node = yaml.doc.contents;
    let pair;
    for (const segment of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = resolveAlias(yaml.doc, node);
        if ((0,dist/* isMap */.jh)(node)) {
            pair = pairOf(node, String(segment));
            if (!pair)
                return { pair: undefined, node: node, found: false };
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const next = node.items[Number(segment)];
            if (next === undefined)
                return { node: node, found: false };
            pair = undefined;
            node = next;
        }
        else {
            return { pair, node: node, found: false };
        }
    }
    if ((0,dist/* isAlias */.Vj)(node))
        node = resolveAlias(yaml.doc, node);
    return { pair, node: node, found: true };
}
/** The start offset of `where`; a missing path falls back to the deepest node found. */
function offsetOf(yaml, where) {
    const { pair, node, found } = find(yaml, where.path);
    const range = node?.range;
    if (!found)
        return range?.[0] ?? 0;
    const keyStart = pair?.key?.range?.[0];
    if (where.at === 'key' && keyStart !== undefined)
        return keyStart;
    // An empty value (`with:` and nothing) has no text of its own: point at its key.
    if (!range || range[0] === range[1])
        return keyStart ?? range?.[0] ?? 0;
    if (where.hole !== undefined) {
        const holeOffset = nthIndexOf(yaml.text.slice(range[0], range[1]), '${{', where.hole);
        if (holeOffset >= 0)
            return range[0] + holeOffset;
    }
    return range[0];
}
function nthIndexOf(text, search, n) {
    let index = text.indexOf(search);
    for (let i = 0; i < n && index >= 0; i++)
        index = text.indexOf(search, index + 1);
    return index;
}
function locate(yaml, where) {
    return { file: yaml.file, ...position(yaml.lines, offsetOf(yaml, where)) };
}
/** A reporter that locates each problem in `yaml` and appends it to `out`. */
function reporter(yaml, out) {
    return (code, message, where) => out.push({ code, message, ...locate(yaml, where) });
}
/** Any repeated key is a YAML error (as the yaml library reports it by default). */
function duplicateKey(_path, key) {
    return { code: 'yaml-syntax', message: `duplicate key \`${key}\`` };
}

;// CONCATENATED MODULE: ./src/pipeline/component-file.ts






/**
 * Loads the component a `uses` names, once per folder however many steps use it; its own
 * problems are reported in its component.yml, a bad `uses` is returned for each step.
 */
class ComponentFiles {
    repo;
    displayRoot;
    diagnostics;
    loaded = new Map();
    constructor(repo, 
    /** The pipeline file's folder as the user named it, to display component paths. */
    displayRoot, diagnostics) {
        this.repo = repo;
        this.displayRoot = displayRoot;
        this.diagnostics = diagnostics;
    }
    load(uses) {
        const resolved = resolveRepoPath('', uses);
        if (!('path' in resolved))
            return { issue: resolved };
        let result = this.loaded.get(resolved.path);
        if (!result) {
            result = this.read(uses, resolved.path);
            this.loaded.set(resolved.path, result);
        }
        return result;
    }
    read(uses, dir) {
        const issue = this.checkFolder(uses, dir);
        if (issue)
            return { issue };
        const file = external_node_path_namespaceObject.posix.join(dir, 'component.yml');
        const text = this.repo.readText(file);
        if (text === undefined) {
            return { issue: { code: 'unknown-component', message: `cannot read ${file}` } };
        }
        const display = external_node_path_namespaceObject.posix.join(this.displayRoot, file);
        if (typeof text !== 'string') {
            const { notText: message, line, column } = text;
            this.diagnostics.push({ code: 'yaml-syntax', message, file: display, line, column });
            return {};
        }
        const parsed = parseYaml(display, text, { duplicate: duplicateKey });
        this.diagnostics.push(...parsed.diagnostics);
        if (!parsed.yaml)
            return {};
        const report = reporter(parsed.yaml, this.diagnostics);
        checkSchema('component', parsed.yaml.value, report);
        const value = asRecord(parsed.yaml.value);
        if (!value)
            return {};
        const component = buildComponent(value, { at: [], dir, file, report, repo: this.repo });
        return component ? { component } : {};
    }
    checkFolder(uses, dir) {
        if (/@|:\/\//.test(uses)) {
            const message = `\`${uses}\` is not a folder: pipekit components are folders in this repository, e.g. ./steps/train`;
            return { code: 'unknown-component', message };
        }
        const folder = this.repo.stat(dir === '' ? '.' : dir);
        const file = this.repo.stat(external_node_path_namespaceObject.posix.join(dir, 'component.yml'));
        if (folder === 'outside' || file === 'outside') {
            return {
                code: 'path-escape',
                message: `\`${uses}\` resolves (through a symlink) outside the repository`,
            };
        }
        if (folder === 'missing') {
            return { code: 'unknown-component', message: `no folder \`${uses}\`` };
        }
        if (folder === 'file') {
            return {
                code: 'unknown-component',
                message: `\`${uses}\` is a file; \`uses\` names a folder holding component.yml`,
            };
        }
        if (file !== 'file') {
            return { code: 'unknown-component', message: `\`${uses}\` has no component.yml` };
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/bindings.ts





/**
 * The step's `with` as bindings, checked against the component's inputs (unknown when
 * the component is broken: the step-output references are still bound, for the graph),
 * plus the defaults of the inputs it leaves unbound.
 */
function parseWith(id, withValue, component, scope) {
    const bindings = dict();
    const declared = component ? Object.keys(component.inputs) : [];
    const entries = entriesOf(withValue);
    for (const [name, raw] of entries) {
        const value = asScalar(raw);
        const path = ['steps', id, 'with', name];
        const spec = component?.inputs[name];
        if (component && !spec) {
            const message = `unknown input \`${name}\`${didYouMean(name, declared)}`;
            scope.report('unknown-input', message, { path, at: 'key' });
        }
        const binding = value === undefined ? undefined : bindValue(value, spec, path, scope);
        if (binding)
            bindings[name] = binding;
    }
    // An input written in `with` is bound even when its value was wrong (reported already).
    const written = new Set(entries.map(([name]) => name));
    return component
        ? { ...bindings, ...bindDefaults(id, component, written, scope.report) }
        : bindings;
}
function bindDefaults(id, component, written, report) {
    const defaults = dict();
    for (const [name, spec] of Object.entries(component.inputs)) {
        if (written.has(name))
            continue;
        if (spec.default !== undefined) {
            defaults[name] = { kind: 'literal', value: defaultValue(spec, spec.default, component.dir) };
        }
        else if (!spec.optional) {
            const message = `step \`${id}\` does not bind the required input \`${name}\``;
            report('missing-input', message, { path: ['steps', id], at: 'key' });
        }
    }
    return defaults;
}
/** A component's path default is relative to its folder; a binding holds a root-relative path. */
function defaultValue(spec, value, dir) {
    if (spec.type !== 'path' || typeof value !== 'string')
        return value;
    const resolved = resolveRepoPath(dir, value);
    return 'path' in resolved ? resolved.path : value;
}
function bindValue(value, spec, path, scope) {
    if (typeof value !== 'string' || !hasExpression(value)) {
        return bindLiteral(value, spec, path, scope);
    }
    const parsed = parseTemplate(value, 'with');
    for (const { code, message, hole } of parsed.issues)
        scope.report(code, message, { path, hole });
    checkReferences(parsed, path, scope);
    if (parsed.issues.length > 0)
        return undefined;
    const [only, ...others] = parsed.template;
    if (only && 'ref' in only && others.length === 0) {
        if (only.ref.kind === 'input')
            return bindParam(only.ref.name, spec, path, scope);
        if (only.ref.kind === 'step-output') {
            const message = `a step output is a path; this input takes ${spec?.type} values`;
            if (spec && spec.type !== 'path')
                scope.report('value-type', message, { path, hole: 0 });
            return { kind: 'step-output', step: only.ref.step, output: only.ref.output };
        }
    }
    return bindTemplate(parsed, spec, path, scope.report);
}
/** Text mixing literals and parameters: a string, so it suits string and path inputs. */
function bindTemplate(parsed, spec, path, report) {
    if (spec && spec.type !== 'string' && spec.type !== 'path') {
        const message = `text with expressions is a string; this input takes ${spec.type} values`;
        report('value-type', message, { path });
    }
    for (const { hole, ref } of parsed.refs) {
        if (ref.kind === 'step-output') {
            report('value-type', 'a step output must be bound alone, not inside text', { path, hole });
        }
    }
    return { kind: 'template', parts: parsed.template };
}
function bindLiteral(value, spec, path, scope) {
    const issue = spec && checkValue(spec, value);
    if (issue) {
        scope.report(issue.code, issue.message, { path });
    }
    else if (spec?.type === 'path' && typeof value === 'string') {
        const checked = checkRepoPath(scope.repo, '', value);
        if ('path' in checked)
            return { kind: 'literal', value: checked.path };
        scope.report(checked.code, checked.message, { path });
    }
    return { kind: 'literal', value };
}
function bindParam(name, spec, path, scope) {
    const param = scope.params[name];
    if (param && spec && !typesCompatible(param.type, spec.type)) {
        const message = `parameter \`${name}\` is a ${param.type}; this input takes ${spec.type} values`;
        scope.report('value-type', message, { path, hole: 0 });
    }
    return { kind: 'param', name };
}
function checkReferences(parsed, path, scope) {
    for (const { hole, ref } of parsed.refs) {
        let problem;
        if (ref.kind === 'input' && !scope.params[ref.name]) {
            const hint = didYouMean(ref.name, Object.keys(scope.params));
            problem = ['unknown-parameter', `unknown parameter \`${ref.name}\`${hint}`];
        }
        else if (ref.kind === 'step-output' && !scope.stepIds.has(ref.step)) {
            problem = [
                'unknown-step',
                `unknown step \`${ref.step}\`${didYouMean(ref.step, scope.stepIds)}`,
            ];
        }
        else if (ref.kind === 'step-output') {
            // An upstream with a broken component has no outputs to check against.
            const outputs = Object.keys(scope.components.get(ref.step)?.outputs ?? {});
            if (scope.components.get(ref.step) && !outputs.includes(ref.output)) {
                const hint = didYouMean(ref.output, outputs);
                problem = ['unknown-output', `step \`${ref.step}\` has no output \`${ref.output}\`${hint}`];
            }
        }
        if (problem)
            scope.report(problem[0], problem[1], { path, hole });
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps.ts







const inlineKeys = [
    'run',
    'inputs',
    'outputs',
    'code',
    'setup',
    'env',
    'timeout-minutes',
    'retries',
];
/** Resolves each step's component (a folder's component.yml or the inline keys). */
function draftSteps(stepsValue, scope) {
    return entriesOf(stepsValue).map(([id, value]) => draftStep(id, value, scope));
}
function draftStep(id, value, scope) {
    const raw = asRecord(value) ?? {};
    const draft = { id, raw, needsAt: new Map() };
    const uses = asString(raw.uses);
    let component;
    if (uses !== undefined) {
        draft.uses = uses;
        for (const key of inlineKeys.filter((k) => k in raw)) {
            const message = `a step with \`uses\` cannot have \`${key}\`: its component.yml declares it`;
            scope.report('run-and-uses', message, { path: ['steps', id, key], at: 'key' });
        }
        component = componentOf(id, uses, scope);
    }
    else if (raw.run !== undefined) {
        const { report, repo, inlineFile: file } = scope;
        component = buildComponent(raw, { at: ['steps', id], dir: '', file, report, repo });
    }
    else if (asRecord(value)) {
        // A step that is not a mapping at all was reported by the schema.
        const message = `step \`${id}\` needs \`uses\` (a component folder) or \`run\` (an inline step)`;
        scope.report('missing-run-or-uses', message, { path: ['steps', id], at: 'key' });
    }
    if (component)
        draft.component = component;
    return draft;
}
function componentOf(id, uses, scope) {
    const path = ['steps', id, 'uses'];
    if (literalOnly(uses, '`uses`', path, scope.report))
        return undefined;
    const loaded = scope.files.load(uses);
    if ('issue' in loaded)
        scope.report(loaded.issue.code, loaded.issue.message, { path });
    return 'component' in loaded ? loaded.component : undefined;
}
/** Binds inputs, checks runner, needs, cache and `if`. */
function finishStep(draft, scope) {
    const { id, raw } = draft;
    const step = {
        id,
        with: parseWith(id, raw.with, draft.component, scope),
        runner: runnerOf(id, raw.runner, scope),
        needs: needsOf(draft, scope),
        cache: raw.cache !== false,
        keyParts: keyPartsOf(id, raw.cache, scope),
        keyCommands: keyCommandsOf(draft, scope),
        ...accessOf(draft, scope),
        source: scope.locate({ path: ['steps', id], at: 'key' }),
    };
    if (draft.uses !== undefined)
        step.uses = draft.uses;
    if (draft.component)
        step.component = draft.component;
    const condition = conditionOf(id, raw.if, scope);
    if (condition !== undefined)
        step.if = condition;
    return step;
}
function runnerOf(id, value, scope) {
    const runner = asString(value);
    if (runner === undefined)
        return scope.defaultRunner;
    const path = ['steps', id, 'runner'];
    if (!literalOnly(runner, '`runner`', path, scope.report))
        checkRunner(runner, path, scope);
    return runner;
}
function checkRunner(runner, path, scope) {
    if (scope.runners.includes(runner))
        return;
    const message = `unknown runner \`${runner}\` (known: ${scope.runners.join(', ')})${didYouMean(runner, scope.runners)}`;
    scope.report('unknown-runner', message, { path });
}
function needsOf(draft, scope) {
    const needs = [];
    for (const { text, at } of stringItems(draft.raw.needs)) {
        const path = ['steps', draft.id, 'needs', ...at];
        if (literalOnly(text, '`needs`', path, scope.report))
            continue;
        if (!scope.stepIds.has(text)) {
            const message = `unknown step \`${text}\`${didYouMean(text, scope.stepIds)}`;
            scope.report('unknown-step', message, { path });
        }
        else if (!needs.includes(text)) {
            needs.push(text);
            draft.needsAt.set(text, path);
        }
    }
    return needs;
}
function keyPartsOf(id, cache, scope) {
    const parts = stringItems(asRecord(cache)?.key);
    for (const { text, at } of parts) {
        literalOnly(text, 'a key part', ['steps', id, 'cache', 'key', ...at], scope.report);
    }
    return parts.map((part) => part.text);
}
/**
 * The component's key commands, then the step's own, each once. An inline step's `cache` is
 * its component's, read (and checked) once, by buildComponent.
 */
function keyCommandsOf(draft, scope) {
    const own = draft.uses === undefined
        ? []
        : readKeyCommands(draft.raw.cache, ['steps', draft.id], scope.report);
    return [...new Set([...(draft.component?.keyCommands ?? []), ...own])];
}
/**
 * The component's secrets and the step's own; the step's environment and permissions, else
 * the component's. An inline step's are its component's, read (and checked) by buildComponent.
 */
function accessOf(draft, scope) {
    const { component } = draft;
    const own = draft.uses === undefined
        ? undefined
        : readAccess(draft.raw, {
            report: scope.report,
            at: ['steps', draft.id],
            env: Object.keys(component?.env ?? {}),
            envFile: component?.file,
        });
    return mergeAccess(component?.access, own);
}
/** Reports an expression where only a literal may stand; true when there was one. */
function literalOnly(text, what, path, report) {
    if (!hasExpression(text))
        return false;
    report('expression-context', `expressions are not allowed in ${what}`, { path, hole: 0 });
    return true;
}
function conditionOf(id, value, scope) {
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value !== 'string')
        return undefined;
    const path = ['steps', id, 'if'];
    const unwrapped = conditionText(value);
    if ('issue' in unwrapped) {
        scope.report(unwrapped.issue.code, unwrapped.issue.message, { path });
        return value;
    }
    const checked = checkCondition(unwrapped.text);
    for (const issue of checked.issues)
        scope.report(issue.code, issue.message, { path });
    for (const name of checked.inputs.filter((input) => !scope.params[input])) {
        const message = `unknown parameter \`${name}\`${didYouMean(name, Object.keys(scope.params))}`;
        scope.report('unknown-parameter', message, { path });
    }
    return unwrapped.text;
}

;// CONCATENATED MODULE: ./src/pipeline/workflow-options.ts

/**
 * `owner/repo@ref` or `owner/repo/path@ref`, as `uses:` names an action in another
 * repository; a local `./path` too. A full 40-hex ref is a pin to a commit.
 */
const ACTION_REF = /^(\.\/[^\s]*|[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^\s@]+)?@[^\s@]+)$/;
/** `on:` as written, or undefined when absent (the compiler's defaults apply). */
function readTriggers(value) {
    const raw = asRecord(value);
    if (!raw)
        return undefined;
    const triggers = {};
    if ('push' in raw)
        triggers.push = branchFilter(raw.push);
    if ('pull_request' in raw)
        triggers.pullRequest = branchFilter(raw.pull_request);
    if ('merge_group' in raw)
        triggers.mergeGroup = true;
    if ('workflow_dispatch' in raw)
        triggers.workflowDispatch = true;
    return triggers;
}
function branchFilter(value) {
    const branches = stringItems(asRecord(value)?.branches).map((item) => item.text);
    return branches.length > 0 ? { branches } : {};
}
/** `github:` as written; action references that `uses:` could not name are reported. */
function readGithubOptions(value, report) {
    const raw = asRecord(value);
    if (!raw)
        return undefined;
    const options = {};
    for (const key of ['action', 'checkout']) {
        const ref = asString(raw[key]);
        if (ref === undefined)
            continue;
        if (ACTION_REF.test(ref))
            options[key] = ref;
        else {
            const message = `\`${ref}\` is not an action reference: write owner/repo@ref (a tag, or a full commit SHA to pin it)`;
            report('invalid-value', message, { path: ['github', key] });
        }
    }
    if (typeof raw.lfs === 'boolean')
        options.lfs = raw.lfs;
    if (typeof raw.submodules === 'boolean' || raw.submodules === 'recursive') {
        options.submodules = raw.submodules;
    }
    const forks = raw['fork-pull-requests-on-self-hosted'];
    if (typeof forks === 'boolean')
        options.forkPullRequestsOnSelfHosted = forks;
    const inputs = raw['dispatch-inputs'];
    if (typeof inputs === 'number' && Number.isInteger(inputs))
        options.dispatchInputs = inputs;
    return options;
}

;// CONCATENATED MODULE: ./src/pipeline/load.ts










/** Parses and validates a pipeline and its components, and builds its graph. */
function loadPipeline(opts) {
    const parsed = parseYaml(opts.file, opts.text, { duplicate: duplicateOf });
    const diagnostics = parsed.diagnostics;
    if (!parsed.yaml)
        return { diagnostics: diagnostics.sort(compareDiagnostics) };
    const report = reporter(parsed.yaml, diagnostics);
    checkSchema('pipeline', parsed.yaml.value, report);
    const raw = asRecord(parsed.yaml.value) ?? {};
    const scope = pipelineScope(opts, parsed.yaml, raw, diagnostics);
    checkInputs(scope.params, ['inputs'], { report, repo: opts.repo, dir: '' });
    const defaultRunner = asString(asRecord(raw.defaults)?.runner);
    if (defaultRunner !== undefined)
        checkRunner(defaultRunner, ['defaults', 'runner'], scope);
    const github = readGithubOptions(raw.github, report);
    const drafts = draftSteps(raw.steps, scope);
    for (const draft of drafts)
        scope.components.set(draft.id, draft.component);
    const steps = drafts.map((draft) => finishStep(draft, scope));
    const needsAt = new Map(drafts.map((draft) => [draft.id, draft.needsAt]));
    const built = buildGraph(steps, (edge) => {
        const path = edge.input === undefined
            ? needsAt.get(edge.to)?.get(edge.from)
            : ['steps', edge.to, 'with', edge.input];
        return locate(parsed.yaml, { path: path ?? ['steps', edge.to], hole: 0 });
    });
    diagnostics.push(...built.diagnostics);
    diagnostics.sort(compareDiagnostics);
    if (diagnostics.length > 0 || !built.graph)
        return { diagnostics };
    const pipeline = {
        name: asString(raw.name) ?? defaultName(opts.file),
        file: opts.file,
        inputs: scope.params,
        runners: runnersOf(raw),
        defaultRunner: scope.defaultRunner,
        steps: steps.filter((step) => step.component !== undefined),
    };
    const description = asString(raw.description);
    if (description !== undefined)
        pipeline.description = description;
    const on = readTriggers(raw.on);
    if (on !== undefined)
        pipeline.on = on;
    if (github !== undefined)
        pipeline.github = github;
    return { pipeline, graph: built.graph, diagnostics };
}
function duplicateOf(path, key) {
    if (path.length === 1 && path[0] === 'steps') {
        return {
            code: 'duplicate-step',
            message: `duplicate step \`${key}\`: step ids must be unique`,
        };
    }
    return duplicateKey(path, key);
}
function pipelineScope(opts, yaml, raw, diagnostics) {
    const runners = Object.keys(runnersOf(raw));
    const declaredDefault = asString(asRecord(raw.defaults)?.runner);
    return {
        report: reporter(yaml, diagnostics),
        repo: opts.repo,
        params: readInputs(raw.inputs),
        stepIds: new Set(entriesOf(raw.steps).map(([id]) => id)),
        components: new Map(),
        files: new ComponentFiles(opts.repo, external_node_path_namespaceObject.posix.dirname(opts.file), diagnostics),
        inlineFile: external_node_path_namespaceObject.posix.basename(opts.file),
        runners,
        // Without defaults.runner: `cpu` when declared (it is the implicit label), else the first one.
        defaultRunner: declaredDefault ?? (runners.includes('cpu') ? 'cpu' : (runners[0] ?? 'cpu')),
        locate: (where) => locate(yaml, where),
    };
}
/** The declared runners; none (or an empty map) means the implicit `{ cpu: ubuntu-latest }`. */
function runnersOf(raw) {
    const runners = dict();
    for (const [label, value] of entriesOf(raw.runners)) {
        if (typeof value === 'string' || Array.isArray(value) || asRecord(value)) {
            runners[label] = value;
        }
    }
    return Object.keys(runners).length > 0 ? runners : { cpu: 'ubuntu-latest' };
}
function defaultName(file) {
    const folder = external_node_path_namespaceObject.posix.basename(external_node_path_namespaceObject.posix.dirname(file));
    return folder === '.' || folder === '' ? 'pipeline' : folder;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/version.ts
/** Written into manifests; the key does not depend on it (it has its own schema version). */
const TOOL_VERSION = 'pipekit 0.1.0';

;// CONCATENATED MODULE: ./src/workspace/model-cache.ts





/**
 * Which pipekit wrote the cache: its version and, for a build between releases, the size and
 * time of the running bundle, so a new parser never trusts an old parser's model.
 */
function toolStamp() {
    try {
        const self = (0,external_node_fs_namespaceObject.statSync)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
        return `${TOOL_VERSION} ${self.size} ${self.mtimeMs}`;
    }
    catch {
        return TOOL_VERSION;
    }
}
const digest = (text) => text === undefined
    ? null
    : (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(typeof text === 'string' ? text : JSON.stringify(text))
        .digest('hex');
function readModelCache(cacheFile, file, text, repo) {
    let cache;
    try {
        cache = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(cacheFile, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (cache.tool !== toolStamp() || cache.file !== file || cache.text !== digest(text))
        return undefined;
    for (const [path, kind] of Object.entries(cache.stats))
        if (repo.stat(path) !== kind)
            return undefined;
    for (const [path, hash] of Object.entries(cache.reads))
        if (digest(repo.readText(path)) !== hash)
            return undefined;
    // A file added that a pattern now matches, or the last one it matched removed, is a change.
    if (!cache.matches)
        return undefined;
    for (const [question, hash] of Object.entries(cache.matches)) {
        const [pattern, excluding] = JSON.parse(question);
        if (digest(JSON.stringify(repo.matchCode(pattern, excluding))) !== hash)
            return undefined;
    }
    return { pipeline: cache.pipeline, graph: cache.graph };
}
/** A RepoView that remembers what it answered, for `writeModelCache`. */
function recordingView(repo) {
    const answers = { reads: {}, stats: {}, matches: {} };
    return {
        answers,
        readText(path) {
            const text = repo.readText(path);
            answers.reads[path] = digest(text);
            return text;
        },
        stat(path) {
            const kind = repo.stat(path);
            answers.stats[path] = kind;
            return kind;
        },
        matchCode(pattern, excluding) {
            const files = repo.matchCode(pattern, excluding);
            answers.matches[JSON.stringify([pattern, excluding])] = digest(JSON.stringify(files));
            return files;
        },
    };
}
function writeModelCache(cacheFile, entry) {
    const cache = {
        tool: toolStamp(),
        file: entry.file,
        text: digest(entry.text),
        ...entry.answers,
        pipeline: entry.pipeline,
        graph: entry.graph,
    };
    try {
        writeFileAtomic(cacheFile, JSON.stringify(cache));
    }
    catch {
        // A read-only checkout still runs; it only parses the YAML every time.
    }
}

;// CONCATENATED MODULE: ./src/workspace/read-text.ts

/** A pipeline or component file is YAML a person writes: far below this. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * The text of a file a pipeline is read from, or why it is not one: a FIFO would block the
 * read forever and `/dev/zero` would fill the memory, so only a regular file of a bounded
 * size is read (checked on the open descriptor, so a swap between check and read cannot
 * fool it), and bytes that are not UTF-8 are refused rather than silently replaced.
 */
function readSourceText(path) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch {
        return { problem: 'no such file' };
    }
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!st.isFile())
            return { problem: 'not a regular file' };
        if (st.size > MAX_SOURCE_BYTES) {
            return { problem: `${st.size} bytes; a pipeline file may have at most ${MAX_SOURCE_BYTES}` };
        }
        const bytes = Buffer.alloc(st.size);
        let read = 0;
        while (read < bytes.length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, read, bytes.length - read, null);
            if (n === 0)
                break;
            read += n;
        }
        const content = bytes.subarray(0, read);
        const bad = notText(content);
        if (bad)
            return { problem: bad.notText, at: bad };
        return { text: utf8.decode(content) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Where `bytes` stop being text a person wrote: the first byte that is not part of a UTF-8
 * character (a Latin-1 file, a truncated character), or a NUL byte (a binary file). Located,
 * so that the editor shows where; the excerpt is the text as far as it decodes.
 */
function notText(bytes) {
    const nul = bytes.indexOf(0);
    const invalid = firstInvalidUtf8(nul < 0 ? bytes : bytes.subarray(0, nul));
    const offset = invalid ?? (nul < 0 ? undefined : nul);
    if (offset === undefined)
        return undefined;
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    const column = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    const notText = invalid === undefined
        ? 'a NUL byte: pipeline and component files are text; no command or value can hold one'
        : `not UTF-8 text: byte 0x${byte} here is not part of a UTF-8 character; save the file as UTF-8`;
    return { notText, line, column, excerpt: bytes.toString('utf8').replaceAll('\0', ' ') };
}
/** The offset of the first byte that does not belong to a well-formed UTF-8 character. */
function firstInvalidUtf8(bytes) {
    try {
        utf8.decode(bytes);
        return undefined;
    }
    catch {
        // Only now, for the rare bad file: find where, a character at a time.
    }
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        const n = b < 0x80
            ? 1
            : b >= 0xc2 && b < 0xe0
                ? 2
                : b >= 0xe0 && b < 0xf0
                    ? 3
                    : b >= 0xf0 && b < 0xf5
                        ? 4
                        : 0;
        if (n === 0 || i + n > bytes.length)
            return i;
        try {
            utf8.decode(bytes.subarray(i, i + n));
        }
        catch {
            return i;
        }
        i += n;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/workspace/repo-view.ts




/**
 * The pipeline parser's view of a folder on disk. A path that is absolute, climbs out with
 * `..`, or reaches outside through a symlink is 'outside' and is never read.
 */
function createRepoView(root) {
    const realRoot = realpathOr((0,external_node_path_namespaceObject.resolve)(root));
    function inside(real) {
        const rel = (0,external_node_path_namespaceObject.relative)(realRoot, real);
        return rel === '' || (!rel.startsWith(`..${external_node_path_namespaceObject.sep}`) && rel !== '..' && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
    }
    /** The real path of a root-relative path, or what stops it from having one. */
    function realOf(path) {
        if (escapes(path))
            return 'outside';
        if (path.includes('\0'))
            return 'missing';
        const absolute = (0,external_node_path_namespaceObject.join)(realRoot, path);
        try {
            const real = (0,external_node_fs_namespaceObject.realpathSync)(absolute);
            return inside(real) ? real : 'outside';
        }
        catch {
            return danglingOutside(absolute) ? 'outside' : 'missing';
        }
    }
    /** A broken symlink pointing out is still an escape, not a missing file. */
    function danglingOutside(absolute) {
        try {
            if (!(0,external_node_fs_namespaceObject.lstatSync)(absolute).isSymbolicLink())
                return false;
            return !inside((0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(absolute), (0,external_node_fs_namespaceObject.readlinkSync)(absolute)));
        }
        catch {
            return false;
        }
    }
    // Many inline steps ask the same question (`code: [check.py]` in the root): answered once.
    const matches = new Map();
    return {
        readText(path) {
            const real = realOf(path);
            if (real === 'outside' || real === 'missing')
                return undefined;
            // Not a regular file (a FIFO would hang) or too big: reported as absent; not text: where.
            const read = readSourceText(real);
            return 'text' in read ? read.text : read.at;
        },
        stat(path) {
            const real = realOf(path);
            if (real === 'outside' || real === 'missing')
                return real;
            try {
                return (0,external_node_fs_namespaceObject.statSync)(real).isDirectory() ? 'dir' : 'file';
            }
            catch {
                return 'missing';
            }
        },
        matchCode(pattern, excluding) {
            const question = JSON.stringify([pattern, excluding]);
            let answer = matches.get(question);
            if (answer === undefined) {
                try {
                    answer = matchCodePattern(realRoot, pattern, excluding);
                }
                catch (error) {
                    if (!(error instanceof SymlinkOutside))
                        throw error;
                    answer = { outside: error.link };
                }
                matches.set(question, answer);
            }
            return answer;
        },
    };
}
/** Absolute, drive-letter or `..`-escaping: rejected before the disk is touched. */
function escapes(path) {
    if (external_node_path_namespaceObject.posix.isAbsolute(path) || (0,external_node_path_namespaceObject.isAbsolute)(path) || /^[A-Za-z]:/.test(path))
        return true;
    const normalized = external_node_path_namespaceObject.posix.normalize(path.replace(/\\/g, '/'));
    return normalized === '..' || normalized.startsWith('../');
}
function realpathOr(path) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(path);
    }
    catch {
        return path;
    }
}

;// CONCATENATED MODULE: ./src/workspace/open.ts






/** Reads and validates a pipeline file; the root is the folder that holds it. */
function openPipeline(file) {
    const read = readSourceText(file);
    if ('problem' in read && read.at) {
        const { notText: message, line, column, excerpt } = read.at;
        const diagnostic = { code: 'yaml-syntax', message, file, line, column };
        return {
            root: (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(file)),
            diagnostics: [diagnostic],
            sources: new Map([[file, excerpt]]),
        };
    }
    if ('problem' in read) {
        const hint = read.problem === 'no such file'
            ? 'no pipeline file here (pass --pipeline FILE)'
            : read.problem;
        throw new UserError(`${file}: ${hint}`);
    }
    const { text } = read;
    const root = (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(file));
    const cacheFile = (0,external_node_path_namespaceObject.join)(root, '.pipekit', 'model.json');
    const view = createRepoView(root);
    const sources = new Map([[file, text]]);
    const cached = readModelCache(cacheFile, file, text, view);
    if (cached)
        return { root, ...cached, diagnostics: [], sources };
    const recording = recordingView(view);
    const repo = {
        stat: (path) => recording.stat(path),
        matchCode: (pattern, excluding) => recording.matchCode(pattern, excluding),
        readText: (path) => {
            const content = recording.readText(path);
            if (content !== undefined) {
                sources.set(displayPath(file, path), typeof content === 'string' ? content : content.excerpt);
            }
            return content;
        },
    };
    const loaded = loadPipeline({ file, text, repo });
    if (loaded.pipeline && loaded.graph) {
        writeModelCache(cacheFile, {
            file,
            text,
            answers: recording.answers,
            pipeline: loaded.pipeline,
            graph: loaded.graph,
        });
    }
    return { root, ...loaded, sources };
}
function displayPath(pipelineFile, rel) {
    const dir = (0,external_node_path_namespaceObject.dirname)(pipelineFile);
    return dir === '.' ? rel : `${dir}/${rel}`;
}

;// CONCATENATED MODULE: ./src/cli/local.ts










/** Opens and validates the pipeline; prints its diagnostics and returns undefined when broken. */
function openOrReport(file) {
    const opened = openPipeline(file);
    if (opened.diagnostics.length > 0) {
        process.stderr.write(`${formatDiagnostics(opened.diagnostics, opened.sources)}\n`);
        return undefined;
    }
    return opened;
}
/** The options every engine command shares, from parsed arguments. */
function localOptions(values) {
    return {
        pipeline: values.pipeline,
        set: values.set,
        branch: values.branch,
    };
}
/** The engine over the embedded local cache, `.pipekit/cache` beside the pipeline. */
function createLocalEngine(opts) {
    const opened = openOrReport(opts.pipeline);
    if (!opened?.pipeline || !opened.graph)
        return undefined;
    const { root, pipeline, graph } = opened;
    let parameters;
    try {
        parameters = resolveParameters(pipeline, parseAssignments(opts.set ?? []));
    }
    catch (error) {
        if (error instanceof UserError)
            throw new UsageError(error.message);
        throw error;
    }
    const head = readGitHead(root);
    const state = stateDir(root);
    const store = new LocalStore({ dir: (0,external_node_path_namespaceObject.join)(state, 'cache'), warn });
    const engine = {
        root,
        pipeline,
        graph,
        parameters,
        memo: DigestMemo.load((0,external_node_path_namespaceObject.join)(state, 'memo.json')),
        store,
        // `if:` conditions are about GitHub events (deploy from main, ...): locally they see a
        // branch only when asked to with --branch, so side effects never fire by accident.
        github: {
            ref: opts.branch ? `refs/heads/${opts.branch}` : '',
            ref_name: opts.branch ?? '',
            event_name: opts.branch ? 'push' : '',
            sha: head.commit ?? '',
        },
        recentEntries: (step) => store.recentEntriesForStep(step),
    };
    return { engine, commit: head.commit };
}
function warn(message) {
    process.stderr.write(`warning: ${message}\n`);
}

;// CONCATENATED MODULE: ./src/cli/commands/cache-units.ts

const SIZE_UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    k: 1024,
    kib: 1024,
    m: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tib: 1024 ** 4,
};
/** `5GB` (10^9), `500MiB` or `500M` (2^20), `1.5g`, `0`: bytes. */
function parseSize(option, text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    const unit = SIZE_UNITS[(m?.[2] ?? '').toLowerCase() || 'b'];
    if (!m || unit === undefined) {
        throw new UsageError(`${option} ${text}: expected a size such as 5GB, 500MB or 2GiB`);
    }
    return Math.round(Number(m[1]) * unit);
}
const AGE_UNITS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/** `30d`, `12h`, `2w`, `90m`: milliseconds. */
function parseAge(option, text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(text);
    if (!m)
        throw new UsageError(`${option} ${text}: expected an age such as 30d, 12h or 2w`);
    return Number(m[1]) * AGE_UNITS[m[2].toLowerCase()];
}
/** `512 B`, `3.4 MB`, `5.1 GB` (powers of 1000, as disks are sold and `du --si` prints). */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let i = 0;
    while (value >= 999.95 && i < units.length - 1) {
        value /= 1000;
        i++;
    }
    return `${value.toFixed(1)} ${units[i]}`;
}
/** `40s`, `5m`, `3h`, `12d`: how long ago, roughly. */
function formatAge(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m`;
    if (s < 86_400)
        return `${Math.floor(s / 3600)}h`;
    return `${Math.floor(s / 86_400)}d`;
}

;// CONCATENATED MODULE: ./src/cache/local-usage.ts




/** Reads what `.pipekit` holds: cache entries and objects, run logs, scratch space. */
function readUsage(stateDir) {
    const cache = (0,external_node_path_namespaceObject.join)(stateDir, 'cache');
    const objects = new Map();
    for (const prefix of list((0,external_node_path_namespaceObject.join)(cache, 'objects'))) {
        for (const digest of list((0,external_node_path_namespaceObject.join)(cache, 'objects', prefix))) {
            const path = (0,external_node_path_namespaceObject.join)(cache, 'objects', prefix, digest);
            const st = (0,external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false });
            if (!st?.isFile() || !DIGEST_PATTERN.test(digest))
                continue;
            // A link or a rename changes the ctime: an object an unfinished save just wrote is young.
            objects.set(digest, { bytes: st.size, changedAt: Math.max(st.ctimeMs, st.mtimeMs), path });
        }
    }
    const entries = [];
    for (const name of list((0,external_node_path_namespaceObject.join)(cache, 'entries'))) {
        if (!name.endsWith('.json'))
            continue;
        const file = (0,external_node_path_namespaceObject.join)(cache, 'entries', name);
        try {
            const manifest = parseManifest((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'), name.slice(0, -5));
            if (typeof manifest === 'string')
                continue;
            const files = Object.values(manifest.outputs).flatMap((o) => o.entries.flatMap((e) => (e.kind === 'file' ? [e] : [])));
            entries.push({
                key: manifest.key,
                step: manifest.step,
                bytes: files.reduce((n, f) => n + f.size, 0),
                files: files.length,
                createdAt: manifest.createdAt,
                usedAt: (0,external_node_fs_namespaceObject.statSync)(file).mtimeMs,
                digests: [...new Set(files.map((f) => f.digest))],
            });
        }
        catch {
            // removed meanwhile, or unreadable: a lookup will say so
        }
    }
    return {
        entries,
        objects,
        runs: folders(stateDir, 'runs', 'run'),
        tmp: folders(stateDir, 'tmp', 'tmp'),
    };
}
/**
 * Removes entries (their manifest first, so that no lookup finds an entry whose objects are
 * going), then every object no remaining entry names, except those that no entry named and
 * that changed within `graceMs`: a save in progress writes its objects before its entry.
 * With `dryRun`, only counts. Returns the bytes of the removed
 * objects, and how many of them are still on disk through another link (the store of outputs).
 */
function removeEntries(stateDir, usage, remove, opts) {
    const gone = new Set(remove.map((e) => e.key));
    for (const key of gone) {
        if (!opts.dryRun)
            (0,external_node_fs_namespaceObject.rmSync)((0,external_node_path_namespaceObject.join)(stateDir, 'cache', 'entries', `${key}.json`), { force: true });
    }
    const named = new Set(usage.entries.filter((e) => !gone.has(e.key)).flatMap((e) => e.digests));
    const ofRemoved = new Set(remove.flatMap((e) => e.digests));
    let bytes = 0;
    let sharedBytes = 0;
    let objects = 0;
    for (const [digest, o] of usage.objects) {
        if (named.has(digest))
            continue;
        // Named by no entry at all: an old leftover, or a save that has not written its entry yet.
        if (!ofRemoved.has(digest) && opts.now - o.changedAt < opts.graceMs)
            continue;
        const st = (0,external_node_fs_namespaceObject.statSync)(o.path, { throwIfNoEntry: false });
        if (!st)
            continue;
        if (!opts.dryRun)
            (0,external_node_fs_namespaceObject.rmSync)(o.path, { force: true });
        bytes += st.size;
        if (st.nlink > 1)
            sharedBytes += st.size;
        objects++;
    }
    return { bytes, sharedBytes, objects };
}
/** Removes a run's logs or a scratch folder. */
function removeFolder(folder) {
    (0,external_node_fs_namespaceObject.rmSync)(folder.path, { recursive: true, force: true });
}
function folders(stateDir, dir, kind) {
    return list((0,external_node_path_namespaceObject.join)(stateDir, dir)).flatMap((name) => {
        const path = (0,external_node_path_namespaceObject.join)(stateDir, dir, name);
        const st = (0,external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false });
        if (!st)
            return [];
        const { bytes, at } = sizeOf(path);
        return [{ kind, name, path, bytes, at: Math.max(at, st.mtimeMs) }];
    });
}
/** The bytes below `path` and its latest change; links are not followed. */
function sizeOf(path) {
    const st = (0,external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false });
    if (!st)
        return { bytes: 0, at: 0 };
    if (!st.isDirectory())
        return { bytes: st.isFile() ? st.size : 0, at: st.mtimeMs };
    let bytes = 0;
    let at = st.mtimeMs;
    for (const name of list(path)) {
        const inner = sizeOf((0,external_node_path_namespaceObject.join)(path, name));
        bytes += inner.bytes;
        at = Math.max(at, inner.at);
    }
    return { bytes, at };
}
function list(dir) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
/** The bytes of the cache's objects and of the run logs, without reading any manifest. */
function measureState(stateDir) {
    const objects = (0,external_node_path_namespaceObject.join)(stateDir, 'cache', 'objects');
    let bytes = 0;
    for (const prefix of list(objects)) {
        for (const name of list((0,external_node_path_namespaceObject.join)(objects, prefix))) {
            bytes += (0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(objects, prefix, name), { throwIfNoEntry: false })?.size ?? 0;
        }
    }
    return bytes + sizeOf((0,external_node_path_namespaceObject.join)(stateDir, 'runs')).bytes;
}

;// CONCATENATED MODULE: ./src/cli/commands/cache-prune.ts


/** An object changed this recently may belong to a save that has not written its entry yet. */
const OBJECT_GRACE_MS = 3600_000;
/** Removes (or with `dryRun` lists) what `choice` names, and says what it freed. */
function prune(state, usage, choice, dryRun) {
    const now = Date.now();
    const verb = dryRun ? 'would remove' : 'removed';
    const lines = [];
    for (const e of choice.entries) {
        const used = formatAge(now - e.usedAt);
        lines.push(`${verb} cache entry ${e.step} ${e.key.slice(0, 12)} (${formatBytes(e.bytes)}, last used ${used} ago)`);
    }
    for (const f of choice.folders) {
        const what = f.kind === 'run' ? `the logs of run ${f.name}` : `scratch space ${f.name}`;
        lines.push(`${verb} ${what} (${formatBytes(f.bytes)}, ${formatAge(now - f.at)} old)`);
    }
    const folderBytes = choice.folders.reduce((n, f) => n + f.bytes, 0);
    const freed = removeEntries(state, usage, choice.entries, {
        graceMs: OBJECT_GRACE_MS,
        now,
        dryRun,
    });
    if (!dryRun)
        for (const f of choice.folders)
            removeFolder(f);
    const total = freed.bytes - freed.sharedBytes + folderBytes;
    const shared = freed.sharedBytes > 0
        ? `; ${formatBytes(freed.sharedBytes)} more stay until .pipekit/store stops using them (a run drops a tree unused for a week)`
        : '';
    lines.push(`${dryRun ? 'would free' : 'freed'} ${formatBytes(total)}: ${choice.entries.length} cache entr${choice.entries.length === 1 ? 'y' : 'ies'} ` +
        `(${choice.kept} kept), ${choice.folders.length} folder${choice.folders.length === 1 ? '' : 's'} of logs and scratch${shared}`);
    process.stdout.write(`${lines.join('\n')}\n`);
}

;// CONCATENATED MODULE: ./src/cli/commands/cache.ts









const cache = {
    name: 'cache',
    summary: 'List what the local cache holds (`ls`), or remove what is old or past a size (`prune`).',
    usage: `pipekit cache ls [--pipeline FILE] [--sort used|size|age|step] [--json]
       pipekit cache prune [--pipeline FILE] [--older-than AGE] [--max-size SIZE] [--all]
                           [--dry-run] [--set name=value]...

  ls                 one line per cache entry: step, key, size, age, last use
    --sort KEY       used (most recent first, the default), size (largest first),
                     age (oldest first) or step
    --json           the entries as JSON
  prune              removes cache entries and run logs, and scratch space left for a day
    --older-than AGE   what was last used longer ago than AGE (30d, 12h, 2w)
    --max-size SIZE    then the least recently used, until the cache and the run logs
                       take at most SIZE (5GB, 500MB, 2GiB)
    --all              do not keep the entries the pipeline's steps use now (their
                       current keys, with --set), nor the last run's logs; alone,
                       removes everything
    --dry-run          say what would be removed, remove nothing`,
    options: {
        ...parameterOptions,
        sort: { type: 'string' },
        json: { type: 'boolean' },
        'older-than': { type: 'string' },
        'max-size': { type: 'string' },
        all: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
    },
    positionals: 1,
    async run(values, [action]) {
        const state = stateDir((0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(values.pipeline)));
        if (action === 'ls') {
            for (const name of ['older-than', 'max-size', 'all', 'dry-run']) {
                if (values[name] !== undefined)
                    throw new UsageError(`--${name} belongs to \`prune\``);
            }
            listEntries(readUsage(state), values);
            return 0;
        }
        if (action !== 'prune')
            throw new UsageError(`${action}: expected ls or prune`);
        if (values.sort !== undefined || values.json) {
            throw new UsageError('--sort and --json belong to `ls`');
        }
        const olderThan = values['older-than'] === undefined
            ? undefined
            : parseAge('--older-than', values['older-than']);
        const maxSize = values['max-size'] === undefined
            ? undefined
            : parseSize('--max-size', values['max-size']);
        const all = values.all === true;
        if (olderThan === undefined && maxSize === undefined && !all) {
            throw new UsageError('say what to remove: --older-than AGE, --max-size SIZE, or --all');
        }
        const keep = all ? new Set() : await currentKeys(values);
        if (!keep)
            return 1;
        const usage = readUsage(state);
        const choice = choose(usage, { olderThan, maxSize, all, keep, now: Date.now() });
        prune(state, usage, choice, values['dry-run'] === true);
        return 0;
    },
};
/**
 * The keys the pipeline's steps have now (planned with the run's parameters), and for a
 * step whose key waits on an upstream that must run first, its most recently used entry.
 * Undefined when the pipeline does not validate (its diagnostics were printed).
 */
async function currentKeys(values) {
    const local = createLocalEngine(localOptions(values));
    if (!local) {
        process.stderr.write('pipekit cache prune: cannot tell which entries the pipeline uses; fix it, or pass --all\n');
        return undefined;
    }
    const { engine } = local;
    const planned = await planSteps(engine.pipeline, engine.graph, decideContext(engine));
    engine.memo.save();
    const keys = new Set();
    for (const step of planned) {
        if ('key' in step && step.key)
            keys.add(step.key);
        else {
            const recent = engine.recentEntries?.(step.id)[0];
            if (recent)
                keys.add(recent.key);
        }
    }
    return keys;
}
const DAY_MS = 86_400_000;
/**
 * Entries and run logs last used before `olderThan`; then, past `maxSize`, the least recently
 * used until the rest fits. The entries in `keep` and the newest run's logs stay (unless
 * `all`); scratch space stays until it is a day old, whatever is asked: a run may be using it.
 */
function choose(usage, opts) {
    const newestRun = usage.runs.reduce((a, b) => (a && a.at >= b.at ? a : b), undefined);
    const entries = usage.entries.filter((e) => !opts.keep.has(e.key));
    const runs = usage.runs.filter((r) => opts.all || r !== newestRun);
    const everything = opts.olderThan === undefined && opts.maxSize === undefined;
    const old = (at) => everything || (opts.olderThan !== undefined && opts.now - at > opts.olderThan);
    const chosenEntries = new Set(entries.filter((e) => old(e.usedAt)));
    const chosenRuns = new Set(runs.filter((r) => old(r.at)));
    if (opts.maxSize !== undefined) {
        const refs = new Map();
        for (const e of usage.entries) {
            if (chosenEntries.has(e))
                continue;
            for (const d of e.digests)
                refs.set(d, (refs.get(d) ?? 0) + 1);
        }
        let total = [...refs.keys()].reduce((n, d) => n + (usage.objects.get(d)?.bytes ?? 0), 0);
        total += usage.runs.filter((r) => !chosenRuns.has(r)).reduce((n, r) => n + r.bytes, 0);
        const queue = [
            ...entries.filter((e) => !chosenEntries.has(e)).map((e) => ({ at: e.usedAt, entry: e })),
            ...runs.filter((r) => !chosenRuns.has(r)).map((r) => ({ at: r.at, run: r })),
        ].sort((a, b) => a.at - b.at);
        for (const item of queue) {
            if (total <= opts.maxSize)
                break;
            if ('run' in item && item.run) {
                chosenRuns.add(item.run);
                total -= item.run.bytes;
                continue;
            }
            const entry = item.entry;
            chosenEntries.add(entry);
            for (const d of entry.digests) {
                const left = (refs.get(d) ?? 1) - 1;
                refs.set(d, left);
                if (left === 0)
                    total -= usage.objects.get(d)?.bytes ?? 0;
            }
        }
    }
    const tmp = usage.tmp.filter((t) => opts.now - t.at > DAY_MS);
    return {
        entries: [...chosenEntries],
        folders: [...chosenRuns, ...tmp],
        kept: usage.entries.length - chosenEntries.size,
    };
}
const SORTS = {
    used: (a, b) => b.usedAt - a.usedAt,
    size: (a, b) => b.bytes - a.bytes,
    age: (a, b) => a.createdAt.localeCompare(b.createdAt),
    step: (a, b) => a.step.localeCompare(b.step) || b.usedAt - a.usedAt,
};
function listEntries(usage, values) {
    const sortName = values.sort ?? 'used';
    const sort = SORTS[sortName];
    if (!sort)
        throw new UsageError(`--sort ${sortName}: expected used, size, age or step`);
    const entries = [...usage.entries].sort(sort);
    if (values.json) {
        const json = entries.map((e) => ({
            step: e.step,
            key: e.key,
            bytes: e.bytes,
            files: e.files,
            createdAt: e.createdAt,
            lastUsed: new Date(e.usedAt).toISOString(),
        }));
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
    }
    const now = Date.now();
    const rows = entries.map((e) => [
        e.step,
        e.key.slice(0, 12),
        formatBytes(e.bytes),
        formatAge(now - Date.parse(e.createdAt)),
        `${formatAge(now - e.usedAt)} ago`,
    ]);
    const table = formatTable(['step', 'key', 'size', 'age', 'last used'], rows);
    const objects = [...usage.objects.values()].reduce((n, o) => n + o.bytes, 0);
    const runs = usage.runs.reduce((n, r) => n + r.bytes, 0);
    const tmp = usage.tmp.reduce((n, t) => n + t.bytes, 0);
    const n = entries.length;
    process.stdout.write(`${n > 0 ? `${table}\n\n` : ''}${n} entr${n === 1 ? 'y' : 'ies'}, ${formatBytes(objects)} of files (each stored once); ` +
        `run logs ${formatBytes(runs)} (${usage.runs.length} runs); scratch ${formatBytes(tmp)}\n`);
}

;// CONCATENATED MODULE: ./src/github/emit.ts

/** A short sequence written on one line: `[plan, prepare]`. */
class Flow {
    items;
    constructor(items) {
        this.items = items;
    }
}
/** Text written as a `|-` literal block, one source line per line (the `set` input). */
class Literal {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** Emits `value` as one YAML document preceded by `header` comment lines. */
function emitYaml(value, header) {
    const doc = new dist/* Document */.yo();
    doc.contents = toNode(value);
    doc.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
    return doc.toString({
        // Never fold long lines: an `if:` expression stays on one line, as a reviewer reads it.
        lineWidth: 0,
        // `push:` rather than `push: null`, as workflows are conventionally written.
        nullStr: '',
        flowCollectionPadding: false,
        // Where quotes are needed, the ones prettier's `singleQuote` keeps: a repository that
        // formats its YAML with prettier does not rewrite the file and make it stale.
        singleQuote: true,
    });
}
function toNode(value) {
    if (value instanceof Flow) {
        const seq = toSeq(value.items);
        seq.flow = true;
        return seq;
    }
    if (value instanceof Literal) {
        const scalar = new dist/* Scalar */.X5(value.text);
        scalar.type = dist/* Scalar */.X5.BLOCK_LITERAL;
        return scalar;
    }
    if (Array.isArray(value))
        return toSeq(value);
    if (value === null || typeof value !== 'object')
        return new dist/* Scalar */.X5(value);
    return toMap(value);
}
function toSeq(items) {
    const seq = new dist/* YAMLSeq */.Rw();
    for (const item of items)
        seq.items.push(toNode(item));
    return seq;
}
function toMap(mapping) {
    const map = new dist/* YAMLMap */.CA();
    const entries = mapping instanceof Map ? [...mapping.entries()] : Object.entries(mapping);
    for (const [key, item] of entries) {
        if (item !== undefined)
            map.items.push(new dist/* Pair */.Rm(new dist/* Scalar */.X5(key), toNode(item)));
    }
    return map;
}

;// CONCATENATED MODULE: ./src/github/dispatch.ts

/** The one dispatch input that carries every parameter when they are too many for a field each. */
const JSON_INPUT = 'parameters';
/**
 * `on.workflow_dispatch.inputs`: one per pipeline parameter, in the pipeline's order (the
 * order GitHub shows them in the "Run workflow" form), when there are at most `limit`;
 * beyond that GitHub refuses the whole workflow, so one `parameters` input takes a JSON
 * object instead. The pipeline's default applies to a field left empty.
 */
function dispatchInputs(inputs, limit) {
    const names = Object.keys(inputs);
    if (names.length === 0)
        return undefined;
    const out = new Map();
    if (names.length > limit) {
        out.set(JSON_INPUT, {
            description: sanitizeText(`Parameter values as a JSON object, e.g. {"${names[0]}": ...}; a parameter left out keeps its default. Parameters: ${names.join(', ')}`),
            required: false,
            type: 'string',
            default: '',
        });
        return out;
    }
    for (const name of names) {
        const spec = inputs[name];
        const choice = spec.enum !== undefined && spec.enum.length > 0;
        out.set(name, {
            description: sanitizeText(spec.description ?? dispatch_describe(spec)),
            // Without a default the run cannot start unless given a value: the form asks for it.
            required: spec.default === undefined && spec.optional !== true,
            type: choice ? 'choice' : dispatchType(spec),
            options: choice ? (spec.enum ?? []).map(String) : undefined,
            default: dispatchDefault(spec, choice),
        });
    }
    return out;
}
/**
 * How the plan job gets this run's parameter values: nothing without a dispatch form, the
 * JSON input when the parameters are too many for a field each, else `set` lines. The
 * plan job resolves them once and hands every later job the result (`params`).
 */
function planParameters(inputs, dispatch, limit) {
    const names = Object.keys(inputs);
    if (!dispatch || names.length === 0)
        return {};
    if (names.length > limit)
        return { params: `\${{ inputs.${JSON_INPUT} }}` };
    const set = setAssignments(inputs);
    return set === undefined ? {} : { set };
}
/**
 * The `set` input of the action: one `name=value` line per parameter. The `inputs`
 * context is null on push and pull_request, and a form field may be cleared; `name=`
 * would then override the pipeline's default with an empty string (an error for a
 * number). So each line comes out blank unless the value is non-empty, and blank lines
 * are dropped by the action (`core.getMultilineInput` drops them). `format('{0}', ...)`
 * compares as text: a bare `inputs.x != ''` would coerce `false` and `0` to equal `''`.
 */
function setAssignments(inputs) {
    const names = Object.keys(inputs);
    if (names.length === 0)
        return undefined;
    const lines = names.map((name) => `\${{ format('{0}', inputs.${name}) != '' && format('${name}={0}', inputs.${name}) || '' }}`);
    return new Literal(lines.join('\n'));
}
function dispatchType(spec) {
    switch (spec.type) {
        case 'number':
        case 'integer':
            return 'number';
        case 'boolean':
            return 'boolean';
        case 'string':
        case 'path':
            return 'string';
    }
}
function dispatchDefault(spec, choice) {
    const value = spec.default;
    if (value === undefined)
        return undefined;
    // A choice's options are strings, so its default must be the same string.
    if (choice)
        return String(value);
    if (spec.type === 'boolean' || spec.type === 'number' || spec.type === 'integer')
        return value;
    return String(value);
}
/** The form cannot enforce min/max or integrality, so the description says them. */
function dispatch_describe(spec) {
    const parts = [spec.type === 'path' ? 'path in the repository' : spec.type];
    if (spec.min !== undefined)
        parts.push(`min ${spec.min}`);
    if (spec.max !== undefined)
        parts.push(`max ${spec.max}`);
    return parts.join(', ');
}
/**
 * Free text lands in `on:`, where GitHub allows no expression: a literal `${{` would make
 * the whole workflow invalid, so it is broken up.
 */
function sanitizeText(text) {
    return text.replaceAll('${{', '$ {{').replace(/\s*\n\s*/g, ' ');
}

;// CONCATENATED MODULE: ./src/plan/subgraph.ts
/**
 * The part of the DAG a step job needs: the step and the steps whose outputs it reads,
 * directly or through others, joined by data edges only. A `needs` edge orders jobs, which
 * the workflow's own `needs` does; it carries nothing a step job must restore, so a step
 * job never decides (and never waits on the cache entry of) a step it only follows.
 */
function upstreamClosure(pipeline, graph, target) {
    const edges = graph.edges.filter((e) => e.output !== undefined);
    const keep = new Set();
    const visit = (id) => {
        if (keep.has(id))
            return;
        keep.add(id);
        for (const e of edges)
            if (e.to === id)
                visit(e.from);
    };
    visit(target);
    const kept = edges.filter((e) => keep.has(e.from) && keep.has(e.to));
    const upstream = {};
    const downstream = {};
    for (const id of keep) {
        upstream[id] = [];
        downstream[id] = [];
    }
    for (const e of kept) {
        if (!upstream[e.to]?.includes(e.from))
            upstream[e.to]?.push(e.from);
        if (!downstream[e.from]?.includes(e.to))
            downstream[e.from]?.push(e.to);
    }
    return {
        pipeline: { ...pipeline, steps: pipeline.steps.filter((s) => keep.has(s.id)) },
        graph: { order: graph.order.filter((id) => keep.has(id)), edges: kept, upstream, downstream },
    };
}
/**
 * The one step whose outputs `id` reads, when there is exactly one: that step's job knows
 * everything `id`'s key is made of once it is done, so it can decide `id` before `id`'s own
 * runner starts (early cutoff, see src/action/early-cutoff.ts).
 */
function soleDataUpstream(graph, id) {
    const from = new Set(graph.edges.filter((e) => e.to === id && e.output).map((e) => e.from));
    return from.size === 1 ? [...from][0] : undefined;
}
/** The steps `id` decides early: those whose sole data upstream it is, in topological order. */
function decidedBy(graph, id) {
    return graph.order.filter((other) => soleDataUpstream(graph, other) === id);
}

;// CONCATENATED MODULE: ./src/github/jobs.ts


/** Restoring the upstream outputs before the command and saving after it take time too. */
const TIMEOUT_MARGIN_MINUTES = 10;
/** Hashing every code file and repo input of a large repository stays well within this. */
const PLAN_TIMEOUT_MINUTES = 30;
/** A GitHub-hosted job runs at most 6 hours (GITHUB-FACTS.md); a self-hosted one 5 days. */
const MAX_JOB_MINUTES = 7200;
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Step jobs are named exactly like their steps, so `needs.<id>`, the plan's `jobs` keys
 * and the Actions UI all agree. The plan job is `plan`; a step may be called `plan` too,
 * and then the plan job is `_plan`: a step id starts with a lower-case letter, so `_plan`
 * can never collide with one.
 */
function choosePlanJobId(stepIds) {
    return stepIds.includes('plan') ? '_plan' : 'plan';
}
/** The same rule for the result job. */
function chooseResultJobId(stepIds) {
    return stepIds.includes('pipekit') ? '_pipekit' : 'pipekit';
}
/**
 * The name a job shows in the checks of a pull request. A pipeline outside the root adds its
 * path, so that two pipelines of one repository never report a check of the same name.
 */
function jobName(ctx, name) {
    return ctx.names.label === '' ? name : `${name} (${ctx.names.label})`;
}
function buildPlanJob(ctx) {
    return {
        name: jobName(ctx, 'plan'),
        'runs-on': runsOn(ctx.pipeline, ctx.pipeline.defaultRunner),
        'timeout-minutes': PLAN_TIMEOUT_MINUTES,
        outputs: {
            plan: '${{ steps.plan.outputs.plan }}',
            jobs: '${{ steps.plan.outputs.jobs }}',
            params: '${{ steps.plan.outputs.params }}',
        },
        steps: [
            checkoutStep(ctx),
            {
                id: 'plan',
                uses: ctx.settings.action,
                with: actionInputs(ctx, 'plan', ctx.planParameters),
            },
        ],
    };
}
/**
 * A step's job starts only when the plan says the step runs, no job upstream of it cut it
 * off early, and every direct upstream the plan said runs has succeeded or was cut off. The
 * plan decided the step's `if` already, with the values of this run, so the text is not
 * evaluated again here with GitHub's other contexts.
 *
 * Why not the implicit `success()`: a step the plan marks cached gets no job (GitHub reports
 * it skipped), and `success()` is false when a dependency was skipped, which would stop
 * every step downstream of a cache hit. Why not `!failure()`: a job past its
 * `timeout-minutes` concludes `cancelled`, not `failure`, and `cancelled()` is true only
 * for a cancelled run; so each upstream that was to run must have concluded `success`. A
 * step two jobs down is covered too: its upstream, planned to run, was skipped.
 *
 * Early cutoff: the job of a step's sole data upstream decides the step once it is done
 * (src/action/early-cutoff.ts) and lists it in its `cut` output when its entry is found, so
 * a GPU job whose inputs came out byte-identical never starts. A job after a cut-off step
 * also needs the job that cut it, to tell "cut off" from "stopped".
 */
function buildStepJob(ctx, step) {
    assertJobId(step.id);
    const upstream = upstreamJobs(ctx.graph, step.id);
    const planned = (id) => `fromJSON(needs.${ctx.planJob}.outputs.jobs)['${id}']`;
    const cutBy = (decider, id) => `fromJSON(needs.${decider}.outputs.cut || '{}')['${id}']`;
    const own = soleDataUpstream(ctx.graph, step.id);
    const condition = [
        '!cancelled()',
        `needs.${ctx.planJob}.result == 'success'`,
        planned(step.id),
        ...(own === undefined ? [] : [`!${cutBy(own, step.id)}`]),
        ...upstream.map((id) => {
            const decider = soleDataUpstream(ctx.graph, id);
            const cut = decider === undefined ? '' : ` || ${cutBy(decider, id)}`;
            return `(needs.${id}.result == 'success' || !${planned(id)}${cut})`;
        }),
    ];
    const deciders = upstream.flatMap((id) => soleDataUpstream(ctx.graph, id) ?? []);
    const decides = decidedBy(ctx.graph, step.id).length > 0;
    return {
        name: jobName(ctx, step.id),
        needs: new Flow([ctx.planJob, ...inOrder(ctx.graph, [...upstream, ...deciders])]),
        'runs-on': runsOn(ctx.pipeline, step.runner),
        if: `\${{ ${condition.join(' && ')} }}`,
        environment: environmentOf(step),
        permissions: permissionsOf(step),
        'timeout-minutes': jobTimeout(step),
        outputs: decides ? { cut: '${{ steps.pipekit.outputs.cut }}' } : undefined,
        steps: [
            checkoutStep(ctx),
            {
                id: decides ? 'pipekit' : undefined,
                uses: ctx.settings.action,
                // Only this job's action gets the step's secrets, and hands them to the step's process
                // alone (src/executor/step-env.ts); the plan and result jobs get none.
                env: secretsOf(step),
                with: actionInputs(ctx, 'step', { step: step.id, params: planOutput(ctx, 'params') }),
            },
        ],
    };
}
function secretsOf(step) {
    if (step.secrets.length === 0)
        return undefined;
    return new Map(step.secrets.map((name) => [name, `\${{ secrets.${name} }}`]));
}
function environmentOf(step) {
    const environment = step.environment;
    if (environment === undefined)
        return undefined;
    return environment.url === undefined ? environment.name : { ...environment };
}
/**
 * A job's `permissions` replace the workflow's `contents: read` entirely; the checkout still
 * needs to read the repository, so `contents: read` is kept unless the step says otherwise.
 */
function permissionsOf(step) {
    const permissions = step.permissions;
    if (permissions === undefined || typeof permissions === 'string')
        return permissions;
    return new Map(Object.entries({ contents: 'read', ...permissions }));
}
/**
 * The last job, and the one check a branch protection rule needs: it waits for every step
 * job, runs unless the run was cancelled, and fails when the plan failed, a step job failed,
 * was cancelled or timed out, or a step that ran saved nothing. Its name does not depend on
 * any step, so renaming a step never leaves a required check waiting. It also plans again,
 * now finding what the step jobs saved, writes the summary of the run and the plan index,
 * so that the next run's plan needs one cache lookup.
 */
function buildResultJob(ctx) {
    const deciders = ctx.graph.order.filter((id) => decidedBy(ctx.graph, id).length > 0);
    const list = (lines) => lines.map((line, i) => (i === lines.length - 1 ? line : `${line},`));
    const results = [
        '{',
        `  "plan": "\${{ needs.${ctx.planJob}.result }}",`,
        `  "planned": \${{ needs.${ctx.planJob}.outputs.jobs || 'null' }},`,
        '  "cut": [',
        ...list(deciders.map((id) => `    \${{ needs.${id}.outputs.cut || '{}' }}`)),
        '  ],',
        '  "steps": {',
        ...list(ctx.graph.order.map((id) => `    "${id}": "\${{ needs.${id}.result }}"`)),
        '  }',
        '}',
    ];
    return {
        name: jobName(ctx, 'pipekit result'),
        needs: new Flow([ctx.planJob, ...ctx.graph.order]),
        'runs-on': runsOn(ctx.pipeline, ctx.pipeline.defaultRunner),
        if: '${{ !cancelled() }}',
        'timeout-minutes': PLAN_TIMEOUT_MINUTES,
        steps: [
            checkoutStep(ctx),
            {
                uses: ctx.settings.action,
                with: actionInputs(ctx, 'report', {
                    params: planOutput(ctx, 'params'),
                    results: new Literal(results.join('\n')),
                }),
            },
        ],
    };
}
function actionInputs(ctx, command, more) {
    return {
        command,
        pipeline: ctx.names.pipelinePath,
        'cache-prefix': ctx.names.cachePrefix,
        ...more,
    };
}
function planOutput(ctx, name) {
    return `\${{ needs.${ctx.planJob}.outputs.${name} }}`;
}
/** Direct upstream steps (data and `needs` edges) in topological order. */
function upstreamJobs(graph, id) {
    return inOrder(graph, graph.upstream[id] ?? []);
}
/** Distinct step ids in topological order. */
function inOrder(graph, ids) {
    const rank = new Map(graph.order.map((stepId, index) => [stepId, index]));
    return [...new Set(ids)].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}
/**
 * The component's timeout bounds one attempt; the action retries within the same job, so
 * the job's limit covers every attempt plus the cache restore and save around them, up to
 * what GitHub lets any job run.
 */
function jobTimeout(step) {
    const minutes = step.component.timeoutMinutes;
    if (minutes === undefined)
        return undefined;
    const total = Math.ceil(minutes * (step.component.retries + 1)) + TIMEOUT_MARGIN_MINUTES;
    return Math.min(total, MAX_JOB_MINUTES);
}
function runsOn(pipeline, label) {
    const target = pipeline.runners[label];
    // Validation reports an unknown label; reaching here with one is a bug.
    if (target === undefined)
        throw new Error(`runner label "${label}" is not in runners`);
    if (typeof target === 'string')
        return target;
    if (Array.isArray(target))
        return new Flow(target);
    return {
        group: target.group,
        labels: target.labels === undefined ? undefined : new Flow(target.labels),
    };
}
function checkoutStep(ctx) {
    const { checkout, lfs, submodules } = ctx.settings;
    return {
        uses: checkout,
        with: {
            // The step's code is the pull request's code: it gets no token left in .git/config.
            'persist-credentials': false,
            lfs: lfs ? true : undefined,
            submodules: submodules === false ? undefined : submodules,
        },
    };
}
function assertJobId(id) {
    if (!JOB_ID.test(id))
        throw new Error(`step id "${id}" is not a valid GitHub job id`);
}

;// CONCATENATED MODULE: ./src/github/limits.ts
/** GitHub starts no run at all from a larger file, and says nothing (GITHUB-FACTS.md). */
// tsr-skip: test/github/limits.test.ts checks the limit and one past it
const MAX_WORKFLOW_BYTES = 500 * 1000;
/**
 * Only a matrix's 256 jobs are documented; a workflow of more jobs parses, and what GitHub
 * does with it is not documented, so pipekit refuses more until that is settled.
 */
const MAX_JOBS = 256;
/** `@actions/workflow-parser`'s id builder: a job id has fewer than 100 characters. */
const MAX_JOB_ID = 99;
/** What can be checked before the workflow is written: jobs, ids and parameters. */
function checkPipelineLimits(pipeline, graph, triggers) {
    const problems = [];
    const jobs = graph.order.length + 2;
    if (jobs > MAX_JOBS) {
        problems.push({
            path: ['steps'],
            at: 'key',
            message: `${graph.order.length} steps make ${jobs} jobs with the plan and the result job; pipekit compiles at most ${MAX_JOBS} jobs into one workflow (GitHub documents no larger limit): split the pipeline into two pipelines, each with its own workflow, or merge small steps`,
        });
    }
    for (const id of graph.order) {
        if (id.length > MAX_JOB_ID) {
            problems.push({
                path: ['steps', id],
                at: 'key',
                message: `step id of ${id.length} characters: a GitHub job id has fewer than 100`,
            });
        }
    }
    const seen = new Map();
    for (const name of Object.keys(pipeline.inputs)) {
        const other = seen.get(name.toLowerCase());
        if (other !== undefined) {
            problems.push({
                path: ['inputs', name],
                at: 'key',
                message: `parameter \`${name}\` differs from \`${other}\` only in case: GitHub's inputs ignore case, so they would be one input`,
            });
        }
        else
            seen.set(name.toLowerCase(), name);
    }
    const unattended = unattendedEvents(triggers);
    if (unattended.length > 0) {
        for (const [name, spec] of Object.entries(pipeline.inputs)) {
            if (spec.default !== undefined || spec.optional === true)
                continue;
            problems.push({
                path: ['inputs', name],
                at: 'key',
                message: `parameter \`${name}\` has no default, and the workflow runs on ${unattended.join(', ')}, where nobody gives it a value: give it a default, or run the pipeline on workflow_dispatch only (\`on:\`)`,
            });
        }
    }
    return problems;
}
/** The size check, on the text about to be written. */
function checkWorkflowSize(text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= MAX_WORKFLOW_BYTES)
        return [];
    return [
        {
            path: ['steps'],
            at: 'key',
            message: `the workflow would be ${Math.ceil(bytes / 1000)} KB, and GitHub starts no run from a workflow file over 500 KB: split the pipeline into two pipelines, or merge small steps`,
        },
    ];
}
function unattendedEvents(triggers) {
    const events = [];
    if (triggers.push)
        events.push('push');
    if (triggers.pullRequest)
        events.push('pull_request');
    if (triggers.mergeGroup)
        events.push('merge_group');
    return events;
}
/**
 * Said, not refused: more parameters than GitHub's dispatch form takes become one JSON input
 * (src/github/dispatch.ts), which a user should know before looking for the fields.
 */
function dispatchNotes(pipeline, triggers, limit) {
    const count = Object.keys(pipeline.inputs).length;
    if (!triggers.workflowDispatch || count <= limit)
        return [];
    return [
        {
            path: ['inputs'],
            at: 'key',
            message: `note: ${count} parameters, more than the ${limit} workflow_dispatch inputs GitHub accepts: the "Run workflow" form takes them as one JSON input, \`parameters\` (e.g. {"${Object.keys(pipeline.inputs)[0]}": ...})`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/github/naming.ts

const PIPELINE_FILE = /(^|\/)pipeline\.ya?ml$/;
/**
 * The names of the workflow of the pipeline at `pipelinePath` (from the repository root).
 * The pipeline at the root keeps the plain names (`pipekit.yml`, prefix `pipekit`); any
 * other is named by its path, so that two pipelines never share a file, a cache prefix, a
 * concurrency group or a required check.
 */
function workflowNames(pipelinePath) {
    const label = PIPELINE_FILE.test(pipelinePath)
        ? pipelinePath.replace(PIPELINE_FILE, '')
        : pipelinePath.replace(/\.ya?ml$/, '');
    const slug = label === '' ? '' : slugOf(label);
    const base = slug === '' ? 'pipekit' : `pipekit-${slug}`;
    return { pipelinePath, label, workflowFile: `.github/workflows/${base}.yml`, cachePrefix: base };
}
function slugOf(label) {
    const slug = label
        .toLowerCase()
        .replace(/[^a-z0-9_.]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    // A label of only other characters still needs a name of its own.
    return slug !== '' ? slug : (0,external_node_crypto_namespaceObject.createHash)('sha256').update(label).digest('hex').slice(0, 8);
}

;// CONCATENATED MODULE: ./src/github/settings.ts
const DEFAULT_ACTION = 'pipekit/pipekit@v1';
/** v5 and later run on node24; v4 is a node20 action and warns in every job. */
const DEFAULT_CHECKOUT = 'actions/checkout@v5';
/** github.com since 2025-12; older GHES accept 10 (GITHUB-FACTS.md). */
const MAX_DISPATCH_INPUTS = 25;
/** Without `on:` a push runs the pipeline only on this branch. */
const DEFAULT_BRANCH = 'main';
function githubSettings(options, action) {
    return {
        action: action ?? options?.action ?? DEFAULT_ACTION,
        checkout: options?.checkout ?? DEFAULT_CHECKOUT,
        lfs: options?.lfs ?? false,
        submodules: options?.submodules ?? false,
        forkPullRequestsOnSelfHosted: options?.forkPullRequestsOnSelfHosted ?? false,
        dispatchInputs: options?.dispatchInputs ?? MAX_DISPATCH_INPUTS,
    };
}
/**
 * `on:` as written, or all four events. A push runs only on named branches (`main` unless
 * told otherwise): never on a tag, and never a second time for the push to a pull
 * request's own branch, whose `pull_request` run already covers the commit in the scope
 * that pull request's later runs read.
 */
function triggersOf(on) {
    const written = on ?? { push: {}, pullRequest: {}, mergeGroup: true, workflowDispatch: true };
    return {
        push: written.push && { branches: written.push.branches ?? [DEFAULT_BRANCH] },
        pullRequest: written.pullRequest,
        mergeGroup: written.mergeGroup === true,
        workflowDispatch: written.workflowDispatch === true,
    };
}
/** GitHub-hosted runner labels (docs: "GitHub-hosted runners reference"). */
const HOSTED_LABEL = /^(ubuntu|windows|macos)-(latest|\d[\w.-]*)$/;
/**
 * Whether a job on this target may land on a self-hosted runner: anything but a plain
 * GitHub-hosted label (a runner group, an ARC scale set, `self-hosted`, a custom label).
 * A larger hosted runner with a custom name counts as self-hosted: the safe side.
 */
function maySelfHost(target) {
    if (target === undefined)
        return false;
    if (typeof target === 'string')
        return !HOSTED_LABEL.test(target);
    if (Array.isArray(target))
        return !(target.length === 1 && HOSTED_LABEL.test(target[0] ?? ''));
    return true;
}
/** Whether a step's job may land on a self-hosted runner (see `maySelfHost`). */
function stepMaySelfHost(pipeline, step) {
    return maySelfHost(pipeline.runners[step.runner]);
}

;// CONCATENATED MODULE: ./src/github/check.ts
const CONTEXT_LINES = 2;
const MAX_DIFF_LINES = 200;
/** Past this many cells the LCS table is not worth it: the changed middle is shown whole. */
const MAX_LCS_CELLS = 4_000_000;
/**
 * `pipekit compile --check`: is the committed workflow the one compile would write now?
 * Line endings are compared as LF: a checkout with `core.autocrlf` rewrites the file
 * without making it stale.
 */
function checkWorkflow(existing, generated) {
    if (existing === undefined) {
        return { upToDate: false, diff: '--- (no workflow file)\n+++ generated\n' };
    }
    const before = normalize(existing);
    const after = normalize(generated);
    if (before === after)
        return { upToDate: true };
    return { upToDate: false, diff: lineDiff(before, after) };
}
function normalize(text) {
    return text.replace(/\r\n/g, '\n');
}
/** A short unified-ish diff: changed lines with a little context, `@@` between hunks. */
// tsr-skip: exported for its own table of cases in test/github/check.test.ts
function lineDiff(before, after) {
    const ops = diffOps(before.split('\n'), after.split('\n'));
    const keep = ops.map((op) => op.kind !== ' ');
    const shown = ops.map((_, i) => nearChange(keep, i));
    const out = ['--- existing', '+++ generated'];
    let previous = -2;
    ops.forEach((op, i) => {
        if (!shown[i])
            return;
        if (i !== previous + 1)
            out.push(`@@ line ${lineNumber(ops, i)} @@`);
        out.push(`${op.kind}${op.line}`);
        previous = i;
    });
    if (out.length > MAX_DIFF_LINES) {
        const hidden = out.length - MAX_DIFF_LINES;
        return [...out.slice(0, MAX_DIFF_LINES), `... ${hidden} more lines`].join('\n') + '\n';
    }
    return out.join('\n') + '\n';
}
function nearChange(changed, i) {
    const from = Math.max(0, i - CONTEXT_LINES);
    const to = Math.min(changed.length - 1, i + CONTEXT_LINES);
    for (let j = from; j <= to; j++)
        if (changed[j])
            return true;
    return false;
}
/** The 1-based line in the existing file where op `i` sits. */
function lineNumber(ops, i) {
    let line = 1;
    for (let j = 0; j < i; j++)
        if (ops[j]?.kind !== '+')
            line++;
    return line;
}
function diffOps(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const same = (lines) => lines.map((line) => ({ kind: ' ', line }));
    return [
        ...same(a.slice(0, start)),
        ...middleOps(a.slice(start, endA), b.slice(start, endB)),
        ...same(a.slice(endA)),
    ];
}
/** Longest common subsequence over the lines that differ; small for a workflow file. */
function middleOps(a, b) {
    const removed = (line) => ({ kind: '-', line });
    const added = (line) => ({ kind: '+', line });
    if (a.length * b.length > MAX_LCS_CELLS)
        return [...a.map(removed), ...b.map(added)];
    const width = b.length + 1;
    const table = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            table[i * width + j] =
                a[i] === b[j]
                    ? (table[(i + 1) * width + j + 1] ?? 0) + 1
                    : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            ops.push({ kind: ' ', line: a[i] });
            i++;
            j++;
        }
        else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
            ops.push(removed(a[i++]));
        }
        else {
            ops.push(added(b[j++]));
        }
    }
    return [...ops, ...a.slice(i).map(removed), ...b.slice(j).map(added)];
}

;// CONCATENATED MODULE: ./src/github/compile.ts







// `compile --check` lives beside compile for its callers.

/**
 * The workflow of a pipeline: a plan job, one job per step in topological order, and the
 * result job. Pure and deterministic: the same pipeline gives the same bytes, so
 * `compile --check` can compare text.
 */
function compileWorkflow(pipeline, graph, opts) {
    const names = workflowNames(opts.pipelinePath);
    const settings = githubSettings(pipeline.github, opts.actionRef);
    const triggers = triggersOf(pipeline.on);
    const problems = checkPipelineLimits(pipeline, graph, triggers);
    const notes = dispatchNotes(pipeline, triggers, settings.dispatchInputs);
    if (problems.length > 0)
        return { names, problems, notes };
    const ctx = {
        pipeline,
        graph,
        planJob: choosePlanJobId(graph.order),
        settings,
        names,
        planParameters: planParameters(pipeline.inputs, triggers.workflowDispatch, settings.dispatchInputs),
    };
    const jobs = new Map([[ctx.planJob, buildPlanJob(ctx)]]);
    for (const id of graph.order)
        jobs.set(id, buildStepJob(ctx, graph_getStep(pipeline, id)));
    jobs.set(chooseResultJobId(graph.order), buildResultJob(ctx));
    const workflow = {
        name: sanitizeText(`pipekit: ${pipeline.name}${names.label ? ` (${names.label})` : ''}`),
        on: events(pipeline, triggers, settings.dispatchInputs),
        permissions: { contents: 'read' },
        // A new push to a pull request supersedes its run in progress. On a branch the run in
        // progress finishes (it is filling the cache); GitHub still lets a newer queued run
        // replace an older queued one.
        concurrency: {
            group: `${names.cachePrefix}-\${{ github.ref }}`,
            'cancel-in-progress': "${{ github.event_name == 'pull_request' }}",
        },
        jobs,
    };
    const text = emitYaml(workflow, header(names));
    const tooBig = checkWorkflowSize(text);
    return tooBig.length > 0
        ? { names, problems: tooBig, notes }
        : { names, text, problems: [], notes };
}
function events(pipeline, triggers, limit) {
    const inputs = dispatchInputs(pipeline.inputs, limit);
    const branches = (filter) => filter?.branches === undefined ? null : { branches: new Flow(filter.branches) };
    return {
        push: triggers.push && branches(triggers.push),
        pull_request: triggers.pullRequest && branches(triggers.pullRequest),
        merge_group: triggers.mergeGroup ? null : undefined,
        workflow_dispatch: triggers.workflowDispatch
            ? inputs === undefined
                ? null
                : { inputs }
            : undefined,
    };
}
/** The first line names the pipeline: `compile` never overwrites another pipeline's workflow. */
function header(names) {
    const path = names.pipelinePath.replace(/[\r\n]+/g, ' ');
    return [
        `${GENERATED_FROM}${path}. Do not edit: run \`pipekit compile\`.`,
        '',
        'A plan job decides every step; a job per step runs only the steps that must run, on',
        'their runners; the result job fails when any of them failed, and is the check to',
        'require in branch protection. Outputs travel between jobs through the Actions cache.',
    ];
}
const GENERATED_FROM = 'Generated by pipekit compile from ';
/** The pipeline path a generated workflow names in its first line, if it is one. */
function generatedFrom(text) {
    const first = text.split('\n', 1)[0] ?? '';
    if (!first.startsWith(`# ${GENERATED_FROM}`))
        return undefined;
    const rest = first.slice(GENERATED_FROM.length + 2);
    const end = rest.lastIndexOf('. Do not edit');
    return end < 0 ? undefined : rest.slice(0, end);
}

;// CONCATENATED MODULE: ./src/cli/commands/compile.ts









const compile = {
    name: 'compile',
    summary: "Write the pipeline's GitHub workflow under the repository's .github/workflows/: a plan job, a job per step on its runner, and a result job.",
    usage: `pipekit compile [--pipeline FILE] [--check] [--root DIR] [--action REF] [--output FILE]

  --check        do not write; exit 1 when the workflow is missing or stale
  --root DIR     the repository root, where GitHub reads .github/workflows/ (default: the
                 nearest folder up from the pipeline's that holds .git)
  --action REF   the action the jobs use (default: github.action, else pipekit/pipekit@v1)
  --output FILE  default: .github/workflows/pipekit.yml under the root for ROOT/pipeline.yml,
                 .github/workflows/pipekit-<path>.yml for any other pipeline`,
    options: {
        check: { type: 'boolean' },
        root: { type: 'string' },
        action: { type: 'string' },
        output: { type: 'string' },
    },
    async run(values) {
        const file = values.pipeline;
        const opened = openOrReport(file);
        if (!opened?.pipeline || !opened.graph)
            return 1;
        const root = (0,external_node_path_namespaceObject.resolve)(values.root ?? repositoryRoot(opened.root) ?? opened.root);
        const compiled = compileWorkflow(opened.pipeline, opened.graph, {
            pipelinePath: pathFromRoot(root, (0,external_node_path_namespaceObject.resolve)(file)),
            actionRef: values.action,
        });
        if (compiled.text === undefined) {
            const text = opened.sources.get(opened.pipeline.file) ?? '';
            const located = locateProblems(opened.pipeline.file, text, compiled.problems);
            process.stderr.write(`${formatDiagnostics(located, opened.sources)}\n`);
            return 1;
        }
        if (compiled.notes.length > 0) {
            const text = opened.sources.get(opened.pipeline.file) ?? '';
            for (const note of locateProblems(opened.pipeline.file, text, compiled.notes)) {
                process.stderr.write(`${formatDiagnostic(note, text)}\n`);
            }
        }
        const output = (0,external_node_path_namespaceObject.resolve)(values.output ?? (0,external_node_path_namespaceObject.join)(root, compiled.names.workflowFile));
        const shown = (0,external_node_path_namespaceObject.relative)(process.cwd(), output) || output;
        const existing = readOrUndefined(output);
        if (values.check) {
            const result = checkWorkflow(existing, compiled.text);
            if (result.upToDate) {
                process.stdout.write(`${shown} is up to date\n`);
                return 0;
            }
            process.stderr.write(`${shown} is stale: run \`pipekit compile\`\n${result.diff ?? ''}\n`);
            return 1;
        }
        const owner = existing === undefined ? compiled.names.pipelinePath : generatedFrom(existing);
        if (owner !== compiled.names.pipelinePath) {
            const whose = owner === undefined ? 'was not written by pipekit compile' : `is the workflow of ${owner}`;
            process.stderr.write(`${shown} ${whose}; it is left as it is. Compile this pipeline to another file with --output.\n`);
            return 1;
        }
        writeFileAtomic(output, compiled.text);
        process.stdout.write(`wrote ${shown}\n`);
        return 0;
    },
};
/** The pipeline's path from the repository root, POSIX style, as every job opens it. */
function pathFromRoot(root, file) {
    const path = (0,external_node_path_namespaceObject.relative)(root, file);
    if (path === '' || path.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(path)) {
        throw new UsageError(`the pipeline ${file} is not inside the repository root ${root}`);
    }
    return path.split(external_node_path_namespaceObject.sep).join('/');
}
function locateProblems(file, text, problems) {
    const { yaml } = parseYaml(file, text, { duplicate: duplicateKey });
    return problems.map((problem) => {
        const at = yaml
            ? locate(yaml, { path: problem.path, at: problem.at })
            : { file, line: 1, column: 1 };
        return { code: 'github-limit', message: problem.message, ...at };
    });
}
function readOrUndefined(path) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        return undefined;
    return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts
const STATUS_STYLE = {
    cached: 'fill:#dafbe1,stroke:#1a7f37',
    ran: 'fill:#ddf4ff,stroke:#0969da',
    run: 'fill:#ddf4ff,stroke:#0969da',
    always: 'fill:#fff8c5,stroke:#9a6700',
    pending: 'fill:#fff8c5,stroke:#9a6700',
    failed: 'fill:#ffebe9,stroke:#cf222e',
    skipped: 'fill:#f6f8fa,stroke:#8c959f',
    'not-run': 'fill:#f6f8fa,stroke:#8c959f',
};
/**
 * The DAG as a Mermaid flowchart: step ids as nodes, data edges labelled with the output name,
 * `needs` edges dotted, nodes coloured by status when given. Node ids are positional because
 * Mermaid reads some step ids (`end`, ids with `-`) as syntax.
 */
function renderMermaid(graph, status) {
    const node = new Map(graph.order.map((id, i) => [id, `s${i}`]));
    const lines = ['flowchart LR'];
    for (const id of graph.order) {
        const label = status?.[id] ? `${id}<br/><small>${status[id]}</small>` : id;
        lines.push(`  ${node.get(id)}["${label}"]`);
    }
    const seen = new Set();
    const dataPairs = new Set(graph.edges.filter((e) => e.output).map((e) => `${e.from}>${e.to}`));
    for (const edge of graph.edges) {
        // A `needs` that repeats a data edge adds nothing to the picture.
        if (!edge.output && dataPairs.has(`${edge.from}>${edge.to}`))
            continue;
        // Quoted: an output name may hold `--`, which Mermaid would read as the arrow.
        const text = edge.output ? `-- "${edge.output}" -->` : '-.->';
        const line = `  ${node.get(edge.from)} ${text} ${node.get(edge.to)}`;
        if (!seen.has(line))
            lines.push(line);
        seen.add(line);
    }
    if (status) {
        const used = [
            ...new Set(graph.order.map((id) => status[id]).filter((s) => s !== undefined)),
        ].sort();
        for (const s of used) {
            const style = STATUS_STYLE[s];
            if (style)
                lines.push(`  classDef ${className(s)} ${style}`);
        }
        for (const id of graph.order) {
            const s = status[id];
            if (s && STATUS_STYLE[s])
                lines.push(`  class ${node.get(id)} ${className(s)}`);
        }
    }
    return lines.join('\n');
}
const className = (status) => status.replace('-', '_');

;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts




const validate = {
    name: 'validate',
    summary: 'Check the pipeline and its components; print every problem with its file, line and column.',
    usage: 'pipekit validate [--pipeline FILE]',
    options: {},
    async run(values) {
        const file = values.pipeline;
        const opened = openOrReport(file);
        if (!opened?.pipeline)
            return 1;
        const n = opened.pipeline.steps.length;
        process.stdout.write(`${file}: valid, ${n} step${n === 1 ? '' : 's'}\n`);
        return 0;
    },
};
const graph = {
    name: 'graph',
    summary: 'Print the pipeline DAG as Mermaid (data edges labelled with the output) or JSON.',
    usage: 'pipekit graph [--pipeline FILE] [--format mermaid|json]',
    options: { format: { type: 'string', default: 'mermaid' } },
    async run(values) {
        const format = values.format;
        if (format !== 'mermaid' && format !== 'json') {
            throw new UsageError(`--format ${format}: expected mermaid or json`);
        }
        const opened = openOrReport(values.pipeline);
        if (!opened?.graph || !opened.pipeline)
            return 1;
        const { graph: dag, pipeline } = opened;
        const text = format === 'mermaid'
            ? renderMermaid(dag)
            : JSON.stringify({
                steps: dag.order.map((id) => {
                    const step = graph_getStep(pipeline, id);
                    return { id, runner: step.runner, uses: step.uses ?? null };
                }),
                edges: dag.edges,
            }, null, 2);
        process.stdout.write(`${text}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/report/reasons.ts
const reasons_short = (key) => key.slice(0, 12);
/** The text of why a step is planned or ended as it did, for tables, summaries and logs. */
function describeWhy(why) {
    switch (why.kind) {
        case 'condition-false':
            return `if: ${why.condition} is false`;
        case 'runner-withheld':
            return `runner \`${why.runner}\` may be self-hosted, and this pull request comes from a fork (github.fork-pull-requests-on-self-hosted)`;
        case 'upstream-failed':
            return `upstream ${why.step} failed`;
        case 'upstream-skipped':
            return `upstream ${why.step} ${why.state === 'skipped' ? 'is skipped' : 'did not run'}`;
        case 'upstream-will-run':
            return `upstream ${why.step} will run`;
        case 'key-on-runner':
            return 'key commands run on its own runner';
        case 'found':
            return `found ${reasons_short(why.key)}${why.from === 'plan-index' ? ' (plan index)' : ''}`;
        case 'cache-false':
            return 'cache: false';
        case 'ran-earlier':
            return 'ran earlier in this workflow run';
        case 'forced':
            return 'forced (--force)';
        case 'no-cache':
            return 'cache disabled';
        case 'no-entry':
            return why.changes?.length ? why.changes.join('; ') : `no entry for ${reasons_short(why.key)}`;
        case 'entry-unusable':
            return 'its cache entry failed verification';
        case 'outputs-gone':
            return `its outputs entry for ${reasons_short(why.key)} is gone from the cache (evicted): it runs in its own job`;
        case 'failed':
            return why.message;
        case 'inputs-unavailable':
            return 'could not restore or recompute its inputs';
        case 'upstream-not-in-cache':
            return `upstream ${why.step} has no usable outputs in the cache (evicted after 7 days unused or by the cache's size limit, or a save that failed), and a step job runs only its own step: re-run the workflow, and its plan runs ${why.step} in its own job`;
        case 'missing-secrets':
            return describeMissingSecrets(why);
        case 'interrupted':
            return 'interrupted';
        case 'not-started':
            return `not started: ${why.failed} failed`;
    }
}
function describeMissingSecrets(why) {
    const one = why.names.length === 1;
    const names = one
        ? why.names[0]
        : `${why.names.slice(0, -1).join(', ')} and ${why.names[why.names.length - 1]}`;
    const exports = why.names.map((name) => `${name}=...`).join(' ');
    const where = why.environment
        ? `${one ? 'a repository secret or a secret' : 'repository secrets or secrets'} of the environment \`${why.environment}\``
        : `${one ? 'a repository secret, or as a secret' : 'repository secrets, or as secrets'} of an environment the step declares with \`environment:\``;
    return (`step \`${why.step}\` declares the secret${one ? '' : 's'} ${names}, which ${one ? 'is' : 'are'} not set or ${one ? 'is' : 'are'} empty: ` +
        `locally, export ${exports} before running pipekit; on GitHub, add ${one ? 'it' : 'them'} as ${where}`);
}
/** A run's line for a step: why it ran (or not), and whether its outputs were saved. */
function describeResult(result) {
    const text = describeWhy(result.why);
    if (result.unsaved)
        return `${text}; not saved: ${result.unsaved}`;
    return result.saved ? `${text}; saved` : text;
}
/** The plan as the CLI's `--json` and the action's `plan` output give it. */
function planJson(planned) {
    return {
        steps: planned.map((p) => ({
            id: p.id,
            runner: p.runner,
            status: p.status,
            reason: describeWhy(p.why),
            why: p.why,
            key: 'key' in p ? p.key : undefined,
            secrets: p.secrets,
        })),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/plan.ts







const plan = {
    name: 'plan',
    summary: 'Say what `pipekit run` would do with each step, and why: cached, run, pending, always, skipped.',
    usage: 'pipekit plan [--pipeline FILE] [--json] [--set name=value]... [--force STEP]... [--branch NAME]',
    options: {
        ...parameterOptions,
        json: { type: 'boolean' },
        force: { type: 'string', multiple: true },
    },
    async run(values) {
        const local = createLocalEngine(localOptions(values));
        if (!local)
            return 1;
        const { engine } = local;
        const force = new Set(values.force ?? []);
        const planned = await planSteps(engine.pipeline, engine.graph, decideContext(engine, { force }));
        engine.memo.save();
        if (values.json) {
            process.stdout.write(`${JSON.stringify(planJson(planned), null, 2)}\n`);
        }
        else {
            const rows = planned.map((p) => [
                p.id,
                p.status,
                p.runner,
                'key' in p ? (p.key?.slice(0, 12) ?? '') : '',
                describeWhy(p.why),
            ]);
            process.stdout.write(`${formatTable(['step', 'status', 'runner', 'key', 'reason'], rows)}\n`);
        }
        return 0;
    },
};
const explain = {
    name: 'explain',
    summary: 'Say why a step is not cached: the parts of its key that differ from its last cached run.',
    usage: 'pipekit explain STEP [--pipeline FILE] [--set name=value]... [--branch NAME]',
    options: { ...parameterOptions },
    positionals: 1,
    async run(values, [id]) {
        const local = createLocalEngine(localOptions(values));
        if (!local)
            return 1;
        const { engine } = local;
        if (!engine.graph.order.includes(id))
            throw new UsageError(`${id}: no such step`);
        const planned = await planSteps(engine.pipeline, engine.graph, decideContext(engine));
        engine.memo.save();
        const step = planned.find((p) => p.id === id);
        const closest = step.document && closestEntry(engine, graph_getStep(engine.pipeline, id), step.document);
        process.stdout.write(`${plan_describe(step, closest)}\n`);
        return 0;
    },
};
function plan_describe(step, closest) {
    const secrets = step.secrets
        ? `\nsecrets: ${step.secrets.join(', ')} (from the environment)`
        : '';
    const head = `${step.id}: ${step.status} (${describeWhy(step.why)})${secrets}`;
    if (step.status === 'cached') {
        const m = step.manifest;
        return `${head}\nkey ${m.key}, saved ${m.createdAt}${commitText(m, ' at ')}`;
    }
    if (step.status === 'skipped' || step.status === 'pending' || !step.document)
        return `${head}\nits key is known once its upstream has run`;
    if (!closest)
        return `${head}\nno earlier cached run of ${step.id} to compare with`;
    const { entry, changes } = closest;
    const since = `since its closest cached run (${entry.createdAt}${commitText(entry, ', ')}):`;
    if (changes.length === 0)
        return `${head}\nits key equals that of a cached run (${entry.key.slice(0, 12)})`;
    return [head, since, ...changes.map((r) => `  - ${r}`)].join('\n');
}
/** `commit 0123456789`, and whether the tree had uncommitted changes then. */
function commitText(m, lead) {
    if (!m.commit)
        return '';
    return `${lead}commit ${m.commit.slice(0, 10)}${m.dirty ? ' with uncommitted changes' : ''}`;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ../main/node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ../main/node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: ./src/executor/output-store.ts





/**
 * Where the outputs of steps live while pipekit uses them: `.pipekit/store/<digest>/<name>`,
 * one immutable tree per output digest. A step reads its upstream outputs here, so what it
 * reads is exactly the bytes its key names, whatever other runs of the same checkout do at
 * the same time (they can only add trees, never change one). Files are read-only; a step
 * that changes its input anyway is caught by `verifyStored` after it ends.
 *
 * `.pipekit/out/<step>/<name>` is a view for people: a symlink to the tree of the last run
 * that produced or restored it.
 */
function storedPath(engine, name, record) {
    return (0,external_node_path_namespaceObject.join)(stateDir(engine.root), 'store', record.digest, name);
}
/**
 * Moves a finished output (`from`, in scratch space) into the store, read-only; when the tree
 * is there already and intact (an identical output of this or another run), `from` is dropped.
 */
function admitOutput(engine, name, from, record) {
    const to = storedPath(engine, name, record);
    if ((0,external_node_fs_namespaceObject.existsSync)(to)) {
        if (verifyStored(engine, to, record)) {
            touch((0,external_node_path_namespaceObject.dirname)(to));
            (0,external_node_fs_namespaceObject.rmSync)(from, { recursive: true, force: true });
            return to;
        }
        dropStored(to); // changed since it was stored: ours replaces it
    }
    setWritable(from, false); // a step's input is read-only to it
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(to), { recursive: true });
    try {
        (0,external_node_fs_namespaceObject.renameSync)(from, to);
    }
    catch (error) {
        // Another run admitted the same tree first (a folder cannot be renamed onto a full one).
        if (!(0,external_node_fs_namespaceObject.existsSync)(to))
            throw error;
        (0,external_node_fs_namespaceObject.rmSync)(from, { recursive: true, force: true });
    }
    return to;
}
/** Whether the stored tree is there and still has its digest (stat memo: unchanged files are not read). */
function verifyStored(engine, path, record) {
    try {
        const opts = { ignore: [], selfContained: true }; // as digestOutput digests an output
        return digestTree(path, path, engine.memo, opts).digest === record.digest;
    }
    catch {
        return false;
    }
}
/** Removes a stored tree that is damaged: the next use restores or recomputes it. */
function dropStored(path) {
    const aside = `${path}.bad-${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
    try {
        (0,external_node_fs_namespaceObject.renameSync)(path, aside);
    }
    catch {
        return;
    }
    // Unlinking a read-only file needs only its folder writable, except on Windows. Elsewhere the
    // files keep their mode: one may be the cache's own copy of the bytes, shared by a link.
    if (process.platform === 'win32')
        setWritable(aside, true);
    (0,external_node_fs_namespaceObject.rmSync)(aside, { recursive: true, force: true });
}
/**
 * Every output of `manifest` in the store, verified; the missing or damaged ones restored from
 * the cache (through scratch space, so no stored tree is ever replaced in place). Undefined
 * when the store could not restore them (it warned).
 */
async function ensureStored(engine, step, manifest) {
    const paths = {};
    let complete = true;
    for (const [name, record] of Object.entries(manifest.outputs)) {
        paths[name] = storedPath(engine, name, record);
        if (verifyStored(engine, paths[name], record)) {
            touch((0,external_node_path_namespaceObject.dirname)(paths[name]));
            continue;
        }
        if ((0,external_node_fs_namespaceObject.existsSync)(paths[name]))
            dropStored(paths[name]);
        complete = false;
    }
    if (!complete) {
        const scratch = (0,external_node_path_namespaceObject.join)(stateDir(engine.root), 'tmp', `restore-${step.id}-${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`);
        try {
            const dest = Object.fromEntries(Object.keys(manifest.outputs).map((n) => [n, (0,external_node_path_namespaceObject.join)(scratch, n)]));
            if (!(await engine.store.restore(manifest, dest)))
                return undefined;
            for (const [name, record] of Object.entries(manifest.outputs)) {
                admitOutput(engine, name, dest[name], record);
            }
        }
        finally {
            (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
        }
    }
    linkViews(engine, step.id, paths);
    return paths;
}
/** Points `.pipekit/out/<step>/<name>` at the stored trees: the outputs people look at. */
function linkViews(engine, stepId, paths) {
    const dir = stepOutDir(engine, stepId);
    let made = false;
    for (const [name, target] of Object.entries(paths)) {
        const view = (0,external_node_path_namespaceObject.join)(dir, name);
        const link = (0,external_node_path_namespaceObject.relative)(dir, target);
        // A no-op run finds every view in place: reading a link is far cheaper than writing one.
        if (readLink(view) === link)
            continue;
        try {
            if (!made)
                (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
            made = true;
        }
        catch {
            return; // a file where the view's folder should be: the view is for people, the run goes on
        }
        try {
            const st = (0,external_node_fs_namespaceObject.lstatSync)(view, { throwIfNoEntry: false });
            if (st?.isSymbolicLink()) {
                const temp = `${view}.tmp-${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
                (0,external_node_fs_namespaceObject.symlinkSync)(link, temp);
                (0,external_node_fs_namespaceObject.renameSync)(temp, view);
                continue;
            }
            // A folder or file left by an older pipekit: replaced once.
            (0,external_node_fs_namespaceObject.rmSync)(view, { recursive: true, force: true });
            (0,external_node_fs_namespaceObject.symlinkSync)(link, view);
        }
        catch {
            // Another run is updating the same view: last writer wins, and it is only a view.
        }
    }
}
/**
 * Marks a stored tree as used now, so that `pruneStore` keeps it; a mark less than a day old
 * is left as it is (a no-op run would otherwise write every tree's inode).
 */
function touch(dir) {
    try {
        if (Date.now() - (0,external_node_fs_namespaceObject.statSync)(dir).mtimeMs < output_store_DAY_MS)
            return;
        const now = new Date();
        (0,external_node_fs_namespaceObject.utimesSync)(dir, now, now);
    }
    catch {
        // pruned or dropped meanwhile: the caller's verification already decided
    }
}
const output_store_DAY_MS = 24 * 3600_000;
/**
 * Removes the stored trees that no view links to and that no run used for `keepMs`: every
 * version of every output would otherwise stay forever (the cache keeps them anyway). A tree
 * is marked used whenever a run stores, verifies or restores it, so one that a running step
 * reads is recent.
 */
function pruneStore(engine, keepMs) {
    const store = (0,external_node_path_namespaceObject.join)(stateDir(engine.root), 'store');
    // At most once a day: a no-op run should not list every view and every tree.
    const marker = (0,external_node_path_namespaceObject.join)(store, '.pruned');
    const last = (0,external_node_fs_namespaceObject.statSync)(marker, { throwIfNoEntry: false });
    if (last && Date.now() - last.mtimeMs < output_store_DAY_MS)
        return 0;
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)(store, { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(marker, '');
    }
    catch {
        return 0;
    }
    const linked = new Set();
    const out = (0,external_node_path_namespaceObject.join)(stateDir(engine.root), 'out');
    for (const step of safeReaddir(out)) {
        for (const name of safeReaddir((0,external_node_path_namespaceObject.join)(out, step))) {
            try {
                linked.add((0,external_node_path_namespaceObject.dirname)((0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.join)(out, step, name))));
            }
            catch {
                // a dangling view: nothing to keep
            }
        }
    }
    const storeReal = safeRealpath(store);
    let removed = 0;
    for (const digest of safeReaddir(store)) {
        if (digest.startsWith('.'))
            continue;
        const dir = (0,external_node_path_namespaceObject.join)(store, digest);
        const st = (0,external_node_fs_namespaceObject.statSync)(dir, { throwIfNoEntry: false });
        if (!st || Date.now() - st.mtimeMs < keepMs || linked.has((0,external_node_path_namespaceObject.join)(storeReal, digest)))
            continue;
        dropStored(dir);
        engine.memo.forget(dir);
        removed++;
    }
    return removed;
}
function readLink(path) {
    try {
        return (0,external_node_fs_namespaceObject.readlinkSync)(path);
    }
    catch {
        return undefined;
    }
}
function safeReaddir(dir) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
function safeRealpath(path) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** Sets or removes the write bits of every file below `path`. */
function setWritable(path, writable) {
    const st = (0,external_node_fs_namespaceObject.lstatSync)(path, { throwIfNoEntry: false });
    if (!st || st.isSymbolicLink())
        return;
    if (st.isDirectory()) {
        // Folders stay writable, so that `rm -rf .pipekit` works without chmod; files are enough
        // to stop an accidental in-place edit, and verifyStored catches a deliberate one.
        for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(path))
            setWritable((0,external_node_path_namespaceObject.join)(path, entry), writable);
        return;
    }
    const mode = (0,external_node_fs_namespaceObject.statSync)(path).mode & 0o7777;
    (0,external_node_fs_namespaceObject.chmodSync)(path, writable ? mode | 0o200 : mode & ~0o222);
}

;// CONCATENATED MODULE: ./src/executor/collect-outputs.ts


/** Checks that every declared output exists with its type, then digests them. */
function collectOutputs(step, paths) {
    const outputs = {};
    const warnings = [];
    let metrics;
    for (const [name, spec] of Object.entries(step.component.outputs)) {
        const path = paths[name];
        const stat = (0,external_node_fs_namespaceObject.existsSync)(path) ? (0,external_node_fs_namespaceObject.statSync)(path) : undefined;
        const isDir = spec.type === 'dir';
        if (!stat || stat.isDirectory() !== isDir) {
            return { ok: false, reason: `output ${name} (${spec.type}) was not written` };
        }
        if (spec.type === 'metrics') {
            // The step's work is done: a value that is not a number costs a warning, not the outputs.
            const parsed = parseMetrics((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
            metrics = { ...metrics, ...parsed.metrics };
            warnings.push(...parsed.problems.map((problem) => `metrics ${name}: ${problem}`));
        }
        outputs[name] = digestOutput(path, spec.type);
    }
    return { ok: true, outputs, metrics, warnings };
}
/**
 * A metrics file is a JSON object of numbers; nested objects flatten to dotted names. Every
 * number is kept; whatever else is there is a problem to warn about.
 */
function parseMetrics(text) {
    const metrics = {};
    const problems = [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { metrics, problems: ['not JSON; no metrics shown'] };
    }
    const walk = (node, prefix) => {
        if (typeof node === 'number')
            metrics[prefix] = node;
        else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
            for (const [k, v] of Object.entries(node))
                walk(v, prefix ? `${prefix}.${k}` : k);
        }
        else
            problems.push(`${prefix || 'the top level'} is not a number (${JSON.stringify(node)})`);
    };
    walk(value, '');
    return { metrics, problems };
}

;// CONCATENATED MODULE: ./src/executor/secret-mask.ts

const MASK = Buffer.from('***');
/**
 * A line of a multi-line secret shorter than this is not masked on its own: the `{` and `}`
 * of a JSON key file would otherwise mask every brace of every log.
 */
const MIN_LINE_LENGTH = 4;
/**
 * What to mask for a secret value: the value, the value as a JSON string holds it (quotes,
 * backslashes and newlines escaped), and each line of a multi-line one (a key file printed
 * line by line, or indented differently), trimmed.
 */
function maskedForms(value) {
    if (value === '')
        return [];
    const lines = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length >= MIN_LINE_LENGTH);
    const json = JSON.stringify(value).slice(1, -1);
    return [...new Set([value, json, ...(lines.length > 1 ? lines : [])])];
}
/**
 * Replaces the bytes of every secret value by `***`, in streams cut anywhere (the same value
 * split over two writes of a process, or inside a UTF-8 sequence) and in texts.
 */
class SecretMask {
    /** Longest first, so that of two secrets found at one place the longer one is masked. */
    needles;
    longest;
    constructor(values) {
        const forms = new Set(values.flatMap(maskedForms));
        this.needles = [...forms].map((form) => Buffer.from(form)).sort((a, b) => b.length - a.length);
        this.longest = this.needles[0]?.length ?? 0;
    }
    /** Whether there is anything to mask. */
    get active() {
        return this.needles.length > 0;
    }
    stream() {
        let pending = Buffer.alloc(0);
        return {
            push: (chunk) => {
                const { out, rest } = this.scan(Buffer.concat([pending, chunk]), false);
                pending = Buffer.from(rest); // a copy: the chunk it was cut from can be freed
                return out;
            },
            end: () => {
                const { out } = this.scan(pending, true);
                pending = Buffer.alloc(0);
                return out;
            },
        };
    }
    text(text) {
        if (!this.active)
            return text;
        return this.scan(Buffer.from(text), true).out.toString();
    }
    /**
     * Masks `buf` from the left: the earliest match, the longest among equals. Unless `final`,
     * it stops where the rest of `buf` may begin a secret that the next chunk completes, when
     * that is no later than the next match, so a value is never shown in part either.
     */
    scan(buf, final) {
        if (!this.active)
            return { out: buf, rest: Buffer.alloc(0) };
        const out = [];
        let pos = 0;
        for (;;) {
            const match = this.nextMatch(buf, pos);
            const held = final ? undefined : this.partialAt(buf, pos);
            if (held !== undefined && (match === undefined || held <= match.index)) {
                out.push(buf.subarray(pos, held));
                return { out: Buffer.concat(out), rest: buf.subarray(held) };
            }
            if (match === undefined)
                break;
            out.push(buf.subarray(pos, match.index), MASK);
            pos = match.index + match.length;
        }
        out.push(buf.subarray(pos));
        return { out: Buffer.concat(out), rest: Buffer.alloc(0) };
    }
    nextMatch(buf, from) {
        let best;
        for (const needle of this.needles) {
            const index = buf.indexOf(needle, from);
            if (index >= 0 && (best === undefined || index < best.index)) {
                best = { index, length: needle.length };
            }
        }
        return best;
    }
    /** The first position from `from` where the rest of `buf` is a proper prefix of a secret. */
    partialAt(buf, from) {
        for (let at = Math.max(from, buf.length - this.longest + 1); at < buf.length; at++) {
            const tail = buf.subarray(at);
            if (this.needles.some((n) => n.length > tail.length && n.subarray(0, tail.length).equals(tail)))
                return at;
        }
        return undefined;
    }
}
/**
 * Writes the process's output to the log with every secret masked. A process the step left
 * in the background may hold the pipes open after the step exits: they are read while output
 * comes, then let go (at the latest PIPE_MAX_MS after the exit), so that the step ends.
 */
function maskOutput(child, mask, log) {
    let received = 0;
    for (const stream of [child.stdout, child.stderr]) {
        if (!stream)
            continue;
        const masked = mask.stream();
        stream.on('data', (chunk) => {
            received += chunk.length;
            (0,external_node_fs_namespaceObject.writeSync)(log, masked.push(chunk));
        });
        stream.on('close', () => (0,external_node_fs_namespaceObject.writeSync)(log, masked.end()));
    }
    child.on('exit', () => {
        const exited = Date.now();
        let seen = received;
        // Checked after a poll phase (setImmediate), so output that waited while the event loop
        // was busy (another step's outputs being digested) is read before the pipes are let go.
        const check = () => {
            setImmediate(() => {
                if (received !== seen && Date.now() - exited < PIPE_MAX_MS) {
                    seen = received;
                    setTimeout(check, PIPE_IDLE_MS).unref();
                }
                else {
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                }
            });
        };
        setTimeout(check, PIPE_IDLE_MS).unref();
    });
}
/** After the step exits, its pipes are let go once they were quiet this long... */
const PIPE_IDLE_MS = 1_000;
/** ...or this long after the exit, whatever still comes. */
const PIPE_MAX_MS = 30_000;

;// CONCATENATED MODULE: ./src/executor/run-step.ts









const KILL_GRACE_MS = 5_000;
/**
 * Runs a step with fresh, empty outputs in a private copy of the files its key covers, so
 * that nothing it writes where it runs can change a key or be seen by another step. Retries
 * per `retries`, each attempt from a fresh copy.
 */
async function runStep(run) {
    const started = Date.now();
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(run.logFile), { recursive: true });
    const log = (0,external_node_fs_namespaceObject.openSync)(run.logFile, 'w');
    const failed = (message) => ({
        ok: false,
        durationMs: Date.now() - started,
        why: { kind: 'failed', message },
    });
    try {
        let reason = '';
        for (let attempt = 0; attempt <= run.step.component.retries; attempt++) {
            if (attempt > 0)
                (0,external_node_fs_namespaceObject.writeSync)(log, `\n--- pipekit: attempt ${attempt + 1} (${reason}) ---\n`);
            (0,external_node_fs_namespaceObject.rmSync)(run.tmpDir, { recursive: true, force: true });
            const space = prepareSpace(run);
            if ('changed' in space) {
                return failed(`${space.changed} changed after pipekit computed the step's key; run again`);
            }
            const exit = await execute(run, space, log);
            if (run.signal?.aborted)
                return { ok: false, durationMs: Date.now() - started, why: { kind: 'interrupted' } };
            if (exit === 0) {
                const collected = collectOutputs(run.step, space.outputs);
                if (collected.ok) {
                    // A metric that is not a number is quoted in its warning: it may hold a secret.
                    const warnings = collected.warnings.map((warning) => run.mask.text(warning));
                    for (const warning of warnings)
                        (0,external_node_fs_namespaceObject.writeSync)(log, `\n--- pipekit: ${warning} ---\n`);
                    return { ...collected, warnings, paths: space.outputs, durationMs: Date.now() - started };
                }
                reason = collected.reason;
            }
            else {
                reason =
                    exit === 'timeout'
                        ? `timed out after ${run.step.component.timeoutMinutes} min`
                        : `exit ${exit}`;
            }
            (0,external_node_fs_namespaceObject.writeSync)(log, `\n--- pipekit: ${reason} ---\n`);
        }
        return failed(reason);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(log);
    }
}
/**
 * The private copy of the step's code (verified against the digests its key was computed
 * from: a file edited since then is reported, never run under the old key) and empty outputs.
 */
function prepareSpace(run) {
    const work = (0,external_node_path_namespaceObject.join)(run.tmpDir, 'work');
    const executable = new Set(run.executable);
    for (const [rel, digest] of run.code) {
        const copy = (0,external_node_path_namespaceObject.join)(work, ...rel.split('/'));
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(copy), { recursive: true });
        (0,external_node_fs_namespaceObject.copyFileSync)((0,external_node_path_namespaceObject.join)(run.root, ...rel.split('/')), copy, external_node_fs_namespaceObject.constants.COPYFILE_FICLONE);
        if (hashFile(copy).digest !== digest || document_isExecutable(copy) !== executable.has(rel)) {
            return { changed: rel };
        }
    }
    const cwd = (0,external_node_path_namespaceObject.join)(work, ...run.step.component.dir.split('/').filter(Boolean));
    (0,external_node_fs_namespaceObject.mkdirSync)(cwd, { recursive: true });
    const outputs = {};
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.join)(run.tmpDir, 'out'), { recursive: true });
    for (const [name, spec] of Object.entries(run.step.component.outputs)) {
        outputs[name] = (0,external_node_path_namespaceObject.join)(run.tmpDir, 'out', name);
        if (spec.type === 'dir')
            (0,external_node_fs_namespaceObject.mkdirSync)(outputs[name]);
    }
    return { cwd, outputs };
}
function execute(run, space, log) {
    const { component } = run.step;
    const value = (ref) => resolveRef(run, space.outputs, ref);
    const { script, env: values } = stepCommand(component, value);
    const env = { ...run.env };
    for (const [name, template] of Object.entries(component.env))
        env[name] = substituteTemplate(template, value); // not a shell context: verbatim
    Object.assign(env, values); // the values the script expands: never script text
    // With secrets to mask, the output passes through pipekit on its way to the log.
    const output = run.mask.active ? 'pipe' : log;
    const child = (0,external_node_child_process_namespaceObject.spawn)(STEP_SHELL.command, [...STEP_SHELL.args, '-c', script], {
        cwd: space.cwd,
        env,
        stdio: ['ignore', output, output],
        detached: true, // its own process group, so a timeout or Ctrl-C stops its children too
    });
    if (run.mask.active)
        maskOutput(child, run.mask, log);
    return new Promise((resolve) => {
        let timedOut = false;
        const stop = () => killGroup(child.pid);
        const minutes = component.timeoutMinutes;
        const timer = minutes
            ? longTimeout(() => ((timedOut = true), stop()), minutes * 60_000)
            : undefined;
        run.signal?.addEventListener('abort', stop, { once: true });
        child.on('error', () => resolve(127));
        child.on('close', (code) => {
            timer?.cancel();
            run.signal?.removeEventListener('abort', stop);
            resolve(timedOut ? 'timeout' : (code ?? 1));
        });
    });
}
/** Node's timers hold at most 2^31-1 ms (24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A timeout of any length: a chain of timers that each stay within Node's limit. */
function longTimeout(fn, ms) {
    let timer;
    const arm = (left) => {
        timer = setTimeout(() => (left > MAX_TIMER_MS ? arm(left - MAX_TIMER_MS) : fn()), Math.min(left, MAX_TIMER_MS));
    };
    arm(ms);
    return { cancel: () => clearTimeout(timer) };
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    const signal = (sig) => {
        try {
            process.kill(-pid, sig);
        }
        catch {
            // already gone
        }
    };
    signal('SIGTERM');
    setTimeout(() => signal('SIGKILL'), KILL_GRACE_MS).unref();
}
function resolveRef(run, outputs, ref) {
    if (ref.kind === 'output')
        return outputs[ref.name] ?? '';
    if (ref.kind === 'input') {
        const upstream = run.upstreamPaths[ref.name];
        if (upstream !== undefined)
            return upstream;
        const path = run.bound.paths[ref.name];
        if (path !== undefined)
            return (0,external_node_path_namespaceObject.join)(run.root, path);
        const param = run.bound.params[ref.name];
        return param === undefined ? '' : String(param);
    }
    return '';
}

;// CONCATENATED MODULE: ./src/executor/run-and-save.ts










/**
 * Runs a step whose inputs are stored, keeps its outputs in the store, then saves them: under
 * its key when it is cacheable, under the run's transfer key when it is `cache: false` and a
 * later job reads it. Nothing is saved when anything the key was computed from changed while
 * the step ran; a step that changed one of its inputs fails.
 */
/** Where a step's output goes in this run, as it is written. */
function stepLogFile(engine, opts, step) {
    return (0,external_node_path_namespaceObject.join)(stateDir(engine.root), 'runs', opts.runId, `${step.id}.log`);
}
async function runAndSave(engine, opts, step, computed, why, inputs) {
    const given = stepEnvironment(opts.env, engine.pipeline, step);
    if ('missing' in given)
        return missingSecrets(step, computed, given.missing);
    const logFile = stepLogFile(engine, opts, step);
    const tmpDir = (0,external_node_path_namespaceObject.join)(stateDir(engine.root), 'tmp', `${opts.runId}-${step.id}`);
    try {
        const outcome = await runStep({
            root: engine.root,
            step,
            bound: params_resolveInputs(step, engine.parameters),
            upstreamPaths: Object.fromEntries(Object.entries(inputs).map(([n, i]) => [n, i.path])),
            code: computed.document.code,
            executable: computed.document.executable ?? [],
            tmpDir,
            logFile,
            env: given.env,
            // Every value the pipeline declares: a step may print one it was handed in a file.
            mask: new SecretMask(secretValues(opts.env, engine.pipeline)),
            signal: opts.signal,
        });
        const base = {
            id: step.id,
            runner: step.runner,
            durationMs: outcome.durationMs,
            savedMs: 0,
            key: computed.key,
            logFile,
        };
        const tampered = changedInput(engine, inputs);
        if (tampered) {
            const message = `it changed its input ${tampered}, which steps may only read`;
            return { ...base, status: 'failed', why: { kind: 'failed', message } };
        }
        if (!outcome.ok)
            return { ...base, status: 'failed', why: outcome.why };
        const stored = {};
        for (const [name, record] of Object.entries(outcome.outputs)) {
            stored[name] = admitOutput(engine, name, outcome.paths[name], record);
        }
        linkViews(engine, step.id, stored);
        const manifest = {
            schema: 1,
            key: computed.key,
            step: step.id,
            outputs: outcome.outputs,
            metrics: outcome.metrics,
            durationMs: outcome.durationMs,
            ...opts.commit?.(),
            tool: opts.tool,
            producer: opts.producer,
            createdAt: new Date().toISOString(),
            parts: computed.document,
        };
        const unsaved = changedKeyPath(engine, computed) ??
            (await changedKeyCommand(engine, step, computed.document.keyCommands));
        const saveKey = unsaved
            ? undefined
            : step.cache
                ? opts.useCache
                    ? computed.key
                    : undefined
                : opts.transferKeys?.(step, computed.key)[0];
        const saved = saveKey ? await engine.store.save({ ...manifest, key: saveKey }, stored) : false;
        // A transfer entry is not a cache entry: only what is saved under its key counts as saved.
        return {
            ...base,
            status: 'ran',
            why,
            saved: saved && step.cache,
            unsaved: unsaved && `${unsaved} changed while it ran`,
            warnings: outcome.warnings.length > 0 ? outcome.warnings : undefined,
            metrics: outcome.metrics,
            manifest,
        };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(tmpDir, { recursive: true, force: true });
    }
}
/** A step that cannot run: a secret it declares is not set where it runs. Nothing started. */
function missingSecrets(step, computed, names) {
    const why = { kind: 'missing-secrets', step: step.id, names };
    if (step.environment)
        why.environment = step.environment.name;
    return {
        id: step.id,
        runner: step.runner,
        status: 'failed',
        why,
        durationMs: 0,
        savedMs: 0,
        key: computed.key,
    };
}
/** The first input whose stored tree a step changed; the damaged tree is dropped. */
function changedInput(engine, inputs) {
    for (const [name, input] of Object.entries(inputs)) {
        if (verifyStored(engine, input.path, input.record))
            continue;
        dropStored(input.path);
        return name;
    }
    return undefined;
}
/**
 * The first repository path of the key whose content is not what the key was computed from
 * (a `git checkout` or an edit during a long step): the outputs are kept for this run, but
 * saving them under the key would be a false hit for whoever reverts the edit.
 */
function changedKeyPath(engine, computed) {
    for (const [rel, digest] of Object.values(computed.document.paths)) {
        try {
            if (digestTree(engine.root, (0,external_node_path_namespaceObject.join)(engine.root, rel), engine.memo).digest !== digest)
                return rel;
        }
        catch {
            return rel;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/executor/upstream-outputs.ts





/**
 * The stored trees of a running step's data inputs, once per upstream and run: an upstream
 * that ran this run stored them; a cached one is restored from its entry, or recomputed when
 * the entry turns out bad (in a local run; a step job fails instead, see `RunOptions.only`).
 */
function createUpstreamOutputs(engine, opts, results) {
    const stored = new Map();
    const notInCache = new Set();
    async function ensure(step) {
        const refs = params_resolveInputs(step, engine.parameters).upstream;
        const ids = [...new Set(Object.values(refs).map((ref) => ref.step))];
        const ok = await Promise.all(ids.map((id) => ensureUpstream(id)));
        if (!ok.every(Boolean))
            return undefined;
        const inputs = {};
        for (const [input, ref] of Object.entries(refs)) {
            const record = results.get(ref.step)?.manifest?.outputs[ref.output];
            if (!record)
                return undefined;
            inputs[input] = { path: storedPath(engine, ref.output, record), record };
        }
        return inputs;
    }
    function ensureUpstream(id) {
        let pending = stored.get(id);
        if (!pending) {
            pending = store(id);
            stored.set(id, pending);
        }
        return pending;
    }
    async function store(id) {
        const result = results.get(id);
        const step = graph_getStep(engine.pipeline, id);
        if (result?.status === 'ran')
            return true;
        if (result?.status !== 'cached' || !result.manifest)
            return false;
        // A plan index has the digests, not the file list: the entry's own manifest has both.
        const manifest = result.fromIndex
            ? await engine.store.lookup(result.manifest.key)
            : result.manifest;
        if (manifest && (await ensureStored(engine, step, manifest)))
            return true;
        // A step job executes its own step only: never another on this job's runner.
        if (opts.only !== undefined && id !== opts.only) {
            notInCache.add(id);
            return false;
        }
        // The entry is gone or corrupt (the store warned): compute it again here.
        const inputs = await ensure(step);
        if (!inputs)
            return false;
        const digests = Object.fromEntries(Object.entries(inputs).map(([n, i]) => [n, i.record.digest]));
        const key = await keyOfStep(engine, step, digests);
        const rerun = await runAndSave(engine, opts, step, key, { kind: 'entry-unusable' }, inputs);
        results.set(id, rerun);
        return rerun.status === 'ran';
    }
    function missing(step) {
        const refs = Object.values(params_resolveInputs(step, engine.parameters).upstream);
        return refs.map((ref) => ref.step).find((id) => notInCache.has(id));
    }
    return { ensure, missing };
}

;// CONCATENATED MODULE: ./src/executor/reuse-or-run.ts






/**
 * The life of one step in a run: decide it (the same decision as the plan's), then reuse its
 * entry or run it and save. Returns the function the scheduler calls once per step.
 */
function createReuseOrRun(engine, opts) {
    const results = new Map();
    const inputs = createUpstreamOutputs(engine, opts, results);
    const ctx = decideContext(engine, {
        force: opts.force,
        useCache: opts.useCache,
        transferKeys: opts.transferKeys,
        // Where outputs are wanted on disk, an entry is usable only once it is restored.
        accept: opts.materialize === 'all'
            ? async (s, m) => (await ensureStored(engine, s, m)) !== undefined
            : undefined,
        indexed: opts.materialize === 'needed' ? opts.indexed : undefined,
        withheld: opts.withheld,
    });
    async function reuseOrRun(step, upstream) {
        if (opts.signal?.aborted)
            return notRun(step, { kind: 'interrupted' });
        let decision;
        try {
            decision = await decideStep(step, upstreamStates(upstream), ctx);
        }
        catch (error) {
            // A path that is missing or leaves the repository fails this step, not the whole run.
            if (!(error instanceof UserError))
                throw error;
            return { ...notRun(step, { kind: 'failed', message: error.message }), status: 'failed' };
        }
        // A step job's own step: the plan ran it because its outputs entry is gone, and the
        // manifest that still reads must not make this job skip it.
        if (decision.status === 'cached' &&
            step.id === opts.only &&
            engine.store.hasOutputs &&
            !(await engine.store.hasOutputs(decision.manifest))) {
            const { key, document } = decision;
            decision = { status: 'run', why: { kind: 'outputs-gone', key }, key, document };
        }
        const result = reused(step, decision);
        if (result)
            return result;
        if (decision.status === 'skipped' || decision.status === 'pending' || !decision.key) {
            throw new Error(`step ${step.id} was decided before its upstream finished`);
        }
        if (opts.only !== undefined && step.id !== opts.only) {
            const why = { kind: 'upstream-not-in-cache', step: step.id };
            return { ...notRun(step, why), status: 'failed', key: decision.key };
        }
        opts.onEvent?.({ type: 'start', id: step.id, logFile: stepLogFile(engine, opts, step) });
        const stored = await inputs.ensure(step);
        if (!stored) {
            const missing = inputs.missing(step);
            const why = missing
                ? { kind: 'upstream-not-in-cache', step: missing }
                : { kind: 'inputs-unavailable' };
            return { ...notRun(step, why), status: 'failed', key: decision.key };
        }
        const computed = { key: decision.key, document: decision.document };
        return runAndSave(engine, opts, step, computed, decision.why, stored);
    }
    return async (step, upstream) => {
        const result = await reuseOrRun(step, upstream);
        results.set(step.id, result);
        return result;
    };
}
/** The result of a step that does not run: skipped, or reused from an entry. */
function reused(step, decision) {
    const base = notRun(step, decision.why);
    if (decision.status === 'skipped') {
        const why = decision.why;
        const blockedBy = why.kind === 'upstream-failed' ? why.step : undefined;
        return { ...base, status: 'skipped', blockedBy };
    }
    const manifest = decision.status === 'cached'
        ? decision.manifest
        : decision.status === 'always'
            ? decision.transfer
            : undefined;
    if (!manifest)
        return undefined;
    return {
        ...base,
        status: 'cached',
        savedMs: manifest.durationMs,
        key: decision.key,
        metrics: manifest.metrics,
        manifest,
        fromIndex: decision.why.kind === 'found' && decision.why.from === 'plan-index',
    };
}
/** What finished upstream steps mean for a step's decision. */
function upstreamStates(upstream) {
    const states = new Map();
    for (const [id, r] of upstream) {
        let state;
        if (r.status === 'ran' || r.status === 'cached')
            state = { kind: 'done', manifest: r.manifest };
        else if (r.status === 'failed')
            state = { kind: 'failed', cause: id };
        else if (r.blockedBy)
            state = { kind: 'failed', cause: r.blockedBy };
        else
            state = { kind: r.status };
        states.set(id, state);
    }
    return states;
}
function notRun(step, why) {
    return { id: step.id, runner: step.runner, status: 'not-run', why, durationMs: 0, savedMs: 0 };
}

;// CONCATENATED MODULE: ./src/executor/scheduler.ts



/** Runs the DAG: each step once its upstream is done, at most `jobs` at a time. */
async function runPipeline(engine, opts) {
    const limit = pLimit(Math.max(1, opts.jobs));
    const reuseOrRun = createReuseOrRun(engine, opts);
    const done = new Map();
    let failed;
    for (const id of engine.graph.order) {
        const step = graph_getStep(engine.pipeline, id);
        const ups = (engine.graph.upstream[id] ?? []).map((up) => done.get(up));
        const result = Promise.all(ups).then(async (upstream) => {
            const states = new Map(upstream.map((r) => [r.id, r]));
            const res = await limit(() => failed && !opts.keepGoing
                ? notRun(step, { kind: 'not-started', failed })
                : reuseOrRun(step, states));
            if (res.status === 'failed')
                failed ??= step.id;
            opts.onEvent?.({ type: 'finish', id, result: res });
            return res;
        });
        done.set(id, result);
    }
    try {
        return await Promise.all(engine.graph.order.map((id) => done.get(id)));
    }
    finally {
        engine.memo.save();
    }
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/executor/log-follow.ts


const POLL_MS = 250;
const log_follow_CHUNK = 64 * 1024;
/**
 * Follows a step's log file as the step writes it, and hands on each batch of whole lines
 * read (the step writes to the file itself, so following costs the step nothing). `stop`
 * reads what is left, the last line too, after the step has ended.
 */
function followLog(file, onLines) {
    let fd;
    let offset = 0;
    let partial = '';
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    const buffer = Buffer.alloc(log_follow_CHUNK);
    const read = (final) => {
        try {
            fd ??= (0,external_node_fs_namespaceObject.openSync)(file, 'r');
        }
        catch {
            return; // not created yet: the step has not started writing
        }
        let text = '';
        for (;;) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, log_follow_CHUNK, offset);
            if (n <= 0)
                break;
            offset += n;
            text += decoder.write(buffer.subarray(0, n));
        }
        if (final)
            text += decoder.end();
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        if (final && partial !== '') {
            lines.push(partial);
            partial = '';
        }
        if (lines.length > 0)
            onLines(lines);
    };
    const timer = setInterval(() => read(false), POLL_MS);
    timer.unref();
    return {
        stop() {
            clearInterval(timer);
            read(true);
            if (fd !== undefined)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/progress.ts



const MARK = {
    ran: '✓',
    cached: '↺',
    failed: '✗',
    skipped: '-',
    'not-run': '-',
};
/**
 * Step events as they happen: on a TTY a status line redrawn in place under the finished
 * steps; otherwise one plain line per event, for CI logs. With `verbose`, each running
 * step's output as it is written, each line after its step's id.
 */
function createProgress(stream, options = {}) {
    const running = new Map();
    const following = new Map();
    const live = stream.isTTY === true;
    const clear = () => {
        if (live)
            stream.write('\r\x1b[2K');
    };
    const status = () => {
        if (!live || running.size === 0)
            return;
        const now = Date.now();
        const steps = [...running].map(([id, since]) => `${id} ${formatDuration(now - since)}`);
        stream.write(`running: ${steps.join(', ')}`);
    };
    // A long training step should still show signs of life.
    const ticker = live ? setInterval(() => (clear(), status()), 1000) : undefined;
    ticker?.unref();
    return {
        onEvent(event) {
            clear();
            if (event.type === 'start') {
                running.set(event.id, Date.now());
                if (!live)
                    stream.write(`start  ${event.id}\n`);
                if (options.verbose && event.logFile) {
                    const id = event.id;
                    const show = (lines) => {
                        clear();
                        stream.write(lines.map((line) => `  ${id} │ ${line}\n`).join(''));
                        status();
                    };
                    following.set(id, followLog(event.logFile, show));
                }
            }
            else if (event.result) {
                following.get(event.id)?.stop();
                following.delete(event.id);
                running.delete(event.id);
                const r = event.result;
                if (r.status !== 'cached' || !live) {
                    const time = r.status === 'ran' || r.status === 'failed' ? ` ${formatDuration(r.durationMs)}` : '';
                    stream.write(`${MARK[r.status] ?? ' '} ${r.status.padEnd(7)} ${event.id}${time}  ${describeResult(r)}\n`);
                }
            }
            status();
        },
        close: () => {
            clearInterval(ticker);
            clear();
        },
    };
}
function formatRunSummary(results) {
    const rows = results.map((r) => [
        r.id,
        r.status,
        r.status === 'ran' || r.status === 'failed' ? formatDuration(r.durationMs) : '',
        r.status === 'cached' ? formatDuration(r.savedMs) : '',
        formatMetrics(r.metrics),
    ]);
    const table = formatTable(['step', 'status', 'duration', 'time saved', 'metrics'], rows);
    const count = (s) => results.filter((r) => r.status === s).length;
    const saved = results.reduce((sum, r) => sum + (r.status === 'cached' ? r.savedMs : 0), 0);
    const ran = count('ran');
    const failed = count('failed');
    const reused = count('cached');
    let last;
    if (ran === 0 &&
        failed === 0 &&
        reused === results.filter((r) => r.status !== 'skipped').length) {
        last = `Nothing changed: all ${reused} steps were reused from the cache, saving ${formatDuration(saved)}.`;
    }
    else {
        const parts = [`${ran} ran`, `${reused} reused`];
        if (failed)
            parts.push(`${failed} failed`);
        const other = results.length - ran - reused - failed;
        if (other)
            parts.push(`${other} skipped or not run`);
        const savedText = saved > 0 ? `; reuse saved ${formatDuration(saved)}` : '';
        last = `${results.length} steps: ${parts.join(', ')}${savedText}.`;
    }
    return `${table}\n\n${last}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/failures.ts



const TAIL_LINES = 20;
/**
 * The warnings of steps that succeeded, then the end of each failed step's log, where the
 * error usually is, and where the whole log is.
 */
function showFailures(results) {
    for (const r of results) {
        for (const warning of r.warnings ?? [])
            process.stderr.write(`⚠ ${r.id}: ${warning}\n`);
    }
    for (const r of results) {
        if (r.status !== 'failed')
            continue;
        if (!r.logFile) {
            process.stderr.write(`\n✗ ${r.id} failed: ${describeResult(r)}\n`);
            continue;
        }
        let tail = '';
        try {
            tail = (0,external_node_fs_namespaceObject.readFileSync)(r.logFile, 'utf8').trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
        }
        catch {
            // no log: the step never started
        }
        const where = (0,external_node_path_namespaceObject.relative)(process.cwd(), r.logFile);
        process.stderr.write(`\n✗ ${r.id} failed: ${describeResult(r)}\n${tail}\n(full log: ${where})\n`);
    }
}

;// CONCATENATED MODULE: ./src/cli/cache-notice.ts



/** Past this, a run that computed something says how much the cache and its logs take. */
const DEFAULT_NOTICE_BYTES = 5e9;
/**
 * A line for the end of a run when `.pipekit`'s cache and run logs are past the size in
 * PIPEKIT_CACHE_NOTICE (`10GB`, `off`; default 5 GB), with the command that frees space.
 * Only after a run that ran a step: a run that reused everything added nothing.
 */
function cacheSizeNotice(state, pipeline, env) {
    const setting = env.PIPEKIT_CACHE_NOTICE?.trim();
    if (setting === 'off' || setting === '0')
        return undefined;
    let limit = DEFAULT_NOTICE_BYTES;
    const written = setting || '5GB';
    try {
        if (setting)
            limit = parseSize('PIPEKIT_CACHE_NOTICE', setting);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        return `${error.message}; using ${formatBytes(limit)}`;
    }
    const bytes = measureState(state);
    if (bytes <= limit)
        return undefined;
    const at = pipeline === 'pipeline.yml' ? '' : ` --pipeline ${pipeline}`;
    return (`The local cache and run logs take ${formatBytes(bytes)} (more than ${formatBytes(limit)}): ` +
        `\`pipekit cache ls${at}\` lists them; \`pipekit cache prune${at} --max-size ${written}\` ` +
        `removes the least recently used, keeping what the pipeline uses now.`);
}

;// CONCATENATED MODULE: ./src/cli/commands/run.ts











const run = {
    name: 'run',
    summary: 'Run the pipeline locally: reuse every step whose key is cached, run the rest.',
    usage: `pipekit run [--pipeline FILE] [--jobs N] [--keep-going] [--set name=value]...
              [--force STEP]... [--no-cache] [--branch NAME]

  --jobs, -j N      steps run at once (default: the number of cores)
  --keep-going, -k  after a failure, go on with the steps that do not depend on it
  --set name=value  override a pipeline parameter (repeatable)
  --force STEP      run STEP even when cached (repeatable)
  --no-cache        neither reuse nor save anything
  --branch NAME     the branch \`if:\` conditions see (default: none, so a step gated
                    on github.ref is skipped locally)
  --verbose, -v     show each running step's output as it is written`,
    options: {
        ...parameterOptions,
        jobs: { type: 'string', short: 'j' },
        'keep-going': { type: 'boolean', short: 'k' },
        force: { type: 'string', multiple: true },
        'no-cache': { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
    },
    async run(values) {
        const jobs = values.jobs === undefined ? (0,external_node_os_namespaceObject.availableParallelism)() : Number(values.jobs);
        if (!Number.isInteger(jobs) || jobs < 1)
            throw new UsageError(`--jobs ${values.jobs}: expected a whole number >= 1`);
        const local = createLocalEngine(localOptions(values));
        if (!local)
            return 1;
        const { engine, commit } = local;
        const force = new Set(values.force ?? []);
        for (const id of force) {
            if (!engine.graph.order.includes(id))
                throw new UsageError(`--force ${id}: no such step`);
        }
        const controller = new AbortController();
        let signalled;
        const onSignal = (signal) => {
            signalled = signal;
            controller.abort();
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        const progress = createProgress(process.stderr, { verbose: values.verbose === true });
        const results = await runPipeline(engine, {
            runId: newRunId(),
            jobs,
            keepGoing: values['keep-going'] === true,
            useCache: values['no-cache'] !== true,
            force,
            env: process.env,
            signal: controller.signal,
            commit: once(() => ({
                commit,
                dirty: commit ? hasUncommittedChanges(engine.root) : undefined,
            })),
            tool: TOOL_VERSION,
            materialize: 'all',
            onEvent: progress.onEvent,
        });
        progress.close();
        pruneStore(engine, STORE_KEEP_MS);
        engine.memo.save();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        process.stdout.write(`\n${formatRunSummary(results)}\n`);
        showFailures(results);
        if (results.some((r) => r.status === 'ran')) {
            const notice = cacheSizeNotice(stateDir(engine.root), values.pipeline, process.env);
            if (notice)
                process.stdout.write(`${notice}\n`);
        }
        if (!values.branch &&
            results.some((r) => r.status === 'skipped' && r.why.kind === 'condition-false')) {
            process.stdout.write('Steps gated by `if:` see no branch locally; pass --branch main to run them.\n');
        }
        if (signalled)
            return signalled === 'SIGINT' ? 130 : 143;
        return results.some((r) => r.status === 'failed') ? 1 : 0;
    },
};
/** Stored outputs that no view shows stay a week after their last use: the cache has them too. */
const STORE_KEEP_MS = 7 * 24 * 3600_000;
function once(compute) {
    let value;
    return () => (value ??= { v: compute() }).v;
}
function newRunId() {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    return `${stamp}-${process.pid}`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts







const commands = [run, plan, explain, validate, graph, compile, cache];
const usage = `pipekit: ML pipelines whose unchanged steps are reused, locally and on GitHub Actions

Usage: pipekit <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n')}

Run \`pipekit <command> --help\` for a command's options.`;
/** Returns the exit code: 0 clean, 1 diagnostics or a failed step, 2 bad usage. */
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${usage}\n`);
        return name === undefined ? 2 : 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        process.stderr.write(`pipekit: unknown command \`${name}\`\n\n${usage}\n`);
        return 2;
    }
    try {
        const { values, positionals } = parseCommand(command, rest);
        if (values.help) {
            process.stdout.write(`${helpText(command)}\n`);
            return 0;
        }
        return await command.run(values, positionals);
    }
    catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(`pipekit ${name}: ${error.message}\n\n${helpText(command)}\n`);
            return 2;
        }
        if (error instanceof UserError) {
            process.stderr.write(`pipekit ${name}: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2197:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var resolveBlockMap = __nccwpck_require__(143);
var resolveBlockSeq = __nccwpck_require__(1854);
var resolveFlowCollection = __nccwpck_require__(9030);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 83:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(573);
var composeNode = __nccwpck_require__(4961);
var resolveEnd = __nccwpck_require__(1020);
var resolveProps = __nccwpck_require__(775);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 4961:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7105);
var identity = __nccwpck_require__(4919);
var composeCollection = __nccwpck_require__(2197);
var composeScalar = __nccwpck_require__(3573);
var resolveEnd = __nccwpck_require__(1020);
var utilEmptyScalarPosition = __nccwpck_require__(8407);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 3573:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var resolveBlockScalar = __nccwpck_require__(5089);
var resolveFlowScalar = __nccwpck_require__(5882);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 3104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(2606);
var Document = __nccwpck_require__(573);
var errors = __nccwpck_require__(152);
var identity = __nccwpck_require__(4919);
var composeDoc = __nccwpck_require__(83);
var resolveEnd = __nccwpck_require__(1020);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(5773);
var YAMLMap = __nccwpck_require__(5462);
var resolveProps = __nccwpck_require__(775);
var utilContainsNewline = __nccwpck_require__(4283);
var utilFlowIndentCheck = __nccwpck_require__(1795);
var utilMapIncludes = __nccwpck_require__(1091);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 5089:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 1854:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(6831);
var resolveProps = __nccwpck_require__(775);
var utilFlowIndentCheck = __nccwpck_require__(1795);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 1020:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var resolveEnd = __nccwpck_require__(1020);
var resolveProps = __nccwpck_require__(775);
var utilContainsNewline = __nccwpck_require__(4283);
var utilMapIncludes = __nccwpck_require__(1091);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var resolveEnd = __nccwpck_require__(1020);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 775:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 8407:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 1795:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(4283);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 573:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7105);
var Collection = __nccwpck_require__(4661);
var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var toJS = __nccwpck_require__(3899);
var Schema = __nccwpck_require__(8224);
var stringifyDocument = __nccwpck_require__(2285);
var anchors = __nccwpck_require__(9196);
var applyReviver = __nccwpck_require__(909);
var createNode = __nccwpck_require__(1732);
var directives = __nccwpck_require__(2606);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 9196:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var visit = __nccwpck_require__(2588);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 1732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7105);
var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 2606:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var visit = __nccwpck_require__(2588);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 152:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(3104);
var Document = __nccwpck_require__(573);
var Schema = __nccwpck_require__(8224);
var errors = __nccwpck_require__(152);
var Alias = __nccwpck_require__(7105);
var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var Scalar = __nccwpck_require__(389);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var cst = __nccwpck_require__(9877);
var lexer = __nccwpck_require__(5145);
var lineCounter = __nccwpck_require__(1460);
var parser = __nccwpck_require__(2064);
var publicApi = __nccwpck_require__(4543);
var visit = __nccwpck_require__(2588);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
exports.Rm = Pair.Pair;
exports.X5 = Scalar.Scalar;
exports.CA = YAMLMap.YAMLMap;
exports.Rw = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9196);
var visit = __nccwpck_require__(2588);
var identity = __nccwpck_require__(4919);
var Node = __nccwpck_require__(4833);
var toJS = __nccwpck_require__(3899);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(1732);
var identity = __nccwpck_require__(4919);
var Node = __nccwpck_require__(4833);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 4833:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(909);
var identity = __nccwpck_require__(4919);
var toJS = __nccwpck_require__(3899);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 5773:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(1732);
var stringifyPair = __nccwpck_require__(7764);
var addPairToJSMap = __nccwpck_require__(8768);
var identity = __nccwpck_require__(4919);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Node = __nccwpck_require__(4833);
var toJS = __nccwpck_require__(3899);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 5462:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(4156);
var addPairToJSMap = __nccwpck_require__(8768);
var Collection = __nccwpck_require__(4661);
var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var Scalar = __nccwpck_require__(389);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 6831:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(1732);
var stringifyCollection = __nccwpck_require__(4156);
var Collection = __nccwpck_require__(4661);
var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var toJS = __nccwpck_require__(3899);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 8768:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7297);
var merge = __nccwpck_require__(9380);
var stringify = __nccwpck_require__(9300);
var identity = __nccwpck_require__(4919);
var toJS = __nccwpck_require__(3899);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 4919:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 3899:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(5089);
var resolveFlowScalar = __nccwpck_require__(5882);
var errors = __nccwpck_require__(152);
var stringifyString = __nccwpck_require__(1773);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 9877:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(334);
var cstStringify = __nccwpck_require__(3701);
var cstVisit = __nccwpck_require__(5235);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 5145:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(9877);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 1460:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 2064:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(9877);
var lexer = __nccwpck_require__(5145);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4543:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(3104);
var Document = __nccwpck_require__(573);
var errors = __nccwpck_require__(152);
var log = __nccwpck_require__(7297);
var identity = __nccwpck_require__(4919);
var lineCounter = __nccwpck_require__(1460);
var parser = __nccwpck_require__(2064);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 8224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var map = __nccwpck_require__(4043);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var tags = __nccwpck_require__(6178);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var YAMLMap = __nccwpck_require__(5462);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 5632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 7562:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var YAMLSeq = __nccwpck_require__(6831);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 4704:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(1773);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 4359:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 6229:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var stringifyNumber = __nccwpck_require__(3569);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 7602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3569);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 7904:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(4043);
var _null = __nccwpck_require__(5632);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var bool = __nccwpck_require__(4359);
var float = __nccwpck_require__(6229);
var int = __nccwpck_require__(7602);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 8647:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var map = __nccwpck_require__(4043);
var seq = __nccwpck_require__(7562);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(4043);
var _null = __nccwpck_require__(5632);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var bool = __nccwpck_require__(4359);
var float = __nccwpck_require__(6229);
var int = __nccwpck_require__(7602);
var schema = __nccwpck_require__(7904);
var schema$1 = __nccwpck_require__(8647);
var binary = __nccwpck_require__(4355);
var merge = __nccwpck_require__(9380);
var omap = __nccwpck_require__(6431);
var pairs = __nccwpck_require__(9281);
var schema$2 = __nccwpck_require__(3081);
var set = __nccwpck_require__(2504);
var timestamp = __nccwpck_require__(4960);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 4355:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(389);
var stringifyString = __nccwpck_require__(1773);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 838:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var stringifyNumber = __nccwpck_require__(3569);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 5609:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3569);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 6431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var toJS = __nccwpck_require__(3899);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var pairs = __nccwpck_require__(9281);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var Scalar = __nccwpck_require__(389);
var YAMLSeq = __nccwpck_require__(6831);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 3081:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(4043);
var _null = __nccwpck_require__(5632);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var binary = __nccwpck_require__(4355);
var bool = __nccwpck_require__(6158);
var float = __nccwpck_require__(838);
var int = __nccwpck_require__(5609);
var merge = __nccwpck_require__(9380);
var omap = __nccwpck_require__(6431);
var pairs = __nccwpck_require__(9281);
var set = __nccwpck_require__(2504);
var timestamp = __nccwpck_require__(4960);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 2504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var YAMLMap = __nccwpck_require__(5462);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 4960:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3569);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 9915:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 9300:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9196);
var identity = __nccwpck_require__(4919);
var stringifyComment = __nccwpck_require__(6599);
var stringifyString = __nccwpck_require__(1773);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 4156:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var stringify = __nccwpck_require__(9300);
var stringifyComment = __nccwpck_require__(6599);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 2285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var stringify = __nccwpck_require__(9300);
var stringifyComment = __nccwpck_require__(6599);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 3569:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 7764:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var stringify = __nccwpck_require__(9300);
var stringifyComment = __nccwpck_require__(6599);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 1773:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var foldFlowLines = __nccwpck_require__(9915);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ var __webpack_exports__ = __nccwpck_require__(3532);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
