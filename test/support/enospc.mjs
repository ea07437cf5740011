// Preloaded into the pipekit CLI (NODE_OPTIONS=--import) where no small file system can be
// mounted: a simulated full disk under $PIPEKIT_TEST_FULL_DIR, full while the file
// $PIPEKIT_TEST_FULL_FLAG exists (a step "fills the disk" by creating it). Every write pipekit
// makes there then fails with ENOSPC as the kernel's would (a write to a new file leaves it
// partial, as a real full disk does), and statfs says no block is free.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const full = process.env.PIPEKIT_TEST_FULL_DIR && resolve(process.env.PIPEKIT_TEST_FULL_DIR);
if (full) {
  const flag = process.env.PIPEKIT_TEST_FULL_FLAG;
  const under = (path) => {
    if (typeof path !== 'string' || !flag || !fs.existsSync(flag)) return false;
    const abs = resolve(path);
    return abs === full || abs.startsWith(full + sep);
  };
  const enospc = (syscall, path) => {
    const error = new Error(`ENOSPC: no space left on device, ${syscall} '${path}'`);
    Object.assign(error, { errno: -28, code: 'ENOSPC', syscall, path });
    return error;
  };
  const orig = {
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    writeFileSync: fs.writeFileSync,
    copyFileSync: fs.copyFileSync,
    statfsSync: fs.statfsSync,
  };
  const fds = new Map(); // fd -> the path it was opened for writing
  fs.openSync = function (path, flags, ...rest) {
    const fd = orig.openSync.call(this, path, flags, ...rest);
    const writing = typeof flags === 'string' && /[wa+]/.test(flags);
    if (writing && typeof path === 'string') fds.set(fd, path);
    else fds.delete(fd);
    return fd;
  };
  fs.writeSync = function (fd, ...rest) {
    if (under(fds.get(fd))) throw enospc('write');
    return orig.writeSync.call(this, fd, ...rest);
  };
  fs.writeFileSync = function (path, data, ...rest) {
    if (under(path)) {
      orig.writeFileSync.call(this, path, String(data).slice(0, 1), ...rest);
      throw enospc('write', path);
    }
    return orig.writeFileSync.call(this, path, data, ...rest);
  };
  fs.copyFileSync = function (src, dest, ...rest) {
    if (under(dest)) {
      orig.writeFileSync.call(this, dest, '');
      throw enospc('copyfile', src);
    }
    return orig.copyFileSync.call(this, src, dest, ...rest);
  };
  fs.statfsSync = function (path, ...rest) {
    const stats = orig.statfsSync.call(this, path, ...rest);
    return under(path) ? Object.assign(stats, { bavail: 0, bfree: 0 }) : stats;
  };
  syncBuiltinESMExports();
}
