// Loads the bundled CLI with V8's code cache, so a run skips compiling what the last run compiled
// (measured on Node 20: about 15 ms of a 100 ms `kindness "hello"`). Node 22.1+ has this built
// in (module.enableCompileCache); on Node 20 the bundle is compiled through vm.Script with cached
// data kept in the user's cache folder (the bundle loads its lazy parts with require(), never
// import(), which code compiled this way cannot do on Node 20). Anything that goes wrong (no home folder, a read-only
// disk, a rejected cache) falls back to a plain require: the cache only ever saves time.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does for Node's own cache.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

/** The cache folder: $XDG_CACHE_HOME/kindness or ~/.cache/kindness; undefined without a home. */
function cacheFolder() {
  const base = process.env.XDG_CACHE_HOME || (require('node:os').homedir() && path.join(require('node:os').homedir(), '.cache'));
  return base ? path.join(base, 'kindness') : undefined;
}

/**
 * The cache file for `file` as it is now. V8 checks only the source's length, not its content, so
 * the name carries the bundle's size and modification time and the Node version and architecture.
 */
function cacheFileFor(folder, file) {
  const { size, mtimeMs } = fs.statSync(file);
  return path.join(folder, `${path.basename(file)}-${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}.cache`);
}

/** Compiles and runs a CommonJS file as require() would, with cached data when there is some. */
function requireWithCodeCache(file) {
  const vm = require('node:vm');
  const folder = cacheFolder();
  if (folder === undefined) return require(file);
  const cacheFile = cacheFileFor(folder, file);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
  });
  const module = new Module(file, require.main);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  module.loaded = true;
  require.cache[file] = module;
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // Written when the process ends, so the functions this run compiled are in it too.
    process.once('exit', () => writeCache(folder, cacheFile, script));
  }
  return module.exports;
}

function writeCache(folder, cacheFile, script) {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Caches of earlier builds or Node versions go: one file per bundle.
    const prefix = `${path.basename(cacheFile).split('-')[0]}-`;
    for (const name of fs.readdirSync(folder)) if (name.startsWith(prefix) && name.endsWith('.cache')) fs.rmSync(path.join(folder, name), { force: true });
    // Written beside and renamed into place: a process starting meanwhile never reads half a file.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, cacheFile);
  } catch {
    // No cache this time.
  }
}

/** `require(file)`, from V8's code cache when one can be used. */
exports.requireCached = function requireCached(file) {
  const disabled = process.env.NODE_DISABLE_COMPILE_CACHE !== undefined && process.env.NODE_DISABLE_COMPILE_CACHE !== '';
  if (disabled) return require(file);
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return require(file);
  }
  try {
    return requireWithCodeCache(file);
  } catch (error) {
    // A failure before the bundle ran (a cache folder that cannot be read, an old Node without
    // vm.constants) leaves nothing half-loaded; a failure inside the bundle is the CLI's own.
    if (require.cache[file] !== undefined) throw error;
    return require(file);
  }
};
