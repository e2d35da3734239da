/**
 * Reads rendered Markdown the way GitHub does (CommonMark, GFM tables and autolink literals, via
 * remark-gfm, a dev dependency) and lists everything in it that report text could have put there:
 * HTML other than evidence-gate's own tags, links other than those it built, images, mentions,
 * e-mail addresses, bare URLs, table rows with a wrong number of cells.
 */
import type {Root, RootContent} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {COMMENT_MARKER} from '../../../src/render/comment.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The HTML evidence-gate writes itself: the marker, `<details>`, `<summary>` around a path, `<code>`. */
const OWN_HTML = [
  /^<!-- evidence-gate: sticky comment -->$/,
  /^<details( open)?><summary>(✅|❌) <code>[^<>]*<\/code>: [^<>]*<\/summary>$/,
  /^<\/details>$/,
  /^<\/?code>$/,
];

export interface Problems {
  html: string[];
  links: string[];
  images: string[];
  /** Text GitHub would turn into a mention, a team ping, an e-mail or a URL link. */
  text: string[];
  tables: string[];
  markers: number;
}

/** What in `markdown` did not come from evidence-gate itself. `allowedLinks` are the URLs it builds (prefixes or patterns). */
export function problemsOf(markdown: string, allowedLinks: ReadonlyArray<string | RegExp> = []): Problems {
  const tree = parser.parse(markdown) as Root;
  const problems: Problems = {html: [], links: [], images: [], text: [], tables: [], markers: 0};
  const visit = (node: Root | RootContent) => {
    switch (node.type) {
      case 'html':
        if (node.value === COMMENT_MARKER) problems.markers++;
        if (!OWN_HTML.some((pattern) => pattern.test(node.value))) problems.html.push(node.value);
        break;
      case 'link':
        if (!allowedLinks.some((allowed) => (typeof allowed === 'string' ? node.url.startsWith(allowed) : allowed.test(node.url)))) problems.links.push(node.url);
        break;
      case 'image':
      case 'imageReference':
        problems.images.push(node.type === 'image' ? node.url : node.identifier);
        break;
      case 'linkReference':
      case 'definition':
        problems.links.push(node.identifier);
        break;
      case 'text':
        if (/@[\p{L}\p{N}_]|[a-z][a-z0-9+.-]*:\/\/|\bwww\./iu.test(node.value)) problems.text.push(node.value);
        break;
      case 'table': {
        const width = node.children[0]?.children.length ?? 0;
        for (const row of node.children) {
          if (row.children.length !== width) problems.tables.push(`row at line ${row.position?.start.line} has ${row.children.length} cells, not ${width}`);
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  // Raw HTML inside an HTML block is not Markdown; its text is what a browser shows.
  for (const value of problems.html.length === 0 ? collectHtml(tree) : []) {
    const shown = value.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    if (/@[\p{L}\p{N}_]/u.test(shown)) problems.text.push(shown);
  }
  return problems;
}

function collectHtml(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'html') found.push(node.value);
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  return found;
}

export const CLEAN: Problems = {html: [], links: [], images: [], text: [], tables: [], markers: 0};

/** Control characters and bidirectional overrides, which a terminal or log would act on. */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
