import type {ReportResult, VerificationResult} from '../model/result.js';
import {VERSION} from '../version.js';

/**
 * The JSON result, schema 1. Stable: fields are only ever added. Documented in the README.
 * The same tree and API answers give byte-identical output (no times, no absolute paths).
 */
export function toJsonResult(result: VerificationResult) {
  return {...head(result), reports: result.reports.map(reportJson)};
}

function head(result: VerificationResult) {
  return {tool: 'evidence-gate', version: VERSION, schema: 1, passed: result.passed, counts: result.counts};
}

function reportJson(report: ReportResult) {
  const model = report.model;
  return {
    path: report.path,
    passed: report.passed,
    ...(report.coverage ? {coverage: report.coverage} : {}),
    gates: (model?.gates ?? []).map((gate) => ({
      title: gate.title,
      kind: gate.kind,
      line: gate.line,
      rows: gate.rows.map((row) => ({
        label: row.label,
        status: row.status,
        ...(row.note ? {note: row.note} : {}),
        ...(row.shortfall ? {shortfall: row.shortfall} : {}),
        verdict: row.verdict,
        line: row.line,
      })),
    })),
    citations: {
      files: report.files.map(({citation, path, exists}) => ({
        path: path ?? citation.cited,
        cited: citation.cited,
        ...(citation.lines ? {lines: citation.lines} : {}),
        line: citation.line,
        kind: citation.kind,
        link: citation.link,
        exists,
      })),
      runs: (model?.runs ?? []).map((run) => ({
        id: run.id ?? null,
        repository: run.repository ?? null,
        line: run.line,
        placeholder: run.placeholder,
        expected: run.expected,
        jobs: run.jobs.map((job) => job.name),
      })),
      pulls: (model?.pulls ?? []).map((pull) => ({number: pull.number, repository: pull.repository ?? null, line: pull.line})),
    },
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      line: finding.line,
      ...(finding.column === undefined ? {} : {column: finding.column}),
      ...(finding.subject === undefined ? {} : {subject: finding.subject}),
    })),
  };
}

/**
 * The JSON result as text, in pieces: one per report, so a scan of thousands of reports is written
 * without building one huge string. The pieces join to `JSON.stringify(toJsonResult(result), null, 2)`.
 */
export function* renderJsonChunks(result: VerificationResult): Generator<string> {
  const header = JSON.stringify(head(result), null, 2);
  yield `${header.slice(0, -2)},\n  "reports": [`;
  let first = true;
  for (const report of result.reports) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(reportJson(report), null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]\n}\n`;
}

export function renderJson(result: VerificationResult): string {
  return [...renderJsonChunks(result)].join('');
}
