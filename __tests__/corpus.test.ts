import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {corpusCommits, listReports, materialise, removeTempDirs} from './support/workspace.js';
import {reportOf, ruleLines, verifyOffline} from './support/verify.js';

afterAll(removeTempDirs);

/**
 * What evidence-gate finds in each real report, offline. Every error here is true of the
 * repository at that commit; the comments say why.
 */
const EXPECTED: Record<string, Record<string, string[]>> = {
  '026d4bc29': {
    // Links written as if from the root (`../src/...` from docs/evidence/): they 404 on GitHub.
    'docs/evidence/chaos-testing-results.md': ['link-broken@23', 'link-broken@50', 'link-broken@51', 'link-broken@52', 'link-broken@72', 'link-broken@105'],
  },
  '5ec871619': {
    // Gate 1 is still pending in the gate table and in the blocker heading; the workflow the report decided to
    // skip (`**SKIP** adding `…/d0-rehearsal.yml``, line 133) is not cited as a file.
    'docs/evidence/STAGE_D1.1_FINAL_SUMMARY.md': ['run-unverified@42', 'gate-unsatisfied@229', 'gate-unsatisfied@235'],
  },
  '7337b4f68': {
    'docs/evidence/README.md': [],
    // direct_push_rejection.log is claimed PRESENT but is not in the repository at this commit.
    'docs/evidence/STAGE0.7_ACCEPTANCE_PACK.md': ['file-missing@53', 'run-unverified@75', 'file-missing@121'],
    'docs/evidence/STAGE0.7_CLOSEOUT_SUMMARY.md': ['file-missing@33', 'run-unverified@51', 'file-missing@86'],
    'docs/evidence/STAGE0.7_PHASE1_REPORT.md': ['file-missing@26', 'file-missing@32'],
    'docs/evidence/STAGE0.7_PHASE2_REPORT.md': ['run-unverified@15'],
  },
  '8349be9a3': {
    'docs/evidence/STAGE2.3_ACCEPTANCE_PACK.md': [],
    'docs/evidence/STAGE2.3_CLOSEOUT_SUMMARY.md': [],
  },
  '85ef96342': {
    // The ADR links point at docs/adrs/, which does not exist (the folder is docs/adr/, other names).
    'docs/evidence/STAGE1.0_ACCEPTANCE_PACK.md': ['run-unverified@76', 'run-unverified@83', 'link-broken@255', 'link-broken@256'],
    'docs/evidence/STAGE1.0_PHASE2_REPORT.md': ['run-unverified@123'],
  },
  f30997db1: {
    'docs/evidence/PHASE_2_CI_EVIDENCE.md': ['run-unverified@10'],
    'docs/evidence/PHASE_3_DRIFT_FAILURE_EVIDENCE.md': ['run-unverified@26'],
    'docs/evidence/PHASE_4_INVARIANTS_FAILURE_EVIDENCE.md': ['run-unverified@27'],
    'docs/evidence/PHASE_5_FINAL_CI_SUCCESS_EVIDENCE.md': ['run-unverified@14'],
    'docs/evidence/STAGE3.0.1_ACCEPTANCE_PACK.md': ['run-unverified@18', 'run-unverified@19', 'run-unverified@20'],
  },
};

describe.each(corpusCommits())('real reports of %s', (commit) => {
  it('are all verified without a crash, every finding inside its file', async () => {
    const root = materialise(commit);
    const reports = listReports(commit);
    const result = await verifyOffline(root, {patterns: reports});
    expect(result.reports.map((report) => report.path)).toEqual(reports);
    for (const report of result.reports) {
      expect(report.model).toBeDefined();
      const lineCount = readFileSync(join(root, report.path), 'utf8').split('\n').length;
      for (const finding of report.findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.line).toBeLessThanOrEqual(lineCount);
        expect(finding.message).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
      const expected = EXPECTED[commit]?.[report.path];
      if (expected) expect(ruleLines(report.findings), report.path).toEqual(expected);
    }
  });
});

describe('the broken 69 KB report at 8349be9a3', () => {
  it('is read as data: its gate table passes and its repeated file rows are checked once each', async () => {
    const root = materialise('8349be9a3');
    const path = 'docs/evidence/STAGE2.3_ACCEPTANCE_PACK.md';
    const report = reportOf(await verifyOffline(root, {patterns: [path]}), path);
    const gates = report.model!.gates;
    expect(gates.map((gate) => [gate.title, gate.rows.length, gate.rows.every((row) => row.verdict === 'pass')])).toEqual([
      ['Acceptance Criteria Checklist', 7, true],
    ]);
    // The ADD/MOD table is a file list, not a gate; its placeholder path is skipped.
    expect(report.files.length).toBeGreaterThan(1000);
    expect(report.files.some((file) => file.citation.cited.includes('...'))).toBe(false);
    expect(report.model!.pulls.map((pull) => pull.number)).toEqual([11]);
  });
});
