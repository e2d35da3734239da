import type {VerificationResult} from '../model/result.js';
import type {Severity} from '../model/types.js';

export interface Annotation {
  severity: Severity;
  message: string;
  title: string;
  file: string;
  startLine: number;
  startColumn?: number;
}

/** One annotation per finding, at its file and line (repository-relative, as the runner wants). */
export function toAnnotations(result: VerificationResult): Annotation[] {
  return result.reports.flatMap((report) =>
    report.findings.map((finding) => ({
      severity: finding.severity,
      message: finding.message,
      title: `evidence-gate: ${finding.rule}`,
      file: report.path,
      startLine: finding.line,
      ...(finding.column === undefined ? {} : {startColumn: finding.column}),
    })),
  );
}
