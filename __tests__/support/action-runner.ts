import {spawn} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {makeTempDir, REPO_ROOT} from './workspace.js';

export const ACTION = join(REPO_ROOT, 'dist', 'index.js');
export const REPOSITORY = 'cgtqwmwkhp-rgb/quality-governance-platform';

export interface PullEvent {
  number: number;
  headSha: string;
  /** Head repository; another one than `REPOSITORY` makes a fork pull request. */
  headRepository?: string;
}

/** A `pull_request` webhook payload as the runner writes it to `GITHUB_EVENT_PATH`. */
export function pullRequestPayload(event: PullEvent, repository = REPOSITORY) {
  const [owner, name] = repository.split('/');
  const headRepository = event.headRepository ?? repository;
  const repo = (fullName: string) => ({
    id: fullName === repository ? 1124456789 : 2233445566,
    node_id: 'R_kgDOQwXyZw',
    name: fullName.split('/')[1],
    full_name: fullName,
    private: false,
    owner: {login: fullName.split('/')[0], id: 201234567, type: 'User'},
    html_url: `https://github.com/${fullName}`,
    fork: fullName !== repository,
    url: `https://api.github.com/repos/${fullName}`,
    default_branch: 'main',
  });
  return {
    action: 'synchronize',
    number: event.number,
    before: 'f'.repeat(40),
    after: event.headSha,
    pull_request: {
      url: `https://api.github.com/repos/${repository}/pulls/${event.number}`,
      id: 2999000000 + event.number,
      node_id: 'PR_kwDOQwXyZ86zAbCd',
      html_url: `https://github.com/${repository}/pull/${event.number}`,
      number: event.number,
      state: 'open',
      locked: false,
      title: 'Stage 1.0: Production Hardening',
      user: {login: 'release-manager', id: 301234567, type: 'User'},
      body: null,
      draft: false,
      merged: false,
      head: {label: `${headRepository.split('/')[0]}:stage-1.0`, ref: 'stage-1.0', sha: event.headSha, repo: repo(headRepository)},
      base: {label: `${owner}:main`, ref: 'main', sha: 'b'.repeat(40), repo: repo(repository)},
    },
    repository: repo(repository),
    sender: {login: 'release-manager', id: 301234567, type: 'User'},
    _owner: name,
  };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=…,line=…::message` commands the action printed. */
  annotations: Array<{level: string; file?: string; line?: number; message: string}>;
}

/**
 * Runs the built action the way the runner does: `node dist/index.js` with `INPUT_*`, the event
 * payload file, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` and `GITHUB_API_URL`.
 */
export async function runAction(options: {
  root: string;
  apiUrl: string;
  inputs?: Record<string, string>;
  event?: PullEvent;
  eventName?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const runner = makeTempDir('runner-');
  mkdirSync(join(runner, 'temp'));
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ? pullRequestPayload(options.event) : {}));
  const inputs = {'github-token': 'ghs_testtoken0123456789', comment: 'always', ...options.inputs};
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.root,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_NAME: options.eventName ?? (options.event ? 'pull_request' : 'push'),
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '19999999999',
    RUNNER_TEMP: join(runner, 'temp'),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
    ...options.env,
  };
  const child = spawn(process.execPath, [ACTION], {env, cwd: options.root});
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), annotations: parseAnnotations(stdout)};
}

/** The `name<<delimiter` format of `GITHUB_OUTPUT`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((pair) => {
      const [key, ...rest] = pair.split('=');
      return [key, unescape(rest.join('='))];
    }));
    found.push({level: match[1], file: properties.file, line: properties.line ? Number(properties.line) : undefined, message: unescape(match[3])});
  }
  return found;
}
