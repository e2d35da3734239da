#!/usr/bin/env node
/**
 * The API phase's floor for the benchmark: replays request paths (a JSON file: the ones the fake
 * API recorded from an action run) against BASE over node:http with keep-alive, CONCURRENCY in
 * flight, reading every body. No Octokit, no retries, no checks: what the same requests cost on this
 * machine against this server with nothing in between, measured in the same run as the action.
 *
 *   node bench/bare-client.mjs BASE PATHS.json [CONCURRENCY]
 */
import {readFileSync} from 'node:fs';
import http from 'node:http';

const [base, pathsFile, concurrency = '8'] = process.argv.slice(2);
const paths = JSON.parse(readFileSync(pathsFile, 'utf8'));
const agent = new http.Agent({keepAlive: true});
const get = (path) =>
  new Promise((resolve, reject) => {
    http
      .get(new URL(path, base), {agent}, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        response.on('error', reject);
      })
      .on('error', reject);
  });

let next = 0;
await Promise.all(
  Array.from({length: Number(concurrency)}, async () => {
    while (next < paths.length) await get(paths[next++]);
  }),
);
agent.destroy();
process.stdout.write(`replayed ${paths.length} requests\n`);
