import type {Root} from 'mdast';
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {frontmatter} from 'micromark-extension-frontmatter';
import {gfmTable} from 'micromark-extension-gfm-table';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import {unified, type Processor} from 'unified';

/**
 * Registers only the syntax the report model needs beyond CommonMark: GFM pipe tables and task
 * lists, and YAML front matter (which CommonMark would read as a rule and a heading made of its
 * lines). Autolink literals, footnotes and strikethrough are left out; they cost parse time and
 * carry nothing the checks read (bare URLs stay plain text, where the citation patterns find them).
 */
function reportSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(frontmatter('yaml'), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(frontmatterFromMarkdown('yaml'), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(reportSyntax).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
