/**
 * evidence-gate patches four of the parser's packages (patches/, applied on install): one compile
 * context for all events instead of a copy per event (mdast-util-from-markdown), a map for the
 * jumps over tokenized content and nested content expanded in one pass over the document
 * (micromark-util-subtokenize, and micromark, which asks for that pass), and splices without copies
 * (micromark-util-chunked). The patches must not change a single tree: every real report, every
 * test fixture, and a document with every construct the parser knows, parse to the same mdast as
 * with the published packages (reconstructed by reversing the patches, as the benchmark does for
 * its peers, and loaded in a child process that resolves each patched package to its stock copy).
 */
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import type {Root} from 'mdast';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error: the benchmark's helper is plain JavaScript without types.
import {prepareStockModules} from '../bench/stock.mjs';
import {parseMarkdown} from '../src/parse/markdown.js';
import {corpusCommits, listReports, readCorpusReport, REPO_ROOT} from './support/workspace.js';

const stockDir = join(REPO_ROOT, 'node_modules', `.evidence-gate-stock-test-${process.pid}`);
let patched: string[];

/** The files each patch changes, from its `+++ b/node_modules/...` lines. */
function patchedFiles(): string[] {
  const patches = join(REPO_ROOT, 'patches');
  return readdirSync(patches)
    .filter((name) => name.endsWith('.patch'))
    .flatMap((name) => [...readFileSync(join(patches, name), 'utf8').matchAll(/^\+\+\+ b\/node_modules\/(\S+)$/gm)].map((match) => match[1]));
}

/** The published packages' trees of `texts`, and the files the child process resolved each patched package to. */
function stockTrees(texts: string[]): {trees: Root[]; loaded: string[]} {
  const output = execFileSync(
    process.execPath,
    ['--import', join(REPO_ROOT, 'bench', 'stock-hooks.mjs'), join(REPO_ROOT, '__tests__', 'support', 'stock-trees.mjs'), JSON.stringify(patched)],
    {input: JSON.stringify(texts), env: {...process.env, EVIDENCE_GATE_STOCK_DIR: stockDir}, maxBuffer: 1 << 30},
  );
  return JSON.parse(output.toString('utf8'));
}

beforeAll(() => {
  patched = prepareStockModules(stockDir);
  expect(patched.sort()).toEqual(['mdast-util-from-markdown', 'micromark', 'micromark-util-chunked', 'micromark-util-subtokenize']);
});
afterAll(() => rmSync(stockDir, {recursive: true, force: true}));

const EVERY_CONSTRUCT = `Title
=====

Sub *title*
---

# ATX \`code\` heading #

> quote with **strong** and _emphasis_
lazy continuation

1. ordered
2. [ ] task
   - [x] nested task with [link](docs/a.md "title") and ![image](img.png)

- loose

- list  
  with a hard break\\
  and another

    indented code

\`\`\`yaml
fenced: code
\`\`\`

<div>
html block
</div>

[reference][ref], [collapsed][], [ref], <https://example.com/auto>, &amp; &#35; &#x23; \\* <span>inline html</span>

[ref]: https://example.com/actions/runs/123 "Run"

| Gate | Status |
|:-----|-------:|
| one \\| pipe | ✅ PASS |
| two | ⏳ |

***
`;

/** Every Markdown file under the test fixtures. */
function fixtureTexts(): string[] {
  const fixtures = join(REPO_ROOT, '__tests__', 'fixtures');
  return readdirSync(fixtures, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.md'))
    .map((path) => readFileSync(join(fixtures, path), 'utf8'));
}

describe('the patched parser packages', () => {
  it('are the ones evidence-gate loads, and differ from the stock copies', () => {
    const files = patchedFiles();
    expect(files.length).toBeGreaterThanOrEqual(patched.length);
    for (const file of files) {
      expect(readFileSync(join(REPO_ROOT, 'node_modules', file), 'utf8'), file).not.toBe(readFileSync(join(stockDir, 'node_modules', file), 'utf8'));
    }
  });

  it('are the published packages in the stock process', () => {
    const {loaded} = stockTrees([]);
    expect(loaded).toHaveLength(patched.length);
    for (const url of loaded) expect(url).toContain(`/.evidence-gate-stock-test-${process.pid}/node_modules/`);
  });

  it('give the stock tree for a document with every construct, every real report and every fixture', () => {
    const texts = [EVERY_CONSTRUCT, ...corpusCommits().flatMap((commit) => listReports(commit).map((path) => readCorpusReport(commit, path))), ...fixtureTexts()];
    expect(texts.length).toBeGreaterThan(30);
    const {trees} = stockTrees(texts);
    expect(trees).toHaveLength(texts.length);
    texts.forEach((text, index) => expect(parseMarkdown(text), text.slice(0, 80)).toEqual(trees[index]));
  });
});
