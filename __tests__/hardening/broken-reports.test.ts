/**
 * Broken reports: each gives one clear finding at its file and line, and the other reports of the
 * same run are still verified. A BOM, CRLF or CR line ends are read as Markdown reads them (the
 * findings land on the right lines); an empty report is verified, and claims nothing.
 */
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {removeTempDirs} from '../support/workspace.js';
import {reportOf, ruleLines, verifyOffline} from '../support/verify.js';
import {cli, workspace} from './support/helpers.js';
import {validate} from './support/json-schema.js';

afterAll(removeTempDirs);

const GATE = ['## Gate 1 Acceptance Criteria', '', '| Criterion | Status |', '|---|---|', '| Incident drill | ⏳ PENDING |', '', '## Deliverables', '', '- `docs/runbooks/MISSING.md`', ''];
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
const bytes = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const utf16le = (text: string) => concat(Uint8Array.from([0xff, 0xfe]), new Uint8Array(Uint16Array.from(text, (char) => char.charCodeAt(0)).buffer));

/** One workspace with every kind of broken report, and one good report. */
const FILES: Record<string, string | Uint8Array> = {
  // The NUL is on line 3: `\x89PNG` CRLF `\x1a` LF.
  'docs/evidence/binary.md': PNG,
  'docs/evidence/latin1.md': concat(bytes('# Report\n\nCaf'), Uint8Array.from([0xe9]), bytes(' au lait\n')),
  'docs/evidence/nul.md': bytes('# Report\n\nFine so far.\nThen a \u0000 byte.\n'),
  'docs/evidence/utf16.md': utf16le('# Report\n\nWritten by an editor that saves UTF-16.\n'),
  'docs/evidence/bom.md': `\ufeff${GATE.join('\n')}`,
  'docs/evidence/crlf.md': GATE.join('\r\n'),
  'docs/evidence/cr.md': GATE.join('\r'),
  'docs/evidence/empty.md': '',
  'docs/evidence/blank.md': ' \n\n\t\n',
  'docs/evidence/good.md': '# Good\n\n## Deliverables\n\n- `docs/runbooks/README.md`\n',
  'docs/runbooks/README.md': '# Runbooks\n',
};

describe('broken reports, in the engine', () => {
  it('each gives one finding at its line; the good report is still verified', async () => {
    const root = workspace(FILES);
    const result = await verifyOffline(root);
    const findings = Object.fromEntries(result.reports.map((report) => [report.path.replace('docs/evidence/', ''), ruleLines(report.findings)]));
    expect(findings).toEqual({
      'binary.md': ['report-unreadable@3'],
      'blank.md': [],
      // The BOM is not part of the heading, CRLF and CR are line ends: the gate is found, at the right lines.
      'bom.md': ['gate-unsatisfied@5', 'file-missing@9'],
      'cr.md': ['gate-unsatisfied@5', 'file-missing@9'],
      'crlf.md': ['gate-unsatisfied@5', 'file-missing@9'],
      'empty.md': [],
      'good.md': [],
      'latin1.md': ['report-unreadable@3'],
      'nul.md': ['report-unreadable@4'],
      'utf16.md': ['report-unreadable@1'],
    });
    expect(result.passed).toBe(false);
    expect(reportOf(result, 'docs/evidence/good.md').passed).toBe(true);
    const message = (name: string) => reportOf(result, `docs/evidence/${name}`).findings[0].message;
    expect(message('binary.md')).toBe('Report contains a NUL byte: it is binary, not Markdown. Remove it from the report globs, or replace it with the real report.');
    expect(message('latin1.md')).toBe('Report is not valid UTF-8 (byte 13). Save it as UTF-8.');
    expect(message('utf16.md')).toBe('Report is UTF-16 text, not UTF-8: it was not verified. Save it as UTF-8.');
    for (const name of ['empty.md', 'blank.md']) expect(reportOf(result, `docs/evidence/${name}`).model).toMatchObject({gates: [], files: [], runs: []});
    for (const name of ['bom.md', 'crlf.md', 'cr.md']) {
      const report = reportOf(result, `docs/evidence/${name}`);
      expect(report.model!.gates.map((gate) => [gate.title, gate.rows.map((row) => [row.label, row.status, row.line])])).toEqual([
        ['Gate 1 Acceptance Criteria', [['Incident drill', '⏳ PENDING', 5]]],
      ]);
      // Columns too: a CR is not text.
      expect(report.findings.map((finding) => finding.column)).toEqual([20, 3]);
    }
  });
});

describe('a report that is not a file', () => {
  it('a FIFO named like a report is refused at once, not waited on', async () => {
    const root = workspace({'docs/evidence/good.md': FILES['docs/evidence/good.md'], 'docs/runbooks/README.md': ''});
    execFileSync('mkfifo', [join(root, 'docs/evidence/pipe.md')]);
    const started = performance.now();
    const result = await verifyOffline(root, {patterns: ['docs/evidence/pipe.md', 'docs/evidence/good.md']});
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ruleLines(reportOf(result, 'docs/evidence/pipe.md').findings)).toEqual(['report-unreadable@1']);
    expect(reportOf(result, 'docs/evidence/pipe.md').findings[0].message).toBe('Report is not a regular file (a FIFO, socket or device): it was not read.');
    expect(reportOf(result, 'docs/evidence/good.md').passed).toBe(true);
  });
});

describe('broken reports, through the built CLI', () => {
  it('prints one line per problem naming file and line, exits 1, and its JSON validates', async () => {
    const root = workspace(FILES);
    const text = await cli(['--root', root]);
    expect(text.code).toBe(1);
    expect(text.ms).toBeLessThan(10_000);
    const lines = text.stdout.trim().split('\n');
    expect(lines.filter((line) => / report-unreadable /.test(line)).map((line) => line.split(' ')[0])).toEqual([
      'docs/evidence/binary.md:3',
      'docs/evidence/latin1.md:3',
      'docs/evidence/nul.md:4',
      'docs/evidence/utf16.md:1',
    ]);
    expect(lines).toContain('docs/evidence/crlf.md:5:20 error gate-unsatisfied Gate row "Incident drill" in "Gate 1 Acceptance Criteria" is still pending: status `⏳ PENDING`. A gate passes only when its evidence is in.');
    expect(lines.at(-2)).toBe('FAIL: 10 reports verified, 10 errors, 0 warnings, 0 notices');

    const json = await cli(['--root', root, '--format', 'json']);
    const parsed = JSON.parse(json.stdout);
    expect(validate(parsed)).toEqual([]);
    expect(parsed.reports.find((report: {path: string}) => report.path === 'docs/evidence/good.md')).toMatchObject({passed: true, findings: []});
  });
});
