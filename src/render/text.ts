import type {VerificationResult} from '../model/result.js';
import {plain} from './escape.js';

/** One line per finding, `path:line:col severity rule message`, then the verdict. */
export function renderText(result: VerificationResult): string {
  const lines: string[] = [];
  for (const report of result.reports) {
    for (const finding of report.findings) {
      const where = `${plain(report.path)}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
      lines.push(`${where} ${finding.severity} ${finding.rule} ${plain(finding.message)}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(result));
  for (const note of result.skipped) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** `1 report`, `2 reports`. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(result: VerificationResult): string {
  const {reports, errors, warnings, notices} = result.counts;
  const verdict = result.passed ? 'PASS' : 'FAIL';
  return `${verdict}: ${plural(reports, 'report')} verified, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
}
