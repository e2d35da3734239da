/**
 * Trust: a cited run only counts when it is a run of this repository (or an allowed one), on this
 * server, that completed successfully on code in the pull request's history. Every other case is its
 * own finding at its line, and none of them lets the gate pass, however green the rest is.
 */
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {verify} from '../../src/engine.js';
import {createGitHubClient} from '../../src/github/client.js';
import {gatherFacts} from '../../src/github/facts.js';
import {resolvePolicy} from '../../src/policy/policy.js';
import {createFileResolver} from '../../src/workspace/resolver.js';
import {shaOf, startFakeGitHub, type FakeGitHub} from '../support/github-api.js';
import {removeTempDirs} from '../support/workspace.js';
import {ruleLines} from '../support/verify.js';
import {workspace} from './support/helpers.js';

const REPO = 'acme/widgets';
const HEAD = shaOf('trust-head');
const ANCESTOR = shaOf('trust-ancestor');
const ELSEWHERE = shaOf('trust-elsewhere');
const GREEN = 21000000001;

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.addRun(REPO, {id: GREEN, head_sha: ANCESTOR});
  fake.addRun('evil/fork', {id: 21000000002, head_sha: ANCESTOR});
  fake.addRun(REPO, {id: 21000000004, head_sha: ANCESTOR, conclusion: 'failure'});
  fake.addRun(REPO, {id: 21000000005, head_sha: ANCESTOR, status: 'in_progress', conclusion: null});
  fake.addRun(REPO, {id: 21000000006, head_sha: ELSEWHERE});
  fake.setCompare(REPO, ANCESTOR, HEAD, 'ahead');
  fake.setCompare(REPO, ELSEWHERE, HEAD, 'diverged');
});
afterEach(() => fake.close());
afterAll(removeTempDirs);

const CASES = {
  foreign: ['**CI Run**: https://github.com/evil/fork/actions/runs/21000000002', 'run-foreign-repo', 'CI run 21000000002 belongs to evil/fork, not to acme/widgets'],
  'other host': ['**CI Run**: https://github.example.com/acme/widgets/actions/runs/21000000003', 'run-foreign-repo', 'CI run 21000000003 is on github.example.com, not on github.com'],
  failed: ['Verified by CI run 21000000004.', 'run-failed', 'CI run 21000000004 concluded failure, not success'],
  'in progress': ['Verified by CI run 21000000005.', 'run-incomplete', 'CI run 21000000005 has not completed (status: in_progress)'],
  'other code': ['Verified by CI run 21000000006.', 'run-not-ancestor', "which is not in the history of this pull request's head"],
} as const;

/** Verifies one report the way the action does on a pull request: API lookups and the ancestry check. */
async function verifyReport(lines: readonly string[]) {
  const root = workspace({'docs/evidence/R.md': `${lines.join('\n')}\n`});
  const client = createGitHubClient({token: 'ghs_trust', baseUrl: fake.url, retryAfterBaseMs: 5});
  const policy = resolvePolicy();
  const setting = {repository: REPO, serverHost: 'github.com', allowedRepositories: []};
  return verify({
    root,
    policy,
    reports: ['docs/evidence/R.md'],
    resolver: createFileResolver(root),
    failOn: 'error',
    runs: (models) => gatherFacts(models, {client, setting, pullHeadSha: HEAD}),
  });
}

describe('cited runs the gate must not trust', () => {
  it('are each their own finding at their line', async () => {
    const lines = ['# Evidence', '', `Green: CI run ${GREEN}.`, '', ...Object.values(CASES).flatMap(([line]) => [line, ''])];
    const result = await verifyReport(lines);
    const report = result.reports[0];
    expect(ruleLines(report.findings)).toEqual(['run-foreign-repo@5', 'run-foreign-repo@7', 'run-failed@9', 'run-incomplete@11', 'run-not-ancestor@13']);
    Object.values(CASES).forEach(([, rule, says], index) => {
      expect(report.findings[index]).toMatchObject({rule, severity: 'error', message: expect.stringContaining(says)});
    });
    expect(result.passed).toBe(false);
    // Runs of other repositories and other hosts are never requested.
    expect(fake.requests.map((request) => request.path).filter((path) => /evil|example/.test(path))).toEqual([]);
  });

  it.each(Object.entries(CASES))('%s: one such run fails the gate, next to a green one', async (_name, [line, rule]) => {
    const result = await verifyReport(['# Evidence', '', `Green: CI run ${GREEN}.`, '', line]);
    expect(ruleLines(result.reports[0].findings)).toEqual([`${rule}@5`]);
    expect(result.passed).toBe(false);
  });

  it('the green run alone passes (the setting is not simply hostile)', async () => {
    const result = await verifyReport(['# Evidence', '', `Green: CI run ${GREEN}.`]);
    expect(result.reports[0].findings).toEqual([]);
    expect(result.passed).toBe(true);
  });
});

describe('one run cited twice', () => {
  it('as a number in text and in a URL is one citation and one request', async () => {
    const result = await verifyReport([
      '# Evidence',
      '',
      `Verified by CI run ${GREEN}.`,
      `**CI Run**: https://github.com/${REPO}/actions/runs/${GREEN}`,
      `[run](https://github.com/${REPO}/actions/runs/${GREEN}/job/77?pr=3) and CI run #${GREEN} again.`,
    ]);
    expect(result.passed).toBe(true);
    expect(result.reports[0].model!.runs.map((run) => [run.id, run.repository, run.line])).toEqual([[GREEN, REPO, 3]]);
    expect(fake.requests.filter((request) => request.path === `/repos/${REPO}/actions/runs/${GREEN}`)).toHaveLength(1);
  });
});
