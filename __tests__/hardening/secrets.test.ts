/**
 * The token: masked before anything is printed, and never in the log, an error, the JSON result,
 * the summary, the comment or an output, even with runner debug logging on and a server that
 * echoes the token back in its error messages.
 */
import {readFileSync} from 'node:fs';
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {REPOSITORY, runAction, type ActionRun} from '../support/action-runner.js';
import {shaOf, startFakeGitHub, type FakeGitHub} from '../support/github-api.js';
import {removeTempDirs} from '../support/workspace.js';
import {cli, workspace} from './support/helpers.js';

const TOKEN = 'ghs_hardeningSecret0123456789abcdef';
const HEAD = shaOf('secret-head');
const DEBUG = {ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1'};
const REPORT = 'docs/evidence/R.md';
const TEXT = '# R\n\n## Evidence\n\nBuilt by CI run 21000000001 and CI run 21000000002, in PR #7.\n';

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub({token: TOKEN});
  github.addRun(REPOSITORY, {id: 21000000001, head_sha: HEAD});
  github.addPull(REPOSITORY, {number: 7, head: {sha: HEAD}});
  // The server repeats the token it was sent, in an error message.
  github.fail({path: /\/runs\/21000000002$/}, {status: 422, body: {message: `Token ${TOKEN} may not read this run`, status: '422'}}, 5);
});
afterEach(() => github.close());
afterAll(removeTempDirs);

/** Everything the action left behind that a person could read, except the mask command itself. */
function everything(run: ActionRun): string {
  const files = [run.outputs.json, run.outputs['comment-file']].filter(Boolean).map((path) => readFileSync(path, 'utf8'));
  const posted = github.requests.filter((request) => request.method !== 'GET').map((request) => JSON.stringify(request.body));
  return [run.stdout.replace(`::add-mask::${TOKEN}\n`, ''), run.stderr, run.summary, JSON.stringify(run.outputs), ...files, ...posted].join('\n');
}

describe('the token in the action', () => {
  const act = (root: string, inputs: Record<string, string> = {}) =>
    runAction({root, apiUrl: github.url, inputs: {'github-token': TOKEN, scope: 'all', ...inputs}, event: {number: 7, headSha: HEAD}, env: DEBUG});

  it('is masked first, and appears nowhere else, on a run with an echoing server and debug logging', async () => {
    const run = await act(workspace({[REPORT]: TEXT}));
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    expect(run.code).toBe(1);
    expect(run.annotations.find((annotation) => annotation.file === REPORT)?.message).toBe(
      `CI run 21000000002 could not be checked: HTTP 422 from GET /repos/${REPOSITORY}/actions/runs/21000000002: Token *** may not read this run. The gate does not pass on an unverified run.`,
    );
    expect(github.comments(REPOSITORY, 7)).toHaveLength(1);
    expect(everything(run)).not.toContain(TOKEN);
  });

  it.each([
    ['a refused token', {'github-token': `${TOKEN}-revoked`}, {}, 'GitHub rejected the token'],
    ['an invalid policy', {}, {'.github/evidence-gate.yml': `reports: [${TOKEN}\n`}, 'the policy file is invalid'],
    ['a server that never answers', {'timeout-seconds': '0.5'}, {}, 'request timed out after 0.5 s'],
  ] as const)('is in no log line or error after %s', async (_name, inputs, files, says) => {
    if (says.includes('timed out')) github.fail({path: /\/runs\//}, {hang: true}, 10);
    const run = await act(workspace({[REPORT]: TEXT, ...files}), inputs);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(says);
    const secret = inputs['github-token' as keyof typeof inputs] ?? TOKEN;
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${secret}`);
    // TOKEN is a prefix of the refused one: neither is printed anywhere but in the mask command.
    expect(everything(run).replace(`::add-mask::${secret}\n`, '')).not.toContain(TOKEN);
  });
});

describe('the token in the CLI', () => {
  it('is in neither the JSON result, the text, nor an error', async () => {
    const root = workspace({[REPORT]: TEXT});
    const env = {GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url, RUNNER_DEBUG: '1'};
    const json = await cli(['--root', root, '--repository', REPOSITORY, '--format', 'json'], env);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).reports[0].findings.map((finding: {rule: string}) => finding.rule)).toEqual(['run-unverifiable']);
    const text = await cli(['--root', root, '--repository', REPOSITORY], env);
    const refused = await cli(['--root', root, '--repository', REPOSITORY], {...env, GITHUB_TOKEN: `${TOKEN}x`});
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Bad credentials');
    for (const run of [json, text, refused]) expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });
});
