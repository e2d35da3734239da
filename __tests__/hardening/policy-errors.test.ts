/**
 * A policy file that cannot be used stops the run before any verdict: one clear error at the policy
 * file's line, exit 2 from the CLI; from the action, a failed step with no `result` output and no
 * comment saying pass (an earlier pass comment is withdrawn).
 */
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {COMMENT_MARKER} from '../../src/render/comment.js';
import {REPOSITORY, runAction} from '../support/action-runner.js';
import {shaOf, startFakeGitHub, type FakeGitHub} from '../support/github-api.js';
import {removeTempDirs} from '../support/workspace.js';
import {cli, workspace} from './support/helpers.js';

afterAll(removeTempDirs);

const POLICY = '.github/evidence-gate.yml';
const REPORT = '# Release 1\n\n## Deliverables\n\n- `docs/runbooks/README.md`\n';

const CASES = [
  ['invalid YAML', 'reports: [docs/evidence/**/*.md\nexclude: []\n', 2, 'invalid YAML'],
  ['an unknown key', 'reports: ["docs/evidence/**/*.md"]\nrequire-files: [docs/runbooks/README.md]\n', 2, 'unknown key `require-files`; known keys: reports, exclude, required-files'],
  ['a wrong type', 'reports: ["docs/evidence/**/*.md"]\nmax-report-size: "1 MB"\n', 2, '`max-report-size`: Invalid input: expected number, received string'],
  ['a glob that matches nothing', 'reports:\n  - docs/evidence/**/*.md\n  - docs/evidnce/**/*.md\n', 3, '`reports`: no report matches `docs/evidnce/**/*.md`'],
] as const;

const repository = (policy: string) =>
  workspace({[POLICY]: policy, 'docs/evidence/RELEASE_1.md': REPORT, 'docs/runbooks/README.md': '# Runbooks\n'});

describe('the CLI with a policy file it cannot use', () => {
  it.each(CASES)('%s: exit 2, one line naming the file and line, nothing on stdout', async (_name, policy, line, message) => {
    const root = repository(policy);
    const run = await cli(['--root', root]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^evidence-gate: ${POLICY.replace(/\./g, '\\.')}:${line}: `));
    expect(lines[0]).toContain(message);
  });
});

describe('the action with a policy file it cannot use', () => {
  let github: FakeGitHub;
  const HEAD = shaOf('policy-head');
  beforeEach(async () => {
    github = await startFakeGitHub();
    github.addPull(REPOSITORY, {number: 7, head: {sha: HEAD}});
  });
  afterEach(() => github.close());

  it.each(CASES)('%s: the step fails with one error at the policy line, no result output, no comment', async (_name, policy, line, message) => {
    const root = repository(policy);
    const run = await runAction({root, apiUrl: github.url, inputs: {scope: 'all'}, event: {number: 7, headSha: HEAD}});
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({file: POLICY, line});
    expect(errors[0].message).toContain(message);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
    expect(github.comments(REPOSITORY, 7)).toEqual([]);
    expect(github.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('replaces an earlier pass comment, so the pull request does not show a pass for a run that reached no verdict', async () => {
    const root = repository('reports: ["docs/evidence/**/*.md"]\n');
    const passed = await runAction({root, apiUrl: github.url, inputs: {scope: 'all'}, event: {number: 7, headSha: HEAD}});
    expect(passed.code).toBe(0);
    expect(github.comments(REPOSITORY, 7).map((comment) => comment.body?.split('\n')[1])).toEqual(['## ✅ evidence-gate: evidence verified']);

    const broken = repository('reports: ["docs/evidence/**/*.md"]\nmax-report-size: "1 MB"\n');
    const run = await runAction({root: broken, apiUrl: github.url, inputs: {scope: 'all'}, event: {number: 7, headSha: HEAD}});
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({});
    const comments = github.comments(REPOSITORY, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(
      [
        COMMENT_MARKER,
        '## ❌ evidence-gate: the evidence could not be verified',
        '',
        'the policy file is invalid\\: .github/evidence-gate.yml\\:2\\: \\`max-report-size\\`\\: Invalid input\\: expected number, received string',
        '',
        'This run reached no verdict; an earlier one shown here no longer holds. Details: [the job summary](https://github.com/cgtqwmwkhp-rgb/quality-governance-platform/actions/runs/19999999999).',
      ].join('\n'),
    );
    expect(comments[0].body).not.toContain('evidence verified');
  });
});
