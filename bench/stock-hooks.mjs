/**
 * `node --import bench/stock-hooks.mjs ...`: resolves the packages that have a stock copy in
 * node_modules/.evidence-gate-stock (bench/stock.mjs), or in $EVIDENCE_GATE_STOCK_DIR, to that
 * copy, for every importer.
 */
import {existsSync, readdirSync} from 'node:fs';
import {register} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {STOCK_DIR} from './stock.mjs';

const stock = process.env.EVIDENCE_GATE_STOCK_DIR || STOCK_DIR;

if (existsSync(stock)) {
  const names = [];
  for (const entry of readdirSync(join(stock, 'node_modules'))) {
    if (entry.startsWith('@')) for (const scoped of readdirSync(join(stock, 'node_modules', entry))) names.push(`${entry}/${scoped}`);
    else names.push(entry);
  }
  const hooks = `
    const names = new Set(${JSON.stringify(names)});
    const parentURL = ${JSON.stringify(pathToFileURL(join(stock, 'index.js')).href)};
    export async function resolve(specifier, context, next) {
      return names.has(specifier) ? next(specifier, {...context, parentURL}) : next(specifier, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
