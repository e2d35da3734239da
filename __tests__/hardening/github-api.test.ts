/**
 * The GitHub API failing, through the built action as the runner runs it. Transient failures of
 * every endpoint are retried within a bound and the run is verified as normal; a server that never
 * answers makes each affected run `run-unverifiable` and fails the step closed, saying which runs and
 * why; a failing comment or file list never changes the verdict; every page of a list is read.
 * (500/502 on a run, a persistent 500, 401 and a fork's pass are in __tests__/action; the client's
 * retry and timeout mechanics in __tests__/github.)
 */
import {readFileSync} from 'node:fs';
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {readInputs} from '../../src/action/inputs.js';
import {COMMENT_MARKER} from '../../src/render/comment.js';
import {REPOSITORY, runAction} from '../support/action-runner.js';
import {secondaryRateLimit, shaOf, startFakeGitHub, type FakeGitHub} from '../support/github-api.js';
import {removeTempDirs} from '../support/workspace.js';
import {workspace} from './support/helpers.js';

const HEAD = shaOf('api-head');
const RUN_SHA = shaOf('api-run');
const [RUN_A, RUN_B] = [21000000001, 21000000002];
const REPORT = 'docs/evidence/RELEASE_2.0.md';
const JOBS = ['Unit Tests', 'Lint'];
const TEXT = [
  '# Release 2.0 evidence', // 1
  '', // 2
  `**CI Run**: https://github.com/${REPOSITORY}/actions/runs/${RUN_A}`, // 3
  '', // 4
  'CI checks:', // 5
  '', // 6
  ...JOBS.map((name) => `- ✅ ${name}`), // 7, 8
  '', // 9
  '## Gate 1 Acceptance Criteria', // 10
  '', // 11
  '| Criterion | Status | Evidence |', // 12
  '|---|---|---|', // 13
  `| Build green | ✅ PASS | CI run ${RUN_A} |`, // 14
  `| Drill done | ✅ PASS | CI run ${RUN_B} |`, // 15
  '', // 16
  'Merged in PR #7.', // 17
  '',
].join('\n');

let github: FakeGitHub;
let root: string;

function world() {
  for (const id of [RUN_A, RUN_B]) github.addRun(REPOSITORY, {id, head_sha: RUN_SHA});
  github.setJobs(REPOSITORY, RUN_A, JOBS.map((name) => ({name})));
  github.addPull(REPOSITORY, {number: 7, head: {sha: HEAD}});
  github.setCompare(REPOSITORY, RUN_SHA, HEAD, 'ahead');
  github.setPullFiles(REPOSITORY, 7, [{filename: REPORT, status: 'added'}]);
}

const act = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction({root, apiUrl: github.url, inputs: {scope: 'all', ...inputs}, event: {number: 7, headSha: HEAD}, env});
const requestsTo = (pattern: RegExp, method = 'GET') => github.requests.filter((request) => request.method === method && pattern.test(request.path));
const jsonOf = (run: {outputs: Record<string, string>}) => JSON.parse(readFileSync(run.outputs.json, 'utf8'));

beforeEach(async () => {
  github = await startFakeGitHub();
  root = workspace({[REPORT]: TEXT});
  world();
});
afterEach(() => github.close());
afterAll(removeTempDirs);

describe('transient failures', () => {
  it('503, a connection reset, 429 and 403 secondary rate limits with retry-after: each retried once, then a pass', async () => {
    github.fail({path: new RegExp(`/actions/runs/${RUN_B}$`)}, {status: 503});
    github.fail({path: /\/jobs$/}, {reset: true});
    github.fail({path: /\/compare\//}, secondaryRateLimit(429, 1));
    github.fail({path: /\/pulls\/7$/}, secondaryRateLimit(403, 1));
    github.fail({method: 'GET', path: /\/issues\/7\/comments$/}, {status: 502});
    const started = Date.now();
    const run = await act();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({result: 'pass', errors: '0'});
    expect(jsonOf(run).reports[0].citations.runs.map((cited: {id: number; jobs: string[]}) => [cited.id, cited.jobs])).toEqual([
      [RUN_A, JOBS],
      [RUN_B, []],
    ]);
    expect(requestsTo(new RegExp(`/actions/runs/${RUN_B}$`))).toHaveLength(2);
    expect(requestsTo(/\/jobs$/)).toHaveLength(2);
    expect(requestsTo(/\/compare\//)).toHaveLength(2);
    expect(requestsTo(/\/pulls\/7$/)).toHaveLength(2);
    expect(requestsTo(/\/issues\/7\/comments$/)).toHaveLength(2);
    expect(github.comments(REPOSITORY, 7).map((comment) => comment.body?.split('\n')[1])).toEqual(['## ✅ evidence-gate: evidence verified']);
    // Within the bound: one backoff and one retry-after each, in parallel, not a minute.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('a server that never answers', () => {
  it('times out after `timeout-seconds`: each hanging run is run-unverifiable, the step fails, the summary says which and why', async () => {
    github.fail({path: new RegExp(`/actions/runs/(${RUN_A}|${RUN_B})$`)}, {hang: true}, 10);
    const started = Date.now();
    const run = await act({'timeout-seconds': '0.5'});
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({result: 'fail', errors: '2'});
    const errors = run.annotations.filter((annotation) => annotation.level === 'error' && annotation.file);
    expect(errors.map((annotation) => [annotation.line, annotation.message])).toEqual([
      [3, `CI run ${RUN_A} could not be checked: request timed out after 0.5 s on GET /repos/${REPOSITORY}/actions/runs/${RUN_A}. The gate does not pass on an unverified run.`],
      [15, `CI run ${RUN_B} could not be checked: request timed out after 0.5 s on GET /repos/${REPOSITORY}/actions/runs/${RUN_B}. The gate does not pass on an unverified run.`],
    ]);
    for (const id of [RUN_A, RUN_B]) {
      expect(run.summary).toContain(`| run-unverifiable | CI run ${id} could not be checked\\: request timed out after 0.5 s on GET /repos/${REPOSITORY}/actions/runs/${id}.`);
    }
    // Timeouts are not retried: one attempt each.
    expect(requestsTo(new RegExp(`/actions/runs/(${RUN_A}|${RUN_B})$`))).toHaveLength(2);
    expect(github.comments(REPOSITORY, 7)[0].body).toContain('run-unverifiable');
  });

  it('the request timeout is 30 s unless `timeout-seconds` says otherwise', () => {
    const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '', 'pull_request');
    expect(inputs({}).timeoutMs).toBe(30_000);
    expect(inputs({'timeout-seconds': '2.5'}).timeoutMs).toBe(2500);
    expect(() => inputs({'timeout-seconds': '0'})).toThrow('input `timeout-seconds` must be a positive number, not "0"');
    expect(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')).toMatch(/timeout-seconds:\n(?:.*\n)*? {4}default: '30'/);
  });
});

describe('failures that must not change the verdict', () => {
  it('a comment API that never answers costs the comment, with a warning; the pass stands', async () => {
    github.fail({path: /\/issues\/7\/comments$/}, {hang: true}, 10);
    const run = await act({'timeout-seconds': '0.5'});
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('pass');
    const warnings = run.annotations.filter((annotation) => annotation.level === 'warning');
    expect(warnings.map((annotation) => annotation.message)).toEqual([
      `evidence-gate could not comment on the pull request (request timed out after 0.5 s on GET /repos/${REPOSITORY}/issues/7/comments). The verdict, summary and annotations stand.`,
    ]);
    expect(run.annotations.filter((annotation) => annotation.level === 'error')).toEqual([]);
  });

  it('a pull request file list that cannot be read widens `scope: changed` to every report, with a warning', async () => {
    const other = 'docs/evidence/UNCHANGED.md';
    root = workspace({[REPORT]: TEXT, [other]: '## Gate 9 Acceptance\n\n| Criterion | Status |\n|---|---|\n| Pending thing | ⏳ |\n'});
    github.fail({path: /\/pulls\/7\/files$/}, {hang: true}, 10);
    const run = await act({scope: 'changed', 'timeout-seconds': '0.5'});
    expect(run.annotations.find((annotation) => annotation.level === 'warning')?.message).toBe(
      `evidence-gate could not list the pull request's files (request timed out after 0.5 s on GET /repos/${REPOSITORY}/pulls/7/files): verifying every report instead of only the changed ones.`,
    );
    expect(jsonOf(run).reports.map((report: {path: string}) => report.path)).toEqual([REPORT, other]);
    expect(run.code).toBe(1);
    expect(run.annotations.filter((annotation) => annotation.level === 'error' && annotation.file).map((annotation) => `${annotation.file}:${annotation.line}`)).toEqual([`${other}:5`]);
  });

  it('on a fork, a failing verdict stands too; only the comment is skipped, with a warning', async () => {
    await github.close();
    github = await startFakeGitHub({readOnly: true});
    world();
    github.addRun(REPOSITORY, {id: RUN_B, head_sha: RUN_SHA, conclusion: 'failure'});
    const run = await runAction({root, apiUrl: github.url, inputs: {scope: 'all'}, event: {number: 7, headSha: HEAD, headRepository: 'contributor/fork'}});
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({result: 'fail', errors: '1'});
    expect(run.annotations.filter((annotation) => annotation.level === 'error' && annotation.file).map((annotation) => annotation.line)).toEqual([15]);
    expect(run.annotations.find((annotation) => annotation.level === 'warning')?.message).toContain('pull-requests: write');
    expect(github.comments(REPOSITORY, 7)).toEqual([]);
  });
});

describe('paginated lists', () => {
  it('reads every page: the checks on page 5 of the jobs, the sticky comment on page 5 of the comments', async () => {
    github.setJobs(REPOSITORY, RUN_A, [...Array.from({length: 440}, (_, i) => ({name: `matrix (${i})`})), ...JOBS.map((name) => ({name}))]);
    for (let i = 0; i < 430; i++) github.addComment(REPOSITORY, 7, `review note ${i}`, 'reviewer');
    const sticky = github.addComment(REPOSITORY, 7, `${COMMENT_MARKER}\n## ❌ evidence-gate: evidence does not hold`, 'github-actions[bot]');
    for (let i = 0; i < 30; i++) github.addComment(REPOSITORY, 7, `later note ${i}`, 'reviewer');

    const run = await act();
    expect(run.code, run.stdout).toBe(0);
    expect(requestsTo(/\/jobs$/).map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5']);
    expect(requestsTo(/\/issues\/7\/comments$/).map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5']);
    expect(requestsTo(/\/issues\/7\/comments$/, 'POST')).toEqual([]);
    expect(requestsTo(/\/issues\/comments\/\d+$/, 'PATCH').map((request) => request.path)).toEqual([`/repos/${REPOSITORY}/issues/comments/${sticky.id}`]);
    const marked = github.comments(REPOSITORY, 7).filter((comment) => comment.body?.includes(COMMENT_MARKER));
    expect(marked.map((comment) => [comment.id, comment.body?.split('\n')[1]])).toEqual([[sticky.id, '## ✅ evidence-gate: evidence verified']]);
  });
});
