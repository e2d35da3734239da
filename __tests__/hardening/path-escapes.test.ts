/**
 * Path escapes: every way a report can point out of the repository is `path-outside-root`, and the
 * gate never opens or stats anything outside the root. The proof: every file system call the
 * engine's own modules make (resolver, reader, discovery, policy file) is recorded, and none names a
 * path outside the root, although the outside directory is right there with a file in it.
 */
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {basename, dirname, join, resolve, sep} from 'node:path';
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {resolvePolicy} from '../../src/policy/policy.js';
import {discoverReports} from '../../src/workspace/discover.js';
import {loadPolicyFile} from '../../src/workspace/policy-file.js';
import {makeTempDir, removeTempDirs} from '../support/workspace.js';
import {reportOf, ruleLines, verifyOffline} from '../support/verify.js';
import {cli} from './support/helpers.js';

const {touched, recording} = vi.hoisted(() => {
  const touched: Array<{call: string; path: string}> = [];
  /** The module with each named function wrapped to record its call and first argument (the path). */
  const recording = <T extends object>(actual: T, names: readonly string[]): T => {
    const wrapped: Record<string, unknown> = {};
    for (const name of names) {
      const original = (actual as Record<string, (...args: unknown[]) => unknown>)[name];
      wrapped[name] = (...args: unknown[]) => {
        touched.push({call: name, path: String(args[0])});
        return original(...args);
      };
    }
    return {...actual, ...wrapped, default: {...actual, ...wrapped}};
  };
  return {touched, recording};
});

vi.mock('node:fs', async (importOriginal) =>
  recording(await importOriginal<typeof import('node:fs')>(), ['lstatSync', 'statSync', 'readlinkSync', 'readdirSync', 'readFileSync', 'existsSync', 'realpathSync', 'openSync', 'accessSync', 'opendirSync']),
);

vi.mock('node:fs/promises', async (importOriginal) =>
  recording(await importOriginal<typeof import('node:fs/promises')>(), ['open', 'stat', 'lstat', 'readFile', 'readlink', 'readdir', 'realpath', 'access', 'opendir']),
);

afterAll(removeTempDirs);
beforeEach(() => {
  touched.length = 0;
});

const REPORT = 'docs/evidence/R.md';
const ESCAPES = [
  '## Evidence', // 1
  '', // 2
  '- `../../../etc/passwd`', // 3: from the report's folder, out of the root
  '- `/etc/passwd`', // 4
  '- `docs/../../x.md`', // 5
  '- [encoded](%2e%2e/%2e%2e/%2e%2e/etc/passwd)', // 6
  '- `..\\..\\..\\etc\\passwd`', // 7
  '- `docs/outside/secret.md`', // 8: a symlink to a directory outside, by absolute path
  '- `docs/up/secret.md`', // 9: a symlink to `../..`, relative
  '- `docs/loop/x.md`', // 10: a symlink loop
  '- [up and out](../../../outside/secret.md)', // 11
  '- [double encoded](%252e%252e/x.md)', // 12: `%2e%2e` once decoded, a folder name inside: merely missing
  '- `docs/runbooks/README.md`', // 13: fine
].join('\n');

/** A repository beside an `outside` directory that holds a secret, with links that lead to it. */
function escapingWorkspace(): {root: string; outside: string} {
  const parent = makeTempDir('escape-');
  const outside = join(parent, 'outside');
  const root = join(parent, 'repo');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), '## Gate 1 Acceptance\n\n| Criterion | Status |\n|---|---|\n| Leaked from outside | ✅ |\n');
  for (const [path, text] of Object.entries({[REPORT]: ESCAPES, 'docs/runbooks/README.md': '# Runbooks\n'})) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  symlinkSync(outside, join(root, 'docs/outside'));
  symlinkSync('../..', join(root, 'docs/up'));
  symlinkSync('loop2', join(root, 'docs/loop'));
  symlinkSync('loop', join(root, 'docs/loop2'));
  return {root, outside};
}

const real = await vi.importActual<typeof import('node:fs')>('node:fs');

/** Where a path really is: symbolic links on the way followed, and the last one too unless the call does not follow it. */
function whereItIs(path: string, follows: boolean): string {
  if (!follows) return join(whereItIs(dirname(path), true), basename(path));
  try {
    return real.realpathSync(path);
  } catch {
    return dirname(path) === path ? path : join(whereItIs(dirname(path), true), basename(path));
  }
}

/** The file system calls that reached something outside the root, links followed as the call follows them. */
const outsideOf = (root: string) => {
  const inside = real.realpathSync(root);
  return touched
    .map(({call, path}) => `${call} ${whereItIs(resolve(root, path), !/^(lstat|readlink)/.test(call))}`)
    .filter((entry) => {
      const path = entry.slice(entry.indexOf(' ') + 1);
      return path !== inside && !path.startsWith(inside + sep);
    });
};

describe('cited paths that leave the repository', () => {
  it('are each path-outside-root at their line, and nothing outside the root is touched', async () => {
    const {root} = escapingWorkspace();
    const report = reportOf(await verifyOffline(root), REPORT);
    expect(ruleLines(report.findings)).toEqual([
      'path-outside-root@3',
      'path-outside-root@4',
      'path-outside-root@5',
      'path-outside-root@6',
      'path-outside-root@7',
      'path-outside-root@8',
      'path-outside-root@9',
      'path-outside-root@10',
      'path-outside-root@11',
      'link-broken@12',
    ]);
    expect(report.files.filter((file) => file.exists).map((file) => file.path)).toEqual(['docs/runbooks/README.md']);
    expect(touched.length).toBeGreaterThan(5);
    expect(outsideOf(root)).toEqual([]);
  });
});

describe('a report or policy file that leads out of the repository', () => {
  function linkedWorkspace() {
    const {root, outside} = escapingWorkspace();
    symlinkSync(join(outside, 'secret.md'), join(root, 'docs/evidence/linked.md'));
    return {root, outside};
  }

  it('a report that is a symlink out is not found by globs, and named outright it is refused unread', async () => {
    const {root} = linkedWorkspace();
    expect(await discoverReports({root, patterns: ['docs/evidence/**/*.md'], exclude: [], strict: true})).toEqual([REPORT]);
    const result = await verifyOffline(root, {patterns: ['docs/evidence/linked.md', 'docs/outside/secret.md']});
    for (const path of ['docs/evidence/linked.md', 'docs/outside/secret.md']) {
      const report = reportOf(result, path);
      expect(ruleLines(report.findings)).toEqual(['path-outside-root@1']);
      expect(report.model).toBeUndefined();
    }
    expect(reportOf(result, 'docs/evidence/linked.md').findings[0].message).toBe(
      'Report is a symbolic link (or lies under one) that leads out of the repository, or loops: it was not read. Only files inside the repository are evidence.',
    );
    expect(outsideOf(root)).toEqual([]);
  });

  it('a policy file that is a symlink out is a policy error, and is not read', async () => {
    const {root, outside} = linkedWorkspace();
    writeFileSync(join(outside, 'policy.yml'), 'reports: ["docs/**/*.md"]\n');
    mkdirSync(join(root, '.github'));
    symlinkSync(join(outside, 'policy.yml'), join(root, '.github/evidence-gate.yml'));
    await expect(loadPolicyFile(root, undefined)).rejects.toThrow(
      '.github/evidence-gate.yml: the policy file is a symbolic link that leads out of the repository (or loops): it was not read',
    );
    expect(outsideOf(root)).toEqual([]);
  });

  it('the policy cannot name a report outside either: it is refused unread, the others verified', async () => {
    const {root} = linkedWorkspace();
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github/evidence-gate.yml'), 'reports: [docs/evidence/linked.md, docs/evidence/R.md]\nrequired-files: [../outside/secret.md, docs/up/secret.md]\n');
    const result = await verifyOffline(root);
    expect(result.reports.map((report) => [report.path, ruleLines(report.findings)])).toEqual([
      ['docs/evidence/R.md', expect.arrayContaining(['path-outside-root@3'])],
      ['docs/evidence/linked.md', ['path-outside-root@1']],
      ['.github/evidence-gate.yml', ['required-file-missing@2', 'required-file-missing@2']],
    ]);
    expect(resolvePolicy().reports).toEqual(['docs/evidence/**/*.md']);
    expect(outsideOf(root)).toEqual([]);
  });
});

describe('through the built CLI', () => {
  it('reports the escapes and never shows what the outside file holds', async () => {
    const {root, outside} = escapingWorkspace();
    symlinkSync(join(outside, 'secret.md'), join(root, 'docs/evidence/linked.md'));
    const run = await cli(['--root', root, '--format', 'json', 'docs/evidence/R.md', 'docs/evidence/linked.md']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.reports.map((report: {path: string; findings: Array<{rule: string}>}) => [report.path, report.findings.filter((f) => f.rule === 'path-outside-root').length])).toEqual([
      ['docs/evidence/R.md', 9],
      ['docs/evidence/linked.md', 1],
    ]);
    expect(run.stdout).not.toContain('Leaked from outside');
    expect(run.stdout).not.toContain(outside);
  });
});
