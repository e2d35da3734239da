/**
 * Run as `node --import bench/stock-hooks.mjs stock-trees.mjs` with $EVIDENCE_GATE_STOCK_DIR set:
 * reads a JSON list of Markdown texts on stdin and writes their mdast trees as JSON, parsed by the
 * published packages (the stock copies) with evidence-gate's syntax extensions, and which copy of
 * each patched package was loaded.
 */
import {fromMarkdown} from 'mdast-util-from-markdown';
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {frontmatter} from 'micromark-extension-frontmatter';
import {gfmTable} from 'micromark-extension-gfm-table';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';

// Decoded as one stream, so that a character split between two chunks is not mangled.
process.stdin.setEncoding('utf8');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const options = {
  extensions: [frontmatter('yaml'), gfmTable(), gfmTaskListItem()],
  mdastExtensions: [frontmatterFromMarkdown('yaml'), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
};
const trees = JSON.parse(input).map((text) => fromMarkdown(text, options));
const loaded = JSON.parse(process.argv[2] ?? '[]').map((name) => import.meta.resolve(name));
process.stdout.write(JSON.stringify({trees, loaded}));
