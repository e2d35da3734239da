import {afterEach, describe, expect, it} from 'vitest';
import {startFakeGitHub, type FakeGitHub, type Job} from '../support/github-api.js';

let fake: FakeGitHub;
afterEach(() => fake?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${fake.url}${path}`, {headers});

describe('the fake GitHub API', () => {
  it('paginates like GitHub: 30 per page by default, at most 100, with a Link header', async () => {
    fake = await startFakeGitHub();
    fake.addPull('acme/widgets', {number: 5, head: {sha: 'a'.repeat(40)}});
    fake.setPullFiles('acme/widgets', 5, Array.from({length: 250}, (_, i) => ({filename: `f${i}.ts`, status: 'added' as const})));

    const first = await get('/repos/acme/widgets/pulls/5/files');
    expect(await first.json()).toHaveLength(30);
    expect(first.headers.get('link')).toBe(
      `<${fake.url}/repos/acme/widgets/pulls/5/files?page=2>; rel="next", <${fake.url}/repos/acme/widgets/pulls/5/files?page=9>; rel="last"`,
    );

    const middle = await get('/repos/acme/widgets/pulls/5/files?per_page=500&page=2');
    expect(await middle.json()).toHaveLength(100);
    const links = middle.headers.get('link')!;
    for (const [page, rel] of [[1, 'prev'], [3, 'next'], [3, 'last'], [1, 'first']] as const) {
      expect(links).toContain(`<${fake.url}/repos/acme/widgets/pulls/5/files?per_page=500&page=${page}>; rel="${rel}"`);
    }

    const last = await get('/repos/acme/widgets/pulls/5/files?per_page=100&page=3');
    expect(await last.json()).toHaveLength(50);
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('wraps jobs as {total_count, jobs} and gives GitHub\'s 404 body for unknown resources', async () => {
    fake = await startFakeGitHub();
    fake.addRun('acme/widgets', {id: 9});
    fake.setJobs('acme/widgets', 9, [{name: 'lint'}, {name: 'test', conclusion: 'failure'}]);

    const jobs = (await (await get('/repos/acme/widgets/actions/runs/9/jobs')).json()) as {total_count: number; jobs: Job[]};
    expect(jobs.total_count).toBe(2);
    expect(jobs.jobs.map((job) => [job.name, job.conclusion])).toEqual([
      ['lint', 'success'],
      ['test', 'failure'],
    ]);

    for (const path of ['/repos/acme/widgets/actions/runs/10', '/repos/acme/widgets/actions/runs/10/jobs', '/repos/acme/widgets/pulls/1', '/nope']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({message: 'Not Found', status: '404', documentation_url: expect.stringContaining('docs.github.com')});
    }
  });

  it('refuses a wrong token with 401 and comment writes from a read-only token with 403', async () => {
    fake = await startFakeGitHub({token: 'right', readOnly: true});
    fake.addPull('acme/widgets', {number: 5, head: {sha: 'a'.repeat(40)}});

    expect((await get('/repos/acme/widgets/pulls/5', {authorization: 'token wrong'})).status).toBe(401);
    expect(await (await get('/repos/acme/widgets/pulls/5')).json()).toMatchObject({message: 'Bad credentials', status: '401'});
    expect((await get('/repos/acme/widgets/pulls/5', {authorization: 'Bearer right'})).status).toBe(200);

    const post = await fetch(`${fake.url}/repos/acme/widgets/issues/5/comments`, {
      method: 'POST',
      headers: {authorization: 'token right', 'content-type': 'application/json'},
      body: JSON.stringify({body: 'hi'}),
    });
    expect(post.status).toBe(403);
    expect(await post.json()).toMatchObject({message: 'Resource not accessible by integration'});
    expect(fake.requests.at(-1)).toMatchObject({method: 'POST', path: '/repos/acme/widgets/issues/5/comments', body: {body: 'hi'}});
  });

  it('consumes faults in order, then answers normally, and closes while a request hangs', async () => {
    fake = await startFakeGitHub();
    fake.addRun('acme/widgets', {id: 1});
    fake.fail({path: /\/runs\/1$/}, {status: 502});
    fake.fail({method: 'GET', path: /\/runs\/1$/}, {status: 503, headers: {'retry-after': '7'}});

    expect((await get('/repos/acme/widgets/actions/runs/1')).status).toBe(502);
    const second = await get('/repos/acme/widgets/actions/runs/1');
    expect([second.status, second.headers.get('retry-after')]).toEqual([503, '7']);
    expect((await get('/repos/acme/widgets/actions/runs/1')).status).toBe(200);

    fake.fail({path: /\/runs\/1$/}, {reset: true});
    await expect(get('/repos/acme/widgets/actions/runs/1')).rejects.toThrow();

    fake.fail({path: /\/runs\/1$/}, {hang: true});
    const hanging = get('/repos/acme/widgets/actions/runs/1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fake.close();
    await expect(hanging).rejects.toThrow();
  });
});
