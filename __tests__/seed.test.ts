import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeEach, describe, expect, it} from 'vitest';
import {editLine, materialise, removeTempDirs} from './support/workspace.js';
import {reportOf, ruleLines, verifyOffline} from './support/verify.js';

const SEED = 'docs/evidence/STAGE1.0_PHASE2_REPORT.md';
const RUNBOOKS = [
  'docs/runbooks/DATABASE_MIGRATIONS.md',
  'docs/runbooks/APPLICATION_LIFECYCLE.md',
  'docs/runbooks/ROLLBACK_PROCEDURES.md',
  'docs/runbooks/DEPLOYMENT_CHECKLIST.md',
  'docs/runbooks/README.md',
];

describe('the seed report, STAGE1.0_PHASE2_REPORT.md at 85ef96342', () => {
  let root: string;
  beforeEach(() => {
    root = materialise('85ef96342');
  });
  afterAll(removeTempDirs);

  it('passes with its 5 runbooks found, its Gate 2 table passing, its run and PR extracted', async () => {
    const report = reportOf(await verifyOffline(root, {patterns: [SEED]}), SEED);
    expect(report.passed).toBe(true);
    expect(ruleLines(report.findings)).toEqual(['run-unverified@123']);

    const claimed = report.files.filter((file) => file.citation.kind === 'claim');
    for (const runbook of RUNBOOKS) {
      expect(claimed.filter((file) => file.path === runbook).map((file) => file.exists)).toEqual([true, true]);
    }

    const table = report.model!.gates.find((gate) => gate.kind === 'table')!;
    expect(table.title).toBe('Gate 2 Acceptance Criteria');
    expect(table.rows.map((row) => [row.label, row.verdict, row.line])).toEqual([
      ['Runbooks complete', 'pass', 142],
      ['CI passing', 'pass', 143],
      ['Documentation quality', 'pass', 144],
      ['Operational readiness', 'pass', 145],
    ]);
    expect(report.model!.gates.find((gate) => gate.title === 'Gate 2')).toMatchObject({kind: 'line', line: 6, rows: [{status: '✅ MET', verdict: 'pass'}]});

    expect(report.model!.runs).toHaveLength(1);
    expect(report.model!.runs[0]).toMatchObject({
      id: 20696090612,
      repository: 'cgtqwmwkhp-rgb/quality-governance-platform',
      host: 'github.com',
      line: 123,
      placeholder: false,
      expected: 'success',
    });
    expect(report.model!.runs[0].jobs.map((job) => job.name)).toContain('Unit Tests');
    expect(report.model!.pulls).toEqual([
      {number: 3, repository: 'cgtqwmwkhp-rgb/quality-governance-platform', host: 'github.com', line: 122, column: 9},
    ]);
  });

  it('fails with file-missing at the runbook line when a runbook is deleted', async () => {
    rmSync(join(root, 'docs/runbooks/ROLLBACK_PROCEDURES.md'));
    const report = reportOf(await verifyOffline(root, {patterns: [SEED]}), SEED);
    expect(report.passed).toBe(false);
    const missing = report.findings.filter((finding) => finding.rule === 'file-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({line: 56, column: 11, severity: 'error', subject: 'docs/runbooks/ROLLBACK_PROCEDURES.md'});
    expect(missing[0].message).toContain('also cited on line 110');
  });

  it.each([
    ['❌', 'failed'],
    ['⏳', 'is still pending'],
  ])('fails with gate-unsatisfied at line 143 when its ✅ becomes %s', async (symbol, says) => {
    editLine(root, SEED, 143, (line) => line.replace('✅', symbol));
    const report = reportOf(await verifyOffline(root, {patterns: [SEED]}), SEED);
    expect(report.passed).toBe(false);
    const gate = report.findings.filter((finding) => finding.rule === 'gate-unsatisfied');
    expect(ruleLines(gate)).toEqual(['gate-unsatisfied@143']);
    expect(gate[0].message).toContain(`"CI passing" in "Gate 2 Acceptance Criteria" ${says}`);
  });

  it('fails when the Gate 2 line turns pending', async () => {
    editLine(root, SEED, 6, () => '**Gate 2**: ⏳ PENDING');
    const report = reportOf(await verifyOffline(root, {patterns: [SEED]}), SEED);
    expect(ruleLines(report.findings.filter((finding) => finding.severity === 'error'))).toEqual(['gate-unsatisfied@6']);
  });

  it('fails with run-placeholder when the run is not filled in', async () => {
    editLine(root, SEED, 123, () => '**Latest CI Run**: https://github.com/cgtqwmwkhp-rgb/quality-governance-platform/actions/runs/[TBD]');
    const report = reportOf(await verifyOffline(root, {patterns: [SEED]}), SEED);
    expect(ruleLines(report.findings)).toEqual(['run-placeholder@123', 'run-unverified@143']);
  });
});
