#!/usr/bin/env node
/**
 * Summarises V8 CPU profiles (`node --cpu-prof --cpu-prof-dir=DIR ...`): the top functions by self
 * time and the self time per package, over every `.cpuprofile` in DIR (one per thread: the main
 * thread and each worker). Profile the unminified build (`lib/cli.js`) so function names survive.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof lib/cli.js --root TREE --offline --format json > /dev/null
 *   node bench/profile-summary.mjs /tmp/prof [TOP]
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const dir = process.argv[2];
const top = Number(process.argv[3] ?? 25);
if (!dir) {
  process.stderr.write('usage: node bench/profile-summary.mjs PROFILE_DIR [TOP]\n');
  process.exit(2);
}

/** Self time (ms) per node id of one profile, from its samples and time deltas. */
function selfTimes(profile) {
  const times = new Map();
  profile.samples.forEach((id, index) => times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  return times;
}

/** `micromark-core-commonmark`, `evidence-gate (src)` or `node:internal`, from a script URL. */
function packageOf(url) {
  if (!url) return '(native / VM)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return /\/lib\/|\/dist\//.test(url) ? 'evidence-gate' : url;
}

const byFunction = new Map();
const byPackage = new Map();
const threads = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).sort()) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const times = selfTimes(profile);
  let total = 0;
  for (const node of profile.nodes) {
    const ms = times.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const {functionName, url, lineNumber} = node.callFrame;
    const key = `${functionName || '(anonymous)'}  ${url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(lib|dist)\//, '$1/')}:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  }
  threads.push({file, ms: total});
}

const all = threads.reduce((sum, thread) => sum + thread.ms, 0);
const pct = (ms) => `${((100 * ms) / all).toFixed(1).padStart(5)}%`;
const rows = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${key}`);

process.stdout.write(`Threads (sampled time):\n${threads.map((thread) => `  ${thread.file}: ${thread.ms.toFixed(0)} ms`).join('\n')}\n\n`);
process.stdout.write(`Self time by package:\n${rows(byPackage, 15).join('\n')}\n\n`);
process.stdout.write(`Top ${top} functions by self time:\n${rows(byFunction, top).join('\n')}\n`);
