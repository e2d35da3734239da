/**
 * A report over `max-report-size` is refused without being read. Three proofs: the file system calls
 * the reader makes (spied on), what the finding says (the 50 MB file is sparse: a read would find
 * NUL bytes and say so instead), and time (reading and parsing 50 MB would take minutes).
 */
import {truncateSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {removeTempDirs} from '../support/workspace.js';
import {reportOf, ruleLines, verifyOffline} from '../support/verify.js';
import {cli, workspace} from './support/helpers.js';

const calls = vi.hoisted(() => ({opened: [] as string[], read: [] as string[]}));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const paths = new Map<number, string>();
  const pathOf = (file: unknown) => (typeof file === 'number' ? paths.get(file) : String(file));
  const openSync: typeof actual.openSync = (path, ...rest) => {
    const fd = actual.openSync(path, ...rest);
    paths.set(fd, String(path));
    calls.opened.push(String(path));
    return fd;
  };
  const readFileSync = ((file: Parameters<typeof actual.readFileSync>[0], ...rest: unknown[]) => {
    calls.read.push(pathOf(file) ?? '?');
    return (actual.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFileSync;
  const readSync = ((fd: number, ...rest: unknown[]) => {
    calls.read.push(pathOf(fd) ?? '?');
    return (actual.readSync as (...args: unknown[]) => number)(fd, ...rest);
  }) as typeof actual.readSync;
  const spied = {openSync, readFileSync, readSync};
  return {...actual, ...spied, default: {...actual, ...spied}};
});

afterAll(removeTempDirs);
beforeEach(() => {
  calls.opened.length = 0;
  calls.read.length = 0;
});

const FIFTY_MB = 50 * 1024 * 1024;

/** A workspace with a sparse 50 MB report (a heading, then holes that read as NUL bytes) and a good one. */
function withHugeReport(policy?: string): string {
  const root = workspace({
    'docs/evidence/good.md': '# Good\n\n## Deliverables\n\n- `docs/runbooks/README.md`\n',
    'docs/runbooks/README.md': '',
    ...(policy ? {'.github/evidence-gate.yml': policy} : {}),
  });
  const huge = join(root, 'docs/evidence/huge.md');
  writeFileSync(huge, '# Huge report\n');
  truncateSync(huge, FIFTY_MB);
  return root;
}

describe('a 50 MB report', () => {
  it('is refused as report-too-large without a single read, while the other report is verified', async () => {
    const root = withHugeReport();
    const started = performance.now();
    const result = await verifyOffline(root);
    const elapsed = performance.now() - started;

    const huge = reportOf(result, 'docs/evidence/huge.md');
    expect(ruleLines(huge.findings)).toEqual(['report-too-large@1']);
    expect(huge.findings[0].message).toBe(
      'Report is 50.0 MiB, over the 1.0 MiB limit (`max-report-size`); it was not read. Split it, or raise the limit in the policy.',
    );
    expect(reportOf(result, 'docs/evidence/good.md')).toMatchObject({passed: true, findings: []});
    // Opened (to take its size from the handle, which cannot change under us), never read.
    expect(calls.opened).toContain(join(root, 'docs/evidence/huge.md'));
    expect(calls.read).not.toContain(join(root, 'docs/evidence/huge.md'));
    // The spy works: the good report was read through it.
    expect(calls.read).toContain(join(root, 'docs/evidence/good.md'));
    expect(elapsed).toBeLessThan(2000);
  });

  it('would be read, and refused for its NUL bytes instead, under a policy limit above its size', async () => {
    const root = withHugeReport(`max-report-size: ${FIFTY_MB + 1}\n`);
    const huge = reportOf(await verifyOffline(root), 'docs/evidence/huge.md');
    expect(ruleLines(huge.findings)).toEqual(['report-unreadable@2']);
    expect(calls.read).toContain(join(root, 'docs/evidence/huge.md'));
  });

  it('is refused by the built CLI in about the time of an empty run', async () => {
    const root = withHugeReport();
    const run = await cli(['--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'docs/evidence/huge.md:1 error report-too-large Report is 50.0 MiB, over the 1.0 MiB limit (`max-report-size`); it was not read.',
    );
    expect(run.stdout).toContain('FAIL: 2 reports verified, 1 error, 0 warnings, 0 notices');
    expect(run.ms).toBeLessThan(5000);
  });
});
