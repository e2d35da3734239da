import {afterEach, describe, expect, it} from 'vitest';
import {createGitHubClient} from '../../src/github/client.js';
import {GitHubRequestError} from '../../src/github/errors.js';
import {listPullFiles} from '../../src/github/pull-files.js';
import {shaOf, startFakeGitHub, type FakeGitHub, type PullFile} from '../support/github-api.js';

const REPO = 'acme/widgets';

let fake: FakeGitHub;
afterEach(() => fake?.close());

describe('listPullFiles', () => {
  it('reads every page and splits changed from removed paths, renames counting as both', async () => {
    fake = await startFakeGitHub();
    fake.addPull(REPO, {number: 3, head: {sha: shaOf('3')}});
    const files: PullFile[] = [
      ...Array.from({length: 110}, (_, i) => ({filename: `src/module-${i}.ts`, status: 'modified' as const})),
      {filename: 'docs/evidence/new-report.md', status: 'added'},
      {filename: 'docs/evidence/old-report.md', status: 'removed'},
      {filename: 'docs/evidence/renamed.md', status: 'renamed', previous_filename: 'docs/evidence/original.md'},
    ];
    fake.setPullFiles(REPO, 3, files);
    const client = createGitHubClient({token: 'ghs_any', baseUrl: fake.url});

    const result = await listPullFiles({client, repository: REPO, number: 3});

    expect(result.changed).toHaveLength(112);
    expect(result.changed.slice(-2)).toEqual(['docs/evidence/new-report.md', 'docs/evidence/renamed.md']);
    expect(result.removed).toEqual(['docs/evidence/old-report.md', 'docs/evidence/original.md']);
    expect(fake.requests.map((request) => request.query)).toEqual([{per_page: '100'}, {per_page: '100', page: '2'}]);
  });

  it('rejects with a short cause for a pull request that does not exist', async () => {
    fake = await startFakeGitHub();
    const client = createGitHubClient({token: 'ghs_any', baseUrl: fake.url});

    const error = await listPullFiles({client, repository: REPO, number: 4}).catch((rejection: unknown) => rejection);

    expect(error).toBeInstanceOf(GitHubRequestError);
    expect(error).toMatchObject({status: 404, message: `HTTP 404 from GET /repos/${REPO}/pulls/4/files: Not Found`});
  });
});
