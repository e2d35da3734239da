import {describe, expect, it} from 'vitest';
import {findFileUrls, findPullNumbers, findPullUrls, findRunNumbers, findRunUrls, linesNamedIn, linesOf, pathCandidate} from '../src/parse/patterns.js';

const REPO = 'https://github.com/cgtqwmwkhp-rgb/quality-governance-platform';

describe('CI run citations', () => {
  it.each([
    [`${REPO}/actions/runs/20696090612`, 20696090612],
    [`${REPO}/actions/runs/20710399190/job/59449422370?pr=17`, 20710399190],
    [`see (${REPO}/actions/runs/20694685295).`, 20694685295],
  ])('reads the run id of %s', (text, id) => {
    expect(findRunUrls(text)).toMatchObject([{id, repository: 'cgtqwmwkhp-rgb/quality-governance-platform', host: 'github.com'}]);
  });

  it('keeps a placeholder URL as a placeholder', () => {
    expect(findRunUrls(`${REPO}/actions/runs/[TBD]`)).toMatchObject([{id: undefined, text: `${REPO}/actions/runs/[TBD]`}]);
    expect(findRunUrls(`${REPO}/actions/runs/XXXX)`)).toMatchObject([{id: undefined}]);
  });

  it('reads the host, for Enterprise servers', () => {
    expect(findRunUrls('https://ghe.example.com/team/app/actions/runs/42')).toMatchObject([{host: 'ghe.example.com', repository: 'team/app', id: 42}]);
  });

  it.each([
    ['CI run 20696090612 - all checks green', 20696090612],
    ['CI run #20694685295', 20694685295],
    ['Workflow run: 123456789', 123456789],
    ['the run #5555555 passed', 5555555],
  ])('reads %j', (text, id) => {
    expect(findRunNumbers(text).map((run) => run.id)).toEqual([id]);
  });

  it.each([
    ['gh run view 1000000007', 1000000007],
    ['Run ID 1000000020', 1000000020],
    ['CI run id: #1000000021', 1000000021],
  ])('reads %j as run %d', (text, id) => {
    expect(findRunNumbers(text).map((run) => run.id)).toEqual([id]);
  });

  it.each(['run 3 times', 'CI runs: 10 (iterative fixes)', 'Run the validator', 'CI run URL [TBD]', 'The fuzzer runs 100000000 iterations', 'Soak test run 20240501', 'Run #18234 in the Actions tab', 'CI run #18250'])('ignores %j', (text) => {
    expect(findRunNumbers(text)).toEqual([]);
  });
});

describe('pull request citations', () => {
  it('reads PR URLs and numbers', () => {
    expect(findPullUrls(`${REPO}/pull/3`)).toMatchObject([{number: 3, repository: 'cgtqwmwkhp-rgb/quality-governance-platform'}]);
    expect(findPullNumbers('Merge PR #3 to main; pull request #12').map((pull) => pull.number)).toEqual([3, 12]);
    expect(findPullNumbers('PR: #17').map((pull) => pull.number)).toEqual([17]);
    expect(findPullNumbers('issue #4, PRs, #5')).toEqual([]);
    // a number without its `#` where the sentence goes on after it, not where it counts something
    expect(findPullNumbers('Merged in PR 77. Then pull request 1234, and PR #12 and PR 13 (hotfix)').map((pull) => pull.number)).toEqual([77, 1234, 12, 13]);
    expect(findPullNumbers('PR 2 weeks old; the PR 42 reviewers; PR-123')).toEqual([]);
  });
});

describe('file paths in inline code', () => {
  it.each([
    ['docs/runbooks/README.md', 'docs/runbooks/README.md'],
    ['src/infrastructure/database.py:164-168', 'src/infrastructure/database.py'],
    ['tests/unit/test_x.py::TestA::test_b', 'tests/unit/test_x.py'],
    ['src/app.ts#L10-L20', 'src/app.ts'],
    ['docs/evidence/X.md (this file)', 'docs/evidence/X.md'],
    ['.github/workflows/ci.yml', '.github/workflows/ci.yml'],
    ['docs/evidence/', 'docs/evidence/'],
    ['branch_protection_rule.png', 'branch_protection_rule.png'],
    ['Dockerfile', 'Dockerfile'],
    ['docs/runbooks/rollback.md#drill', 'docs/runbooks/rollback.md'],
    ['src/app.ts:12:5', 'src/app.ts'],
    ['src/app.ts:L12', 'src/app.ts'],
    ['src/app.ts L10-20', 'src/app.ts'],
    ['src/app.ts (lines 1-5)', 'src/app.ts'],
    ['../runbooks/deploy.md', '../runbooks/deploy.md'],
    ['.github/workflows/deploy.yml@main', '.github/workflows/deploy.yml'],
    ['src/nope3.py@L20', 'src/nope3.py'],
    ['docs/img/dashboard@2x.png', 'docs/img/dashboard@2x.png'],
  ])('%j is the path %j', (code, path) => {
    expect(pathCandidate(code, false)?.path).toBe(path);
  });

  it.each([
    '/healthz', 'all-checks', 'git push origin temp:main', 'os.path', 'v1.0', '0.12s', 'key=value', 'created_at DESC',
    'docs/evidence/*.md', 'alembic/versions/..._rta_audit.py', 'reports/YYYY-MM.md', 'XXX.md', 'docs/<name>.md',
    'application/json', 'https://example.com/a.md', 'circuit_breaker.*.state', 'get_db()',
  ])('%j is not a file path', (code) => {
    expect(pathCandidate(code, false)).toBeUndefined();
  });

  it('accepts a path without extension, or an absolute one, only where a file is claimed', () => {
    expect(pathCandidate('scripts/deploy', false)).toBeUndefined();
    expect(pathCandidate('scripts/deploy', true)?.path).toBe('scripts/deploy');
    expect(pathCandidate('/etc/passwd', false)).toBeUndefined();
    expect(pathCandidate('/etc/passwd', true)?.path).toBe('/etc/passwd');
    expect(pathCandidate('/readyz', true)).toBeUndefined();
  });

  it('keeps claimed folders and extensionless files named like routes', () => {
    for (const path of ['api/', 'api/handlers/', 'docs/v1/', 'api/Dockerfile', 'docs/v1']) expect(pathCandidate(path, true)?.path).toBe(path);
  });

  it.each(['/api/v2/orders', 'api/v2/orders', '/oauth/v1/token', '/oauth/token', '@acme/widgets-core', 'actions/checkout@v4', 'application/json', 'text/csv'])(
    '%j is not a file even where one is claimed (an endpoint, a package, an action, a media type)',
    (code) => {
      expect(pathCandidate(code, true)).toBeUndefined();
    },
  );
});

describe('GitHub file URLs', () => {
  it('read the repository, and the ref and path without a query, an anchor or trailing punctuation', () => {
    const text = 'See https://github.com/acme/shop/blob/main/docs/a.md#L10, https://GHE.example.com/o/r/tree/v1.2/src?plain=1 and https://github.com/acme/shop/pull/3.';
    expect(findFileUrls(text).map(({host, repository, refAndPath, index}) => [host, repository, refAndPath, index])).toEqual([
      ['github.com', 'acme/shop', 'main/docs/a.md', 4],
      ['ghe.example.com', 'o/r', 'v1.2/src', 58],
    ]);
  });
});

describe('a malformed run link', () => {
  it('reads no run id from one that runs on into letters', () => {
    expect(findRunUrls('https://github.com/acme/app/actions/runs/11290a4455 | PASS')).toMatchObject([{id: undefined, text: 'https://github.com/acme/app/actions/runs/11290a4455'}]);
    expect(findRunUrls('https://github.com/acme/app/actions/runs/11290-fix')).toMatchObject([{id: undefined}]);
    expect(findRunUrls('https://github.com/acme/app/actions/runs/11290/attempts/2')).toMatchObject([{id: 11290}]);
  });
});

describe('a release download', () => {
  it('is no file of the repository when named by its version, unless a folder is given', () => {
    expect(pathCandidate('acme-core-2.4.0-linux-amd64.tar.gz', true)).toBeUndefined();
    expect(pathCandidate('app-v3.1.0.zip', true)).toBeUndefined();
    // A date or a two-part version names an evidence archive as often: it is looked for.
    expect(pathCandidate('evidence-2024.06.zip', true)).toMatchObject({path: 'evidence-2024.06.zip'});
    expect(pathCandidate('restore-manifest-1.3.zip', true)).toMatchObject({path: 'restore-manifest-1.3.zip'});
    expect(pathCandidate('backup.tar.gz', true)).toMatchObject({path: 'backup.tar.gz'});
    expect(pathCandidate('dist/acme-core-2.4.0.tar.gz', true)).toMatchObject({path: 'dist/acme-core-2.4.0.tar.gz'});
    expect(pathCandidate('release-notes-2.4.0.md', true)).toMatchObject({path: 'release-notes-2.4.0.md'});
  });
});

describe('the lines a path cites', () => {
  it.each([
    ['src/a.py:64', {from: 64, to: 64}],
    ['src/a.py:12-40', {from: 12, to: 40}],
    ['src/a.py:12:5', {from: 12, to: 12}],
    ['src/a.py:L12-L40', {from: 12, to: 40}],
    ['src/a.py#L10-L20', {from: 10, to: 20}],
    ['src/a.py L10-20', {from: 10, to: 20}],
    ['src/a.py (lines 1, 5-7)', {from: 1, to: 7}],
  ])('%s', (code, lines) => {
    expect(pathCandidate(code, true)).toEqual({path: 'src/a.py', hasSlash: true, lines});
  });

  it('are named in words after a path, or in a link\'s text', () => {
    expect(linesNamedIn(' (lines 212–220) for exports', true)).toEqual({from: 212, to: 220});
    expect(linesNamedIn(' line 7.', true)).toEqual({from: 7, to: 7});
    expect(linesNamedIn(' and then line 7', true)).toBeUndefined();
    expect(linesNamedIn('src/a.py lines 104–107', false)).toEqual({from: 104, to: 107});
    expect(linesNamedIn('the outlines of the plan', false)).toBeUndefined();
  });

  it('are none without a suffix, or for a folder', () => {
    expect(pathCandidate('src/a.py', true)?.lines).toBeUndefined();
    expect(linesOf('')).toBeUndefined();
    expect(linesOf(':0')).toBeUndefined();
  });
});

describe('a link to a run with a slip in its path', () => {
  it('is read as a run link with no id', () => {
    expect(findRunUrls('SAST on the fix branch: https://github.com/acme/shop/action/runs/11409876543')).toMatchObject([
      {id: undefined, repository: 'acme/shop', text: 'https://github.com/acme/shop/action/runs/11409876543'},
    ]);
    expect(findRunUrls('https://github.com/acme/shop/actions/run/11409876543.')).toMatchObject([{id: undefined}]);
    expect(findRunUrls('https://github.com/acme/shop/actions/runs/11409876543')).toMatchObject([{id: 11409876543}]);
  });
});
