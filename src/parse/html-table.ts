import type {Html, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {decodeString} from 'micromark-util-decode-string';
import {countBelow} from './lines.js';

type Point = {line: number; column: number};

/** A comment, or a tag with its name and attributes (no `<` inside, so a tag never closed costs no rescans). */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][\w-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/gi;

/** Tags whose content stays in a cell as the Markdown of the same meaning. */
const CONTAINERS: Record<string, Container['kind']> = {
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
  a: 'link',
  del: 'struck',
  s: 'struck',
  strike: 'struck',
};

interface Container {
  kind: 'strong' | 'emphasis' | 'link' | 'struck';
  url: string;
  start: Point;
  children: PhrasingContent[];
}

interface Cell {
  start: Point;
  rowspan: number;
  colspan: number;
  children: PhrasingContent[];
  open: Container[];
  /** How many tags of each kind are open: a closing tag with none open is skipped at once. */
  opened: Record<Container['kind'], number>;
}

/**
 * Reads the tables written in HTML (`<table>`, `<tr>`, `<th>`, `<td>`) into mdast tables, in place:
 * GitHub shows them like pipe tables, so a gate table in either form is read alike. Each HTML block
 * holding table markup is replaced by the tables it completes and by what is left of it, its
 * tables blanked out (lines kept) for the links written around them.
 *
 * An HTML block is not Markdown inside, so a cell's content comes from its markup: text, `<code>`,
 * `<a href>`, `<img src>`, `<b>` / `<strong>`, `<i>` / `<em>`, struck text (`<del>`, `<s>`) between
 * `~~` as in Markdown; other tags are dropped and character references decoded. A blank line ends
 * an HTML block, so a cell written with blank lines around Markdown (`<td>`, blank, `✅ **Pass**`,
 * blank, `</td>`) spans several blocks: the Markdown between them is the cell's content.
 */
export function readHtmlTables(parent: Root | Parent): void {
  const children = parent.children as RootContent[];
  for (const child of children) {
    if (child.type === 'blockquote' || child.type === 'list' || child.type === 'listItem') readHtmlTables(child);
  }
  if (!children.some((child) => child.type === 'html' && /<table\b/i.test(child.value))) return;
  const reader = new TableReader();
  const read: RootContent[] = [];
  const lastHtml = children.findLastIndex((child) => child.type === 'html');
  children.forEach((child, index) => {
    if (child.type === 'html' && (reader.inTable || /<table\b/i.test(child.value))) {
      const rest = reader.html(child);
      read.push(...reader.take());
      if (rest.trim()) read.push({...child, value: rest});
      return;
    }
    // Markdown is a cell's content only between HTML blocks of its table: a table never closed
    // ends at a heading, or where no HTML follows, and does not swallow the rest of the report.
    if (reader.inTable && (child.type === 'heading' || index > lastHtml)) {
      reader.finish();
      read.push(...reader.take());
    }
    if (!reader.block(child)) read.push(child);
  });
  reader.finish();
  read.push(...reader.take());
  parent.children = read as never;
}

/** Block elements inside a cell: their edges part the words on either side. */
const BLOCK_TAGS = /^(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|hr|section|article|header|footer|figure|figcaption)$/;

/** Most columns a cell may span, most rows, and most columns a row keeps: bounds on what a report's markup makes. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 10_000;
const MAX_COLUMNS = 100;

/** Table markup fed block by block: HTML blocks, and the Markdown blocks between them. */
class TableReader {
  private done: Table[] = [];
  /** The table being read; `spans` holds, by column, a cell spanning rows and how many rows it has left. */
  private table: {start: Point; rows: TableRow[]; depth: number; spans: Array<{cell: TableCell; left: number} | undefined>} | undefined;
  private cells: Array<{cell: TableCell; rowspan: number; colspan: number}> | undefined;
  private cell: Cell | undefined;

  get inTable(): boolean {
    return this.table !== undefined;
  }

  /** The tables completed since the last call. */
  take(): Table[] {
    return this.done.splice(0);
  }

  /** Reads one HTML block; returns it with its table markup blanked out. */
  html(node: Html): string {
    const value = node.value;
    const pointAt = pointsIn(value, node.position!.start);
    let blankFrom = this.table ? 0 : undefined;
    let rest = '';
    let restFrom = 0;
    const pattern = new RegExp(TOKEN.source, 'gi');
    let at = 0;
    for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
      this.text(value, at, match.index, pointAt);
      at = pattern.lastIndex;
      const name = match[2]?.toLowerCase();
      if (!name) continue;
      const closing = match[1] === '/';
      if (name === 'table') {
        if (!this.table) {
          if (closing) continue;
          this.table = {start: pointAt(match.index), rows: [], depth: 0, spans: []};
          blankFrom = match.index;
        } else if (!closing) this.table.depth++;
        else if (this.table.depth > 0) this.table.depth--;
        else {
          this.closeTable(pointAt(match.index));
          rest += value.slice(restFrom, blankFrom) + value.slice(blankFrom, at).replace(/[^\n]/g, ' ');
          restFrom = at;
          blankFrom = undefined;
        }
        continue;
      }
      // A table inside a cell is that cell's text.
      if (!this.table || this.table.depth > 0) continue;
      if (name === 'tr' || /^(?:thead|tbody|tfoot)$/.test(name)) {
        this.closeRow(pointAt(match.index));
        if (name === 'tr' && !closing) this.cells = [];
      } else if (name === 'td' || name === 'th') {
        this.closeCell(pointAt(match.index));
        if (!closing) {
          this.cell = {
            start: pointAt(at),
            rowspan: span(match[3], 'rowspan', MAX_ROWSPAN),
            colspan: span(match[3], 'colspan', MAX_COLSPAN),
            children: [],
            open: [],
            opened: {strong: 0, emphasis: 0, link: 0, struck: 0},
          };
        }
      } else if (this.cell) {
        at = this.inline(this.cell, match, value, pointAt);
        pattern.lastIndex = at;
      }
    }
    this.text(value, at, value.length, pointAt);
    if (blankFrom !== undefined) {
      rest += value.slice(restFrom, blankFrom) + value.slice(blankFrom).replace(/[^\n]/g, ' ');
      restFrom = value.length;
    }
    return rest + value.slice(restFrom);
  }

  /** A Markdown block between HTML blocks: in a cell, it is that cell's content. */
  block(node: RootContent): boolean {
    const cell = this.cell;
    if (!cell) return false;
    const into = children(cell);
    if (into.length > 0) into.push({type: 'text', value: ' ', position: node.position});
    if (node.type === 'paragraph') into.push(...node.children);
    else into.push({type: 'text', value: toString(node), position: node.position});
    return true;
  }

  /** The end of the blocks: a table left open keeps the rows it has. */
  finish(): void {
    if (this.table) this.closeTable(this.cell?.start ?? this.table.start);
  }

  /** Text between tags: whitespace runs at its ends become one space, so the words around tags stay apart. */
  private text(value: string, start: number, end: number, pointAt: (offset: number) => Point) {
    const cell = this.cell;
    if (!cell || end <= start) return;
    const raw = value.slice(start, end);
    const core = raw.trim();
    const into = children(cell);
    const lead = raw.length - raw.trimStart().length;
    if (lead > 0 && into.length > 0) into.push({type: 'text', value: ' ', position: {start: pointAt(start), end: pointAt(start + lead)}});
    if (!core) return;
    const trail = raw.length > lead + core.length ? ' ' : '';
    into.push({type: 'text', value: decodeString(core) + trail, position: {start: pointAt(start + lead), end: pointAt(start + lead + core.length)}});
  }

  /** An inline tag in a cell; returns where reading goes on. */
  private inline(cell: Cell, match: RegExpExecArray, value: string, pointAt: (offset: number) => Point): number {
    const name = match[2].toLowerCase();
    const closing = match[1] === '/';
    const start = match.index;
    const end = start + match[0].length;
    const into = children(cell);
    const kind = CONTAINERS[name];
    if (name === 'br' || BLOCK_TAGS.test(name)) {
      // A line break, and the edges of paragraphs and list items (`<p>✅ Effective</p><p>No exceptions</p>`), part words.
      if (into.length > 0) into.push({type: 'text', value: '\n', position: {start: pointAt(start), end: pointAt(end)}});
    } else if (name === 'code' && !closing) {
      // Code is literal: tags inside it are dropped, its text kept.
      const close = /<\/code\s*>/i.exec(value.slice(end));
      const codeEnd = close ? end + close.index : value.length;
      into.push({type: 'inlineCode', value: decodeString(value.slice(end, codeEnd).replace(/<[^>]*>/g, '')), position: {start: pointAt(end), end: pointAt(codeEnd)}});
      return close ? codeEnd + close[0].length : codeEnd;
    } else if (name === 'img' && !closing) {
      const url = attribute(match[3], 'src');
      if (url) into.push({type: 'image', url, alt: attribute(match[3], 'alt') ?? '', position: {start: pointAt(start), end: pointAt(end)}});
    } else if (kind && !closing) {
      cell.open.push({kind, url: attribute(match[3], 'href') ?? '', start: pointAt(start), children: []});
      cell.opened[kind]++;
    } else if (kind && cell.opened[kind] > 0) {
      while (cell.open.at(-1)!.kind !== kind) closeContainer(cell, pointAt(end));
      closeContainer(cell, pointAt(end));
    }
    return end;
  }

  private closeCell(end: Point) {
    const cell = this.cell;
    if (!cell) return;
    while (cell.open.length > 0) closeContainer(cell, end);
    const first = cell.children.find((node) => node.position)?.position?.start ?? cell.start;
    const tableCell: TableCell = {type: 'tableCell', children: cell.children, position: {start: first, end}};
    (this.cells ??= []).push({cell: tableCell, rowspan: cell.rowspan, colspan: cell.colspan});
    this.cell = undefined;
  }

  /**
   * Ends a row, its cells laid out as GitHub shows them: a cell spanning rows stands in each of them
   * (`<td rowspan="2">Security</td>`), and one spanning columns is followed by empty cells (a
   * `<td colspan="4"><b>Security</b></td>` row names a group, its status empty).
   */
  private closeRow(end: Point) {
    this.closeCell(end);
    const own = this.cells ?? [];
    this.cells = undefined;
    if (own.length === 0) return;
    const {spans, rows} = this.table!;
    // A row of one cell spanning columns names a group (`<th colspan="3">Quality</th>`), as a bold label does in a pipe table.
    const [single] = own;
    if (own.length === 1 && single.colspan > 1 && rows.length > 0 && !single.cell.children.every((node) => node.type === 'strong' || node.type === 'emphasis')) {
      single.cell.children = [{type: 'strong', children: single.cell.children as never, position: single.cell.position}];
    }
    const placed: TableCell[] = [];
    let next = 0;
    let lastSpanning = -1;
    spans.forEach((spanning, column) => {
      if (spanning && spanning.left > 0) lastSpanning = column;
    });
    for (let column = 0; (next < own.length || column <= lastSpanning) && column < MAX_COLUMNS; column++) {
      const spanning = spans[column];
      if (spanning && spanning.left > 0) {
        placed.push(spanning.cell);
        spanning.left--;
        continue;
      }
      if (next >= own.length) {
        placed.push({type: 'tableCell', children: []});
        continue;
      }
      const {cell, rowspan, colspan} = own[next++];
      for (let extra = 0; extra < colspan && column < MAX_COLUMNS; extra++, column++) {
        const filled = extra === 0 ? cell : {type: 'tableCell' as const, children: [], position: cell.position};
        placed.push(filled);
        spans[column] = rowspan > 1 ? {cell: filled, left: rowspan - 1} : undefined;
      }
      column--;
    }
    // The row stands where its own first cell does, not where a cell spanning into it began.
    this.table!.rows.push({type: 'tableRow', children: placed, position: {start: own[0].cell.position!.start, end}});
  }

  private closeTable(end: Point) {
    this.closeRow(end);
    const {start, rows} = this.table!;
    if (rows.length > 0) this.done.push({type: 'table', children: rows, position: {start, end}});
    this.table = undefined;
  }
}

/** Where a cell's inline content goes: its innermost open tag, or the cell. */
const children = (cell: Cell) => cell.open.at(-1)?.children ?? cell.children;

/** Closes a cell's innermost open tag, at `end`. */
function closeContainer(cell: Cell, end: Point) {
  const {kind, url, start, children: content} = cell.open.pop()!;
  cell.opened[kind]--;
  const position = {start, end};
  const into = children(cell);
  if (kind === 'struck') into.push({type: 'text', value: '~~', position}, ...content, {type: 'text', value: '~~', position});
  else if (kind === 'link') into.push({type: 'link', url, children: content as never, position});
  else into.push({type: kind, children: content as never, position});
}

/** A `rowspan` or `colspan` attribute: 1 when absent or not a number, at most `max` (`0`, to the end, is `max`). */
function span(attributes: string, name: string, max: number): number {
  const value = attribute(attributes, name);
  if (value === undefined || !/^\s*\d+/.test(value)) return 1;
  const count = Number.parseInt(value, 10);
  return count === 0 ? max : Math.min(count, max);
}

/** An attribute's value in a tag's attribute text, decoded. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=\x60]+))`, 'i').exec(attributes);
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  return raw === undefined ? undefined : decodeString(raw);
}

/** The line and column of each offset of `value`, which starts at `start`. */
function pointsIn(value: string, start: Point): (offset: number) => Point {
  const breaks = [...value.matchAll(/\n/g)].map((match) => match.index);
  return (offset) => {
    const before = countBelow(breaks, offset);
    return before === 0 ? {line: start.line, column: start.column + offset} : {line: start.line + before, column: offset - breaks[before - 1]};
  };
}
