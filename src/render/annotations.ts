import type {VerificationResult} from '../model/result.js';
import type {Severity} from '../model/types.js';
import {plain} from './escape.js';

export interface Annotation {
  severity: Severity;
  message: string;
  title: string;
  file: string;
  startLine: number;
  startColumn?: number;
}

/**
 * One annotation per finding, at its file and line (repository-relative, as the runner wants). The
 * message is one plain line: report text cannot send terminal escapes into the log.
 */
export function toAnnotations(result: VerificationResult): Annotation[] {
  return result.reports.flatMap((report) =>
    report.findings.map((finding) => ({
      severity: finding.severity,
      message: plain(finding.message),
      title: `evidence-gate: ${finding.rule}`,
      file: report.path,
      startLine: finding.line,
      ...(finding.column === undefined ? {} : {startColumn: finding.column}),
    })),
  );
}
