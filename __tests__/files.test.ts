import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {resolveCitedPath} from '../src/checks/paths.js';
import {createFileResolver} from '../src/workspace/resolver.js';
import {makeTempDir, removeTempDirs} from './support/workspace.js';
import {reportOf, ruleLines, verifyOffline} from './support/verify.js';

afterAll(removeTempDirs);

function workspace(files: Record<string, string>): string {
  const root = makeTempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('cited paths', () => {
  it.each([
    ['../runbooks/A.md', 'report', true, 'docs/runbooks/A.md'],
    ['./B.md', 'report', true, 'docs/evidence/B.md'],
    ['/docs/C.md', 'report', true, 'docs/C.md'],
    ['docs/x.md', 'root', false, 'docs/x.md'],
    ['docs%2Fy.md', 'root', false, 'docs/y.md'],
    ['docs\\win\\z.md', 'root', false, 'docs/win/z.md'],
  ] as const)('%s from the %s resolves inside', (cited, base, link, path) => {
    expect(resolveCitedPath(cited, base, 'docs/evidence/R.md', link)).toEqual({inside: true, path});
  });

  it.each([
    ['../../../etc/passwd', 'report', true],
    ['../../etc/passwd', 'root', false],
    ['/etc/passwd', 'root', false],
    ['docs/../../x', 'root', false],
    ['%2e%2e/%2e%2e/%2e%2e/x', 'report', true],
    ['..\\..\\..\\x', 'report', true],
    ['C:/Windows/win.ini', 'root', false],
  ] as const)('%s from the %s is outside the root', (cited, base, link) => {
    expect(resolveCitedPath(cited, base, 'docs/evidence/R.md', link).inside).toBe(false);
  });
});

describe('the file resolver', () => {
  it('follows symbolic links inside the root and refuses those that leave it or loop', () => {
    const root = workspace({'docs/real.md': 'x', 'docs/dir/inner.md': 'y'});
    symlinkSync('real.md', join(root, 'docs/alias.md'));
    symlinkSync('dir', join(root, 'docs/linked'));
    symlinkSync('/etc', join(root, 'docs/etc'));
    symlinkSync('../../..', join(root, 'docs/up'));
    symlinkSync('loop-b', join(root, 'docs/loop-a'));
    symlinkSync('loop-a', join(root, 'docs/loop-b'));
    const resolver = createFileResolver(root);
    expect(resolver.kind('docs/alias.md')).toBe('file');
    expect(resolver.kind('docs/linked/inner.md')).toBe('file');
    expect(resolver.kind('docs/linked')).toBe('directory');
    expect(resolver.kind('docs/etc/passwd')).toBe('outside');
    expect(resolver.kind('docs/up/etc/passwd')).toBe('outside');
    expect(resolver.kind('docs/loop-a')).toBe('outside');
    expect(resolver.kind('docs/missing.md')).toBe('missing');
    expect(resolver.kind('docs/real.md/child')).toBe('missing');
  });

  it('finds bare file names anywhere in the repository, not under .git or node_modules', () => {
    const root = workspace({'a/b/once.png': '', 'x/twice.md': '', 'y/twice.md': '', 'node_modules/p/hidden.md': ''});
    const resolver = createFileResolver(root);
    expect(resolver.byName('once.png')).toEqual(['a/b/once.png']);
    expect(resolver.byName('twice.md')).toEqual(['x/twice.md', 'y/twice.md']);
    expect(resolver.byName('hidden.md')).toEqual([]);
  });
});

describe('file rules', () => {
  const REPORT = 'docs/evidence/R.md';

  it('reports each file rule at the citation line', async () => {
    const root = workspace({
      [REPORT]: [
        '## Deliverables', // 1
        '- `docs/runbooks/present.md`', // 2
        '- `docs/runbooks/missing.md`', // 3
        '- `shot.png`', // 4: a bare name found elsewhere
        '- `../../../etc/passwd`', // 5: from the report's folder, out of the root
        '', // 6
        '## Notes', // 7
        'See [the plan](./plan.md), [root](../../README.md), `src/gone.py` and `present.md`.', // 8
        '[broken](../src/app.py)', // 9
      ].join('\n'),
      'docs/runbooks/present.md': '',
      'assets/shot.png': '',
      'README.md': '',
      'src/app.py': '',
    });
    const report = reportOf(await verifyOffline(root), REPORT);
    expect(ruleLines(report.findings)).toEqual(['file-missing@3', 'path-outside-root@5', 'link-broken@8', 'file-mention-missing@8', 'link-broken@9']);
    const broken = report.findings.find((finding) => finding.line === 9)!;
    expect(broken.message).toContain('`src/app.py` exists at the repository root');
    expect(broken.message).toContain('`../../src/app.py`');
    expect(report.files.find((file) => file.citation.cited === 'shot.png')).toMatchObject({exists: true, path: 'assets/shot.png'});
  });

  it('warns of a cited line past the end of the file, by code path, link anchor and line range; not of an empty or binary file', async () => {
    const root = workspace({
      [REPORT]: [
        '## Deliverables', // 1
        '- `src/audit.py:3` and `src/audit.py:4`', // 2: the file has 3 lines, the last without its newline
        '- `src/audit.py:2-9`', // 3
        '- [the writer](../../src/audit.py#L2-L3) and [past it](../../src/audit.py#L40-L88)', // 4
        '- `src/placeholder.py:40`, `src/data.bin:9`', // 5: empty, binary
        '- `src/audit.py:3:7` (line 3, column 7)', // 6
      ].join('\n'),
      'src/audit.py': 'one\ntwo\nthree',
      'src/placeholder.py': '',
      'src/data.bin': 'a\u0000b',
    });
    const report = reportOf(await verifyOffline(root), REPORT);
    expect(ruleLines(report.findings)).toEqual(['file-line-missing@2', 'file-line-missing@3', 'file-line-missing@4']);
    expect(report.findings.map((finding) => finding.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(report.findings[0].message).toBe(
      '`src/audit.py` is cited at line 4, but it has 3 lines in this change: the report points at a version of it that is not here. Cite the lines as they are now.',
    );
    expect(report.findings[2].message).toContain('cited at lines 40-88');
  });

  it('never looks at a path outside the root, even through a symlink in the repository', async () => {
    const root = workspace({[REPORT]: '## Evidence\n- `docs/outside/secret.txt`\n'});
    symlinkSync(dirname(root), join(root, 'docs/outside'));
    const report = reportOf(await verifyOffline(root), REPORT);
    expect(ruleLines(report.findings)).toEqual(['path-outside-root@2']);
  });

  it('checks files the policy requires, at their line in the policy file', async () => {
    const root = workspace({
      '.github/evidence-gate.yml': 'required-files:\n  - docs/runbooks/ROLLBACK.md\n  - docs/runbooks/ONCALL.md\n',
      'docs/runbooks/ROLLBACK.md': '',
      [REPORT]: '# R\n',
    });
    const result = await verifyOffline(root);
    expect(result.passed).toBe(false);
    expect(ruleLines(reportOf(result, '.github/evidence-gate.yml').findings)).toEqual(['required-file-missing@3']);
    expect(result.counts.reports).toBe(1);
  });

  it('holds a summary that says all gates passed to the gates, unless it names what did not pass itself', async () => {
    const gates = '## Gates\n\n| Gate | Status |\n|---|---|\n| Gate 1 | ✅ PASSED |\n| Gate 2 | ⏳ PENDING |\n';
    const claimed = workspace({[REPORT]: `# R\n\n**All Gates**: ✅ PASSED\n\n${gates}`});
    const findings = reportOf(await verifyOffline(claimed), REPORT).findings;
    expect(ruleLines(findings)).toEqual(['gate-unsatisfied@3', 'gate-unsatisfied@10']);
    expect(findings[0].message).toContain('"Gate 2" at line 10 is still pending');
    const told = workspace({[REPORT]: `# R\n\n**Overall Status**: ✅ 1/2 gates met, but Gate 2 is pending\n\n${gates}`});
    expect(ruleLines(reportOf(await verifyOffline(told), REPORT).findings)).toEqual(['gate-unsatisfied@10']);
  });

  it('lets the policy change a rule severity, turn it off, or fail not-applicable gates', async () => {
    const text = '## Acceptance Criteria\n\n| Criterion | Status |\n|---|---|\n| Load test | N/A |\n\n`docs/gone.md`\n';
    const root = workspace({[REPORT]: text});
    expect(ruleLines(reportOf(await verifyOffline(root), REPORT).findings)).toEqual(['file-mention-missing@7']);
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github/evidence-gate.yml'), 'not-applicable: fail\nrules:\n  file-mention-missing: "off"\n');
    const report = reportOf(await verifyOffline(root), REPORT);
    expect(report.findings.map((finding) => `${finding.rule}:${finding.severity}@${finding.line}`)).toEqual(['gate-unsatisfied:error@5']);
    writeFileSync(join(root, '.github/evidence-gate.yml'), 'rules:\n  file-mention-missing: error\n');
    expect(reportOf(await verifyOffline(root), REPORT).findings.map((finding) => finding.severity)).toEqual(['error']);
  });
});

describe('names that are not files', () => {
  it('skips a claimed branch, resource, image or module without a file ending, when the repository has no such folder', async () => {
    const names = ['terraform-aws-modules/vpc/aws', 'release/2024.10', 'ghcr.io/acme/billing', 'deployment/api-gateway', 'secret/data/billing'];
    const missing = ['scripts/deploy', 'infra/modules/vpc/', 'runbooks/deploy.md', 'charts/payments-api', 'cmd/migrator', 'docker/Dockerfile'];
    const report = `## Artifacts\n\n${[...names, ...missing].map((path) => `- \`${path}\``).join('\n')}\n`;
    const root = workspace({'docs/evidence/R.md': report, 'scripts/other.sh': ''});
    expect(ruleLines(reportOf(await verifyOffline(root), 'docs/evidence/R.md').findings)).toEqual(missing.map((_, index) => `file-missing@${8 + index}`));
  });
});

describe('names that are not files, in a sentence or as a route', () => {
  it('skips a check named like a path and a route with a leading slash, unless the repository has its folder', async () => {
    const report = [
      '## Branch protection evidence',
      '',
      'Required status checks include `ci/build` and `ci/sox-evidence`; the job named `build/linux` runs `scripts/check.sh`.',
      'The pipeline runs SAST (`security/semgrep`) and SCA (`security/snyk`).',
      '',
      '| Action | Status |',
      '|---|---|',
      '| Health check targets `/healthz/deep` | Done |',
      '| Deploy script `/deploy/run` | Done |',
      '',
    ].join('\n');
    const root = workspace({'docs/evidence/R.md': report, 'deploy/other.sh': ''});
    const result = reportOf(await verifyOffline(root), 'docs/evidence/R.md');
    // `scripts/check.sh` has a file ending; `/deploy/run` is beside the repository's `deploy/` folder
    expect(result.findings.map((finding) => `${finding.rule}@${finding.line}:${finding.subject}`)).toEqual([
      'file-missing@3:scripts/check.sh',
      'path-outside-root@9:/deploy/run',
    ]);
  });
});

describe('GitHub file URLs', () => {
  const report = [
    '## Deliverables', // 1
    '- [deploy](https://github.com/acme/shop/blob/main/docs/runbooks/deploy.md)', // 2
    '- https://github.com/Acme/Shop/blob/main/docs/runbooks/gone.md', // 3
    '- [folder](https://github.com/acme/shop/tree/main/docs/runbooks/)', // 4: a folder
    '- [elsewhere](https://github.com/other/repo/blob/main/missing.md)', // 5: another repository
    '- [old](https://github.com/acme/shop/blob/main/docs/old.md) (deleted)', // 6
    '- https://github.com/acme/shop/blob/main/docs/older.md (deleted)', // 7
    '- [then](https://github.com/acme/shop/blob/4f2a9c1/src/legacy.ts), [v1](https://github.com/acme/shop/blob/v1.0.0/src/legacy.ts), [site](https://github.com/acme/shop/blob/gh-pages/index.html)', // 8: a commit, a tag, a branch not checked out
    '- [out](https://github.com/acme/shop/blob/main/../../x.md)', // 9
    '', // 10
    '## Background', // 11
    '', // 12
    'The crash came from https://github.com/acme/shop/blob/main/src/legacy.ts in March.', // 13: a mention
    'It was in https://github.com/acme/shop/blob/main/src/old.ts, which this PR deletes.', // 14: noted as deleted
  ].join('\n');
  const files = {'docs/evidence/R.md': report, 'docs/runbooks/deploy.md': ''};

  it("are checked in the repository's own files when they name it", async () => {
    const result = reportOf(await verifyOffline(workspace(files), {setting: {repository: 'acme/shop'}}), 'docs/evidence/R.md');
    expect(result.findings.map((finding) => `${finding.rule}@${finding.line}:${finding.column}`)).toEqual(['link-broken@3:3', 'path-outside-root@9:3', 'file-mention-missing@13:21']);
    expect(result.findings[0].message).toContain('`docs/runbooks/gone.md`');
    expect(result.files.map((file) => `${file.path ?? file.citation.cited}=${file.exists}`)).toEqual([
      'docs/runbooks/deploy.md=true',
      'docs/runbooks/gone.md=false',
      'docs/runbooks=true',
      'main/../../x.md=false',
      'src/legacy.ts=false',
    ]);
  });

  it('find a claimed code path with a leading slash from the root, as a link means it, when it is there', async () => {
    const root = workspace({'docs/evidence/R.md': '## Deliverables\n\n- `/docs/runbooks/deploy.md`\n- `/etc/passwd`\n', 'docs/runbooks/deploy.md': ''});
    const result = reportOf(await verifyOffline(root), 'docs/evidence/R.md');
    expect(ruleLines(result.findings)).toEqual(['path-outside-root@4']);
    expect(result.files[0]).toMatchObject({path: 'docs/runbooks/deploy.md', exists: true});
  });

  it('warn of a claimed path in a machine\'s own folders, and fail one that climbs out of the root', async () => {
    const report = '## Evidence\n\n- agent tails `/var/log/app/batch.log`\n- `/etc/nginx/nginx.conf`\n- `../../../secret.md`\n';
    const result = reportOf(await verifyOffline(workspace({'docs/evidence/R.md': report})), 'docs/evidence/R.md');
    expect(result.findings.map((finding) => `${finding.rule}@${finding.line}:${finding.severity}`)).toEqual([
      'path-outside-root@3:warning',
      'path-outside-root@4:warning',
      'path-outside-root@5:error',
    ]);
  });

  it('are not checked when the repository is not known', async () => {
    const result = reportOf(await verifyOffline(workspace(files)), 'docs/evidence/R.md');
    expect(result.findings).toEqual([]);
    expect(result.files).toEqual([]);
  });
});
