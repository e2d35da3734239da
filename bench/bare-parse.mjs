#!/usr/bin/env node
/**
 * Bare parse baseline for the benchmark: reads every `.md` under ROOT/docs/evidence (ROOT is the
 * first argument, default `.`) and parses each with unified + remark-parse + remark-gfm, one file
 * after another on one thread. Nothing else: no checks, no output but one summary line, which the
 * runner reads to confirm every report was parsed with the stock packages (bench/stock.mjs).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

function* markdownFiles(dir) {
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const entry of readdirSync(current, {withFileTypes: true})) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) yield path;
    }
  }
}

const root = process.argv[2] ?? '.';
const processor = unified().use(remarkParse).use(remarkGfm).freeze();
let files = 0;
let nodes = 0;
for (const path of markdownFiles(join(root, 'docs', 'evidence'))) {
  const tree = processor.parse(readFileSync(path, 'utf8'));
  files++;
  nodes += tree.children.length;
}
process.stdout.write(`parsed ${files} files (${nodes} top-level nodes) with ${import.meta.resolve('mdast-util-from-markdown')}\n`);
