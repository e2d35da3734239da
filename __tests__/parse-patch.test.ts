/**
 * evidence-gate patches mdast-util-from-markdown (patches/, applied on install): one compile context
 * for all events instead of a copy per event. The patch must not change a single tree: every real
 * report, and a document with every construct the parser knows, parse to the same mdast as with the
 * published package (reconstructed by reversing the patch, as the benchmark does for its peers).
 */
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Root} from 'mdast';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {gfmTable} from 'micromark-extension-gfm-table';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error: the benchmark's helper is plain JavaScript without types.
import {prepareStockModules} from '../bench/stock.mjs';
import {parseMarkdown} from '../src/parse/markdown.js';
import {corpusCommits, listReports, readCorpusReport, REPO_ROOT} from './support/workspace.js';

type FromMarkdown = (text: string, options: object) => Root;

const PACKAGE = 'mdast-util-from-markdown';
const stockDir = join(REPO_ROOT, 'node_modules', `.evidence-gate-stock-test-${process.pid}`);
let stockFromMarkdown: FromMarkdown;

beforeAll(async () => {
  expect(prepareStockModules(stockDir)).toContain(PACKAGE);
  stockFromMarkdown = (await import(pathToFileURL(join(stockDir, 'node_modules', PACKAGE, 'index.js')).href)).fromMarkdown;
});
afterAll(() => rmSync(stockDir, {recursive: true, force: true}));

/** The published package's tree, with the same syntax extensions as evidence-gate's parser. */
const stockTree = (text: string) =>
  stockFromMarkdown(text, {extensions: [gfmTable(), gfmTaskListItem()], mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]});

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

describe('the patched mdast-util-from-markdown', () => {
  it('is the one evidence-gate loads, and differs from the stock copy', () => {
    const patched = readFileSync(join(REPO_ROOT, 'node_modules', PACKAGE, 'lib', 'index.js'), 'utf8');
    const stock = readFileSync(join(stockDir, 'node_modules', PACKAGE, 'lib', 'index.js'), 'utf8');
    expect(patched).not.toBe(stock);
    expect(stock).toContain('...context');
  });

  it('gives the stock tree for a document with every construct', () => {
    expect(parseMarkdown(EVERY_CONSTRUCT)).toEqual(stockTree(EVERY_CONSTRUCT));
  });

  it('gives the stock tree for every real report', () => {
    let compared = 0;
    for (const commit of corpusCommits()) {
      for (const path of listReports(commit)) {
        const text = readCorpusReport(commit, path);
        expect(parseMarkdown(text), `${commit}/${path}`).toEqual(stockTree(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
