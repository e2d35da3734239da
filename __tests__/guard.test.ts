import {describe, expect, it} from 'vitest';
import {guardReport, MAX_BRACKETS, MAX_DELIMITER_RUNS, MAX_NESTING, UnparseableReport} from '../src/parse/guard.js';
import {corpusCommits, listReports, readCorpusReport} from './support/workspace.js';

function refusal(text: string): UnparseableReport | undefined {
  try {
    guardReport(text);
    return undefined;
  } catch (error) {
    if (error instanceof UnparseableReport) return error;
    throw error;
  }
}

describe('the pre-parse guard', () => {
  it('lets every real report through', () => {
    for (const commit of corpusCommits()) for (const path of listReports(commit)) expect(refusal(readCorpusReport(commit, path)), path).toBeUndefined();
  });

  it('refuses containers nested too deep, at their line', () => {
    expect(refusal(`# R\n\n${'- '.repeat(MAX_NESTING + 1)}x\n`)).toMatchObject({line: 3});
    expect(refusal(`${'> '.repeat(MAX_NESTING + 1)}x\n`)?.message).toContain('nests 33 lists or block quotes');
    expect(refusal(`${' '.repeat(4 * MAX_NESTING)}- x\n`)).toBeDefined();
    expect(refusal(`${'- '.repeat(MAX_NESTING)}x\n`)).toBeUndefined();
    expect(refusal(`${' '.repeat(400)}indented code, not a list\n`)).toBeUndefined();
    expect(refusal('- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n')).toBeUndefined();
  });

  it('refuses paragraphs with thousands of emphasis delimiters or brackets, at the paragraph', () => {
    expect(refusal(`ok\n\npara\n${'a_ '.repeat(MAX_DELIMITER_RUNS + 1)}\n`)).toMatchObject({line: 3});
    expect(refusal(`${'[a][b]'.repeat(MAX_BRACKETS)}\n`)).toBeDefined();
    expect(refusal(`${'a_ '.repeat(MAX_DELIMITER_RUNS / 2)}\n\n${'a_ '.repeat(MAX_DELIMITER_RUNS / 2)}\n`)).toBeUndefined();
  });

  it('counts table rows one by one, and skips fenced code', () => {
    const row = `| ${'`a_b` '.repeat(50)} | ✅ |\n`;
    expect(refusal(`| A | Status |\n|---|---|\n${row.repeat(100)}`)).toBeUndefined();
    expect(refusal(`\`\`\`\n${'*a_ '.repeat(10_000)}\n\`\`\`\n`)).toBeUndefined();
  });
});
