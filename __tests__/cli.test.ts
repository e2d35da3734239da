import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {VERSION} from '../src/version.js';
import {makeTempDir, materialise, removeTempDirs, REPO_ROOT} from './support/workspace.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const EXAMPLES = join(REPO_ROOT, 'examples');

afterAll(removeTempDirs);

/** Runs the built CLI as a user would: a separate Node process. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: {PATH: process.env.PATH, ...env},
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The same, without blocking the event loop: for tests that serve the fake API in this process. */
function cliAsync(args: string[], env: Record<string, string> = {}) {
  return new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {env: {PATH: process.env.PATH, ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

describe('the built CLI, dist/cli/index.js', () => {
  it('prints one line per finding and the verdict, and exits 1 on the failing example', () => {
    const {code, stdout} = cli(['--root', EXAMPLES]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain(
      'docs/evidence/RELEASE_1.3_REPORT.md:10:3 error file-missing Claimed file `docs/runbooks/INCIDENT_RESPONSE.md` does not exist in the repository. Add it in this change, or correct the path in the report.',
    );
    expect(lines.filter((line) => / error gate-unsatisfied /.test(line)).map((line) => line.split(' ')[0])).toEqual([
      'docs/evidence/RELEASE_1.3_REPORT.md:24:20',
      'docs/evidence/RELEASE_1.3_REPORT.md:25:21',
      'docs/evidence/RELEASE_1.3_REPORT.md:26:14',
    ]);
    expect(stdout).toContain('FAIL: 2 reports verified, 6 errors, 0 warnings, 1 notice');
  });

  it('exits 0 on the passing example alone', () => {
    const {code, stdout} = cli(['--root', EXAMPLES, 'docs/evidence/RELEASE_1.2_REPORT.md']);
    expect(code).toBe(0);
    expect(stdout).toContain('PASS: 1 report verified, 0 errors, 0 warnings, 1 notice');
  });

  it('writes the documented JSON result, schema 1, with repository-relative paths', () => {
    const {code, stdout} = cli(['--root', EXAMPLES, '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({tool: 'evidence-gate', version: VERSION, schema: 1, passed: false, counts: {reports: 2, errors: 6, warnings: 0, notices: 1}});
    const passing = json.reports[0];
    expect(passing.path).toBe('docs/evidence/RELEASE_1.2_REPORT.md');
    expect(passing.passed).toBe(true);
    expect(passing.gates.find((gate: {kind: string}) => gate.kind === 'table').rows).toEqual([
      {label: 'Runbooks complete', status: '✅', verdict: 'pass', line: 26},
      {label: 'CI passing', status: '✅', verdict: 'pass', line: 27},
      {label: 'Rollback rehearsed', status: '✅ PASS', verdict: 'pass', line: 28},
    ]);
    expect(passing.citations.files).toContainEqual({path: 'docs/runbooks/README.md', cited: '../runbooks/README.md', line: 15, kind: 'claim', link: true, exists: true});
    expect(passing.citations.runs).toEqual([{id: 21000000001, repository: 'example-org/payments', line: 20, placeholder: false, expected: 'success', jobs: []}]);
    expect(passing.citations.pulls).toEqual([{number: 41, repository: 'example-org/payments', line: 19}]);
    expect(json.reports[1].findings[0]).toEqual({
      rule: 'file-missing',
      severity: 'error',
      message: expect.stringContaining('docs/runbooks/INCIDENT_RESPONSE.md'),
      line: 10,
      column: 3,
      subject: 'docs/runbooks/INCIDENT_RESPONSE.md',
    });
    expect(stdout).not.toContain(EXAMPLES);
  });

  it('gives byte-identical JSON for the same tree', () => {
    expect(cli(['--root', EXAMPLES, '--format', 'json']).stdout).toBe(cli(['--root', EXAMPLES, '--format', 'json']).stdout);
  });

  it('renders Markdown', () => {
    const {stdout} = cli(['--root', EXAMPLES, '--format', 'markdown']);
    expect(stdout).toContain('## ❌ evidence-gate: evidence does not hold');
    expect(stdout).toContain('<code>docs/evidence/RELEASE_1.3_REPORT.md</code>');
  });

  it('fails on warnings with --fail-on warning', () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'docs/evidence'), {recursive: true});
    writeFileSync(join(root, 'docs/evidence/R.md'), 'See `docs/gone.md`.\n');
    expect(cli(['--root', root]).code).toBe(0);
    expect(cli(['--root', root, '--fail-on', 'warning']).code).toBe(1);
  });

  it('says which sign-off is missing and which run link has no id, at their lines', () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'docs/evidence'), {recursive: true});
    writeFileSync(
      join(root, 'docs/evidence/CAB.md'),
      '# CAB record\n\n## Approvals\n\n| Role | Approver | Decision | Sign-off |\n|---|---|---|---|\n' +
        '| Change Manager | R. Delgado | Approved | R. Delgado 2024-10-02 |\n| Service Owner | G. Adeyemi | Approved | |\n\n' +
        '**CI run:** https://github.com/acme/app/actions/runs/11290a4455\n',
    );
    const lines = cli(['--root', root]).stdout.trim().split('\n');
    expect(lines).toContain(
      'docs/evidence/CAB.md:8:41 error gate-unsatisfied Gate row "Service Owner — Sign-off" in "Approvals" is still pending: its cell is empty. A gate passes only when its evidence is in.',
    );
    expect(lines).toContain(
      'docs/evidence/CAB.md:10:13 error run-placeholder CI run link `https://github.com/acme/app/actions/runs/11290a4455` has no run id (a run id is a whole number): fix the link to the run that proves this.',
    );
  });

  it('runs on a real workspace: the seed report passes', () => {
    const root = materialise('85ef96342');
    const {code, stdout} = cli(['--root', root, 'docs/evidence/STAGE1.0_PHASE2_REPORT.md']);
    expect(code).toBe(0);
    expect(stdout).toContain('docs/evidence/STAGE1.0_PHASE2_REPORT.md:123:20 notice run-unverified CI run 20696090612 was not verified (offline).');
  });

  it('says how many GitHub file links it could not check without the repository, and checks them with it', () => {
    const root = makeTempDir('eg-cli-links-');
    mkdirSync(join(root, 'docs', 'evidence'), {recursive: true});
    writeFileSync(
      join(root, 'docs', 'evidence', 'R.md'),
      '# Release\n\n## Deliverables\n\n- [Runbook](https://github.com/acme/app/blob/main/docs/runbooks/canary.md)\n- `infra\\k8s\\hpa.yaml`\n',
    );
    const without = cli(['--root', root, '--offline']);
    expect(without.stdout).toContain('note: 1 GitHub file link was not checked: pass --repository (or set GITHUB_REPOSITORY) to check those of this repository.');
    expect(without.stdout).toContain(
      'docs/evidence/R.md:6:3 error file-missing Claimed file `infra\\k8s\\hpa.yaml` (read as `infra/k8s/hpa.yaml`) does not exist in the repository.',
    );
    const withRepository = cli(['--root', root, '--offline', '--repository', 'acme/app']);
    expect(withRepository.stdout).toContain('docs/evidence/R.md:5:3 error link-broken GitHub link to `docs/runbooks/canary.md` (acme/app) does not exist');
    expect(withRepository.stdout).not.toContain('GitHub file link');
  });

  it('looks cited runs up through the API when a token and the repository are given', async () => {
    const {startFakeGitHub} = await import('./support/github-api.js');
    const github = await startFakeGitHub({token: 'cli-token'});
    try {
      github.addRun('example-org/payments', {id: 21000000001, status: 'completed', conclusion: 'failure'});
      const env = {GITHUB_TOKEN: 'cli-token', GITHUB_API_URL: github.url};
      const args = ['--root', EXAMPLES, '--repository', 'example-org/payments', 'docs/evidence/RELEASE_1.2_REPORT.md'];
      const online = await cliAsync(args, env);
      expect(online.code).toBe(1);
      expect(online.stdout).toContain('docs/evidence/RELEASE_1.2_REPORT.md:20:20 error run-failed CI run 21000000001 concluded failure');
      expect(online.stdout).toContain('error pr-not-found Pull request #41 does not exist');
      const offline = await cliAsync([...args, '--offline'], env);
      expect(offline.code).toBe(0);
      expect(offline.stdout).toContain('note: CI runs and pull requests were not looked up: --offline.');
      const badToken = await cliAsync(args, {...env, GITHUB_TOKEN: 'wrong'});
      expect(badToken.code).toBe(2);
      expect(badToken.stderr).toContain('Bad credentials');
      expect(badToken.stderr).not.toContain('wrong');
    } finally {
      await github.close();
    }
  });

  it.each([
    [['--format', 'xml'], '--format must be text, json or markdown'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--fail-on', 'notice'], '--fail-on must be error or warning'],
    [['missing-report.md'], 'missing-report.md does not exist'],
    [['docs/nothing/**/*.md'], 'no report matches `docs/nothing/**/*.md`'],
  ])('exits 2 with a usage error for %j', (args, message) => {
    const {code, stderr, stdout} = cli(['--root', EXAMPLES, ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('exits 2 on a wrong policy file, naming the file, line and key', () => {
    const root = makeTempDir();
    mkdirSync(join(root, '.github'), {recursive: true});
    writeFileSync(join(root, '.github/evidence-gate.yml'), 'reports:\n  - docs/**/*.md\nmax-report-size: huge\n');
    const {code, stderr, stdout} = cli(['--root', root]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^evidence-gate: \.github\/evidence-gate\.yml:3: `max-report-size`: /);
    expect(stdout).toBe('');
    expect(cli(['--root', root, '--config', 'other.yml']).stderr).toContain('other.yml: cannot read the policy file (ENOENT)');
  });

  it('prints its version and help', () => {
    expect(cli(['--version']).stdout.trim()).toBe(VERSION);
    expect(cli(['--help']).stdout).toContain('Usage: evidence-gate');
  });
});

describe('the JSON renderer', () => {
  it('ends with its verdict and no error when the reader closes the pipe early (`| head`)', async () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'docs/evidence'), {recursive: true});
    for (let index = 0; index < 300; index++) {
      writeFileSync(join(root, `docs/evidence/R${index}.md`), `# Report ${index}\n\n## Deliverables\n\n- \`docs/runbooks/missing-${index}.md\`\n`);
    }
    const {code, stderr, received} = await new Promise<{code: number | null; stderr: string; received: number}>((resolve) => {
      const child = spawn(process.execPath, [CLI, '--root', root, '--format', 'json'], {env: {PATH: process.env.PATH}});
      let stderr = '';
      let received = 0;
      child.stdout.once('data', (chunk: Buffer) => {
        received = chunk.length;
        child.stdout.destroy();
      });
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({code, stderr, received}));
    });
    expect(received).toBeLessThan(100_000);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('writes in pieces exactly what JSON.stringify gives', async () => {
    const {renderJson, toJsonResult} = await import('../src/render/json.js');
    const {verifyOffline} = await import('./support/verify.js');
    for (const patterns of [undefined, ['docs/evidence/RELEASE_1.2_REPORT.md']]) {
      const result = await verifyOffline(EXAMPLES, {patterns});
      expect(renderJson(result)).toBe(`${JSON.stringify(toJsonResult(result), null, 2)}\n`);
    }
    const empty = await verifyOffline(makeTempDir());
    expect(renderJson(empty)).toBe(`${JSON.stringify(toJsonResult(empty), null, 2)}\n`);
  });
});
