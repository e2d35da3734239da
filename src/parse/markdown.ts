import type {Root} from 'mdast';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {gfmTable} from 'micromark-extension-gfm-table';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import {unified, type Processor} from 'unified';

/**
 * Registers only the GFM syntax the report model needs: pipe tables and task lists.
 * Autolink literals, footnotes and strikethrough are left out; they cost parse time and
 * carry nothing the checks read (bare URLs stay plain text, where the citation patterns find them).
 */
function gfmTablesAndTasks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmTablesAndTasks).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
