/**
 * Property tests: Markdown built from the real reports' own pieces (lines, table rows, headings, list
 * items, inline code, links, status cells), shuffled, mutated and laced with hostile fragments. For
 * every such report the engine does not throw, every finding's line is inside the file, the JSON
 * output validates against schema/result.schema.json and is the same when verified again, and the
 * comment, summary and log hold nothing of the report's but inert text.
 */
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import type {RunFacts, RunSetting} from '../../src/checks/facts.js';
import {RULES} from '../../src/model/types.js';
import {verify} from '../../src/engine.js';
import {resolvePolicy} from '../../src/policy/policy.js';
import {renderComment} from '../../src/render/comment.js';
import {renderJson} from '../../src/render/json.js';
import {renderSummary} from '../../src/render/markdown.js';
import {renderText} from '../../src/render/text.js';
import {createFileResolver} from '../../src/workspace/resolver.js';
import {CORPUS_DIR, removeTempDirs} from '../support/workspace.js';
import {lineCount, workspace} from './support/helpers.js';
import {RESULT_SCHEMA, validate} from './support/json-schema.js';
import {CLEAN, CONTROL, problemsOf} from './support/rendered.js';

afterAll(removeTempDirs);

function corpusTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md') && dir.includes('evidence')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(CORPUS_DIR);
  return texts;
}

const TEXTS = corpusTexts();
const LINES = TEXTS.flatMap((text) => text.split('\n')).filter((line) => line.trim());
const ROWS = LINES.filter((line) => line.trim().startsWith('|'));
const HEADINGS = LINES.filter((line) => /^#{1,6}\s/.test(line));
const ITEMS = LINES.filter((line) => /^\s*(?:[-*+]|\d+\.)\s/.test(line));
const CODES = TEXTS.flatMap((text) => text.match(/`[^`\n]+`/g) ?? []);
const LINKS = TEXTS.flatMap((text) => text.match(/!?\[[^\]\n]*\]\([^)\n]*\)/g) ?? []);
const CELLS = ROWS.flatMap((row) => row.split('|').map((cell) => cell.trim())).filter((cell) => cell && !/^:?-+:?$/.test(cell));

/** What real reports never hold and hostile ones might. */
const HOSTILE = [
  '</details>', '<details open>', '<!-- evidence-gate: sticky comment -->', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '@octocat', '@org/team', 'ops@example.com', 'https://evil.example/x', 'www.evil.example', '[click](https://evil.example)',
  '![pixel](https://evil.example/p.png)', '|', '||', '\\|', '`', '```', '~~~', '\u001b[31m', '\u001b[2J', '\u202e', '\u2028', '\u0085', '\ufeff',
  '\r', '\t', '\u00a0', '😀', '✅/❌', 'CI run 00000', 'CI run 99999999999999999999999', 'runs/[TBD]', 'PR #0', 'PR #99999999999999999999',
  'https://github.com/evil/fork/actions/runs/123456789', 'https://github.example.com/a/b/actions/runs/123456', '[x](../../../etc/passwd)',
  '`/etc/passwd`', '`../../x.md`', '`%2e%2e/%2e%2e/x`', '**Gate 9**: ⏳', '### Gate 3 Result: ❌ FAILED', '- [ ] sign-off', '- ✅ Unit Tests',
  '> ', '- ', '1. ', '    ', '#', '*', '_', '**', '[', ']', '(', ')', '\\', '&amp;', '&#124;', '&#64;', '\u0000',
];

const piece = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...LINES)},
  {weight: 3, arbitrary: fc.constantFrom(...ROWS)},
  {weight: 2, arbitrary: fc.constantFrom(...HEADINGS)},
  {weight: 2, arbitrary: fc.constantFrom(...ITEMS)},
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CODES, ...LINKS, ...CELLS, ...HOSTILE), fc.constantFrom(...CODES, ...LINKS, ...CELLS, ...HOSTILE)).map(([a, b]) => `${a} ${b}`)},
  {weight: 1, arbitrary: fc.string({maxLength: 40})},
);

/** A line, maybe mutated: a hostile fragment inserted, a character dropped, indented, quoted, listed. */
const line = fc
  .tuple(piece, fc.nat(200), fc.constantFrom('none', 'insert', 'drop', 'indent', 'quote', 'item', 'cell'), fc.constantFrom(...HOSTILE))
  .map(([text, at, mutation, hostile]) => {
    const cut = at % (text.length + 1);
    switch (mutation) {
      case 'insert':
        return text.slice(0, cut) + hostile + text.slice(cut);
      case 'drop':
        return text.slice(0, cut) + text.slice(cut + 1);
      case 'indent':
        return `${' '.repeat(at % 9)}${text}`;
      case 'quote':
        return `> ${text}`;
      case 'item':
        return `- ${text}`;
      case 'cell':
        return `| ${text} | ${hostile} |`;
      default:
        return text;
    }
  });

/** A report: lines in shuffled runs, tables kept together now and then, with LF, CRLF or CR line ends. */
const report = fc
  .tuple(
    fc.array(fc.oneof({weight: 4, arbitrary: line}, {weight: 1, arbitrary: fc.array(fc.constantFrom(...ROWS), {minLength: 2, maxLength: 8}).map((rows) => rows.join('\n'))}), {maxLength: 40}),
    fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([lines, eol, bom]) => `${bom ? '\ufeff' : ''}${lines.join('\n').replace(/\r?\n/g, eol)}`);

const REPO = 'cgtqwmwkhp-rgb/quality-governance-platform';

/** Answers for any cited run or pull request, varied by its number, as the GitHub adapter would give them. */
function setting(): RunSetting {
  return {
    repository: REPO,
    serverHost: 'github.com',
    allowedRepositories: [],
    runs: (repository, id): RunFacts => {
      const kind = id % 5;
      if (kind === 0) return {run: {state: 'not-found'}};
      if (kind === 1) return {run: {state: 'unverifiable', cause: 'HTTP 502 <b>@org/team</b> after 4 attempts'}};
      return {
        run: {
          state: 'found',
          value: {
            id,
            repository,
            status: kind === 2 ? 'in_progress' : 'completed',
            conclusion: kind === 3 ? 'failure' : kind === 2 ? null : 'success',
            workflowName: 'CI | <b>@org/team</b>',
            headBranch: 'feature/@everyone',
            headSha: 'a'.repeat(40),
            htmlUrl: `https://github.com/${repository}/actions/runs/${id}`,
          },
        },
        jobs: {state: 'found', value: [{name: 'Unit Tests', status: 'completed', conclusion: kind === 4 ? 'failure' : 'success'}]},
        ancestor: {state: 'found', value: {ancestor: id % 2 === 0, head: 'b'.repeat(40)}},
      };
    },
    pulls: (repository, number) => (number % 2 ? {state: 'not-found'} : {state: 'found', value: {number, repository, title: 't', state: 'open', htmlUrl: `https://github.com/${repository}/pull/${number}`}}),
  };
}

describe('any report made of real reports\' pieces', () => {
  const root = workspace({'docs/runbooks/README.md': '', 'docs/evidence/README.md': '', 'scripts/deploy.sh': ''});
  const PATH = 'docs/evidence/P.md';
  const policy = resolvePolicy();
  const run = () => verify({root, policy, reports: [PATH], resolver: createFileResolver(root), failOn: 'error', runs: async () => setting()});

  it('is verified without a throw; findings are inside the file; the JSON validates and is stable; the output is inert', async () => {
    await fc.assert(
      fc.asyncProperty(report, async (text) => {
        writeFileSync(join(root, PATH), text);
        const result = await run();
        const [verified] = result.reports;
        expect(verified.path).toBe(PATH);
        const lines = lineCount(text);
        for (const finding of verified.findings) {
          expect(Number.isInteger(finding.line) && finding.line >= 1 && finding.line <= lines, `line ${finding.line} of ${lines}: ${finding.rule}`).toBe(true);
          if (finding.column !== undefined) expect(finding.column).toBeGreaterThanOrEqual(1);
          expect(finding.message).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
        const json = renderJson(result);
        expect(validate(JSON.parse(json))).toEqual([]);
        expect(renderJson(await run())).toBe(json);

        // The links evidence-gate builds: to runs on this server (by the cited repository, or this one) and to the job summary.
        const allowed = [/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/actions\/runs\/\d+$/];
        expect(problemsOf(renderComment(result, {runUrl: 'https://github.com/acme/widgets/actions/runs/9'}), allowed)).toEqual({...CLEAN, markers: 1});
        expect(problemsOf(renderSummary(result, {serverUrl: 'https://github.com', repository: REPO}), allowed)).toEqual(CLEAN);
        expect(renderText(result)).not.toMatch(CONTROL);
      }),
      {numRuns: Number(process.env.EVIDENCE_GATE_PROPERTY_RUNS) || 60},
    );
  }, 600_000);
});

describe('schema/result.schema.json', () => {
  it('names every rule there is, and rejects what the format does not allow', () => {
    const finding = (RESULT_SCHEMA.$defs as Record<string, {properties: {rule: {enum: string[]}}}>).finding;
    expect(finding.properties.rule.enum).toEqual([...RULES]);
    const valid = {tool: 'evidence-gate', version: '0.1.0', schema: 1, passed: true, counts: {reports: 0, errors: 0, warnings: 0, notices: 0}, reports: []};
    expect(validate(valid)).toEqual([]);
    expect(validate({...valid, schema: 2})).toEqual(['$.schema: expected 1']);
    expect(validate({...valid, extra: true})).toEqual(['$: unexpected property extra']);
    const report = {path: 'r.md', passed: false, gates: [], citations: {files: [], runs: [], pulls: []}, findings: [{rule: 'no-such-rule', severity: 'error', message: 'm', line: 0}]};
    expect(validate({...valid, reports: [report]})).toEqual([
      expect.stringContaining('$.reports[0].findings[0].rule: "no-such-rule" is not one of'),
      '$.reports[0].findings[0].line: 0 < 1',
    ]);
  });
});
