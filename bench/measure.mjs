/**
 * Whole-process timing: each run spawns a fresh process, its stdout and stderr go to files (so no
 * tool pays for a pipe the others do not), and the wall time from spawn to exit is taken with
 * process.hrtime.bigint(). Spawning is asynchronous so an in-process server (the fake GitHub API)
 * keeps answering while a child runs.
 */
import {spawn, spawnSync} from 'node:child_process';
import {closeSync, existsSync, openSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Runs a command once. Returns wall time in ms, the exit status and where its output went. */
export function runOnce(command, outDir, label) {
  const stdoutPath = join(outDir, `${label}.stdout`);
  const stderrPath = join(outDir, `${label}.stderr`);
  const out = openSync(stdoutPath, 'w');
  const err = openSync(stderrPath, 'w');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command.cmd, command.args, {
      cwd: command.cwd,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...command.env},
      stdio: ['ignore', out, err],
    });
    child.on('error', (error) => {
      closeSync(out);
      closeSync(err);
      reject(error);
    });
    child.on('close', (status, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      closeSync(out);
      closeSync(err);
      resolve({ms, status, signal, stdoutPath, stderrPath});
    });
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Times several commands on the same tree, `rounds` times each, round-robin (A B C D, A B C D, ...)
 * so drift in machine load spreads over all of them. `warmup` untimed rounds come first.
 * A run whose exit status is not in `command.okStatus` (default 0 and 1), or that
 * `command.validate(run)` rejects (it returns why), fails the benchmark: a crash is not a time.
 * Returns name → {median, times, last} where `last` is the last run (its output files are kept).
 */
export async function timeRoundRobin(commands, {rounds, warmup = 0, outDir, tag, log = () => {}}) {
  const results = new Map(commands.map((command) => [command.name, {times: [], last: undefined}]));
  for (let round = -warmup; round < rounds; round++) {
    for (const command of commands) {
      const label = `${tag}-${command.name.replace(/\W+/g, '_')}`;
      const run = await runOnce(command, outDir, label);
      const ok = command.okStatus ?? [0, 1];
      const invalid = ok.includes(run.status) ? command.validate?.(run) : `exit status ${run.status ?? run.signal}`;
      if (invalid) {
        const stderr = readFileSync(run.stderrPath, 'utf8').slice(-2000);
        throw new Error(`${command.name} on ${tag} did not do its work (${invalid}):\n${stderr}`);
      }
      const entry = results.get(command.name);
      entry.last = run;
      if (round >= 0) entry.times.push(run.ms);
      log(`  ${tag} ${command.name}${round < 0 ? ' (warm-up)' : ` #${round + 1}`}: ${(run.ms / 1000).toFixed(2)} s`);
    }
  }
  for (const entry of results.values()) entry.median = median(entry.times);
  return results;
}

/** Whether `/usr/bin/time -f %M` works here (GNU time, reports peak RSS in KiB). */
export function hasGnuTime() {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], {encoding: 'utf8'});
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
}

/**
 * Peak RSS in MiB of a Node command: through GNU time when available, else by running the
 * script inside a wrapper process that reports its own `process.resourceUsage().maxRSS` at exit.
 */
export async function peakRss(command, outDir, tag) {
  if (hasGnuTime()) {
    const run = await runOnce({...command, cmd: '/usr/bin/time', args: ['-f', 'maxrss-kib=%M', command.cmd, ...command.args]}, outDir, `${tag}-rss`);
    if (statSync(run.stdoutPath).size === 0) throw new Error(`the peak RSS run on ${tag} wrote nothing (exit ${run.status})`);
    const match = /maxrss-kib=(\d+)/.exec(readFileSync(run.stderrPath, 'utf8'));
    if (!match) throw new Error(`no peak RSS in the output of /usr/bin/time for ${tag}`);
    return {mib: Number(match[1]) / 1024, via: '/usr/bin/time -f %M'};
  }
  const [script, ...args] = command.args;
  const wrapper = [
    `process.argv = [process.argv[0], ${JSON.stringify(script)}, ...${JSON.stringify(args)}];`,
    `process.on('exit', () => process.stderr.write('maxrss-kib=' + process.resourceUsage().maxRSS + '\\n'));`,
    `await import(${JSON.stringify(new URL(`file://${script}`).href)});`,
  ].join('\n');
  const run = await runOnce({...command, args: ['--input-type=module', '-e', wrapper]}, outDir, `${tag}-rss`);
  if (statSync(run.stdoutPath).size === 0) throw new Error(`the peak RSS run on ${tag} wrote nothing (exit ${run.status})`);
  const match = /maxrss-kib=(\d+)/.exec(readFileSync(run.stderrPath, 'utf8'));
  if (!match) throw new Error(`no peak RSS reported by the wrapper for ${tag}`);
  return {mib: Number(match[1]) / 1024, via: 'process.resourceUsage().maxRSS in a wrapper process'};
}
