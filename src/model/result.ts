import type {FileStatus} from '../checks/files.js';
import type {Finding, ReportModel, Severity} from './types.js';

export interface ReportResult {
  /** Repository-relative path: a report, or the policy file for policy-level findings. */
  path: string;
  passed: boolean;
  /** Absent when the report could not be read. */
  model?: ReportModel;
  files: FileStatus[];
  findings: Finding[];
  /**
   * Set when only the report's citations of files the pull request removes were verified (`scope:
   * changed`, for a report it does not change): `model` holds those citations and nothing else.
   */
  coverage?: 'removed-files';
}

export interface Counts {
  reports: number;
  errors: number;
  warnings: number;
  notices: number;
}

export interface VerificationResult {
  passed: boolean;
  /** The lowest severity that fails the verification. */
  failOn: 'error' | 'warning';
  reports: ReportResult[];
  counts: Counts;
  /** What was not verified and why, for the summary. */
  skipped: string[];
}

const RANK: Record<Severity, number> = {error: 2, warning: 1, notice: 0};

export function fails(finding: Finding, failOn: 'error' | 'warning'): boolean {
  return RANK[finding.severity] >= RANK[failOn];
}

export function countFindings(reports: readonly ReportResult[]): Counts {
  const counts: Counts = {reports: reports.filter((report) => report.model || report.findings.some((f) => f.rule.startsWith('report-'))).length, errors: 0, warnings: 0, notices: 0};
  for (const report of reports) {
    for (const finding of report.findings) {
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
      else counts.notices++;
    }
  }
  return counts;
}
