import type {VerificationResult} from '../model/result.js';
import {code, inert, link} from './escape.js';
import {countBySeverity, findingsTable, heading} from './markdown.js';
import {plural, summaryLine} from './text.js';

/** Hidden marker by which the sticky comment is found again. Report text cannot forge it: `<` is escaped. */
export const COMMENT_MARKER = '<!-- evidence-gate: sticky comment -->';

/** GitHub refuses comment bodies over 65,536 characters; stay well under it. */
export const COMMENT_LIMIT = 60_000;

export interface CommentContext {
  /** The workflow run's page, whose summary has the full report. */
  runUrl?: string;
}

/**
 * The sticky PR comment: the verdict and the findings of each failing report. When it would be too
 * long, reports are cut at a whole row and the comment points to the job summary for the rest.
 */
export function renderComment(result: VerificationResult, context: CommentContext = {}, limit = COMMENT_LIMIT): string {
  const pointer = context.runUrl ? link('the job summary', context.runUrl) : 'the job summary';
  const head = [COMMENT_MARKER, heading(result), '', inert(summaryLine(result)), ''];
  if (result.passed) {
    head.push(result.counts.reports > 0 ? 'Every claimed file, gate and cited run checked out.' : 'No evidence report needed verifying.', '');
  }
  const narrowed = result.reports.filter((report) => report.coverage).length;
  if (narrowed > 0) {
    const one = narrowed === 1;
    head.push(`${plural(narrowed, 'of these report')}, not changed by this pull request, ${one ? 'was' : 'were'} verified only where ${one ? 'it cites' : 'they cite'} a file it removes.`, '');
  }
  const foot = ['', `Full details: ${pointer}.`];
  const truncatedFoot = ['', `_Truncated: the comment would exceed GitHub's size limit. Every finding is in ${pointer}._`];
  const sections: string[][] = [];
  for (const report of result.reports) {
    if (report.findings.length === 0) continue;
    sections.push([
      `<details${report.passed ? '' : ' open'}><summary>${report.passed ? '✅' : '❌'} ${code(report.path)}: ${inert(countBySeverity(report.findings))}</summary>`,
      '',
      ...findingsTable(report.findings),
      '',
      '</details>',
      '',
    ]);
  }
  const budget = limit - length(head) - length(truncatedFoot) - 200;
  const body: string[] = [];
  let used = 0;
  let truncated = false;
  for (const section of sections) {
    const size = length(section);
    if (used + size <= budget) {
      body.push(...section);
      used += size;
      continue;
    }
    // Keep the rows that fit, closing the table and the <details> so the comment stays well-formed.
    const closing = ['', '</details>', ''];
    const rows: string[] = [];
    let partial = length(closing);
    for (const line of section.slice(0, -3)) {
      if (used + partial + line.length + 1 > budget) break;
      rows.push(line);
      partial += line.length + 1;
    }
    if (rows.length > 4) body.push(...rows, ...closing);
    truncated = true;
    break;
  }
  return [...head, ...body, ...(truncated ? truncatedFoot : foot)].join('\n');
}

/**
 * The sticky comment of a run that stopped before a verdict (an invalid policy, a failing API): it
 * replaces an earlier comment, so a pass shown there does not look as if it still held.
 */
export function renderUnverifiedComment(reason: string, context: CommentContext = {}): string {
  const pointer = context.runUrl ? link('the job summary', context.runUrl) : 'the job summary';
  return [
    COMMENT_MARKER,
    '## ❌ evidence-gate: the evidence could not be verified',
    '',
    inert(reason, 1000),
    '',
    `This run reached no verdict; an earlier one shown here no longer holds. Details: ${pointer}.`,
  ].join('\n');
}

const length = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);
