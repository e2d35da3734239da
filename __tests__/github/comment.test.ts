import {afterEach, describe, expect, it} from 'vitest';
import {createGitHubClient} from '../../src/github/client.js';
import {BadCredentialsError} from '../../src/github/errors.js';
import {upsertStickyComment} from '../../src/github/comment.js';
import {shaOf, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions} from '../support/github-api.js';

const REPO = 'acme/widgets';
const TOKEN = 'ghs_fakeTokenForTests0123456789';
const MARKER = '<!-- evidence-gate -->';

let fake: FakeGitHub;
afterEach(() => fake?.close());

async function start(options: FakeGitHubOptions = {}) {
  fake = await startFakeGitHub({token: TOKEN, ...options});
  fake.addPull(REPO, {number: 12, head: {sha: shaOf('12')}});
  return createGitHubClient({token: TOKEN, baseUrl: fake.url, retryAfterBaseMs: 5});
}

const chatter = (count: number) => {
  for (let i = 0; i < count; i++) fake.addComment(REPO, 12, `Looks good ${i}`, i % 2 ? 'octocat' : 'hubot');
};
const marked = () => fake.comments(REPO, 12).filter((comment) => comment.body?.includes(MARKER));
const requests = (method: string) => fake.requests.filter((request) => request.method === method);

describe('upsertStickyComment', () => {
  it('creates the comment after reading every page, then updates it in place on a later page among 200 others', async () => {
    const client = await start();
    chatter(160);
    const upsert = (body: string) => upsertStickyComment({client, repository: REPO, issueNumber: 12, marker: MARKER, body});

    const created = await upsert('## Evidence: 2 findings');
    expect(requests('GET').map((request) => request.query)).toEqual([{per_page: '100'}, {per_page: '100', page: '2'}]);
    expect(marked().map((comment) => [comment.body, comment.user?.login])).toEqual([[`${MARKER}\n## Evidence: 2 findings`, 'github-actions[bot]']]);

    chatter(50);
    fake.requests.length = 0;
    const updated = await upsert(`${MARKER}\n## Evidence: all clear`);

    const [comment] = marked();
    expect(marked()).toHaveLength(1);
    expect(fake.comments(REPO, 12)).toHaveLength(211);
    expect(fake.comments(REPO, 12).indexOf(comment)).toBe(160);
    expect(comment.body).toBe(`${MARKER}\n## Evidence: all clear`);
    expect(created).toEqual({action: 'created', url: comment.html_url});
    expect(updated).toEqual({action: 'updated', url: comment.html_url});
    // Page 2 holds the marked comment: page 3 is never read.
    expect(requests('GET').map((request) => request.query)).toEqual([{per_page: '100'}, {per_page: '100', page: '2'}]);
    expect(requests('PATCH').map((request) => request.path)).toEqual([`/repos/${REPO}/issues/comments/${comment.id}`]);
    expect(requests('POST')).toHaveLength(0);
  });

  it('updates only the first of several marked comments', async () => {
    const client = await start();
    const first = fake.addComment(REPO, 12, `${MARKER}\nold`, 'github-actions[bot]');
    fake.addComment(REPO, 12, `${MARKER}\nolder duplicate`, 'github-actions[bot]');

    const result = await upsertStickyComment({client, repository: REPO, issueNumber: 12, marker: MARKER, body: `${MARKER}\nnew`});

    expect(result).toEqual({action: 'updated', url: first.html_url});
    expect(marked().map((comment) => comment.body)).toEqual([`${MARKER}\nnew`, `${MARKER}\nolder duplicate`]);
  });

  it('never takes a person\'s comment that quotes the marker for its own', async () => {
    const client = await start();
    const quoted = fake.addComment(REPO, 12, `Why does it say ${MARKER}?`, 'reviewer');

    const result = await upsertStickyComment({client, repository: REPO, issueNumber: 12, marker: MARKER, body: `${MARKER}\nnew`});

    expect(result.action).toBe('created');
    expect(fake.comments(REPO, 12).find((comment) => comment.id === quoted.id)?.body).toBe(`Why does it say ${MARKER}?`);
  });

  it('only updates, never creates, when createIfMissing is false', async () => {
    const client = await start();
    const upsert = (body: string) => upsertStickyComment({client, repository: REPO, issueNumber: 12, marker: MARKER, body, createIfMissing: false});

    expect(await upsert(`${MARKER}\npassed`)).toEqual({action: 'skipped'});
    expect(fake.comments(REPO, 12)).toHaveLength(0);

    const existing = fake.addComment(REPO, 12, `${MARKER}\nfailed`, 'github-actions[bot]');
    expect(await upsert(`${MARKER}\npassed`)).toEqual({action: 'updated', url: existing.html_url});
    expect(fake.comments(REPO, 12).map((comment) => comment.body)).toEqual([`${MARKER}\npassed`]);
  });

  it('lets a refused token reject', async () => {
    await start();
    const client = createGitHubClient({token: 'ghs_wrong', baseUrl: fake.url});

    await expect(upsertStickyComment({client, repository: REPO, issueNumber: 12, marker: MARKER, body: 'x'})).rejects.toBeInstanceOf(BadCredentialsError);
  });

  it('reports a fork pull request\'s token as forbidden instead of throwing, and does not retry it', async () => {
    const client = await start({readOnly: true});

    const result = await upsertStickyComment({client, repository: REPO, issueNumber: 12, marker: MARKER, body: `${MARKER}\nhello`});

    expect(result).toEqual({
      action: 'forbidden',
      cause: `HTTP 403 from POST /repos/${REPO}/issues/12/comments: Resource not accessible by integration`,
    });
    expect(fake.comments(REPO, 12)).toHaveLength(0);
    expect(fake.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
  });
});
