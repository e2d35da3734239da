import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {COMMENT_MARKER} from '../../src/render/comment.js';
import {startFakeGitHub, shaOf, type FakeGitHub} from '../support/github-api.js';
import {REPOSITORY, runAction} from '../support/action-runner.js';
import {validate} from '../hardening/support/json-schema.js';
import {editLine, materialise, removeTempDirs} from '../support/workspace.js';

const SEED = 'docs/evidence/STAGE1.0_PHASE2_REPORT.md';
const RUN = 20696090612;
const HEAD = shaOf('pr-head');
const RUN_SHA = shaOf('run-head');
const JOBS = [
  'Code Quality',
  'Branch Protection Proof (Stage 1.0)',
  'ADR-0002 Fail-Fast Proof',
  'Unit Tests',
  'Integration Tests',
  'Security Scan',
  'Build Check',
  'Governance Evidence (Stage 0.7 Gate 1)',
  'All Checks Passed',
];

let github: FakeGitHub;
let root: string;

/** The seed report's world: run 20696090612 green on an ancestor of the PR head, PR #3 open. */
async function seedWorld(run: Record<string, unknown> = {}) {
  github.addRun(REPOSITORY, {id: RUN, name: 'CI', head_sha: RUN_SHA, head_branch: 'stage-1.0', ...run});
  github.setJobs(REPOSITORY, RUN, JOBS.map((name) => ({name, status: 'completed', conclusion: 'success'})));
  github.addPull(REPOSITORY, {number: 3, head: {sha: HEAD}});
  github.setCompare(REPOSITORY, RUN_SHA, HEAD, 'ahead');
  github.setPullFiles(REPOSITORY, 3, [{filename: SEED, status: 'added'}]);
}

const runSeed = (inputs: Record<string, string> = {}, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({root, apiUrl: github.url, inputs: {reports: SEED, ...inputs}, event: {number: 3, headSha: HEAD}, ...extra});

beforeEach(async () => {
  github = await startFakeGitHub();
  root = materialise('85ef96342');
});
afterEach(async () => github.close());
afterAll(removeTempDirs);

describe('the action on the seed report', () => {
  it('passes when run 20696090612 succeeded, and says so in outputs, summary and comment', async () => {
    await seedWorld();
    const run = await runSeed();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({result: 'pass', reports: '1', errors: '0', warnings: '0'});
    expect(run.annotations.filter((annotation) => annotation.level !== 'notice')).toEqual([]);
    expect(run.summary).toContain('## ✅ evidence-gate: evidence verified');
    expect(run.summary).toContain('[20696090612](https://github.com/cgtqwmwkhp-rgb/quality-governance-platform/actions/runs/20696090612)');
    const comments = github.comments(REPOSITORY, 3);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(COMMENT_MARKER);
    expect(comments[0].body).toContain('evidence verified');
    expect((await import('node:fs')).readFileSync(run.outputs['comment-file'], 'utf8')).toBe(comments[0].body);
    const runRequests = github.requests.filter((request) => request.path === `/repos/${REPOSITORY}/actions/runs/${RUN}`);
    expect(runRequests).toHaveLength(1);
  });

  it.each([
    [{status: 'completed', conclusion: 'failure'}, 'run-failed', 'concluded failure'],
    [{status: 'in_progress', conclusion: null}, 'run-incomplete', 'has not completed (status: in_progress)'],
  ])('fails when the run is %j', async (state, rule, says) => {
    await seedWorld(state);
    const run = await runSeed();
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors[0]).toMatchObject({file: SEED, line: 123});
    expect(errors[0].message).toContain(says);
    expect(errors[0].message).toContain('workflow "CI", branch stage-1.0');
    expect(run.summary).toContain(rule);
  });

  it('fails with run-not-found when the run does not exist', async () => {
    github.addPull(REPOSITORY, {number: 3, head: {sha: HEAD}});
    github.setPullFiles(REPOSITORY, 3, [{filename: SEED, status: 'added'}]);
    const run = await runSeed();
    expect(run.code).toBe(1);
    expect(run.annotations.filter((annotation) => annotation.file === SEED).map((annotation) => [annotation.line, annotation.message])).toEqual([
      [123, expect.stringContaining('CI run 20696090612 does not exist (404)')],
    ]);
  });

  it('fails with run-foreign-repo for a run of another repository, without asking for it', async () => {
    await seedWorld();
    editLine(root, SEED, 123, () => '**Latest CI Run**: https://github.com/someone-else/other-repo/actions/runs/20696090612');
    const run = await runSeed();
    expect(run.code).toBe(1);
    expect(run.annotations.find((annotation) => annotation.level === 'error')?.message).toContain('belongs to someone-else/other-repo');
    expect(github.requests.some((request) => request.path.includes('someone-else'))).toBe(false);
  });

  it('fails with run-job-mismatch for a listed check that failed or is absent', async () => {
    await seedWorld();
    github.setJobs(REPOSITORY, RUN, [
      ...JOBS.filter((name) => name !== 'Security Scan' && name !== 'Unit Tests').map((name) => ({name, status: 'completed' as const, conclusion: 'success' as const})),
      {name: 'Unit Tests', status: 'completed', conclusion: 'failure'},
    ]);
    const run = await runSeed();
    expect(run.code).toBe(1);
    const mismatches = run.annotations.filter((annotation) => annotation.message.includes('lists'));
    expect(mismatches.map((annotation) => annotation.line)).toEqual([129, 131]);
    expect(mismatches[0].message).toContain('job "Unit Tests" concluded failure');
    expect(mismatches[1].message).toContain('has no such job');
  });

  it('fails with run-not-ancestor when the run is for other code', async () => {
    await seedWorld();
    github.setCompare(REPOSITORY, RUN_SHA, HEAD, 'diverged');
    const run = await runSeed();
    expect(run.code).toBe(1);
    expect(run.annotations.find((annotation) => annotation.level === 'error')?.message).toContain('not in the history of this pull request');
    expect(run.outputs).toMatchObject({result: 'fail', errors: '1'});
  });
});

describe('the sticky comment', () => {
  it('is created on the first run and updated in place on the second, past pages of other comments', async () => {
    await seedWorld();
    for (let i = 0; i < 130; i++) github.addComment(REPOSITORY, 3, `review note ${i}`, 'reviewer');
    await runSeed();
    const first = github.comments(REPOSITORY, 3).filter((comment) => comment.body?.includes(COMMENT_MARKER));
    expect(first).toHaveLength(1);
    expect(first[0].body).toContain('evidence verified');

    rmSync(join(root, 'docs/runbooks/README.md'));
    const second = await runSeed();
    expect(second.code).toBe(1);
    const marked = github.comments(REPOSITORY, 3).filter((comment) => comment.body?.includes(COMMENT_MARKER));
    expect(marked).toHaveLength(1);
    expect(marked[0].id).toBe(first[0].id);
    expect(marked[0].body).toContain('evidence does not hold');
    expect(marked[0].body).toContain('file-missing');
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
  });

  it('in on-failure mode, is not created for a pass, and a stale failure comment is updated to the pass', async () => {
    await seedWorld();
    await runSeed({comment: 'on-failure'});
    expect(github.comments(REPOSITORY, 3)).toHaveLength(0);
    github.addComment(REPOSITORY, 3, `${COMMENT_MARKER}\n## ❌ evidence-gate: evidence does not hold`, 'github-actions[bot]');
    await runSeed({comment: 'on-failure'});
    const comments = github.comments(REPOSITORY, 3);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('evidence verified');
  });

  it('on a fork, a 403 becomes a warning naming the permission, and the verdict stands', async () => {
    await github.close();
    github = await startFakeGitHub({readOnly: true});
    await seedWorld();
    const run = await runAction({root, apiUrl: github.url, inputs: {reports: SEED}, event: {number: 3, headSha: HEAD, headRepository: 'contributor/quality-governance-platform'}});
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    const warning = run.annotations.find((annotation) => annotation.level === 'warning');
    expect(warning?.message).toContain('pull-requests: write');
    expect(run.summary).toContain('evidence verified');
  });
});

describe('a failing GitHub API', () => {
  it('retries 500 and 502, then verifies as normal', async () => {
    await seedWorld();
    github.fail({path: new RegExp(`/actions/runs/${RUN}$`)}, {status: 500});
    github.fail({path: new RegExp(`/actions/runs/${RUN}$`)}, {status: 502});
    const run = await runSeed();
    expect(run.code, run.stdout).toBe(0);
    expect(github.requests.filter((request) => request.path.endsWith(`/actions/runs/${RUN}`))).toHaveLength(3);
  });

  it('fails closed with run-unverifiable when the API keeps failing', async () => {
    await seedWorld();
    github.fail({path: new RegExp(`/actions/runs/${RUN}$`)}, {status: 500}, 20);
    const run = await runSeed();
    expect(run.code).toBe(1);
    const error = run.annotations.find((annotation) => annotation.level === 'error');
    expect(error).toMatchObject({file: SEED, line: 123});
    expect(error?.message).toContain('could not be checked');
    expect(error?.message).toContain('500');
    expect(error?.message).not.toMatch(/\n\s+at /);
    expect(run.summary).toContain('run-unverifiable');
  }, 60_000);

  it('reports a bad token once, clearly, and never prints it', async () => {
    await github.close();
    github = await startFakeGitHub({token: 'the-right-token'});
    await seedWorld();
    const run = await runSeed();
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('Bad credentials');
    // The runner reads `::add-mask::` and masks the value in every log line after it.
    const printed = (run.stdout + run.stderr + run.summary).replace(/^::add-mask::.*$/m, '');
    expect(printed).not.toContain('ghs_testtoken0123456789');
  });
});

describe('scope: changed', () => {
  const PENDING_GATE = '## Gate 9 Acceptance\n\n| Criterion | Status |\n|---|---|\n| Pending thing | ⏳ |\n';

  // With a slow file list, every report has been read ahead by the time it comes.
  it.each([0, 300])('verifies the reports the PR changes whole, and in those citing a file it removes only those citations (file list after %i ms)', async (latencyMs) => {
    if (latencyMs > 0) {
      await github.close();
      github = await startFakeGitHub({latencyMs});
    }
    await seedWorld();
    writeFileSync(join(root, 'docs/evidence/UNRELATED.md'), PENDING_GATE);
    writeFileSync(join(root, 'docs/evidence/CHANGED.md'), `# Changed\n\n${PENDING_GATE}`);
    writeFileSync(
      join(root, 'docs/evidence/CITING.md'),
      `# Citing\n\n${PENDING_GATE}\n## Delivered\n\n- \`docs/runbooks/DEPLOYMENT_CHECKLIST.md\`\n- \`docs/runbooks/never-added.md\`\n\n## Runbooks\n\nSee [the checklist](../runbooks/DEPLOYMENT_CHECKLIST.md).\n`,
    );
    rmSync(join(root, 'docs/runbooks/DEPLOYMENT_CHECKLIST.md'));
    github.setPullFiles(REPOSITORY, 3, [
      {filename: 'src/main.py', status: 'modified'},
      {filename: 'docs/evidence/CHANGED.md', status: 'added'},
      {filename: 'docs/runbooks/DEPLOYMENT_CHECKLIST.md', status: 'removed'},
    ]);
    const run = await runAction({root, apiUrl: github.url, inputs: {scope: 'changed'}, event: {number: 3, headSha: HEAD}});
    const json = JSON.parse((await import('node:fs')).readFileSync(run.outputs.json, 'utf8'));
    const byPath = Object.fromEntries(json.reports.map((report: {path: string}) => [report.path, report]));
    expect(Object.keys(byPath).sort()).toEqual([
      'docs/evidence/CHANGED.md',
      'docs/evidence/CITING.md',
      'docs/evidence/STAGE1.0_ACCEPTANCE_PACK.md',
      'docs/evidence/STAGE1.0_PHASE2_REPORT.md',
    ]);
    expect(run.code).toBe(1);
    expect(validate(json)).toEqual([]);
    expect(run.summary).toContain('❌ fail (its citations of removed files)');
    expect(github.comments(REPOSITORY, 3)[0].body).toContain('3 of these reports, not changed by this pull request, were verified only where they cite a file it removes.');
    // The changed report is verified whole: its pending gate fails it.
    expect(byPath['docs/evidence/CHANGED.md'].coverage).toBeUndefined();
    expect(byPath['docs/evidence/CHANGED.md'].findings.map((finding: {rule: string}) => finding.rule)).toContain('gate-unsatisfied');
    // The others, as they were before this PR: only their citations of the removed checklist.
    for (const path of ['docs/evidence/CITING.md', 'docs/evidence/STAGE1.0_ACCEPTANCE_PACK.md', 'docs/evidence/STAGE1.0_PHASE2_REPORT.md']) {
      expect(byPath[path].coverage, path).toBe('removed-files');
      expect(byPath[path].gates, path).toEqual([]);
      expect(byPath[path].citations.runs, path).toEqual([]);
      for (const finding of byPath[path].findings) expect(finding.message, path).toContain('DEPLOYMENT_CHECKLIST.md');
    }
    expect(run.annotations.filter((annotation) => annotation.message.includes('DEPLOYMENT_CHECKLIST.md')).map((annotation) => `${annotation.file}:${annotation.line}`)).toEqual([
      'docs/evidence/CITING.md:11',
      'docs/evidence/CITING.md:16',
      'docs/evidence/STAGE1.0_ACCEPTANCE_PACK.md:58',
      'docs/evidence/STAGE1.0_PHASE2_REPORT.md:74',
    ]);
    expect(run.summary).toMatch(/3 reports not changed by this pull request but citing a file it removes\W+only those citations were verified/);
    expect(run.summary).toMatch(/reports? neither changed by this pull request nor citing a file it removes/);
    // No run of the narrowed reports is looked up.
    expect(github.requests.filter((request) => request.path.includes('/actions/runs/'))).toEqual([]);
  });

  it('leaves out a report that names a removed file only by a name another file has, and one it cannot read that the PR leaves as it is', async () => {
    await seedWorld();
    writeFileSync(join(root, 'docs/evidence/OTHER.md'), '# Other\n\n## Delivered\n\n- `ops/DEPLOYMENT_CHECKLIST.md`\n');
    writeFileSync(join(root, 'docs/evidence/BINARY.md'), Buffer.from([0x23, 0x20, 0x00, 0xff]));
    // Latin-1, not UTF-8: its bytes name the removed file, but it has no text to cite it in.
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    writeFileSync(join(root, 'docs/evidence/LATIN1.md'), latin1('# Übergabe\n\n## Geliefert\n\n- `docs/runbooks/DEPLOYMENT_CHECKLIST.md` geprüft\n'));
    writeFileSync(join(root, 'docs/evidence/CHANGED_LATIN1.md'), latin1('# Changed\n\nGeprüft: `docs/runbooks/DEPLOYMENT_CHECKLIST.md`\n'));
    rmSync(join(root, 'docs/runbooks/DEPLOYMENT_CHECKLIST.md'));
    github.setPullFiles(REPOSITORY, 3, [
      {filename: 'docs/runbooks/DEPLOYMENT_CHECKLIST.md', status: 'removed'},
      {filename: 'docs/evidence/CHANGED_LATIN1.md', status: 'modified'},
    ]);
    const run = await runAction({root, apiUrl: github.url, inputs: {scope: 'changed'}, event: {number: 3, headSha: HEAD}});
    const json = JSON.parse((await import('node:fs')).readFileSync(run.outputs.json, 'utf8'));
    const paths = json.reports.map((report: {path: string}) => report.path);
    for (const path of ['docs/evidence/OTHER.md', 'docs/evidence/BINARY.md', 'docs/evidence/LATIN1.md']) expect(paths).not.toContain(path);
    // The one the pull request changes is its doing: refused, at the line of its bad byte.
    const changed = json.reports.find((report: {path: string}) => report.path === 'docs/evidence/CHANGED_LATIN1.md');
    expect(changed.findings).toEqual([expect.objectContaining({rule: 'report-unreadable', line: 3, message: expect.stringContaining('not valid UTF-8')})]);
  });
});
