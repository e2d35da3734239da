import {afterEach, describe, expect, it} from 'vitest';
import {createGitHubClient} from '../../src/github/client.js';
import {upsertStickyComment} from '../../src/github/comment.js';
import {shaOf, startFakeGitHub, type FakeGitHub} from '../support/github-api.js';

// Apart from comment.test.ts because Octokit's throttling spaces comment creations 3 s apart per process.

const REPO = 'acme/widgets';
const MARKER = '<!-- evidence-gate -->';

let fake: FakeGitHub;
afterEach(() => fake?.close());

describe('upsertStickyComment with a read-only token', () => {
  it('reports a fork pull request\'s token as forbidden instead of throwing', async () => {
    fake = await startFakeGitHub({readOnly: true});
    fake.addPull(REPO, {number: 12, head: {sha: shaOf('12')}});
    const client = createGitHubClient({token: 'ghs_readOnly', baseUrl: fake.url});

    const result = await upsertStickyComment({client, repository: REPO, issueNumber: 12, marker: MARKER, body: `${MARKER}\nhello`});

    expect(result).toEqual({
      action: 'forbidden',
      cause: `HTTP 403 from POST /repos/${REPO}/issues/12/comments: Resource not accessible by integration`,
    });
    expect(fake.comments(REPO, 12)).toHaveLength(0);
    expect(fake.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
  });
});
