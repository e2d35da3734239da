import type {ReportResult, VerificationResult} from '../model/result.js';
import {isValidNumber, type Finding, type Severity} from '../model/types.js';
import {code, inert, link, message} from './escape.js';
import {plural, summaryLine} from './text.js';

export interface MarkdownContext {
  /** `https://github.com` or an Enterprise server's URL, for links to runs. */
  serverUrl?: string;
  /** `owner/repo`, for links to runs cited by number. */
  repository?: string;
}

const ICON: Record<Severity, string> = {error: '❌', warning: '⚠️', notice: 'ℹ️'};

export function heading(result: VerificationResult): string {
  return `## ${result.passed ? '✅' : '❌'} evidence-gate: ${result.passed ? 'evidence verified' : 'evidence does not hold'}`;
}

/** The job summary and the CLI's Markdown output: verdict, a table per report, every finding. */
export function renderSummary(result: VerificationResult, context: MarkdownContext = {}): string {
  const parts = [heading(result), '', inert(summaryLine(result)), ''];
  if (result.reports.length > 0) {
    parts.push('| Report | Verdict | Gate rows | Files | Runs | Findings |', '|---|---|---|---|---|---|');
    for (const report of result.reports) parts.push(overviewRow(report));
    parts.push('');
  }
  for (const report of result.reports) parts.push(...reportSection(report, context));
  if (result.skipped.length > 0) {
    parts.push('**Skipped:**', '');
    for (const note of result.skipped) parts.push(`- ${inert(note, 500)}`);
    parts.push('');
  }
  return parts.join('\n');
}

function overviewRow(report: ReportResult): string {
  const model = report.model;
  const rows = model?.gates.flatMap((gate) => gate.rows) ?? [];
  const passing = rows.filter((row) => row.verdict === 'pass' || row.verdict === 'not-applicable').length;
  const found = report.files.filter((file) => file.exists).length;
  const runs = model?.runs.length ?? 0;
  const verdict = `${report.passed ? '✅ pass' : '❌ fail'}${report.coverage ? ' (its citations of removed files)' : ''}`;
  const counts = countBySeverity(report.findings);
  // Only its citations of removed files were verified: it has gates and runs, but they were not read.
  const whole = model && !report.coverage;
  return `| ${code(report.path)} | ${verdict} | ${whole ? `${passing}/${rows.length}` : '–'} | ${model ? `${found}/${report.files.length}` : '–'} | ${whole ? runs : '–'} | ${counts || 'none'} |`;
}

export function countBySeverity(findings: readonly Finding[]): string {
  const counts = {error: 0, warning: 0, notice: 0};
  for (const finding of findings) counts[finding.severity]++;
  return (Object.keys(counts) as Severity[])
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity))
    .join(', ');
}

function reportSection(report: ReportResult, context: MarkdownContext): string[] {
  const model = report.model;
  const open = report.passed ? '' : ' open';
  const only = report.coverage ? ' (only its citations of files this pull request removes were verified)' : '';
  const lines = [`<details${open}><summary>${report.passed ? '✅' : '❌'} ${code(report.path)}: ${inert(countBySeverity(report.findings) || 'no findings')}${only}</summary>`, ''];
  if (report.findings.length > 0) lines.push(...findingsTable(report.findings), '');
  if (model && model.gates.length > 0) {
    lines.push('| Gate | Row | Status | Verdict | Line |', '|---|---|---|---|---|');
    for (const gate of model.gates) {
      for (const row of gate.rows) {
        lines.push(`| ${inert(gate.title, 80)} | ${inert(row.label, 120)} | ${code(row.status, 60)}${row.note ? ` (note: ${inert(row.note, 80)})` : ''} | ${row.verdict} | ${row.line} |`);
      }
    }
    lines.push('');
  }
  if (report.files.length > 0) {
    lines.push('| File | Kind | Found | Line |', '|---|---|---|---|');
    for (const file of report.files) {
      lines.push(`| ${code(file.path ?? file.citation.cited)} | ${file.citation.link ? 'link' : file.citation.kind} | ${file.exists ? '✅' : '❌'} | ${file.citation.line} |`);
    }
    lines.push('');
  }
  if (model && model.runs.length > 0) {
    lines.push('| CI run | Repository | Expected | Line |', '|---|---|---|---|');
    for (const run of model.runs) {
      const repository = run.repository ?? context.repository;
      const label = run.id === undefined ? 'placeholder' : String(run.id);
      // A run cited on another host is not on this server: a link here would point somewhere else.
      const here = (!run.host || run.host === hostOf(context.serverUrl)) && run.id !== undefined && isValidNumber(run.id);
      const url = here && repository && context.serverUrl ? `${context.serverUrl}/${repository}/actions/runs/${run.id}` : '';
      lines.push(`| ${url ? link(label, url) : inert(label)} | ${inert(repository ?? '–')} | ${run.expected} | ${run.line} |`);
    }
    lines.push('');
  }
  lines.push('</details>', '');
  return lines;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export function findingsTable(findings: readonly Finding[]): string[] {
  const lines = ['| Line | Severity | Rule | Message |', '|---|---|---|---|'];
  for (const finding of findings) {
    lines.push(`| ${finding.line} | ${ICON[finding.severity]} ${finding.severity} | ${finding.rule} | ${message(finding.message)} |`);
  }
  return lines;
}
