import type {Html, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {decodeString} from 'micromark-util-decode-string';
import {positionsIn} from './lines.js';

type Point = {line: number; column: number};

/** A comment, or a tag with its name and attributes (no `<` inside, so a tag never closed costs no rescans). */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][\w-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/gi;

/** Tags whose content stays in a cell as the Markdown of the same meaning. */
const CONTAINERS: Record<string, Container['kind']> = {
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
  del: 'struck',
  s: 'struck',
  strike: 'struck',
};

/** Block elements inside a cell: their edges part the words on either side. */
const BLOCK_TAGS = /^(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|hr|section|article|header|footer|figure|figcaption)$/;

/** An HTML block that goes on with table markup: Markdown before it can be a cell's content. */
const TABLE_MARKUP = /^\s*<\/?(?:td|th|tr|table|tbody|thead|tfoot)\b/i;

/** Most columns a cell may span, most rows, and most columns a row keeps: bounds on what a report's markup makes. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 1000;
const MAX_COLUMNS = 64;

interface Container {
  kind: 'strong' | 'emphasis' | 'struck';
  start: Point;
  children: PhrasingContent[];
}

interface Cell {
  start: Point;
  header: boolean;
  rowspan: number;
  colspan: number;
  children: PhrasingContent[];
  open: Container[];
  /** How many tags of each kind are open: a closing tag with none open is skipped at once. */
  opened: Record<Container['kind'], number>;
}

interface ReadCell {
  cell: TableCell;
  header: boolean;
  rowspan: number;
  colspan: number;
}

/**
 * Reads the gate tables written in HTML (`<table>`, `<tr>`, `<th>`, `<td>`) into mdast tables, in
 * place (it rewrites `parent`'s children): GitHub shows them like pipe tables, so a gate table in
 * either form is read alike. Each table is put before the HTML block that opens it, which stays, so
 * its links and images are read where they are written, as in any HTML. A table of one row is a
 * layout and is left as HTML.
 *
 * An HTML block is not Markdown inside, so a cell's content comes from its markup: text, `<code>`,
 * `<b>` / `<strong>`, `<i>` / `<em>`, a link's text, an image's alt text, struck text (`<del>`,
 * `<s>`) between `~~` as in Markdown; other tags are dropped and character references decoded. A
 * blank line ends an HTML block, so a cell written with blank lines around a paragraph (`<td>`,
 * blank, `✅ **Pass**`, blank, `</td>`) spans several blocks: paragraphs followed by more table
 * markup are the cell's content. Anything else (a list, a table, a heading, a paragraph followed by
 * no table markup) ends the table and is read as it stands.
 */
export function readHtmlTables(parent: Root | Parent): void {
  const children = parent.children as RootContent[];
  for (const child of children) {
    if (child.type === 'blockquote' || child.type === 'list' || child.type === 'listItem') readHtmlTables(child);
  }
  if (!children.some((child) => child.type === 'html' && /<table\b/i.test(child.value))) return;
  const reader = new TableReader();
  const read: RootContent[] = [];
  /** Where in `read` the table being read goes: before the HTML block that opened it. */
  let slot = 0;
  const place = () => read.splice(slot, 0, ...reader.take());
  children.forEach((child, index) => {
    if (child.type === 'html' && (reader.inTable || /<table\b/i.test(child.value))) {
      if (!reader.inTable) slot = read.length;
      reader.html(child);
      place();
      read.push(child);
      if (!reader.inTable) slot = read.length;
      return;
    }
    if (reader.inCell && child.type === 'paragraph' && goesOnWithTableMarkup(children, index)) {
      reader.paragraph(child);
      return;
    }
    if (reader.inTable) {
      reader.finish();
      place();
    }
    read.push(child);
  });
  reader.finish();
  place();
  parent.children = read as never;
}

/** Whether the blocks after `index`, past paragraphs, go on with table markup. */
function goesOnWithTableMarkup(children: readonly RootContent[], index: number): boolean {
  for (let next = index + 1; next < children.length; next++) {
    const child = children[next];
    if (child.type === 'paragraph') continue;
    return child.type === 'html' && TABLE_MARKUP.test(child.value);
  }
  return false;
}

/** Table markup fed block by block: HTML blocks, and the paragraphs in cells between them. */
class TableReader {
  private done: Table[] = [];
  /** The table being read; `spans` holds, by column, a cell spanning rows and how many rows it has left. */
  private table:
    | {start: Point; rows: Array<{row: TableRow; own: ReadCell[]}>; depth: number; spans: Array<{cell: TableCell; left: number} | undefined>}
    | undefined;
  private cells: ReadCell[] | undefined;
  private cell: Cell | undefined;

  get inTable(): boolean {
    return this.table !== undefined;
  }

  get inCell(): boolean {
    return this.cell !== undefined;
  }

  /** The tables completed since the last call. */
  take(): Table[] {
    return this.done.splice(0);
  }

  /** Reads one HTML block. */
  html(node: Html): void {
    const value = node.value;
    const pointAt = pointsIn(value, node.position!.start);
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
          if (!closing) this.table = {start: pointAt(match.index), rows: [], depth: 0, spans: []};
        } else if (!closing) this.table.depth++;
        else if (this.table.depth > 0) this.table.depth--;
        else this.closeTable(pointAt(match.index));
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
            header: name === 'th',
            rowspan: span(match[3], 'rowspan', MAX_ROWSPAN),
            colspan: span(match[3], 'colspan', MAX_COLSPAN),
            children: [],
            open: [],
            opened: {strong: 0, emphasis: 0, struck: 0},
          };
        }
      } else if (this.cell) {
        at = this.inline(this.cell, match, value, pointAt);
        pattern.lastIndex = at;
      }
    }
    this.text(value, at, value.length, pointAt);
  }

  /** A paragraph between HTML blocks of a cell: part of that cell. */
  paragraph(node: RootContent & {type: 'paragraph'}): void {
    const into = children(this.cell!);
    if (into.length > 0) into.push({type: 'text', value: ' ', position: node.position});
    into.push(...node.children);
  }

  /** The end of what a table can hold: a table left open keeps the rows it has. */
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
      // Its source is read with the block's other links; its alt text may be a status (`passing`).
      const alt = attribute(match[3], 'alt');
      if (alt) into.push({type: 'text', value: alt, position: {start: pointAt(start), end: pointAt(end)}});
    } else if (kind && !closing) {
      cell.open.push({kind, start: pointAt(start), children: []});
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
    (this.cells ??= []).push({cell: tableCell, header: cell.header, rowspan: cell.rowspan, colspan: cell.colspan});
    this.cell = undefined;
  }

  /**
   * Ends a row, its cells laid out as GitHub shows them: a cell spanning rows stands in each of them
   * (`<td rowspan="2">Security</td>`); one spanning columns is followed by empty cells in the body
   * (a `<td colspan="4">Security</td>` row names a group, its status empty), and stands over each of
   * its columns in a header row (`<th colspan="2">Status</th>` over Staging and Production).
   */
  private closeRow(end: Point) {
    this.closeCell(end);
    const own = this.cells ?? [];
    this.cells = undefined;
    if (own.length === 0) return;
    const {spans, rows} = this.table!;
    // A row of one cell spanning columns names a group (or titles the table), as a bold label does in a pipe table.
    const [single] = own;
    const group = own.length === 1 && single.colspan > 1;
    const headerRow = !group && own.every((read) => read.header);
    if (group && !single.cell.children.every((node) => node.type === 'strong' || node.type === 'emphasis')) {
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
        const filled = extra === 0 || headerRow ? cell : {type: 'tableCell' as const, children: [], position: cell.position};
        placed.push(filled);
        spans[column] = rowspan > 1 ? {cell: filled, left: rowspan - 1} : undefined;
      }
      column--;
    }
    // The row stands where its own first cell does, not where a cell spanning into it began.
    rows.push({row: {type: 'tableRow', children: placed, position: {start: own[0].cell.position!.start, end}}, own});
  }

  /**
   * Ends a table. Its header is its first row with more than one cell (a row of one spanning cell
   * before it is a title), merged with the header rows under it (`Status` over `Staging`).
   */
  private closeTable(end: Point) {
    this.closeRow(end);
    const {start, rows} = this.table!;
    this.table = undefined;
    const group = ({own}: {own: ReadCell[]}) => own.length === 1 && own[0].colspan > 1;
    const header = ({own}: {own: ReadCell[]}) => !group({own}) && own.every((read) => read.header);
    let first = 0;
    while (first < rows.length && group(rows[first])) first++;
    let body = first + 1;
    while (body < rows.length && header(rows[first]) && header(rows[body])) body++;
    if (body >= rows.length) return;
    const headers = rows.slice(first, body).map(({row}) => row);
    const merged: TableRow =
      headers.length === 1
        ? headers[0]
        : {
            type: 'tableRow',
            position: headers[0].position,
            children: headers[0].children.map((_, column) => {
              const above = [...new Set(headers.map((row) => row.children[column]).filter(Boolean))];
              const content = above.flatMap((cell, index) => (index === 0 ? cell.children : [{type: 'text' as const, value: ' '}, ...cell.children]));
              return {type: 'tableCell', children: content, position: above[0]?.position};
            }),
          };
    this.done.push({type: 'table', children: [merged, ...rows.slice(body).map(({row}) => row)], position: {start, end}});
  }
}

/** Where a cell's inline content goes: its innermost open tag, or the cell. */
const children = (cell: Cell) => cell.open.at(-1)?.children ?? cell.children;

/** Closes a cell's innermost open tag, at `end`. */
function closeContainer(cell: Cell, end: Point) {
  const {kind, start, children: content} = cell.open.pop()!;
  cell.opened[kind]--;
  const position = {start, end};
  const into = children(cell);
  if (kind === 'struck') into.push({type: 'text', value: '~~', position}, ...content, {type: 'text', value: '~~', position});
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
const pointsIn = (value: string, start: Point) => positionsIn(value, start, true) as (offset: number) => Point;
