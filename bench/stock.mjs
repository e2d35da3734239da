/**
 * Stock copies of the dependencies evidence-gate patches (patches/, applied by patch-package on
 * install), so the peers of the benchmark run the packages as published, not evidence-gate's
 * patched ones. Each patched package is copied into node_modules/.evidence-gate-stock/ and the
 * patch reversed there; `stockImportArgs()` are the node flags that make a peer process resolve
 * those packages to the stock copies (bench/stock-hooks.mjs).
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, readdirSync, rmSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STOCK_DIR = join(ROOT, 'node_modules', '.evidence-gate-stock');
const HOOKS = join(ROOT, 'bench', 'stock-hooks.mjs');

/** `name+1.2.3.patch` or `@scope+name+1.2.3.patch` → the package name. */
function packageOf(patchFile) {
  const parts = patchFile.replace(/\.patch$/, '').split('+');
  parts.pop();
  return parts.join('/');
}

/**
 * Writes the stock copies into `dir` (a directory under node_modules, so their own dependencies
 * resolve); returns the names of the packages that have one.
 */
export function prepareStockModules(dir = STOCK_DIR) {
  rmSync(dir, {recursive: true, force: true});
  const patches = join(ROOT, 'patches');
  if (!existsSync(patches)) return [];
  const names = [];
  for (const file of readdirSync(patches).filter((name) => name.endsWith('.patch')).sort()) {
    const name = packageOf(file);
    cpSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), {recursive: true});
    execFileSync('patch', ['--reverse', '--strip=1', '--silent', '--directory', dir, '--input', join(patches, file)]);
    names.push(name);
  }
  return names;
}

/** Node flags for a peer process: resolve the patched packages to their stock copies. */
export function stockImportArgs() {
  return existsSync(STOCK_DIR) ? ['--import', HOOKS] : [];
}

export function removeStockModules() {
  rmSync(STOCK_DIR, {recursive: true, force: true});
}
