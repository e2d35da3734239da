import {afterEach, describe, expect, it} from 'vitest';
import type {RunSetting} from '../../src/checks/facts.js';
import {FindingList} from '../../src/checks/findings.js';
import {checkRuns} from '../../src/checks/runs.js';
import type {PullCitation, ReportModel, RunCitation} from '../../src/model/types.js';
import {resolvePolicy} from '../../src/policy/policy.js';
import {createGitHubClient, type GitHubClientOptions} from '../../src/github/client.js';
import {BadCredentialsError} from '../../src/github/errors.js';
import {gatherFacts} from '../../src/github/facts.js';
import {secondaryRateLimit, shaOf, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions} from '../support/github-api.js';

const REPO = 'acme/widgets';
const TOKEN = 'ghs_fakeTokenForTests0123456789';
const SETTING = {repository: REPO, serverHost: 'github.com', allowedRepositories: ['acme/tools']};

let fake: FakeGitHub;
afterEach(() => fake?.close());

async function start(options: FakeGitHubOptions = {}) {
  fake = await startFakeGitHub({token: TOKEN, ...options});
  return fake;
}

const client = (options: Partial<GitHubClientOptions> = {}) =>
  createGitHubClient({token: TOKEN, baseUrl: fake.url, retryAfterBaseMs: 5, timeoutMs: 5000, ...options});

const run = (id: number | undefined, extra: Partial<RunCitation> = {}): RunCitation => ({
  id,
  text: id === undefined ? 'runs/[TBD]' : `CI run #${id}`,
  placeholder: id === undefined,
  expected: 'success',
  jobs: [],
  line: 3,
  ...extra,
});

const report = (path: string, runs: RunCitation[], pulls: PullCitation[] = []): ReportModel => ({path, metadata: [], gates: [], files: [], runs, pulls, summaries: []});

const gather = (models: ReportModel[], options: {pullHeadSha?: string; concurrency?: number; client?: ReturnType<typeof client>} = {}) =>
  gatherFacts(models, {client: options.client ?? client(), setting: SETTING, pullHeadSha: options.pullHeadSha, concurrency: options.concurrency});

const requestsTo = (pattern: RegExp) => fake.requests.filter((request) => pattern.test(request.path));

describe('gatherFacts', () => {
  it('turns a successful, a failed, an in-progress and a missing run into the right facts', async () => {
    await start();
    fake.addRun(REPO, {id: 1, name: 'Build', head_branch: 'feature/x'});
    fake.addRun(REPO, {id: 2, conclusion: 'failure'});
    fake.addRun(REPO, {id: 3, status: 'in_progress', conclusion: null});

    const setting = await gather([report('a.md', [run(1), run(2), run(3), run(4)])]);

    expect(setting.runs!(REPO, 1)).toEqual({
      run: {
        state: 'found',
        value: {
          id: 1,
          repository: REPO,
          status: 'completed',
          conclusion: 'success',
          workflowName: 'Build',
          headBranch: 'feature/x',
          headSha: shaOf(`run:${REPO}:1`),
          htmlUrl: `https://github.com/${REPO}/actions/runs/1`,
        },
      },
    });
    expect(setting.runs!(REPO, 2)?.run).toMatchObject({state: 'found', value: {status: 'completed', conclusion: 'failure'}});
    expect(setting.runs!(REPO, 3)?.run).toMatchObject({state: 'found', value: {status: 'in_progress', conclusion: null}});
    expect(setting.runs!(REPO, 4)?.run).toEqual({state: 'not-found'});
    expect(setting).toMatchObject(SETTING);

    const findings = new FindingList(resolvePolicy());
    checkRuns(report('a.md', [run(1), run(2), run(3), run(4)]), setting, findings);
    expect(findings.items.map((finding) => finding.rule)).toEqual(['run-failed', 'run-incomplete', 'run-not-found']);

    // a log's earlier entry cites its runs whatever they did: found and completed is all it claims
    const history = new FindingList(resolvePolicy());
    checkRuns(report('a.md', [run(1, {expected: 'any'}), run(2, {expected: 'any'}), run(3, {expected: 'any'}), run(4, {expected: 'any'})]), setting, history);
    expect(history.items.map((finding) => finding.rule)).toEqual(['run-incomplete', 'run-not-found']);
  });

  it('requests each distinct run once, however many reports cite it, and never a skipped citation', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.addRun('acme/tools', {id: 2});
    const models = [
      report('a.md', [run(1), run(1, {line: 9}), run(undefined)]),
      report('b.md', [run(1, {repository: 'ACME/Widgets', host: 'github.com'}), run(2, {repository: 'acme/tools', host: 'github.com'})]),
      report('c.md', [run(1), run(5, {repository: 'evil/repo', host: 'github.com'}), run(6, {repository: REPO, host: 'gitlab.com'})]),
    ];

    const setting = await gather(models);

    expect(requestsTo(/\/actions\/runs\/1$/)).toHaveLength(1);
    expect(requestsTo(/\/actions\/runs\/2$/)).toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.every((request) => request.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(setting.runs!('Acme/Widgets', 1)?.run.state).toBe('found');
    expect(setting.runs!('acme/tools', 2)?.run.state).toBe('found');
    expect(setting.runs!('evil/repo', 5)).toBeUndefined();
  });

  it('keeps at most `concurrency` lookups in flight', async () => {
    await start({latencyMs: 20});
    for (let id = 1; id <= 12; id++) fake.addRun(REPO, {id});

    const setting = await gather([report('a.md', Array.from({length: 12}, (_, i) => run(i + 1)))], {concurrency: 3});

    expect(fake.peakInFlight).toBe(3);
    expect(fake.requests).toHaveLength(12);
    expect(setting.runs!(REPO, 12)?.run.state).toBe('found');
  });

  it('lists jobs over every page, once, and only for runs cited with jobs', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.addRun(REPO, {id: 2});
    fake.setJobs(REPO, 1, [
      ...Array.from({length: 129}, (_, i) => ({name: `matrix (${i})`})),
      {name: 'Unit Tests', status: 'in_progress' as const, conclusion: null},
    ]);
    const withJobs = run(1, {jobs: [{name: 'Unit Tests', line: 4}]});

    const setting = await gather([report('a.md', [withJobs, run(2)]), report('b.md', [withJobs])]);

    const pages = requestsTo(/\/runs\/1\/jobs$/);
    expect(pages.map((request) => request.query)).toEqual([{per_page: '100'}, {per_page: '100', page: '2'}]);
    expect(requestsTo(/\/runs\/2\/jobs$/)).toHaveLength(0);
    const jobs = setting.runs!(REPO, 1)?.jobs;
    expect(jobs?.state === 'found' && jobs.value).toHaveLength(130);
    expect(jobs?.state === 'found' && jobs.value.at(-1)).toEqual({name: 'Unit Tests', status: 'in_progress', conclusion: null});
    expect(setting.runs!(REPO, 2)?.jobs).toBeUndefined();
  });

  it('compares each run commit with the pull request head: ancestor, not, unknown, same commit', async () => {
    await start();
    const head = shaOf('pr-head');
    const [ahead, diverged, behind, unknown] = ['ahead', 'diverged', 'behind', 'unknown'].map(shaOf);
    fake.addRun(REPO, {id: 1, head_sha: ahead});
    fake.addRun(REPO, {id: 2, head_sha: diverged});
    fake.addRun(REPO, {id: 3, head_sha: behind});
    fake.addRun(REPO, {id: 4, head_sha: unknown});
    fake.addRun(REPO, {id: 5, head_sha: head});
    fake.addRun(REPO, {id: 6, head_sha: ahead});
    fake.setCompare(REPO, ahead, head, 'ahead');
    fake.setCompare(REPO, diverged, head, 'diverged');
    fake.setCompare(REPO, behind, head, 'behind');

    const setting = await gather([report('a.md', [1, 2, 3, 4, 5, 6].map((id) => run(id)))], {pullHeadSha: head});

    const ancestor = (id: number) => setting.runs!(REPO, id)?.ancestor;
    expect(ancestor(1)).toEqual({state: 'found', value: {ancestor: true, head}});
    expect(ancestor(2)).toEqual({state: 'found', value: {ancestor: false, head}});
    expect(ancestor(3)).toEqual({state: 'found', value: {ancestor: false, head}});
    expect(ancestor(4)).toEqual({state: 'found', value: {ancestor: false, head}});
    expect(ancestor(5)).toEqual({state: 'found', value: {ancestor: true, head}});
    expect(ancestor(6)).toEqual(ancestor(1));
    expect(requestsTo(/\/compare\//).map((request) => request.path)).toEqual(
      expect.arrayContaining([`/repos/${REPO}/compare/${ahead}...${head}`, `/repos/${REPO}/compare/${unknown}...${head}`]),
    );
    expect(requestsTo(/\/compare\//)).toHaveLength(4);

    const findings = new FindingList(resolvePolicy());
    checkRuns(report('a.md', [run(2)]), setting, findings);
    expect(findings.items.map((finding) => finding.rule)).toEqual(['run-not-ancestor']);
  });

  it('does not compare a run from an allowed other repository with this pull request', async () => {
    await start();
    fake.addRun('acme/tools', {id: 1});

    const setting = await gather([report('a.md', [run(1, {repository: 'acme/tools', host: 'github.com'})])], {pullHeadSha: shaOf('pr-head')});

    expect(setting.runs!('acme/tools', 1)).toEqual({run: expect.objectContaining({state: 'found'})});
    expect(requestsTo(/\/compare\//)).toHaveLength(0);
  });

  it('looks up each cited pull request once: found or not found', async () => {
    await start();
    fake.addPull(REPO, {number: 7, title: 'Add widgets', head: {sha: shaOf('7')}});
    const pull = (number: number): PullCitation => ({number, line: 2});

    const setting = await gather([report('a.md', [], [pull(7), pull(8)]), report('b.md', [], [pull(7)])]);

    expect(setting.pulls!(REPO, 7)).toEqual({
      state: 'found',
      value: {number: 7, repository: REPO, title: 'Add widgets', state: 'open', htmlUrl: `https://github.com/${REPO}/pull/7`},
    });
    expect(setting.pulls!(REPO, 8)).toEqual({state: 'not-found'});
    expect(requestsTo(/\/pulls\/7$/)).toHaveLength(1);
  });
});

describe('gatherFacts over an unreliable API', () => {
  const runPath = /\/actions\/runs\/1$/;
  const factsOfRun1 = async (options: Parameters<typeof gather>[1] = {}) => (await gather([report('a.md', [run(1)])], options)).runs!(REPO, 1)!;

  it('retries a 500 then a 502 and succeeds', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: runPath}, {status: 500});
    fake.fail({path: runPath}, {status: 502});

    expect((await factsOfRun1()).run.state).toBe('found');
    expect(requestsTo(runPath)).toHaveLength(3);
  });

  it('gives up on a persistent 500 after the retries: unverifiable, naming HTTP 500', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: runPath}, {status: 500}, 10);

    expect((await factsOfRun1()).run).toEqual({state: 'unverifiable', cause: `HTTP 500 from GET /repos/${REPO}/actions/runs/1 after 4 attempts`});
    expect(requestsTo(runPath)).toHaveLength(4);
  });

  it('honours the retries option', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: runPath}, {status: 503}, 10);

    expect((await factsOfRun1({client: client({retries: 1})})).run).toMatchObject({state: 'unverifiable', cause: expect.stringContaining('after 2 attempts')});
    expect(requestsTo(runPath)).toHaveLength(2);
  });

  it('retries a connection reset', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: runPath}, {reset: true});

    expect((await factsOfRun1()).run.state).toBe('found');
    expect(requestsTo(runPath)).toHaveLength(2);
  });

  it('names a connection reset that never stops', async () => {
    await start();
    fake.fail({path: runPath}, {reset: true}, 10);

    expect((await factsOfRun1()).run).toEqual({state: 'unverifiable', cause: `connection reset on GET /repos/${REPO}/actions/runs/1 after 4 attempts`});
  });

  it.each([429, 403] as const)('waits out a %i secondary rate limit with retry-after, then succeeds', async (status) => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: runPath}, secondaryRateLimit(status, 1), 2);

    expect((await factsOfRun1()).run.state).toBe('found');
    expect(requestsTo(runPath)).toHaveLength(3);
  });

  it('stops retrying a rate limit after the retries, and never waits longer than a minute', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.addRun(REPO, {id: 2});
    fake.fail({path: runPath}, secondaryRateLimit(429, 1), 10);
    fake.fail({path: /\/runs\/2$/}, secondaryRateLimit(403, 3600), 10);

    const setting = await gather([report('a.md', [run(1), run(2)])]);

    expect(setting.runs!(REPO, 1)?.run).toMatchObject({state: 'unverifiable', cause: expect.stringMatching(/^HTTP 429 from GET .*: You have exceeded a secondary rate limit/)});
    expect(requestsTo(runPath)).toHaveLength(4);
    expect(setting.runs!(REPO, 2)?.run).toMatchObject({state: 'unverifiable', cause: expect.stringContaining('HTTP 403')});
    expect(requestsTo(/\/runs\/2$/)).toHaveLength(1);
  });

  it('times out on a server that never answers, without retrying', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: runPath}, {hang: true}, 10);

    const started = Date.now();
    const facts = await factsOfRun1({client: client({timeoutMs: 300})});

    expect(facts.run).toEqual({state: 'unverifiable', cause: `request timed out after 0.3 s on GET /repos/${REPO}/actions/runs/1`});
    expect(Date.now() - started).toBeLessThan(2000);
    expect(requestsTo(runPath)).toHaveLength(1);
  });

  it('times out on a server that sends headers and then stalls', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: runPath}, {stall: true}, 10);

    expect((await factsOfRun1({client: client({timeoutMs: 300})})).run).toEqual({
      state: 'unverifiable',
      cause: `request timed out after 0.3 s on GET /repos/${REPO}/actions/runs/1`,
    });
  });

  it('keeps a run found when only its jobs cannot be listed', async () => {
    await start();
    fake.addRun(REPO, {id: 1});
    fake.fail({path: /\/runs\/1\/jobs$/}, {status: 502}, 10);

    const setting = await gather([report('a.md', [run(1, {jobs: [{name: 'test', line: 4}]})])]);

    expect(setting.runs!(REPO, 1)?.run.state).toBe('found');
    expect(setting.runs!(REPO, 1)?.jobs).toEqual({state: 'unverifiable', cause: `HTTP 502 from GET /repos/${REPO}/actions/runs/1/jobs after 4 attempts`});
  });

  it('never repeats the token, even when the server echoes it', async () => {
    await start();
    fake.fail({path: runPath}, {status: 422, body: {message: `Token ${TOKEN} may not read this run`, status: '422'}});

    expect((await factsOfRun1()).run).toEqual({state: 'unverifiable', cause: `HTTP 422 from GET /repos/${REPO}/actions/runs/1: Token *** may not read this run`});
  });

  it('rejects with BadCredentialsError on 401, once, without the token in the message', async () => {
    await start({token: 'ghs_theRightToken'});
    for (let id = 1; id <= 20; id++) fake.addRun(REPO, {id});

    const error = await gather([report('a.md', Array.from({length: 20}, (_, i) => run(i + 1)))], {concurrency: 4}).catch((rejection: unknown) => rejection);

    expect(error).toBeInstanceOf(BadCredentialsError);
    expect((error as Error).message).toMatch(/^GitHub rejected the token \(HTTP 401 from GET \/repos\/acme\/widgets\/actions\/runs\/\d+: Bad credentials\)$/);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(fake.requests.length).toBeLessThanOrEqual(4);
  });
});

describe('the result, read by the checks', () => {
  it('is a complete RunSetting', async () => {
    await start();
    const setting: RunSetting = await gather([]);
    expect(fake.requests).toHaveLength(0);
    expect(setting.runs!(REPO, 1)).toBeUndefined();
    expect(setting.pulls!(REPO, 1)).toBeUndefined();
  });
});
