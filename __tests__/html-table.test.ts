import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {describe, expect, it} from 'vitest';
import {createAnalyser} from '../src/parse/analyse.js';
import {readHtmlTables} from '../src/parse/html-table.js';
import {parseMarkdown} from '../src/parse/markdown.js';
import {resolvePolicy} from '../src/policy/policy.js';

const analyse = createAnalyser(resolvePolicy());
const model = (markdown: string) => analyse(markdown, 'docs/evidence/REPORT.md');
const gateRows = (markdown: string) =>
  model(markdown).gates.flatMap((gate) => gate.rows.map((row) => `${gate.title}: ${row.label}=${row.verdict}@${row.line}:${row.column}`));

/** The tables of a document after `readHtmlTables`, as rows of cell texts, and what is left of its HTML. */
function read(markdown: string) {
  const tree = parseMarkdown(markdown);
  readHtmlTables(tree);
  const tables = tree.children.filter((node): node is Table => node.type === 'table');
  return {
    rows: tables.map((table) => table.children.map((row) => row.children.map((cell) => toString(cell).trim()))),
    html: tree.children.flatMap((node) => (node.type === 'html' ? [node.value] : [])),
    tree,
  };
}

describe('readHtmlTables', () => {
  it('reads rows and cells, with or without closing tags, thead and tbody', () => {
    const html = '<table>\n<thead><tr><th>Check</th><th>Status</th></tr></thead>\n<tbody>\n<tr><td>Build<td>✅ Pass\n<tr><td>Scan</td><td>❌ Fail</td></tr>\n</tbody>\n</table>\n';
    expect(read(html).rows).toEqual([
      [
        ['Check', 'Status'],
        ['Build', '✅ Pass'],
        ['Scan', '❌ Fail'],
      ],
    ]);
  });

  it('keeps inline markup as Markdown nodes and decodes character references', () => {
    const html =
      '<table><tr><th>A</th></tr>\n<tr><td><b>Gate</b> <code>docs/a&amp;b.md</code> &#x2705; <a href="../x.md">x</a> <img src="s.png" alt="passing"> <del>old</del><br>new</td></tr></table>\n';
    const {tree} = read(html);
    const cell = (tree.children[0] as Table).children[1].children[0];
    expect(cell.children.filter((node) => node.type !== 'text').map((node) => node.type)).toEqual(['strong', 'inlineCode']);
    expect(toString(cell)).toBe('Gate docs/a&b.md ✅ x passing ~~old~~\nnew');
  });
  it('gives each cell the line and column of its content', () => {
    const html = '<table>\n<tr><th>Check</th><th>Status</th></tr>\n<tr>\n  <td>Scan</td>\n  <td>⏳ Pending</td>\n</tr>\n</table>\n';
    const row = (read(html).tree.children[0] as Table).children[1];
    expect(row.children.map((cell) => cell.position?.start)).toEqual([
      {line: 4, column: 7},
      {line: 5, column: 7},
    ]);
    expect(row.position?.start.line).toBe(4);
  });

  it('reads a paragraph between blank lines in a cell as that cell, and ends the table at other Markdown', () => {
    const html = '<table>\n<tr><th>Check</th><th>Result</th></tr>\n<tr><td>Pen test</td><td>\n\n⏳ **Pending** retest\n\n</td></tr>\n</table>\n\nAfter.\n';
    const {rows, tree} = read(html);
    expect(rows).toEqual([
      [
        ['Check', 'Result'],
        ['Pen test', '⏳ Pending retest'],
      ],
    ]);
    expect(tree.children.map((node) => node.type)).toEqual(['table', 'html', 'html', 'paragraph']);
    // A table in a cell, as used to lay tables side by side, is read as itself.
    const layout = read('<table>\n<tr><td>\n\n| Gate | Status |\n|---|---|\n| Scan | ❌ |\n\n</td><td>\n\nMore\n\n</td></tr>\n</table>\n');
    expect(layout.tree.children.map((node) => node.type)).toEqual(['html', 'table', 'html', 'paragraph', 'html']);
  });
  it('keeps the HTML block, for its links, after the table it holds, and leaves a table of one row as HTML', () => {
    const html = '<details><summary>Gates</summary>\n<table><tr><th>A</th></tr><tr><td>✅</td></tr></table>\n<a href="log.txt">log</a></details>\n';
    const {rows, tree} = read(html);
    expect(rows).toEqual([[['A'], ['✅']]]);
    expect(tree.children.map((node) => node.type)).toEqual(['table', 'html']);
    expect(read('<table><tr><td><a href="../x.md">Source</a></td></tr></table>\n').tree.children.map((node) => node.type)).toEqual(['html']);
  });

  it('takes a title row out of the header, and merges two header rows', () => {
    const titled = '<table><thead><tr><th colspan="2">Gates for 2.0</th></tr><tr><th>Gate</th><th>Status</th></tr></thead>\n<tr><td>Scan</td><td>❌</td></tr></table>\n';
    expect(read(titled).rows).toEqual([[['Gate', 'Status'], ['Scan', '❌']]]);
    const twoLevels =
      '<table>\n<tr><th rowspan="2">Gate</th><th colspan="2">Status</th></tr>\n<tr><th>Staging</th><th>Production</th></tr>\n<tr><td>Scan</td><td>✅ Pass</td><td>❌ Failed</td></tr>\n</table>\n';
    expect(read(twoLevels).rows).toEqual([
      [
        ['Gate', 'Status Staging', 'Status Production'],
        ['Scan', '✅ Pass', '❌ Failed'],
      ],
    ]);
  });
  it('keeps the rows of a table an HTML block leaves open, and a nested table as its cell text', () => {
    expect(read('<table><tr><th>A</th><th>B</th></tr><tr><td>x</td><td><table><tr><td>inner</td></tr></table></td></tr>\n').rows).toEqual([
      [
        ['A', 'B'],
        ['x', 'inner'],
      ],
    ]);
  });

  it('ends a table never closed where no table markup follows, so the rest of the report is read', () => {
    const report = '## Gate 1 acceptance\n\n<table><tr><th>Check</th><th>Status</th></tr><tr><td>Build</td><td>\n\n✅\n\n## Gate 2 acceptance\n\n| Check | Status |\n|---|---|\n| Scan | ⏳ |\n\n- [ ] Pen test\n\n<!-- generated -->\n';
    expect(gateRows(report)).toEqual(['Gate 1 acceptance: Build=unknown@3:68', 'Gate 2 acceptance: Scan=pending@11:10', 'Gate 2 acceptance: Pen test=pending@13:7']);
  });
  it('changes nothing in a document without table markup', () => {
    const markdown = '# T\n\n<details><summary>x</summary>\n\n- a\n\n</details>\n';
    const plain = parseMarkdown(markdown);
    const {tree} = read(markdown);
    expect(tree).toEqual(plain);
  });
});

describe('gate tables written in HTML', () => {
  it('are judged like pipe tables, at the line and column of the status', () => {
    const report = [
      '# Release 3.1',
      '',
      '## Gate acceptance',
      '',
      '<table>',
      '<tr><th>Criterion</th><th>Status</th><th>Notes</th></tr>',
      '<tr><td>Unit tests</td><td>✅ PASS</td><td></td></tr>',
      '<tr>',
      '  <td>Security scan</td>',
      '  <td>⏳ PENDING</td>',
      '  <td>waiting on <b>vendor</b></td>',
      '</tr>',
      '<tr><td>Load test</td><td>✅ Pass</td><td>retest still awaited</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(gateRows(report)).toEqual(['Gate acceptance: Unit tests=pass@7:28', 'Gate acceptance: Security scan=pending@10:7', 'Gate acceptance: Load test=pending@13:27']);
  });

  it('claim the files their passed rows cite, and leave their links to the HTML they are written in', () => {
    const report = [
      '## Acceptance',
      '',
      '<table>',
      '<tr><th>Check</th><th>Status</th><th>Evidence</th></tr>',
      '<tr><td>DR drill</td><td>✅ Done</td><td><code>ops/dr/drill.md</code>, <a href="../runbooks/failover.md">runbook</a></td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(model(report).files.map((file) => `${file.cited}@${file.line}:${file.column} ${file.kind}${file.link ? ' link' : ''}`)).toEqual([
      'ops/dr/drill.md@5:47 claim',
      '../runbooks/failover.md@5:undefined claim link',
    ]);
  });
  it('are not gates outside gate sections, like pipe tables', () => {
    expect(gateRows('## Team\n\n<table><tr><th>Name</th><th>Status</th></tr><tr><td>Ana</td><td>On leave</td></tr></table>\n')).toEqual([]);
  });
});

describe('cells spanning rows and columns', () => {
  it('stand in every row they span, and a group row spanning the columns leaves its status empty', () => {
    const html = [
      '<table>',
      '<tr><th>Area</th><th>Check</th><th>Status</th></tr>',
      '<tr><td colspan="3"><b>Security</b></td></tr>',
      '<tr><td rowspan="2">AppSec</td><td>Pen test</td><td>✅</td></tr>',
      '<tr><td>SAST</td><td>⏳ Pending</td></tr>',
      '<tr><td>Ops</td><td colspan="2">Runbook ✅</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(read(html).rows[0]).toEqual([
      ['Area', 'Check', 'Status'],
      ['Security', '', ''],
      ['AppSec', 'Pen test', '✅'],
      ['AppSec', 'SAST', '⏳ Pending'],
      ['Ops', 'Runbook ✅', ''],
    ]);
  });

  it('are judged where they are written', () => {
    const report = [
      '## Acceptance criteria',
      '',
      '<table>',
      '<tr><th>Check</th><th>Tool</th><th>Status</th></tr>',
      '<tr><td colspan="3"><b>Security</b></td></tr>',
      '<tr><td>Pen test</td><td>External</td><td rowspan="2">✅ Pass</td></tr>',
      '<tr><td>SAST</td><td>Semgrep</td></tr>',
      '<tr><td>DAST</td><td>ZAP</td><td>⏳ Pending</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(gateRows(report)).toEqual(['Acceptance criteria: Pen test=pass@6:55', 'Acceptance criteria: SAST=pass@6:55', 'Acceptance criteria: DAST=pending@8:34']);
  });

  it('part the words of paragraphs and list items in a cell, and name a group by a row of one spanning cell', () => {
    const report = [
      '## Control testing results',
      '',
      '<table>',
      '<tr><th>Control</th><th>Result</th></tr>',
      '<tr><th colspan="2" align="left">Access</th></tr>',
      '<tr><td>AC-03 Quarterly access review</td><td><p>✅ Effective</p><p>No exceptions noted</p></td></tr>',
      '<tr><td>AC-04 Terminations</td><td><p>✅ Effective</p><p>Not tested</p></td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(gateRows(report)).toEqual(['Control testing results: AC-03 Quarterly access review=pass@6:50', 'Control testing results: AC-04 Terminations=pending@7:39']);
  });
});
