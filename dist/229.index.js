export const id = 229;
export const ids = [229];
export const modules = {

/***/ 5229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAnalyser: () => (/* binding */ createAnalyser)
});

// EXTERNAL MODULE: ./lib/model/vocabulary.js
var vocabulary = __webpack_require__(1177);
// EXTERNAL MODULE: ./lib/parse/context.js
var parse_context = __webpack_require__(992);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(1869);
// EXTERNAL MODULE: ./node_modules/micromark-util-decode-string/index.js
var micromark_util_decode_string = __webpack_require__(9886);
;// CONCATENATED MODULE: ./lib/parse/lines.js

/** How much of the lines after a line keeps as its continuation. */
const CONTINUATION_REACH = 160;
/**
 * Splits a paragraph's inline content at hard and soft line breaks, so that
 * `**Date**: x  \n**Status**: y` gives two lines, each with its own label and line number.
 */
function splitLines(children) {
    const lines = [];
    const soft = [];
    let current = [];
    const flush = (softBreak) => {
        if (current.length > 0) {
            lines.push(describe(current));
            soft.push(softBreak);
        }
        current = [];
    };
    for (const node of children) {
        if (node.type === 'break') {
            flush(false);
            continue;
        }
        if (node.type !== 'text' || !node.value.includes('\n')) {
            current.push(node);
            continue;
        }
        const parts = node.value.split('\n');
        const start = node.position.start;
        parts.forEach((part, index) => {
            if (index > 0)
                flush(true);
            if (!part)
                return;
            const fragment = {
                type: 'text',
                value: part,
                position: {
                    start: { line: start.line + index, column: index === 0 ? start.column : undefined, offset: undefined },
                    end: { line: start.line + index, column: undefined, offset: undefined },
                },
            };
            current.push(fragment);
        });
    }
    flush(false);
    // A sentence goes on over soft breaks (`is produced by the⏎training pipeline`), perhaps over several lines, not into a labelled line.
    for (let index = lines.length - 2; index >= 0; index--) {
        const next = lines[index + 1];
        if (!soft[index] || next.label !== undefined)
            continue;
        const text = (0,lib/* toString */.d)({ type: 'paragraph', children: next.nodes });
        lines[index].continuation = (next.continuation !== undefined && text.length < CONTINUATION_REACH ? `${text} ${next.continuation}` : text).slice(0, CONTINUATION_REACH);
    }
    return lines;
}
function describe(nodes) {
    const start = nodes[0].position?.start;
    const line = { line: start?.line ?? 0, column: start?.column, nodes };
    const [first, ...rest] = nodes;
    if (first.type !== 'strong')
        return line;
    const strong = (0,lib/* toString */.d)(first).trim();
    const after = (0,lib/* toString */.d)({ type: 'paragraph', children: rest }).replace(/^\s+/, '');
    if (strong.endsWith(':')) {
        line.label = strong.slice(0, -1).trim();
        line.value = after.trim();
    }
    else if (after.startsWith(':')) {
        line.label = strong;
        line.value = after.slice(1).trim();
    }
    else {
        // `**Gate 3 — TPR gap ≤ 0.05: PASS** (worst gap 0.071)`: the label and its value in one strong span.
        const inside = /^([^:]{1,120}?):\s+(\S[^:]{0,40})$/.exec(strong);
        if (inside && !/\/\/$/.test(inside[1])) {
            line.label = inside[1].trim();
            line.value = `${inside[2]}${after && ` ${after}`}`.trim();
        }
    }
    return line;
}
/**
 * The `key: value` lines of YAML front matter, as labelled lines: `ci_run: https://…/runs/1` reads
 * as `**CI run:** https://…/runs/1` does. Nested keys, lists and multi-line values are skipped.
 */
function frontMatterLines(node) {
    const first = node.position.start.line + 1;
    const lines = [];
    node.value.split(/\r?\n/).forEach((text, index) => {
        const match = /^([A-Za-z][\w .-]{0,40}?)[ \t]*:[ \t]+(\S.*)$/d.exec(text);
        if (!match)
            return;
        const raw = match[2].trimEnd();
        const quoted = /^(["'])(.*)\1$/.exec(raw);
        const value = quoted ? quoted[2] : raw;
        const line = first + index;
        const column = match.indices[2][0] + 1 + (quoted ? 1 : 0);
        const position = { start: { line, column }, end: { line, column: column + value.length } };
        lines.push({ line, column: 1, label: match[1].replace(/[_-]+/g, ' ').trim(), value, nodes: [{ type: 'text', value, position }] });
    });
    return lines;
}
/**
 * Line and column of offsets into a text node; the column only where no line break precedes the
 * offset (a text in a list item or a block quote has lost its line prefixes), unless `everyLine`
 * (an HTML block's text, counted from its line starts). The breaks are found once per node, so many
 * citations on one long text stay linear.
 */
function positionsIn(value, start, everyLine = false) {
    let breaks;
    return (index) => {
        breaks ??= [...value.matchAll(/\n/g)].map((match) => match.index);
        const before = countBelow(breaks, index);
        if (before === 0)
            return start.column === undefined ? { line: start.line } : { line: start.line, column: start.column + index };
        return everyLine ? { line: start.line + before, column: index - breaks[before - 1] } : { line: start.line + before };
    };
}
/** How many of the sorted numbers are below `value`. */
function countBelow(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

;// CONCATENATED MODULE: ./lib/parse/html-table.js


/** A comment, or a tag with its name and attributes (no `<` inside, so a tag never closed costs no rescans). */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][\w-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/gi;
/** Tags whose content stays in a cell as the Markdown of the same meaning. */
const CONTAINERS = {
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
function readHtmlTables(parent) {
    const children = parent.children;
    for (const child of children) {
        if (child.type === 'blockquote' || child.type === 'list' || child.type === 'listItem')
            readHtmlTables(child);
    }
    if (!children.some((child) => child.type === 'html' && /<table\b/i.test(child.value)))
        return;
    const reader = new TableReader();
    const read = [];
    /** Where in `read` the table being read goes: before the HTML block that opened it. */
    let slot = 0;
    const place = () => read.splice(slot, 0, ...reader.take());
    children.forEach((child, index) => {
        if (child.type === 'html' && (reader.inTable || /<table\b/i.test(child.value))) {
            if (!reader.inTable)
                slot = read.length;
            reader.html(child);
            place();
            read.push(child);
            if (!reader.inTable)
                slot = read.length;
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
    parent.children = read;
}
/** Whether the blocks after `index`, past paragraphs, go on with table markup. */
function goesOnWithTableMarkup(children, index) {
    for (let next = index + 1; next < children.length; next++) {
        const child = children[next];
        if (child.type === 'paragraph')
            continue;
        return child.type === 'html' && TABLE_MARKUP.test(child.value);
    }
    return false;
}
/** Table markup fed block by block: HTML blocks, and the paragraphs in cells between them. */
class TableReader {
    done = [];
    /** The table being read; `spans` holds, by column, a cell spanning rows and how many rows it has left. */
    table;
    cells;
    cell;
    get inTable() {
        return this.table !== undefined;
    }
    get inCell() {
        return this.cell !== undefined;
    }
    /** The tables completed since the last call. */
    take() {
        return this.done.splice(0);
    }
    /** Reads one HTML block. */
    html(node) {
        const value = node.value;
        const pointAt = pointsIn(value, node.position.start);
        const pattern = new RegExp(TOKEN.source, 'gi');
        let at = 0;
        for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
            this.text(value, at, match.index, pointAt);
            at = pattern.lastIndex;
            const name = match[2]?.toLowerCase();
            if (!name)
                continue;
            const closing = match[1] === '/';
            if (name === 'table') {
                if (!this.table) {
                    if (!closing)
                        this.table = { start: pointAt(match.index), rows: [], depth: 0, spans: [] };
                }
                else if (!closing)
                    this.table.depth++;
                else if (this.table.depth > 0)
                    this.table.depth--;
                else
                    this.closeTable(pointAt(match.index));
                continue;
            }
            // A table inside a cell is that cell's text.
            if (!this.table || this.table.depth > 0)
                continue;
            if (name === 'tr' || /^(?:thead|tbody|tfoot)$/.test(name)) {
                this.closeRow(pointAt(match.index));
                if (name === 'tr' && !closing)
                    this.cells = [];
            }
            else if (name === 'td' || name === 'th') {
                this.closeCell(pointAt(match.index));
                if (!closing) {
                    this.cell = {
                        start: pointAt(at),
                        header: name === 'th',
                        rowspan: span(match[3], 'rowspan', MAX_ROWSPAN),
                        colspan: span(match[3], 'colspan', MAX_COLSPAN),
                        children: [],
                        open: [],
                        opened: { strong: 0, emphasis: 0, struck: 0 },
                    };
                }
            }
            else if (this.cell) {
                at = this.inline(this.cell, match, value, pointAt);
                pattern.lastIndex = at;
            }
        }
        this.text(value, at, value.length, pointAt);
    }
    /** A paragraph between HTML blocks of a cell: part of that cell. */
    paragraph(node) {
        const into = children(this.cell);
        if (into.length > 0)
            into.push({ type: 'text', value: ' ', position: node.position });
        into.push(...node.children);
    }
    /** The end of what a table can hold: a table left open keeps the rows it has. */
    finish() {
        if (this.table)
            this.closeTable(this.cell?.start ?? this.table.start);
    }
    /** Text between tags: whitespace runs at its ends become one space, so the words around tags stay apart. */
    text(value, start, end, pointAt) {
        const cell = this.cell;
        if (!cell || end <= start)
            return;
        const raw = value.slice(start, end);
        const core = raw.trim();
        const into = children(cell);
        const lead = raw.length - raw.trimStart().length;
        if (lead > 0 && into.length > 0)
            into.push({ type: 'text', value: ' ', position: { start: pointAt(start), end: pointAt(start + lead) } });
        if (!core)
            return;
        const trail = raw.length > lead + core.length ? ' ' : '';
        into.push({ type: 'text', value: (0,micromark_util_decode_string/* decodeString */.s)(core) + trail, position: { start: pointAt(start + lead), end: pointAt(start + lead + core.length) } });
    }
    /** An inline tag in a cell; returns where reading goes on. */
    inline(cell, match, value, pointAt) {
        const name = match[2].toLowerCase();
        const closing = match[1] === '/';
        const start = match.index;
        const end = start + match[0].length;
        const into = children(cell);
        const kind = CONTAINERS[name];
        if (name === 'br' || BLOCK_TAGS.test(name)) {
            // A line break, and the edges of paragraphs and list items (`<p>✅ Effective</p><p>No exceptions</p>`), part words.
            if (into.length > 0)
                into.push({ type: 'text', value: '\n', position: { start: pointAt(start), end: pointAt(end) } });
        }
        else if (name === 'code' && !closing) {
            // Code is literal: tags inside it are dropped, its text kept.
            const close = /<\/code\s*>/i.exec(value.slice(end));
            const codeEnd = close ? end + close.index : value.length;
            into.push({ type: 'inlineCode', value: (0,micromark_util_decode_string/* decodeString */.s)(value.slice(end, codeEnd).replace(/<[^>]*>/g, '')), position: { start: pointAt(end), end: pointAt(codeEnd) } });
            return close ? codeEnd + close[0].length : codeEnd;
        }
        else if (name === 'img' && !closing) {
            // Its source is read with the block's other links; its alt text may be a status (`passing`).
            const alt = attribute(match[3], 'alt');
            if (alt)
                into.push({ type: 'text', value: alt, position: { start: pointAt(start), end: pointAt(end) } });
        }
        else if (kind && !closing) {
            cell.open.push({ kind, start: pointAt(start), children: [] });
            cell.opened[kind]++;
        }
        else if (kind && cell.opened[kind] > 0) {
            while (cell.open.at(-1).kind !== kind)
                closeContainer(cell, pointAt(end));
            closeContainer(cell, pointAt(end));
        }
        return end;
    }
    closeCell(end) {
        const cell = this.cell;
        if (!cell)
            return;
        while (cell.open.length > 0)
            closeContainer(cell, end);
        const first = cell.children.find((node) => node.position)?.position?.start ?? cell.start;
        const tableCell = { type: 'tableCell', children: cell.children, position: { start: first, end } };
        (this.cells ??= []).push({ cell: tableCell, header: cell.header, rowspan: cell.rowspan, colspan: cell.colspan });
        this.cell = undefined;
    }
    /**
     * Ends a row, its cells laid out as GitHub shows them: a cell spanning rows stands in each of them
     * (`<td rowspan="2">Security</td>`); one spanning columns is followed by empty cells in the body
     * (a `<td colspan="4">Security</td>` row names a group, its status empty), and stands over each of
     * its columns in a header row (`<th colspan="2">Status</th>` over Staging and Production).
     */
    closeRow(end) {
        this.closeCell(end);
        const own = this.cells ?? [];
        this.cells = undefined;
        if (own.length === 0)
            return;
        const { spans, rows } = this.table;
        // A row of one cell spanning columns names a group (or titles the table), as a bold label does in a pipe table.
        const [single] = own;
        const group = own.length === 1 && single.colspan > 1;
        const headerRow = !group && own.every((read) => read.header);
        if (group && !single.cell.children.every((node) => node.type === 'strong' || node.type === 'emphasis')) {
            single.cell.children = [{ type: 'strong', children: single.cell.children, position: single.cell.position }];
        }
        const placed = [];
        let next = 0;
        let lastSpanning = -1;
        spans.forEach((spanning, column) => {
            if (spanning && spanning.left > 0)
                lastSpanning = column;
        });
        for (let column = 0; (next < own.length || column <= lastSpanning) && column < MAX_COLUMNS; column++) {
            const spanning = spans[column];
            if (spanning && spanning.left > 0) {
                placed.push(spanning.cell);
                spanning.left--;
                continue;
            }
            if (next >= own.length) {
                placed.push({ type: 'tableCell', children: [] });
                continue;
            }
            const { cell, rowspan, colspan } = own[next++];
            for (let extra = 0; extra < colspan && column < MAX_COLUMNS; extra++, column++) {
                const filled = extra === 0 || headerRow ? cell : { type: 'tableCell', children: [], position: cell.position };
                placed.push(filled);
                spans[column] = rowspan > 1 ? { cell: filled, left: rowspan - 1 } : undefined;
            }
            column--;
        }
        // The row stands where its own first cell does, not where a cell spanning into it began.
        rows.push({ row: { type: 'tableRow', children: placed, position: { start: own[0].cell.position.start, end } }, own });
    }
    /**
     * Ends a table. Its header is its first row with more than one cell (a row of one spanning cell
     * before it is a title), merged with the header rows under it (`Status` over `Staging`).
     */
    closeTable(end) {
        this.closeRow(end);
        const { start, rows } = this.table;
        this.table = undefined;
        const group = ({ own }) => own.length === 1 && own[0].colspan > 1;
        const header = ({ own }) => !group({ own }) && own.every((read) => read.header);
        let first = 0;
        while (first < rows.length && group(rows[first]))
            first++;
        let body = first + 1;
        while (body < rows.length && header(rows[first]) && header(rows[body]))
            body++;
        if (body >= rows.length)
            return;
        const headers = rows.slice(first, body).map(({ row }) => row);
        const merged = headers.length === 1
            ? headers[0]
            : {
                type: 'tableRow',
                position: headers[0].position,
                children: headers[0].children.map((_, column) => {
                    const above = [...new Set(headers.map((row) => row.children[column]).filter(Boolean))];
                    const content = above.flatMap((cell, index) => (index === 0 ? cell.children : [{ type: 'text', value: ' ' }, ...cell.children]));
                    return { type: 'tableCell', children: content, position: above[0]?.position };
                }),
            };
        this.done.push({ type: 'table', children: [merged, ...rows.slice(body).map(({ row }) => row)], position: { start, end } });
    }
}
/** Where a cell's inline content goes: its innermost open tag, or the cell. */
const children = (cell) => cell.open.at(-1)?.children ?? cell.children;
/** Closes a cell's innermost open tag, at `end`. */
function closeContainer(cell, end) {
    const { kind, start, children: content } = cell.open.pop();
    cell.opened[kind]--;
    const position = { start, end };
    const into = children(cell);
    if (kind === 'struck')
        into.push({ type: 'text', value: '~~', position }, ...content, { type: 'text', value: '~~', position });
    else
        into.push({ type: kind, children: content, position });
}
/** A `rowspan` or `colspan` attribute: 1 when absent or not a number, at most `max` (`0`, to the end, is `max`). */
function span(attributes, name, max) {
    const value = attribute(attributes, name);
    if (value === undefined || !/^\s*\d+/.test(value))
        return 1;
    const count = Number.parseInt(value, 10);
    return count === 0 ? max : Math.min(count, max);
}
/** An attribute's value in a tag's attribute text, decoded. */
function attribute(attributes, name) {
    const match = new RegExp(String.raw `(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=\x60]+))`, 'i').exec(attributes);
    const raw = match?.[1] ?? match?.[2] ?? match?.[3];
    return raw === undefined ? undefined : (0,micromark_util_decode_string/* decodeString */.s)(raw);
}
/** The line and column of each offset of `value`, which starts at `start`. */
const pointsIn = (value, start) => positionsIn(value, start, true);

;// CONCATENATED MODULE: ./lib/parse/patterns.js
/**
 * Text patterns for citations: CI runs, pull requests and file paths, as real reports write them.
 * Each function takes plain text and returns what it cites; none knows where the text came from.
 */
/**
 * `https://host/owner/repo/actions/runs/123[/attempts/2][/job/456][?pr=7]`, also with a placeholder id.
 * An id that runs on into letters (`runs/11290a4455`) is no id: the link is malformed, not run 11290.
 */
const RUN_URL = /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/actions\/runs\/(\d+(?:\/attempts\/\d+)?(?:\/jobs?\/\d+)?(?![\w-])|\[[^\]\s]*\]|<[^>\s]*>|[^\s/)\]>`"'|]*[^\s/)\]>`"'|.,;:!])?/g;
/** A link to a run with a slip in its path (`…/action/runs/114…`, `…/actions/run/114…`): no run, and not to be passed over. */
const NEAR_RUN_URL = /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/(?:action\/runs?|actions\/run|action\/run)\/[^\s)\]>`"'|]*[^\s)\]>`"'|.,;:!]/g;
function findRunUrls(text) {
    const found = [];
    if (text.includes('/action/') || text.includes('/run/')) {
        for (const match of text.matchAll(NEAR_RUN_URL)) {
            found.push({ host: match[1].toLowerCase(), repository: `${match[2]}/${match[3]}`, id: undefined, index: match.index, text: match[0] });
        }
    }
    for (const match of text.matchAll(RUN_URL)) {
        const [whole, host, owner, repo, id = ''] = match;
        const numeric = /^\d+(?:\/|$)/.test(id);
        found.push({
            host: host.toLowerCase(),
            repository: `${owner}/${repo}`,
            id: numeric ? Number(/^\d+/.exec(id)[0]) : undefined,
            index: match.index,
            text: whole,
        });
    }
    return found;
}
const PULL_URL = /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/pull\/(\d+)/g;
function findPullUrls(text) {
    return [...text.matchAll(PULL_URL)].map((match) => ({
        host: match[1].toLowerCase(),
        repository: `${match[2]}/${match[3]}`,
        number: Number(match[4]),
        index: match.index,
    }));
}
/** `https://host/owner/repo/blob/ref/path` and `…/tree/ref/path`: a file or folder of a repository. */
const FILE_URL = /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/(?:blob|tree)\/([^\s?#)\]>`"'|]+[^\s?#)\]>`"'|.,;:!])/g;
function findFileUrls(text) {
    return [...text.matchAll(FILE_URL)].map((match) => ({
        host: match[1].toLowerCase(),
        repository: `${match[2]}/${match[3]}`,
        refAndPath: match[4],
        index: match.index,
        text: match[0],
    }));
}
/**
 * Run ids are large (GitHub's have ten digits and more); seven or more keeps out a run's number in
 * its workflow, which is how the Actions tab labels a run (`Run #18234`) and which no lookup takes,
 * and `run 3 times`. A bare `run N` is read only for nine digits or more, as GitHub's ids have
 * had for years, and not before a count's noun (`we run 100000000 iterations`). `gh run
 * view N` is the command that shows one, of the repository its `--repo` (or `-R`) names, among its other flags.
 */
const RUN_TEXT = /\b(?:CI|workflow|actions)\s+run(?:\s+id\b)?(?:\s*[:#])?\s*#?(\d{7,})\b|\brun(?:\s+id\b(?:\s*[:#])?|\s*[:#])\s*#?(\d{7,})\b|\brun\s+#(\d{7,})\b|\brun\s+(?:\(\s*)?(?<bare>\d{9,})\b(?![ \t]*(?:times|iterations|rows|records|requests|events|messages|items|operations|ops|queries|tests|cases|samples|users|calls|bytes)\b)|\bgh\s+run\s+(?:view|watch|rerun|download)(?:\s+(?:(?:--repo|-R)[=\s]+(?<before>[\w.-]+\/[\w.-]*\w)|--?[a-z][\w-]*))*\s+(?<gh>\d{7,})\b(?:\s+(?:(?:--repo|-R)[=\s]+(?<after>[\w.-]+\/[\w.-]*\w)|--?[a-z][\w-]*))*/gi;
/** A run id given as a value (`**Run ID:** 1234567890`, a Run ID cell): see `RUN_TEXT` for the length. */
const isRunId = (text) => /^\d{7,}$/.test(text);
/** What stands where a run id should, after `CI run`: `runs/[TBD]`, `runs/XXXXXXXXXXX`, `<run-id>`, `XXXXXXXX`, `TBD`. */
const RUN_PLACEHOLDER = String.raw `(?:(?:actions\/)?runs\/)?(?:\[[^\]\s]{0,20}\]|<[^>\s]{1,20}>|x{4,}|tbd|tbc|todo)`;
/** A run's path without its host, after `CI run`: `runs/25821430993`, `actions/runs/25821430993`. */
const RUN_PATH = String.raw `(?:actions\/)?runs\/(\d{5,})`;
/** `CI run`, `workflow run #`, `CI run id:` (one run of spaces: no two that share them, so long blanks stay linear). */
const RUN_BEFORE_ID = String.raw `\b(?:ci|workflow|pipeline|actions)\s+run(?:\s*(?:#|id(?:\s*:)?))?\s*`;
// In text, not `<id>`: there it is in a code span that shows how to cite (``write `CI run <id>` ``), or it is HTML.
const SHORT_RUN_TEXT = new RegExp(String.raw `(?:${RUN_BEFORE_ID}(?!<)(${RUN_PLACEHOLDER}|${RUN_PATH})|\b(run\s*#\s*(?:tbd|tbc|todo|x{3,})))(?![\w\]>/])`, 'gi');
/**
 * A run cited after `CI run` by its path alone or by a placeholder, in text: `CI run runs/25821430993` (run 25821430993),
 * `CI run runs/[TBD]`, `workflow run XXXXXXXX`, `run #TODO` (no id).
 */
function findShortRuns(text) {
    return [...text.matchAll(SHORT_RUN_TEXT)].map((match) => {
        const cited = match[1] ?? match[3];
        return { index: match.index + match[0].length - cited.length, text: cited, ...(match[2] !== undefined && { id: Number(match[2]) }) };
    });
}
/** The same in a code span right after `CI run`: ``CI run `runs/XXXXXXXXXXX` ``, ``CI run `runs/25821430993` ``. */
function shortRunCode(code, before) {
    const match = SHORT_RUN_CODE.exec(code.trim());
    if (!match || !RUN_BEFORE_CODE.test(before))
        return undefined;
    return match[1] === undefined ? {} : { id: Number(match[1]) };
}
const SHORT_RUN_CODE = new RegExp(String.raw `^(?:${RUN_PLACEHOLDER}|${RUN_PATH})$`, 'i');
const RUN_BEFORE_CODE = new RegExp(String.raw `${RUN_BEFORE_ID}$`, 'i');
/** A run id after a label or in a column that says it is an id: a small server's ids may be shorter. */
const isLabelledRunId = (text) => /^\d{5,}$/.test(text);
/** Run ids in text; `gh run view N --repo owner/repo` (or `-R`) gives the run's repository too. */
function findRunNumbers(text) {
    return [...text.matchAll(RUN_TEXT)].map((match) => {
        const repository = match.groups?.before ?? match.groups?.after;
        return { id: Number(match[1] ?? match[2] ?? match[3] ?? match.groups?.bare ?? match.groups?.gh), index: match.index, text: match[0], ...(repository && { repository }) };
    });
}
/** First segments of branch names: `release/2.5` and `feature/login` are branches, not repositories or files. */
const BRANCH_PREFIX = /^(?:feature|features|feat|release|releases|hotfix|hotfixes|bugfix|fix|chore|origin|refs|heads)$/i;
/**
 * `PR #12`, `PRs #12, #14 and #15`, `PR #88 in acme/app`, `pull request: #7`. The repository is a
 * whole `owner/name`: not a branch (`in release/2.5`) nor a file (`in src/app/main.ts`).
 */
const PULL_TEXT = /\b(?:PRs?|pull requests?)\s*(?::\s*)?(#\d+\b(?:\s*(?:,|&|\/|\band\b)\s*#\d+\b)*)(?:\s+in\s+([\w-]+\/[\w.-]*\w)(?![\w\/-]|\.\w))?/gi;
/**
 * `PR 77`, `pull request 77`: a number without its `#`, where the sentence or a list goes on after it
 * (`merged in PR 77.`, `PR 77 (hotfix)`), not where it counts something (`PR 2 weeks old`).
 */
const PULL_BARE = /\b(?:PR|pull\s+request)\s+(\d{1,7})\b(?=[ \t]*(?:$|[.,;:!?)\]—–(|]|-\s|(?:and|or)\b|&))/gim;
function findPullNumbers(text) {
    const listed = [...text.matchAll(PULL_TEXT)].flatMap((match) => {
        const listAt = match.index + match[0].indexOf(match[1]);
        const named = match[2];
        const repository = named && !BRANCH_PREFIX.test(named.split('/')[0]) && !/\.[A-Za-z]{1,5}$/.test(named) ? named : undefined;
        return [...match[1].matchAll(/#(\d+)/g)].map((number) => ({ number: Number(number[1]), index: listAt + number.index, repository }));
    });
    const bare = [...text.matchAll(PULL_BARE)].map((match) => ({ number: Number(match[1]), index: match.index + match[0].lastIndexOf(match[1]) }));
    return bare.length === 0 ? listed : [...listed, ...bare].sort((a, b) => a.index - b.index);
}
/** A label that introduces a run: `Run ID`, `CI Run`, `Latest CI Run`, `Post-upgrade CI run`, `Run URL`, `Workflow run`. */
const isRunLabel = (label) => /^(?:latest |final |ci |workflow |actions |github actions )*run(?: id| url| number| #)?$|^(?:[\w-]+ ){0,3}ci run(?: id| url| link)?$|^ci url$/i.test(label.trim());
const isPullLabel = (label) => /^(?:[\w-]+\s+){0,2}(?:prs?|pull requests?)(?:\s+(?:numbers?|#|ids?))?$/i.test(label.trim());
/** A run cell or value that stands for a run not yet known: `TBD`, `XXXX`, `run #TODO`. */
const isPlaceholderValue = (value) => /^(?:(?:ci\s+)?run\s*#?\s*)?[[(（]?\s*(?:tbd|tbc|todo|pending|n\/?a|x{3,}|\?+|<[^>]*>|\.\.\.|-+|—|fill\s+in\s+later|to\s+be\s+(?:added|filled\s+in)|to\s+follow|後で記入|記入予定|未定)\s*[\])）]?$/i.test(value.trim());
/** File endings that make a bare name (no `/`) a file, so `os.path` and `v1.0` are not. */
const FILE_EXTENSIONS = new Set(('md markdown mdx txt rst adoc pdf png jpg jpeg gif svg webp ico log csv tsv json jsonl yml yaml toml ini cfg ' +
    'conf env xml html htm css scss less js mjs cjs ts tsx jsx mts cts vue svelte py pyi ipynb rb php go rs java kt ' +
    'kts scala swift c h cc cpp hpp cs fs sh bash zsh ps1 bat sql prisma graphql gql proto tf tfvars hcl lock mako ' +
    'j2 tpl dockerfile gradle properties plist zip gz tar sarif lcov patch diff').split(' '));
const WELL_KNOWN_NAMES = new Set([
    'Dockerfile', 'Makefile', 'LICENSE', 'Procfile', 'Jenkinsfile', 'CODEOWNERS', 'Gemfile', 'Rakefile', 'Vagrantfile',
]);
/** The lines a suffix names: `:64`, `:12-40`, `:12:5` (line 12, column 5), `#L10-L20`, ` L10-20`, ` (lines 1, 5-7)`. */
function linesOf(suffix) {
    const numbers = /^:L?\d+:\d+$/i.test(suffix) ? [Number(/\d+/.exec(suffix)[0])] : (suffix.match(/\d+/g) ?? []).map(Number);
    if (numbers.length === 0 || numbers.some((number) => number < 1 || !Number.isSafeInteger(number)))
        return undefined;
    return { from: Math.min(...numbers), to: Math.max(...numbers) };
}
/** Where a clause of prose ends: a full stop, a question or exclamation mark or a semicolon, then a space or the end. */
const CLAUSE_END = /[.!?;](?:\s|$)/;
/**
 * Lines named in a bracket later in the clause after a path: `` `routes.py` — middleware registered before the mount
 * (lines 88–120) ``. Only a range, and only in the clause's text (another path after it starts its own).
 */
function bracketedLinesIn(text) {
    const named = /\((?:see\s+)?(?:lines?|ll?\.)\s*(\d+\s*[-–]\s*\d+)\)/i.exec(text.split(CLAUSE_END)[0]);
    return named ? linesOf(named[1]) : undefined;
}
/** Lines of something else than the file: `lines 900-950 of the job log`, `lines 1-3 of which are warm-up`. */
const OF_SOMETHING_ELSE = /^\s+of\s+(?:which|the\s+(?:[\w-]+\s+)?(?:log|output|transcript|console|report|table))\b/i;
/** Lines named in words right after a path, or in a link's text: `` `db.py` (lines 212–220) ``, `` [`x.py` lines 23–26](x.py) ``. */
function linesNamedIn(text, atStart) {
    // A line or a range of them, not a list (`line 14, 2023 revision`); in a link's text, right after a file's name
    // (not `[SOP for filling line 12](…)`, a production line).
    // After a path, also after a comma or in a bracket that points there: `, lines 402-431`, `(see lines 18–31)`, `(L55-L58)`;
    // not lines of something else: `, lines 900-950 of the job log`, `, lines 1-3 of which are warm-up`.
    const named = (atStart ? /^\s*(?:[,:—–]|-\s)?\s*\(?\s*(?:see\s+)?(?:(?:lines?|l\.|ll\.)\s*(\d+(?:\s*[-–]\s*\d+)?)|L(\d+(?:[-–]L?\d+)?)\b)/i : /(?:\.[a-z]\w{0,4}|`)\s*\(?\s*(?:lines?|ll?\.)\s*(\d+(?:\s*[-–]\s*\d+)?)/i).exec(text);
    if (!named || OF_SOMETHING_ELSE.test(text.slice(named.index + named[0].length)))
        return undefined;
    return linesOf(named[1] ?? named[2]);
}
/**
 * First segments that make a path without a file ending another kind of name: a branch
 * (`release/2024.10`), a Kubernetes resource or a Vault secret (`deployment/api`, `secret/data/x`),
 * an image on a registry host (`ghcr.io/acme/billing`), a Terraform registry module
 * (`terraform-aws-modules/vpc/aws`).
 */
const isReferenceStart = (segment) => BRANCH_PREFIX.test(segment) ||
    /^(?:deployments?|statefulsets?|daemonsets?|cronjobs?|configmaps?|secret|pods?|ingress(?:es)?|svc|namespaces?|ns)$/i.test(segment) ||
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(segment) ||
    /^terraform-[a-z0-9]+-modules$/i.test(segment);
/**
 * Where in a file: `:12`, `:12-40`, `:12:5`, `:L12`, `#L10-L20`, ` L10-20`, ` (lines 1-5)`.
 */
const LINE_SUFFIX = /(?::L?\d+(?:[-–]L?\d+|:\d+)?|#L\d+(?:-L?\d+)?|\s+L\d+(?:[-–]L?\d+)?|\s+\((?:lines?|l\.)\s*\d+(?:\s*[-–,]\s*\d+)*\))$/i;
/** An HTTP route rather than a file: `/api/orders`, `/v1/users`, `api/v2/orders`, `/oauth/v1/token`. */
const API_ROUTE = /^\/(?:api|v\d+)(?:\/|$)|^\/(?:oauth2?|auth|graphql|webhooks?|rest)(?:\/|$)|^api\/v\d+\//i;
/** Longer than any repository path a report would cite. */
const MAX_PATH = 512;
const MEDIA_TYPE = /^(?:application|text|image|audio|video|font|multipart|message|model)\/[\w.+-]+$/i;
/** `*`, `?`, `XXX`, `YYYY-MM`, `<name>`, `{id}`, `[TBD]`, `...`: a pattern or a placeholder, not a file. */
const isPlaceholderPath = (path) => /[*?<>{}[\]$]|\.\.\.|X{3,}|Y{4}|\bMM\b|\bDD\b|\bTBD\b|\bN{3,}\b/.test(path);
/** A file ending: `.md`, `.yaml`, `@2x.png`. */
const hasFileEnding = (path) => /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(path);
/**
 * Reads inline code as a file path, or returns undefined when it is something else
 * (a command, an identifier, an endpoint, a URL).
 * In `claim` context a path with `/` needs no extension (`scripts/deploy`).
 */
function pathCandidate(code, claim) {
    // No path is this long; longer code is a command or a snippet (and the suffix patterns stay linear).
    if (code.length > MAX_PATH)
        return undefined;
    let text = code.trim().replace(/\s+\(this file\)$/i, '');
    text = text.replace(/(?:::[\w.[\]-]+)+$/, '');
    const lines = linesOf(LINE_SUFFIX.exec(text)?.[0] ?? '');
    text = text.replace(LINE_SUFFIX, '').replace(/[,;]$/, '');
    // A reusable workflow pinned to a release or a commit (`generator_container_slsa3.yml@v2.0.0`) is another
    // repository's: this one calls its own as `./.github/workflows/x.yml`.
    if (/\.ya?ml@(?:v\d[\w.-]*|[0-9a-f]{40})$/i.test(text))
        return undefined;
    // `deploy.yml@main`, `nope.py@L20`: a file at a ref or a line.
    text = text.replace(/(\.[A-Za-z][A-Za-z0-9]{0,9})@[\w.-]+$/, '$1');
    // `runbook.md#rollback`: a section of the file.
    text = text.replace(/(\.[A-Za-z][A-Za-z0-9]{0,9})#[^\s#/]*$/, '$1');
    if (!text || /\s/.test(text) || /^[a-z][a-z0-9+.-]*:/i.test(text) || isPlaceholderPath(text))
        return undefined;
    // `~/.aws/credentials` and `%APPDATA%\npm` are on someone's machine, not in the repository.
    if (!/^[\w./\\@~+%-]+$/u.test(text) || text === '.' || text.startsWith('~') || /%[A-Za-z_]\w*%/.test(text))
        return undefined;
    const hasSlash = /[/\\]/.test(text);
    const name = text.split(/[/\\]/).filter(Boolean).pop() ?? '';
    const extension = /^[\w-][\w.-]*\.([A-Za-z][A-Za-z0-9]{0,9})$/.exec(name)?.[1];
    // Beside a folder, a name with an ending is a file whatever else it holds (`dashboard@2x.png`).
    const folderFileEnding = hasSlash && hasFileEnding(name);
    if (hasSlash) {
        // `/healthz` and `/api/v2/orders` are endpoints; an absolute file path is only read where a file is claimed.
        if (text.startsWith('/') && (!claim || text.split('/').filter(Boolean).length < 2))
            return undefined;
        // A folder only mentioned (`build/`, `hotfix/`, a branch prefix) is looked for only when the repository has its first folder.
        if (text.endsWith('/') && !claim)
            return { path: text, hasSlash, reference: true };
        if (text.endsWith('/'))
            return { path: text, hasSlash };
        if (extension || folderFileEnding)
            return { path: text, hasSlash, ...(lines && { lines }) };
        if (API_ROUTE.test(text) && !WELL_KNOWN_NAMES.has(name))
            return undefined;
        // Without an ending, a claimed `scripts/deploy` is a file, but `@acme/core`, `actions/checkout@v4`
        // and `application/json` are a package, an action and a media type.
        // An absolute one (`/healthz/deep`) is as often a route: a reference, looked for only beside a folder of the repository.
        if (claim && !text.includes('@') && !MEDIA_TYPE.test(text)) {
            return { path: text, hasSlash, reference: text.startsWith('/') || isReferenceStart(text.split(/[/\\]/)[0]), ...(lines && { lines }) };
        }
        return undefined;
    }
    if (RELEASE_ARTIFACT.test(text))
        return undefined;
    if ((extension && FILE_EXTENSIONS.has(extension.toLowerCase())) || WELL_KNOWN_NAMES.has(text)) {
        return { path: text, hasSlash, ...(lines && { lines }) };
    }
    return undefined;
}
/**
 * A release's download, named by its version (`acme-core-2.4.0-linux-amd64.tar.gz`, `app-v3.1.0.zip`): a build's
 * output, published with the release, not a file of the repository.
 */
const RELEASE_ARTIFACT = new RegExp(String.raw `^(?=.*[-_.](?:v\d+\.\d+(?:\.\d+)?|(?!(?:19|20)\d\d\.)\d+\.\d+\.\d+)(?![\d.]*\d)|.*[-_.](?:linux|darwin|macos|windows|win(?:32|64)|amd64|arm64|aarch64|x86_64|x64|i386|universal)[-_.])` +
    String.raw `[\w.+-]+\.(?:tar\.gz|tgz|tar\.xz|tar\.bz2|zip|whl|jar|war|deb|rpm|dmg|exe|msi|apk|aab|ipa|nupkg|gem)$`, 'i');

;// CONCATENATED MODULE: ./lib/parse/threshold.js
/**
 * A gate row's measured value against its target: `| p99 latency | ≤ 200 ms | 340 ms | ✅ |` claims a
 * pass its own numbers deny. Only a target that is one bound (`≤ 200 ms`, `max 20 min`, `at least
 * 97 %`) or zero (`0`: none left) and a value that starts with one number in the same unit are
 * compared (`2,7 s` against `≤ 2,0 s` too: a comma with one or two digits after it is a decimal one; `1.2 s`
 * against `≤ 800 ms`: units of time convert), and a value with its tolerance (`37,0 ± 0,5 °C`); anything
 * else (ranges, prose, other units, `95 %` without a bound) is left to the reader.
 */
/** A threshold or a measure, not a name: `≥ 97 %`, `0.8 – 1.25`, `< 200 ms`, `100 %`. */
const isThreshold = (cell) => /^[≥≤<>=~±]|^\d[\d.,]*\s*(?:%|[a-zµ]{1,3}\b|[-–—]\s*\d|(?:°[CF]\s*)?±)/iu.test(cell);
/** A column of targets: `Target`, `Threshold`, `Limit`, `Criterion`, `Acceptance criteria`, `SLO`. */
const isTargetColumn = (header) => 
// `Allowed deviation`, `Max delta vs baseline`: a change from a baseline, not a value to reach.
!/\b(?:deviation|delta|difference|diff|change|increase|decrease|regression|drift|vs\.?|versus)\b/i.test(header) &&
    (OTHER_TARGET_COLUMN.test(header.trim()) ||
        /^(?:(?:error\s+|quality\s+gate\s+)?threshold|target|expected|expectation|limit|limits|goal|objective|budget|slo|max(?:imum)?\s+allowed|allowed|acceptance(?:\s+criteri(?:on|a))?|criterion|criteria|required|requirement|spec|specification|pass\s+criteri(?:on|a))\b/i.test(header.trim()));
/** A column of measured values: `Measured`, `Actual`, `Observed`, `Result`, `Value`, `Achieved`, `Found`, `Count`, `Detected`, `Canary` (beside a `Baseline`). */
const isMeasuredColumn = (header) => OTHER_MEASURED_COLUMN.test(header.trim()) ||
    /^(?:measured|actual|observed|result|results|value|achieved|measurement|found|count|detected|canary|candidate|score)\b/i.test(header.trim()) ||
    // `June actual / forecast`, `Q3 measured`
    /^(?!(?:last|how|when|date|baseline|prior|previous|before|expected|target|planned)\b)[\w-]+\s+(?:actual|measured|observed|achieved)\b/i.test(header.trim());
/** The same in German, French, Spanish, Portuguese and Dutch: `Zielwert`, `Soll`, `Cible`, `Seuil`, `Objetivo`, `Meta`, `Norm`. */
const OTHER_TARGET_COLUMN = /^(?:ziel\p{L}*|soll(?:wert)?|grenzwert|vorgabe|cible|objectif|seuil|objetivo|meta|umbral|l[íi]mite|norm|doel|streefwaarde|grenswaarde)(?![\p{L}\p{N}])/iu;
/** `Istwert`, `Messwert`, `Ergebnis`, `Mesuré`, `Résultat`, `Valeur mesurée`, `Resultado`, `Valor obtenido`, `Medido`, `Medição`. */
const OTHER_MEASURED_COLUMN = /^(?:ist(?:wert)?|messwert|gemessen|ergebnis|r[ée]sultat|resultado|gemeten|meetwaarde|mesur[ée]e?|mesure|valeur|obtenu|medido|valor|obtenido|medi[çc][ãa]o|real|realizado|atingido|alcanzado)(?![\p{L}\p{N}])/iu;
const BOUNDS = [
    [/^(?:≤|<=|=<|m[aá]x\.?|maximum|maximal|maximaal|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|h[öo]chstens|au\s+plus|como\s+m[aá]ximo|hoogstens|ten\s+hoogste|al\s+massimo)$/i, 'max'],
    [/^(?:<|under|below|less\s+than|unter|moins\s+de|menos\s+de)$/i, 'below'],
    [/^(?:≥|>=|=>|m[ií]n\.?|minimum|minimaal|at\s+least|no\s+less\s+than|not\s+less\s+than|mindestens|au\s+moins|al\s+menos|como\s+m[ií]nimo|ten\s+minste|almeno)$/i, 'min'],
    [/^(?:>|above|over|more\s+than)$/i, 'above'],
];
/** A number as written in a report: `1,204`, `1 720` (grouped with spaces), `0.02`, or with a decimal comma of one or two places, `2,7` (German, French, …). */
const NUMBER = String.raw `[-+]?(?:\d+,\d{1,2}(?![\d,])|(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?)`;
/** Words that follow a number and are no unit: `0.83 on the July holdout`, `3 of them`. */
const LITTLE_WORD = String.raw `(?:on|in|at|of|to|for|and|or|the|over|per|by|vs|from|with|as|via)`;
/** A unit: `ms`, `%`, `°C`, one per something, `req/s`, `orders/s`, `USD/month`, and time in words, `4 hours`; not a little word (`on`). */
const UNIT = String.raw `(?:%|°[CF]|(?:hours?|minutes?|seconds?|days)(?![\w/])|(?!${LITTLE_WORD}(?![a-z]))(?:[a-zµ]{1,4}|[a-z]{5,10}(?=\/))(?:\/[a-z]{1,5})?)`;
/** A bound and its value, and the words for what it counts: `≤ 200 ms`, `máx. 2 incidentes críticos`. */
const TARGET = new RegExp(String.raw `^(≤|<=|=<|<|≥|>=|=>|>|\p{L}+(?:\s+\p{L}+){0,2}\.?)?\s*(${NUMBER})\s*(${UNIT})?(?:\s+(\p{L}[\p{L}\s-]*))?$`, 'iu');
const MEASURED = new RegExp(String.raw `^[~≈]?\s*(${NUMBER})\s*(${UNIT})?(?![\w.,/-])(.*)$`, 'is');
/** A cell that is a measured value and nothing more: `612 ms`, `2,400`, `99.97 %`, `~1.2 s (p95)`, `91/100`. */
const isMeasurement = (cell) => MEASUREMENT.test(cell.trim()) || /^\d{1,7}\s*\/\s*\d{1,7}$/.test(cell.trim());
const MEASUREMENT = new RegExp(String.raw `^[~≈]?\s*${NUMBER}\s*${UNIT}?(?:\s*\([^()]*\))?$`, 'i');
/** A value with its tolerance: `37,0 ± 0,5 °C`, `5.0 ± 0.3 %`, `500 ms ± 10 %` (a share of the value). */
const TOLERANCE = new RegExp(String.raw `^(${NUMBER})(?:\s*(${UNIT}))?\s*±\s*(${NUMBER})(?:\s*(${UNIT}))?$`, 'i');
const SECOND = 1000;
const HOUR = 3_600_000;
/** Milliseconds per unit of time, so that `1.2 s` compares with `≤ 800 ms` and `5 hours` with `≤ 4 h`. */
const TIME_UNITS = {
    ms: 1, s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND,
    min: 60 * SECOND, mins: 60 * SECOND, minute: 60 * SECOND, minutes: 60 * SECOND,
    h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR, day: 24 * HOUR, days: 24 * HOUR,
};
/** Requests per second in each way of writing a request rate, so that `rps` compares with `req/s`. */
const RATE_UNITS = { 'rps': 1, 'req/s': 1, 'r/s': 1, 'rpm': 1 / 60, 'req/min': 1 / 60 };
/**
 * Bytes per unit of size, as written (`Mb` is a megabit, no size): `KiB`, `MiB`, … are powers of 1,024; `KB`, `MB`, … are
 * read both ways, powers of 1,000 and of 1,024, as reports use them for either.
 */
const SIZE_UNITS = Object.fromEntries([
    ['B', [1]],
    ...['K', 'M', 'G', 'T'].flatMap((prefix, index) => {
        const [decimal, binary] = [1000 ** (index + 1), 1024 ** (index + 1)];
        return [[`${prefix}iB`, [binary]], [`${prefix}B`, [decimal, binary]], ...(prefix === 'K' ? [['kB', [decimal, binary]]] : [])];
    }),
]);
/**
 * `value` in `unit` expressed in `target`'s unit, every way the two may be read: the same unit as written (`Mb/s` is not
 * `MB/s`), both of time, both a request rate or both a size (`1.2 GB` against `512 MB`: both readings of `GB` and `MB`);
 * undefined otherwise.
 */
function inUnit(value, unit, target) {
    if (unit === target)
        return [value];
    for (const units of [TIME_UNITS, RATE_UNITS]) {
        const [from, to] = [units[unit.toLowerCase()], units[target.toLowerCase()]];
        if (from && to)
            return [(value * from) / to];
    }
    const [from, to] = [SIZE_UNITS[unit], SIZE_UNITS[target]];
    if (!from || !to)
        return undefined;
    // Each reading of one unit with the same reading of the other where both have it (`MB` and `GB` both decimal, or both binary).
    return from.length === to.length ? from.map((bytes, index) => (value * bytes) / to[index]) : from.flatMap((bytes) => to.map((per) => (value * bytes) / per));
}
/** A decimal comma in a row's numbers (`2,7 s`, `1.204,37`): its `1.500` is then fifteen hundred and its `1,250` one and a quarter. */
const DECIMAL_COMMA = /\d,\d{1,2}(?!\d)|\d\.\d{3},\d/;
/**
 * `≥ 10.000 Zyklen` beside `8500 Zyklen`: a number grouped by dots in threes (not opening with 0) beside a plain one of three
 * digits or more is grouped as German and Dutch write thousands, not a decimal.
 */
function groupedByDots(target, measured) {
    const [a, b] = [FIRST_NUMBER.exec(target)?.[0] ?? '', FIRST_NUMBER.exec(measured)?.[0] ?? ''];
    return (DOT_GROUPED.test(a) && PLAIN_NUMBER.test(b)) || (DOT_GROUPED.test(b) && PLAIN_NUMBER.test(a));
}
const FIRST_NUMBER = /\d[\d.,]*\d|\d/;
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const PLAIN_NUMBER = /^\d{3,}$/;
/** A number's value; `0,125` has a decimal comma whatever the notation, a thousands group never opens with 0. */
function threshold_valueOf(written, decimalComma = false) {
    const number = written.replace(/[ \u00A0\u202F]/g, '');
    if (decimalComma || /^[-+]?0,\d+$/.test(number) || /^[-+]?\d+,\d{1,2}$/.test(number))
        return Number(number.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));
    return Number(number.replace(/,/g, ''));
}
/** Rounding after a conversion (`8.05 s` is `8050.000000000001 ms`) is no miss. */
const slack = (limit) => 1e-9 * Math.max(1, Math.abs(limit));
/** A count as a target (`12/12`, `≥ 9/10`, `at least 9 of 10`) and as a measure (`11/12 passed`). */
const TARGET_COUNT = /^(?:≥|>=|=>|min\.?|minimum|at\s+least)?\s*(\d{1,7})\s*(?:\/|of)\s*(\d{1,7})$/i;
const MEASURED_COUNT = /^(\d{1,12})\s*(?:\/|of)\s*(\d{1,12})(?![\d/.,])/i;
/** A target of none of what it names: `No findings with CVSS ≥ 4.0`, `0 critical vulnerabilities`, `Zero open P1 defects`. */
const NONE_OF = /^(?:no|zero|0)\s+(?:[\p{L}-]+\s+){0,2}(findings?|vulnerabilit(?:y|ies)|defects?|incidents?|issues?|errors?|failures?|bugs?|cves?|alerts?|violations?|crashes|outages?)(?:\s(?:with|where|at|of|above|over|rated)\s.*)?$/iu;
/** A criterion that ends with a count to reach: `Score ≥ 80/100`. */
const TRAILING_COUNT = /\s((?:≥|>=|=>|min\.?|minimum|at\s+least)\s*\d{1,7}\s*(?:\/|of)\s*\d{1,7})$/i;
/** A target of all: `100 %`, `all pass`, `all RCMs verified`, `All SRS items traced`, `Tous les tests réussis`. */
const ALL_TARGET = /^(?:(?:=|≥|>=)\s*)?100\s*%$|^(?:all|alle|tous|toutes|todos|todas)\b/i;
/** A criterion that ends with its bound in symbols: `Pedal step to pressure command ≤ 10 ms`, `Restore time (target ≤ 4 hours)`. */
const TRAILING_BOUND = new RegExp(String.raw `\s\(?(?:(?:target|SLO|goal|limit|threshold|ziel|zielwert|soll|grenzwert|cible|objectif|seuil|objetivo|meta|umbral|l[íi]mite)\s*:?\s*)?((?:≤|<=|=<|<|≥|>=|=>|>)\s*${NUMBER}\s*${UNIT}?)\)?$`, 'iu');
/** A target of one bound (`≤ 200 ms`, also at the end of its criterion), or a target of none at all (`0`: no rows left, no failures). */
function boundOf(target, decimalComma = false) {
    // `No findings with CVSS ≥ 4.0`, `0 vulnerabilities with CVSS ≥ 7.0`: the bound says which are counted, and the target is none.
    const none = NONE_OF.exec(target.trim());
    if (none)
        return { bound: 'max', limit: 0, unit: '', counted: none[1], change: false };
    const wanted = TARGET.exec(target.trim()) ?? TARGET.exec(TRAILING_BOUND.exec(target.trim())?.[1] ?? '');
    if (!wanted)
        return undefined;
    const limit = threshold_valueOf(wanted[2], decimalComma);
    const bound = wanted[1] === undefined ? (limit === 0 ? 'max' : undefined) : BOUNDS.find(([words]) => words.test(wanted[1].trim()))?.[1];
    return bound ? { bound, limit, unit: wanted[3] ?? '', counted: wanted[4], change: wanted[2].startsWith('+') } : undefined;
}
/**
 * A target written as a bare value (`| Recovery time objective (RTO) | 15 minutes | 22 minutes |`), with the bound its
 * metric's name implies: a time to recover, a latency or a count of errors is at most its target; availability,
 * coverage or throughput at least. Unchanged when the name implies neither, or both, or tells a change or a margin.
 */
function withImpliedBound(target, metric) {
    if (!isMeasurement(target) || boundOf(target) !== undefined || CHANGE_OR_MARGIN.test(metric))
        return target;
    const [most, least] = [AT_MOST_METRIC.test(metric), AT_LEAST_METRIC.test(metric)];
    return most === least ? target : `${most ? '≤' : '≥'} ${target.trim()}`;
}
const AT_MOST_METRIC = /\b(?:latency|response\s+times?|p(?:50|90|95|99|999)|rto|rpo|recovery\s+time|restore\s+time|time\s+to\s+(?:restore|recover|detect|repair|mitigate)|mttr|mttd|downtime|error\s+rate|errors|5xx|failure\s+rate|failed\s+requests|incidents|defects|vulnerabilit(?:y|ies)|cves?|replication\s+lag|rollback\s+time)\b/i;
const AT_LEAST_METRIC = /\b(?:availability|uptime|coverage|success\s+rate|pass\s+rate|throughput|accuracy|precision|recall|auc|f1|hit\s+rate|apdex)\b/i;
/** `Errors fixed`, `Latency reduction`, `Error budget remaining`: a name whose bound is not what its metric's is. */
const CHANGE_OR_MARGIN = /\b(?:budget|remaining|headroom|margin|reduction|reduced|improvement|improved|saved|savings|decrease|increase|delta|change|closed|fixed|resolved|remediated|detected|caught|blocked|handled|injected|simulated|tested|covered|budgeted)\b/i;
/** A cell that states a target `missedTarget` can compare with. */
const isBound = (cell) => boundOf(cell) !== undefined || TOLERANCE.test(cell.trim()) || TARGET_COUNT.test(cell.trim()) || TRAILING_COUNT.test(cell.trim()) || ALL_TARGET.test(cell.trim());
/** A metric named before its bound or its value: `p99 < 800 ms`, `errors 0.31 %`, `Branch: ≥ 90 %`. */
const NAMED_METRIC = /^(\p{L}[\p{L}\p{N}_-]*)\s*:?\s+(\S.*)$/u;
/**
 * The target `measured` misses, as written (`≤ 200 ms`), or undefined when it meets it or the two
 * cannot be compared. Several metrics, each named, are compared name by name: `p99 < 800 ms, errors
 * < 0.5 %` against `p99 1,140 ms, errors 0.31 %` misses `p99 < 800 ms`.
 */
function missedTarget(target, written) {
    // `1,140 ms → 640 ms`: the value now is the last.
    const measured = written.split(/\s*(?:→|->|⇒)\s*/).pop();
    const targets = target.split(/\s*[,;]\s+/);
    if (targets.length > 1) {
        const values = new Map();
        for (const clause of measured.split(/\s*[,;]\s+/)) {
            const named = NAMED_METRIC.exec(clause.trim());
            if (named)
                values.set(named[1].toLowerCase(), named[2]);
        }
        const pairs = targets.flatMap((clause) => {
            const named = NAMED_METRIC.exec(clause.trim());
            const value = named && values.get(named[1].toLowerCase());
            return named && value ? [{ clause: clause.trim(), bound: named[2], value }] : [];
        });
        if (pairs.length > 0)
            return pairs.find(({ bound, value }) => missedOneTarget(bound, value) !== undefined)?.clause;
    }
    return missedOneTarget(target, measured);
}
function missedOneTarget(target, measured) {
    // All of them (`100 %`, `all RCMs verified`) against a count or a share short of all: `57/58 verified`, `96 % (48/50)`.
    if (ALL_TARGET.test(target.trim())) {
        const count = MEASURED_COUNT.exec(measured.trim().replace(/,(?=\d{3}\b)/g, ''));
        const share = /^(\d{1,3}(?:\.\d+)?)\s*%/.exec(measured.trim());
        const short = count ? Number(count[1]) < Number(count[2]) : share ? Number(share[1]) < 100 : false;
        return short ? target.trim() : undefined;
    }
    // A count against a count of the same total: `11/12 passed` against `12/12`, or `≥ 9/10`.
    const wantedCount = TARGET_COUNT.exec(target.trim()) ?? TARGET_COUNT.exec(TRAILING_COUNT.exec(target.trim())?.[1] ?? '');
    const gotCount = wantedCount && MEASURED_COUNT.exec(measured.trim());
    if (wantedCount && gotCount)
        return gotCount[2] === wantedCount[2] && Number(gotCount[1]) < Number(wantedCount[1]) ? target.trim() : undefined;
    const got = MEASURED.exec(measured.trim());
    if (!got)
        return undefined;
    const unit = got[2] ?? '';
    const decimalComma = DECIMAL_COMMA.test(target) || DECIMAL_COMMA.test(measured) || groupedByDots(target, measured);
    // Outside its tolerance: `37,8 °C` against `37,0 ± 0,5 °C`; `560 ms` against `500 ms ± 10 %`.
    const tolerance = TOLERANCE.exec(target.trim());
    if (tolerance) {
        const [centre, width] = [threshold_valueOf(tolerance[1], decimalComma), threshold_valueOf(tolerance[3], decimalComma)];
        const share = tolerance[4] === '%' && tolerance[2] !== undefined && tolerance[2] !== '%';
        const values = inUnit(threshold_valueOf(got[1], decimalComma), unit, tolerance[2] ?? tolerance[4] ?? '');
        const allowed = share ? (Math.abs(centre) * width) / 100 : width;
        return values?.every((value) => Math.abs(value - centre) > allowed + slack(centre)) ? target.trim() : undefined;
    }
    const wanted = boundOf(target, decimalComma);
    const values = wanted && inUnit(threshold_valueOf(got[1], decimalComma), unit, wanted.unit);
    if (!wanted || values === undefined || !countsSameThing(wanted.counted, got[3]))
        return undefined;
    // `≤ +10 ms` against `144 ms`: a change from a baseline is compared with a change (`+3 ms`), not with a value.
    if (wanted.change && !/^[~≈]?\s*[-+]/.test(measured.trim()))
        return undefined;
    const { bound, limit } = wanted;
    const margin = slack(limit);
    // `5 h 10 min` is more than its first number, by less than one of its unit: a miss only when certain.
    const more = /^\s*\d/.test(got[3]);
    const steps = inUnit(1, unit, wanted.unit);
    // A miss in every reading of the units (a `GB` of 10⁹ bytes and of 2³⁰).
    const misses = values.every((value, reading) => {
        const step = steps[reading];
        return {
            max: more ? value >= limit - margin : value > limit + margin,
            below: value >= limit - margin,
            min: more ? value + step <= limit + margin : value < limit - margin,
            above: more ? value + step <= limit + margin : value <= limit + margin,
        }[bound];
    });
    return misses ? target.trim() : undefined;
}
/** `0 failures` against `2 failures` or `2`, not against `2 errors`: a value that names what it counts names the target's. */
function countsSameThing(counted, rest) {
    const word = (text) => /^\s*(\p{L}+)/u.exec(text)?.[1].toLowerCase().replace(/e?s$/, '');
    const named = word(rest);
    return counted === undefined || named === undefined || named === word(counted);
}
/**
 * A note that opens with the value a target in another column asks for, in the target's unit, and misses
 * it: `78% line coverage (pytest-cov)` against `Unit test coverage ≥ 85%`. Undefined otherwise.
 */
function missedByNote(target, note, leading = LEADING_VALUE) {
    const wanted = boundOf(target);
    const value = wanted?.unit ? leading.exec(note) : undefined;
    if (!value || (value[3].toLowerCase() !== wanted.unit.toLowerCase() && inUnit(1, value[3], wanted.unit) === undefined))
        return undefined;
    const measured = value[1];
    const missed = missedTarget(target, measured);
    return missed ? { measured, target: TRAILING_BOUND.exec(missed)?.[1] ?? missed } : undefined;
}
/**
 * A passed status that opens with its value, against the bound its row's criterion ends with (`| Restore time ≤ 4 hours |
 * ✅ 5 hours |`, `| p95 ≤ 1.2 s | PASS — hit 1.3 s |`), or a count short of the all it asks for (`| All UAT scripts
 * passed | ✅ 187/196 |`). Not a value told as a margin (`✅ 200 req/s above target`).
 */
function missedByCriterion(criterion, status) {
    if (ALL_TARGET.test(criterion.trim())) {
        const count = STATUS_COUNT.exec(status);
        return count && missedTarget(criterion, count[1]) ? { measured: count[1], target: criterion.trim() } : undefined;
    }
    return missedByNote(criterion, status, STATUS_VALUE);
}
/** At most one word (the verdict, `PASS`, `Met`) and a verb of measuring before the value. */
const STATUS_LEAD = String.raw `^[^\p{L}\d]*(?:\p{L}+[^\p{L}\d]+)??(?:(?:measured|actual|observed|achieved|hit|reached|came\s+in\s+at)\s*:?\s*)?`;
const MARGIN_AFTER = String.raw `(?!\s+(?:above|below|over|under|more|less|faster|slower|better|worse|ahead|behind|lower|higher|than|of\s+(?:headroom|margin)|headroom|margin|to\s+spare|left|remaining|short|improvement)\b)`;
const STATUS_VALUE = new RegExp(String.raw `${STATUS_LEAD}([~≈]?\s*(${NUMBER})\s*(${UNIT}))(?![\w.,/-])${MARGIN_AFTER}`, 'iu');
const STATUS_COUNT = new RegExp(String.raw `${STATUS_LEAD}(\d{1,12}\s*(?:\/|of)\s*\d{1,12})(?![\d/.,])`, 'iu');
/**
 * A gate line's value, told as measured in its note, against the bound its title sets: `**Gate 4 — insert overhead
 * ≤ 5 ms p95:** PASS — staging measured 7.9 ms p95`, `**Gate 3 — TPR gap ≤ 0.05: PASS** (worst gap 0.071)`.
 */
function missedByMeasurement(title, note) {
    const bound = BOUND_IN.exec(title)?.[0];
    const value = bound ? MEASURED_VALUE.exec(note) : undefined;
    if (!bound || !value)
        return undefined;
    const measured = (value[1] ?? value[2]).trim();
    return missedTarget(bound, measured) ? { measured, target: bound } : undefined;
}
/** Words of a value from before, or of a bound, not of what was measured now. */
const BEFORE_OR_BOUND = String.raw `(?:baseline|previous(?:ly)?|prior|last|before|was|were|from|vs\.?|versus|target|budget|limit|slo|sla|threshold|goal|max(?:imum)?|min(?:imum)?|up|down|since|of)\b`;
const BOUND_IN = new RegExp(String.raw `(?:≤|<=|=<|<|≥|>=|=>|>)\s*${NUMBER}(?:\s*${UNIT})?(?![\w.,/-])`, 'iu');
/**
 * A value in the first words of a note after a word that says it was measured (`staging measured 7.9 ms`, `(worst gap
 * 0.071`), or with its unit opening the bracket after the status, perhaps after a word or two for where (`PASS (412 ms)`,
 * `✅ PASS (canary 0.4 % over the window)`); not a value of before or of a bound (`(down from 412 ms)`, `(412 ms baseline)`,
 * `(budget 1 %)`).
 */
const MEASURED_VALUE = new RegExp(String.raw `^[^.;]{0,40}?\b(?:measured|observed|actual|achieved|worst(?:\s+[\p{L}-]+)?|came\s+in\s+at)\s*:?\s*([~≈]?\s*${NUMBER}(?:\s*${UNIT})?)(?![\w./-]|,\d)` +
    String.raw `|^[^.;()]{0,40}?\(\s*(?:(?!${BEFORE_OR_BOUND})\p{L}[\p{L}\p{N}-]*\s+){0,2}?([~≈]?\s*${NUMBER}\s*${UNIT})(?![\w./-]|,\d)(?!\s*(?:${BEFORE_OR_BOUND}))`, 'iu');
/** A note's opening value, perhaps after the word for it: `78% line coverage`, `Measured 7 min 40 s`; its whole, number and unit. */
const LEADING_VALUE = new RegExp(String.raw `^\s*(?:(?:measured|actual|observed|achieved)\s*:?\s*)?([~≈]?\s*(${NUMBER})\s*(${UNIT}))(?![\w.,/-])`, 'i');
/**
 * A value with its target in a bracket after it (in English or another language: `objetivo`, `Ziel`, `cible`), or after a
 * comma: `78 % (target ≥ 80 %)`, `640 ms (SLO: < 500 ms)`, `0.02 % mismatch, target < 0.01 %`; what it was measured over
 * may stand between them: `3.4 % over 30 min (exit target < 1 %)`, `212 ms at peak (target ≤ 250 ms)`.
 */
const VALUE_AND_TARGET = new RegExp(String.raw `(?<![\w.,-])(${NUMBER}(?:\s*${UNIT})?)(?:(?:\s+(?:over|during|across|for|in|at|under|on)(?:\s+(?:the|a|an))?\s+(?:${NUMBER}\s*)?[\p{L}-]+){0,2}\s*\(\s*(?:(?:exit|release|agreed|our|the)\s+)?(?:target|threshold|goal|slo|sla|required|limit|objetivo|objectif|cible|ziel|zielwert|doel|obiettivo|meta|mål|cel|目標)\s*:?\s*([^()]{1,40})\)|(?:\s+[\p{L}-]+){0,2}\s*[,;]\s*(?:target|threshold|goal|slo|sla|limit)\s*:?\s*((?:≤|<=|<|≥|>=|>)\s*${NUMBER}\s*${UNIT}?))`, 'giu');
/** A name with its target in a bracket, then its value after a colon: `Line coverage (at least 90%): 87.4%`. */
const TARGET_THEN_VALUE = new RegExp(String.raw `\(\s*(?:(?:target|goal|slo|required)\s*:?\s*)?((?:≤|<=|<|≥|>=|>|at\s+least|at\s+most|min\.?|max\.?)\s*${NUMBER}\s*${UNIT}?)\s*\)\s*:\s*(${NUMBER}(?:\s*${UNIT})?)(?![\w.,/-])`, 'giu');
/**
 * A bound, then what was measured against it: `≥ 99.5% — measured 99.1%`, `≤ 250 ms; actual 312 ms`, `min 95%;
 * actual 91%`, `Required 100% — measured 98.7%` (a required share of all of it).
 */
const TARGET_AND_VALUE = new RegExp(String.raw `((?:≤|<=|<|≥|>=|>)\s*${NUMBER}\s*${UNIT}?|\b(?:min(?:imum)?|max(?:imum)?|at\s+least|at\s+most)\.?(?:\s+required)?(?:\s+of)?\s*:?\s*${NUMBER}\s*${UNIT}?|(?<=\b(?:required|target|threshold)\s*:?\s*)${NUMBER}\s*${UNIT}?)(?![\w./-]|,\d)\s*(?:[—–,;:(]|-\s)?\s*(?:measured|actual|achieved|observed|recorded)\s*:?\s*(${NUMBER}(?:\s*${UNIT})?)(?![\w.,/-])`, 'giu');
/**
 * A value measured against a bound is this release's, and what the row stands on: not one followed by
 * when it was measured before (`measured 99.1% last quarter; 99.7% this release`, `312 ms on rc1, 190 ms on
 * rc2`), by what it counts (`observed 10 consecutive runs, 0 flaky`), nor one a waiver accepts (`actual 312
 * ms (risk accepted, RA-9)`).
 */
function measuredNow(text, end, measured) {
    const rest = text.slice(end);
    const unit = /[^\d\s.,]+$/.exec(measured.trim())?.[0];
    // A bare number followed by a word counts that thing: `observed 10 consecutive runs`.
    if (!unit && /^\s+(?!(?:this|the|at|in|on|over|for|during|across)\b)\p{L}/iu.test(rest))
        return false;
    if (/^[^;]*?\b(?:on|in|at|during|from)\s+(?:the\s+)?(?:rc\d*|beta|alpha|canary|staging)\b|^\s*(?:\(\s*)?(?:last|previous|prior|earlier|before|initially|first)\b/i.test(rest))
        return false;
    if (unit && new RegExp(String.raw `\d\s*${unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\p{L}])`, 'u').test(rest))
        return false;
    return !/\b(?:waived|waiver|risk[- ]accept\w*|exception\s+granted)\b/i.test(text);
}
/**
 * A bound of no unit right after a value is in the value's: `78 min (target ≤ 60)` asks for 60 min. Only for the first
 * value of its clause: in `180 ms at 2000 rps (target ≤ 250)` the bound is of the 180 ms.
 */
function inUnitOf(target, measured, before) {
    const unit = VALUE_UNIT.exec(measured)?.[1];
    const first = !/\d/.test(before.split(/[,;:(]/).pop() ?? '');
    return unit && first && /^\s*(?:≤|<=|=<|<|≥|>=|=>|>)\s*[\d.,]+\s*$/.test(target) ? `${target.trim()} ${unit}` : target;
}
const VALUE_UNIT = new RegExp(String.raw `\d\s*(${UNIT})\s*$`, 'iu');
/** A clause naming an earlier build than this one: `The beta measured`, `rc1 had`, `On the previous build`. */
const EARLIER_BUILD = /\b(?:beta|alpha|rc\s?\d*|previous|prior|earlier|former|old)\s+(?:(?:build|release|run|version|candidate|image)\s+)?(?:measured|had|showed|gave|took|reached|scored|ran|came\s+in\s+at)\b|\b(?:on|in|for|with)\s+(?:the\s+)?(?:beta|alpha|rc\s?\d*|previous\s+\w+|prior\s+\w+|earlier\s+\w+)\b/i;
/**
 * The first value in `text` that misses the target written beside it (in a bracket after it, or before it
 * as a bound that the value was measured against), with that target; undefined when none
 * does. Not a value its clause gives as history: `Was 78 % (target ≥ 80 %) at rc1; now 84 %`.
 */
function missedTargetIn(text) {
    // Most cells hold no bracket nor bound: no pattern is run over them.
    if (!text.includes('(') && !/[≤<≥>]|\b(?:measured|actual|achieved|observed|recorded)\b/i.test(text))
        return undefined;
    const pairs = [
        ...[...text.matchAll(VALUE_AND_TARGET)]
            // `annual drill 2024 (target ≤ 60)`: a year is no measurement.
            .filter((match) => !/^(?:19|20)\d\d$/.test(match[1].trim()))
            .map((match) => ({ index: match.index, measured: match[1], target: inUnitOf(match[2] ?? match[3], match[1], text.slice(0, match.index)) })),
        ...[...text.matchAll(TARGET_THEN_VALUE)].map((match) => ({ index: match.index, target: match[1], measured: match[2] })),
        ...[...text.matchAll(TARGET_AND_VALUE)]
            .filter((match) => measuredNow(text, match.index + match[0].length, match[2]))
            // `Minimum required: 95%`, `minimum of 99.5%` are `minimum 95%`, `minimum 99.5%`.
            .map((match) => ({ index: match.index, target: match[1].replace(/\s+(?:required|of)\b|:/gi, ''), measured: match[2] })),
    ];
    for (const { index, measured, target } of pairs) {
        const clause = text.slice(0, index).split(/[;.!?]\s/).pop() ?? '';
        if (/\b(?:was|were|previously|formerly|initially|originally|earlier|before)\b/i.test(clause))
            continue;
        // `✅ 700 ms (target ≤ 800 ms). The beta measured 950 ms (…)`: after this release's value, one of an earlier build.
        if (EARLIER_BUILD.test(clause) && pairs.some((other) => other.index < index))
            continue;
        // `p99 1.4 s (SLO 800 ms)`: a bare target has the bound its metric implies.
        const missed = missedTarget(withImpliedBound(target, clause), measured);
        if (missed)
            return { measured: measured.trim(), target: missed };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/parse/table-columns.js




/** Reads the columns of a table from its `headers` and its body's `cells` (row by row, as text). */
function readColumns(headers, cells, classifier, context) {
    const columns = new Map();
    const cellsOf = (index) => {
        let column = columns.get(index);
        if (!column)
            columns.set(index, (column = cells.map((row) => row[index] ?? '')));
        return column;
    };
    const isStatus = (cell) => classifier.hasStatus(cell) || classifier.classify(cell) !== 'unknown';
    const mostlyStatuses = (index) => mostly(cellsOf(index), isStatus);
    // A cell that is a status and little else (`Pass`, `✅ Verified`) counts twice: `Prompted; rejected after wrong password` tells what happened.
    const statusWeight = (cell) => (cell && isStatus(cell) ? (cell.split(/\s+/).length <= 3 ? 2 : 1) : 0);
    const named = context.statusColumns(headers);
    // What was observed is held against what was expected, and a verdict column says how that went: an
    // `Actual result`, or a `Result` beside an `Expected` column that repeats it (`Rejected` / `Rejected
    // with 401`), is the observation; a `Result` of verdicts there (`✅ Pass`) is the verdict.
    const expectedIndex = headers.findIndex((header) => /^expected\b/i.test(header.trim()));
    const firstWord = (text) => /[\p{L}\p{N}]+/u.exec(text)?.[0].toLowerCase() ?? '';
    const repeatsExpected = (index) => {
        const wanted = cellsOf(expectedIndex);
        const got = cellsOf(index);
        const filled = got.flatMap((cell, at) => (cell ? [at] : []));
        return filled.filter((at) => firstWord(got[at]) !== '' && firstWord(got[at]) === firstWord(wanted[at])).length * 2 > filled.length;
    };
    const observed = (index) => OBSERVED_COLUMN.test(headers[index].trim()) ||
        (expectedIndex >= 0 && /^(?:results?|outcome|response|behaviou?r)\b/i.test(headers[index].trim()) && repeatsExpected(index));
    const verdictColumns = named.filter((index) => !observed(index));
    const candidates = verdictColumns.length > 0 ? verdictColumns : named;
    const statusCandidates = currentColumns(headers, candidates);
    // Status columns a later one took over, latest first.
    const current = new Set(statusCandidates);
    const takenOver = candidates.filter((index) => !current.has(index)).reverse();
    let status = bestStatusColumn(statusCandidates, (index) => cellsOf(index).reduce((sum, cell) => sum + statusWeight(cell), 0));
    // A Decision / Approval / Vote column is a status column when its cells are mostly statuses
    // (`Approved`, `Awaiting approval`), not the free text of a design decision.
    // So is one beside a `Result` of measured values: `| Gate | Target | Result | Decision |` of `0.4 pp` and `On hold`.
    const decision = () => headers.findIndex((text, index) => (0,parse_context/* isDecisionColumn */.xE)(text) && mostlyStatuses(index));
    const fromDecision = status < 0 || (!mostlyStatuses(status) && mostly(cellsOf(status), isMeasurement) && decision() >= 0);
    if (fromDecision)
        status = decision();
    // Columns named for what they cover (`iOS`, `Android`, `EU`, `orders`) hold statuses when their cells
    // are short verdicts (`✅ Pass`, `❌`, `✅ 120 ms`, `N/A`) and one of them says a verdict in words: symbols
    // alone make a matrix of yes and no (supported, present). Not a property (`Blocking`, `Automated?`,
    // `Mandatory`), nor a Notes or Evidence column, whose prose uses the same words.
    let coverage;
    const namesVerdicts = (index) => (coverage ??= coverageColumns()).has(index);
    const coverageColumns = () => {
        const found = [];
        let inWords = false;
        headers.forEach((text, index) => {
            const header = text.trim();
            if (!header ||
                (0,parse_context/* isStatusColumn */.Jw)(header) ||
                observed(index) ||
                parse_context/* WANTED_COLUMN */.DT.test(header) ||
                PROPERTY_COLUMN.test(header) ||
                TRACKER_COLUMN.test(header) ||
                COMPARED_COLUMN.test(header) ||
                (0,parse_context/* isDecisionColumn */.xE)(header) ||
                context.isSignOffColumn(header) ||
                context.isNotesColumn(header) ||
                context.isGateColumn(header) ||
                context.isFileColumn(header)) {
                return;
            }
            const filled = cellsOf(index).filter(Boolean);
            let words = 0;
            let others = 0;
            for (const cell of filled) {
                const verdict = shortVerdict(cell, classifier);
                if (verdict === 'words')
                    words++;
                // A long cell is no short verdict, whatever it says: no need to read it.
                else if (!verdict && (cell.length > 40 || classifier.classify(cell) !== 'not-applicable'))
                    others++;
                if (others * 2 >= filled.length)
                    return;
            }
            if (filled.length === 0)
                return;
            found.push(index);
            inWords ||= words > 0;
        });
        return new Set(inWords ? found : []);
    };
    if (status < 0)
        status = currentColumns(headers, headers.flatMap((_, index) => (namesVerdicts(index) ? [index] : [])))[0] ?? -1;
    if (status < 0)
        status = headers.findIndex(context.isSignOffColumn);
    let gate = headers.findIndex((text) => context.isGateColumn(text));
    // `| | Gate | Evidence |` with `✅`, `⏳` in the unnamed column: beside a column of gates, the column without a
    // name whose every cell is a short verdict is their status.
    if (status < 0 && gate >= 0) {
        status = headers.findIndex((text, index) => {
            const filled = text.trim() === '' ? cellsOf(index).filter(Boolean) : [];
            return filled.length >= 2 && filled.length === cellsOf(index).length && filled.every((cell) => shortVerdict(cell, classifier) !== undefined);
        });
    }
    // A column headed `Gate` that holds verdicts (`✅ pass`), beside the metrics it judges (a `Result` of `0.76`), is the status.
    const gateHoldsVerdicts = gate > 0 && (status < 0 || !mostlyStatuses(status)) && mostly(cellsOf(gate), (cell) => OPENS_WITH_VERDICT.test(cell));
    if (gateHoldsVerdicts)
        [status, gate] = [gate, -1];
    const fromSignOff = status >= 0 && context.isSignOffColumn(headers[status]);
    const statusCells = status < 0 ? [] : cellsOf(status);
    // Other columns of verdicts beside it must pass too: `Status (Dev)` and `Status (Prod)`, a `Result` and an
    // `Approval`, `Design effective?` and `Operating effective?` (of a sequence, only its latest: above). Not
    // what was observed (`Actual result`: `Declined with R13`), nor a ticket's state (`Closed`, `In review`,
    // a `Jira status` column).
    const beside = status < 0
        ? []
        : headers.flatMap((header, index) => index !== status &&
            (current.has(index) || (0,parse_context/* isDecisionColumn */.xE)(header) || context.isSignOffColumn(header) || namesVerdicts(index)) &&
            currentColumns(headers, [status, index]).includes(index) &&
            !observed(index) &&
            !TRACKER_COLUMN.test(header) &&
            !PROPERTY_COLUMN.test(header.trim()) &&
            mostlyStatuses(index) &&
            // Verdicts open their cells (`⏳ Pending`, `Waived (WVR-7)`): a measurement whose account uses the words does not
            // (`0 mandatory; 14 advisory (deviations recorded)` beside a Status of `Accepted`).
            mostly(cellsOf(index), (cell) => classifier.classify(cell.split(/[;,(—–]/)[0]) !== 'unknown') &&
            !mostly(cellsOf(index), isTrackerState) &&
            // Questions name the rows their answers judge: `Any open critical CVEs?` is no status.
            !mostly(cellsOf(index), (cell) => /\?\s*$/.test(cell)) &&
            !mostly(cellsOf(index), parse_context/* isChangeWord */.PX) &&
            !mostly(cellsOf(index), parse_context/* isSettingValue */.Wm) &&
            !holdsCounts(cellsOf(index))
            ? [index]
            : []);
    const besideSet = new Set(beside);
    // The rows' names: the gate column's, unless it holds thresholds (`| Check | Criterion |`, `≥ 97 %`).
    const namesRows = gate >= 0 && !mostly(cellsOf(gate), isThreshold);
    // A target column may hold bare values (`15 minutes`) beside a column of what was measured: their metrics imply the bound.
    const measuredColumns = headers.flatMap((header, index) => (index !== status && isMeasuredColumn(header) ? [index] : []));
    const measuredBeside = (index) => measuredColumns.some((other) => other !== index);
    const target = headers.findIndex((header, index) => index !== status && isTargetColumn(header) && (cellsOf(index).some(isBound) || (measuredBeside(index) && cellsOf(index).some(isMeasurement))));
    // `| Scenario | Target | Result |` of `< 800 ms` and `612 ms`: the status column holds what was measured against the target.
    const measuredStatus = status >= 0 && target >= 0 && mostly(statusCells, isMeasurement);
    const newName = headers.findIndex((header) => NEW_NAME_COLUMN.test(header.trim()));
    // A notes column names no row while another can: `| Workstream | State | Notes |`, or `| Check | Outcome | Notes |`
    // whose checks open with their own symbol (`✅ Lint clean`) and so stand beside the status too.
    const other = (index) => index !== status && index !== gate;
    const notNotes = (index) => !context.isNotesColumn(headers[index]);
    const label = namesRows
        ? gate
        : [
            (index) => other(index) && !besideSet.has(index) && notNotes(index),
            (index) => other(index) && notNotes(index),
            (index) => other(index) && !besideSet.has(index),
        ].reduce((found, allowed) => (found >= 0 ? found : nameColumn(headers, cellsOf, allowed)), -1);
    // Of several run columns, the one of run ids: `| Run number | Run ID |`, `| Workflow run | Run ID |`.
    const runColumns = headers.flatMap((header, index) => ((0,parse_context/* isRunColumn */.CI)(header) ? [index] : []));
    return {
        status,
        fromDecision,
        fromSignOff,
        beside,
        signOff: status < 0 || fromSignOff
            ? -1
            : headers.findIndex((header, index) => index !== status && !besideSet.has(index) && context.isSignOffColumn(header) && signsMostRows(cellsOf(index))),
        // Where the status column takes over from others (`Retest result`) and is left blank, the nearest
        // earlier column of verdicts speaks: a status column it took over, or one such as `First round`.
        // Only a retest or a later run stands on an earlier one: a blank `Result (2.4)` is no `Result (2.3)`.
        earlier: status < 0 || !(TAKES_OVER.test(headers[status]) || ATTEMPT.test(headers[status]))
            ? []
            : [...takenOver, ...headers.flatMap((_, index) => (index < status && !takenOver.includes(index) && namesVerdicts(index) ? [index] : [])).reverse()],
        sameKind: (index) => current.has(index) || namesVerdicts(index),
        // A waiver accepts a result (`| ❌ Fail | Waived (WVR-7) |` under `Result | Status`), not a parallel status nor its own approval.
        acceptsWaiver: (index) => RESULT_COLUMN.test(headers[index]) && !(0,parse_context/* isDecisionColumn */.xE)(headers[index]) && !context.isSignOffColumn(headers[index]),
        recordsNoVerdicts: mostly(statusCells, parse_context/* isChangeWord */.PX) || mostly(statusCells, parse_context/* isSettingValue */.Wm) || holdsCounts(statusCells),
        holdsResults: () => status >= 0 &&
            mostlyStatuses(status) &&
            // The rows' names: tickets there (`PAY-101`) make a tracker, unless the column says they name requirements
            // (`Req ID`) or the status column holds results (`| CP-07 | … | Pass/Fail |`, `| NS-10 | … | Retest result |`).
            !(label >= 0 && mostlyTickets(cellsOf(label)) && !NAMES_REQUIREMENTS.test(headers[label]) && !RESULT_COLUMN.test(headers[status]) && !TAKES_OVER.test(headers[status])),
        recordsOutcomes: () => statusCells.some((cell) => ['pass', 'fail'].includes(classifier.classify(cell))),
        // Not a log of what tests did (`Blocked`, `Rejected`): one of its results is a pass, or a failure said so (`❌ Fail`).
        namesTestResults: status >= 0 &&
            // Or columns named for what the checks covered (`| Check | iOS | Android |`, of `OK` and `NOK`).
            (((/\bstatus\b/i.test(headers[status]) || RESULT_COLUMN.test(headers[status]) || namesVerdicts(status)) &&
                headers.some((header, index) => index !== status && TESTS_COLUMN.test(header.trim()))) ||
                RETEST_RESULT.test(headers[status].trim())) &&
            statusCells.some((cell) => classifier.classify(cell) === 'pass' || SAID_FAILED.test(cell)),
        headedAsVerdicts: status >= 0 &&
            VERDICT_COLUMN.test(headers[status].trim()) &&
            !LOG_OR_LEGEND.test(headers[0]?.trim() ?? '') &&
            // `| Step | Outcome |` tells what each step of a run or a drill did (`Rejected`, `Failed, retried manually`).
            !(/^outcomes?$/i.test(headers[status].trim()) && STEPS.test(headers[0]?.trim() ?? '')) &&
            !headers.some((header) => LEGEND_COLUMN.test(header.trim()) || /^(?:time|timestamp)\b/i.test(header.trim())) &&
            statusCells.some((cell) => classifier.classify(cell) === 'pass'),
        mostlyRunning: mostly(statusCells, (cell) => /\brunning\b/i.test(cell)),
        carriedByVote: status >= 0 && /^(?:[\w-]+\s+)?votes?$/i.test(headers[status].trim()) && mostly(statusCells, (cell) => classifier.classify(cell) === 'pass'),
        label,
        gate,
        headedAsGate: gate >= 0 || gateHoldsVerdicts,
        run: runColumns.find((index) => /\bid\b/i.test(headers[index])) ?? runColumns.find((index) => !/(?:number|#)\s*$/i.test(headers[index].trim())) ?? runColumns[0] ?? -1,
        pull: headers.findIndex(isPullLabel),
        job: status >= 0 ? headers.findIndex(parse_context/* isJobColumn */.yB) : -1,
        notes: headers.flatMap((header, index) => (context.isNotesColumn(header) ? [index] : [])),
        dispositions: headers.flatMap((header, index) => (index !== status && (0,parse_context/* isDispositionColumn */.mz)(header) ? [index] : [])),
        target,
        measuredStatus,
        measured: target < 0 ? -1 : measuredStatus ? status : (measuredColumns[0] ?? -1),
        measuredAlone: target >= 0 ? -1 : (measuredColumns[0] ?? -1),
        files: headers.map((header) => context.isFileColumn(header)),
        newName,
        oldName: newName < 0 ? -1 : headers.findIndex((header) => OLD_NAME_COLUMN.test(header.trim())),
    };
}
/**
 * A column of signatures in use: at least half of its cells are filled, and most of those are signatures. A
 * column signed for a few rows only (`| Item | Status | Signed |`, signed where a row needed it) demands none.
 */
const signsMostRows = (cells) => {
    const filled = cells.filter(Boolean);
    return filled.length * 2 >= cells.length && mostly(filled, parse_context/* isSignature */.hi);
};
/** Over half of the filled cells pass `test`. */
const mostly = (cells, test) => {
    const filled = cells.filter(Boolean);
    return filled.length > 0 && filled.filter(test).length * 2 > filled.length;
};
/** A column of counts (`| Passed | Failed |` holding `311` and `0`) is no status. */
const holdsCounts = (cells) => cells.some((cell) => /^\d/.test(cell)) && mostly(cells, (cell) => /^(?:\d[\d.,]*|[—–-])$/.test(cell));
/** Cells that are mostly ticket keys (`PAY-101`, `DEF-7`): a tracker's rows, not gates. */
const mostlyTickets = (cells) => mostly(cells, (cell) => /^[A-Z][A-Z0-9]+-\d+\b/.test(cell));
const SYMBOLS = new RegExp(vocabulary/* SYMBOL */.PF, 'gu');
const SYMBOL_AT = new RegExp(vocabulary/* SYMBOL */.PF, 'u');
/**
 * A short verdict: `words` when it is one in words (`✅ Pass`, `❌ Fail`, `Approved`), `symbol` when a
 * symbol alone (`✅`, `❌`, `✅ 120 ms`), which in a support matrix or an attendance list means yes or
 * no; not a yes or a no in words (`Yes`, `OK`).
 */
function shortVerdict(cell, classifier) {
    if (!cell || cell.split(/\s+/).length > 4)
        return undefined;
    const found = classifier.statusWords(cell);
    const words = found.replace(SYMBOLS, ' ').trim();
    if (words !== '' && !/^(?:yes|no|y|n|ok|n\/?a)$/i.test(words))
        return 'words';
    // `OK` is a verdict, like a symbol: a column of `OK` and `NOK` (`| Check | iOS | Android |`) holds results.
    return SYMBOL_AT.test(found) || /^ok$/i.test(words) ? 'symbol' : undefined;
}
/**
 * The column that names a table's rows: the first of the columns `allowed` that is not an index, a
 * priority, a date, a measurement or a group (`#`, `Priority`, `Date`, `Duration`, `Area`, or cells of
 * numbers, dates and durations such as `7 h 40 min`), else the first that holds more than numbers, else the first allowed one.
 */
function nameColumn(headers, cellsOf, allowed) {
    const candidates = headers.flatMap((_, index) => (allowed(index) ? [index] : []));
    const numbers = (index) => mostly(cellsOf(index), (cell) => NOT_A_NAME_CELL.test(cell));
    const names = candidates.find((index) => !NOT_A_NAME_HEADER.test(headers[index].trim()) && !numbers(index));
    // Else a group's name (`Area`) before an index (`#`).
    return names ?? candidates.find((index) => !numbers(index)) ?? candidates[0] ?? -1;
}
/** Headers of columns that do not name a row: `#`, `No.`, `Priority`, `Date`, `Duration`, or a group of rows (`Area`, `Category`, `Owner`). */
const NOT_A_NAME_HEADER = /^(?:#|no\.?|nr\.?|n°|seq|priority|prio|severity|sev|date|dated|when|time|duration|elapsed|area|category|group|domain|section|phase|stream|workstream|type|kind|owner|team|assignee)$/i;
/** Cells that do not name a row: a number, a date, a time, a duration (`12`, `2025-02-12`, `7 h 40 min`, `338 ms`). */
const NOT_A_NAME_CELL = /^(?:[\d\s#.,:/-]+|\d[\d.,]*\s*(?:ms|s|sec|min|h|hrs?|d|days?)\b[\d\s.,a-z]*)$/i;
/** A column header that numbers runs or attempts: `Run 2`, `Attempt 3`, `2nd run`, `Round 2`. */
const ATTEMPT = /\b(?:runs?|attempts?|tries|try|rounds?|iterations?|passes|pass|submissions?)\b/i;
/** A column of requirement or test identifiers (`Req ID`, `Test case`, `Control`), which look like ticket keys. */
const NAMES_REQUIREMENTS = /\b(?:req|reqs|requirements?|tests?|test\s+cases?|cases?|controls?|criteri(?:on|a)|checks?)\b|(?<![\p{L}])(?:prüf|kriteri|anforderung|crit[èe]re|exigence|cas\s+de\s+test|points?\s+de\s+contr[ôo]le|requisito|criterio|crit[ée]rio|casos?\s+de\s+(?:prueba|teste)|(?:prueba|teste)s?(?![\p{L}]))/iu;
/** A cell that opens with its verdict (`✅ pass`, `Failed`), not a criterion that uses the words (`> 0.5 % failed installs`). */
const OPENS_WITH_VERDICT = /^[^\p{L}\p{N}]*(?:pass(?:ed)?|fail(?:ed)?|met|not\s+met|go|no-go|ok|done|approved|rejected|blocked)\b|^\s*(?:✅|✔️?|☑️?|❌|✗|✘|⛔|🔴|🟢|🟡|⏳)\s*$/iu;
/** A result that says it failed in so many words or with its symbol: `❌`, `Fail`, `FAILED (2 of 40)`. */
const SAID_FAILED = /^[^\p{L}\p{N}]*(?:❌|✗|✘|fail(?:ed|s|ing|ure)?\b)/iu;
/** A column naming tests or checks: `Test`, `Test step`, `Test case ID`, `Test description`, `Check`, `Scenario`. */
const TESTS_COLUMN = /^(?:tests?|checks?|scenarios?|cases?)(?:\s+(?:cases?|steps?|names?|scenarios?|descriptions?|titles?|ids?|#|no\.?))*$/i;
/** A column of what a retest or a rescan found, row by row: `Retest result`, `Rescan status`, `Re-verification outcome`. */
const RETEST_RESULT = /^(?:re-?tests?|re-?scans?|re-?checks?|re-?verification)\s+(?:results?|status|outcome|verdict)$/i;
/** A first column that makes a table a log, a legend or a comparison: times, attempts, ratings, candidates. */
const LOG_OR_LEGEND = /^(?:time|timestamp|date|when|attempt|try|run|rating|ratings|grade|score|model|candidate|option|alternative|release|version|result|verdict|outcome|status|tentativ[oi]|tentatives?|versuch[e]?|intentos?|poging(?:en)?|datum|fecha|zeitpunkt)(?![\p{L}])/iu;
/** A first column of the steps, actions or events of a run, a drill or a log. */
const STEPS = /^(?:#|no\.?|steps?|actions?|events?|activit(?:y|ies)|tasks?|phases?|stages?)$/i;
/** A column that explains what each status means: a legend. */
const LEGEND_COLUMN = /^(?:meaning|definition|description of (?:the )?(?:rating|result)|explanation|criteria for (?:the )?rating)$/i;
/**
 * A column headed as nothing but verdicts: `Result`, `Verdict`, `Pass/Fail`, and in other languages
 * `Ergebnis`, `Résultat`, `Resultado`, `Resultaat`, `Esito`. Not the `Answer` of a list of questions:
 * whether its yes passes depends on the question, and a questionnaire is judged only where its heading
 * makes it a gate or results.
 */
const VERDICT_COLUMN = new RegExp(String.raw `^(?:results?|verdicts?|outcomes?|pass\s*\/\s*fail|ergebnis(?:se)?|r[ée]sultats?|resultados?|resultaat|resultaten|uitslag|esito|risultato|veredicto|verdetto|${parse_context/* RESULT_NAMES */.TE})$`, 'iu');
/** A column of results, not of a ticket's state: `Retest result`, `Verdict`, `Pass/Fail`, `Prüfergebnis`, `Résultat`. */
const RESULT_COLUMN = new RegExp(String.raw `\b(?:results?|verdict|outcome)\b|^pass\s*\/\s*fail|^(?:\p{L}*ergebnis|r[ée]sultats?|resultados?|veredicto|bewertung|${parse_context/* RESULT_NAMES */.TE})$`, 'iu');
/** A column of what happened, to hold against what was expected: `Actual result`, `Observed`. */
const OBSERVED_COLUMN = /^(?:actual|observed|measured|achieved|found|detected|value)\b/i;
/** A ticket's state in a tracker, not a verdict on the row: `Closed`, `In review`, `Open (FW-840)`. */
const isTrackerState = (cell) => /^[^\p{L}]*(?:open|closed|in[ -]progress|in[ -]review|under\s+review|resolved|to[ -]?do|backlog|new|assigned|re-?opened|won'?t\s+fix|duplicate|triaged|ready\s+for\s+\w+|in\s+(?:qa|test|testing|development|dev))(?![\p{L}])/iu.test(cell);
/** A column of a property of each row, not how it went: `Blocking`, `Automated?`, `Mandatory`, `In CI`. */
const PROPERTY_COLUMN = /^(?:blocking|blocker|gating|automated|automation|manual|required|mandatory|optional|critical|enabled|enforced|applies|applicable|in\s+(?:ci|scope)|owner|type|kind|category|priority|severity|risk|present|attended|attendance|voting|supported|available|anwendbar|relevant|aplicable|aplic[áa]vel|pertinent)\??$|^(?:needs?|requires?|required)\b|\b(?:needed|required)\??$/i;
/** A column of a state compared with another: `Before`, `After`, `Old behaviour`, `Baseline`. */
const COMPARED_COLUMN = /^(?:before|after|old|new|previous|baseline|current|prior|original)\b/i;
/** A column that records a ticket's workflow state: `Jira status`, `Ticket`, `Story state`. */
const TRACKER_COLUMN = /^(?!.*\b(?:result|results|verdict|outcome|approval|decision)\b).*\b(?:jira|tickets?|issues?|stor(?:y|ies)|trackers?|workflow|servicenow|change\s+requests?)\b/i;
/** The column of a file's old name, beside one of its new name: `Old path`, `Previous file`, `Before`, `From`. */
const OLD_NAME_COLUMN = /^(?:(?:old|previous|former|original)(?:\s+(?:path|file|name|location))?|before|from|renamed\s+from)$/i;
const NEW_NAME_COLUMN = /^(?:(?:new|current)(?:\s+(?:path|file|name|location))?|after|to|renamed\s+to|replaced\s+by|replacement)$/i;
/** A status column that a later one takes over from: `Result` before `Retest result`, `Re-run`, `Final`. */
const TAKES_OVER = /\b(?:re-?tests?|re-?tested|re-?runs?|re-?checks?|re-?checked|re-?verifi\w*|re-?verif(?:y|ied)|final|current|latest|after\s+(?:the\s+)?fix(?:es)?)\b|(?<![\p{L}])(?:nachtest|nachprüfung|wiederholungs\p{L}*|contre-visite|re-?contr[ôo]le|re-?prueba|reteste|novo\s+teste|aktuell\p{L}*|actuel\p{L}*)(?![\p{L}])/iu;
/** A column header that numbers a run, an attempt, a submission, a candidate, a version or a date: `Run 2`, `RC3`, `Submission 2`, `Result (2.4)`, `2024-06-01`. */
const SEQUENCE_HEADER = /\b(?:run|attempt|try|round|iteration|cycle|pass|rc|sprint|retest|wave|day|week|build|submission|v)[\s#-]*\d|\b\d+(?:st|nd|rd|th)\s+(?:run|attempt|try|round|pass|submission)\b|^(?=.*\b(?:result|results|status|verdict|outcome)\b).*(?:\d+\.\d+|\d{4}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})/i;
/** A header with its numbers blanked, ordinals too: `Run 2 result` and `1st run` as `run # result`, `# run`. */
const shapeOf = (header) => header.toLowerCase().replace(/\d+(?:st|nd|rd|th)?\b|\d+/g, '#');
/**
 * The columns of `candidates` that state where a row stands now: none before a column that takes
 * over (`Retest result`, `Final status`), and of columns named alike but for a number that counts
 * runs, candidates, versions or dates (`Run 1 result`, `Run 2 result`; `RC1`, `RC2`; `Result (2.3)`,
 * `Result (2.4)`) the greatest. Columns numbered otherwise (`DC1 status`, `DC2 status`) stand side by side.
 */
function currentColumns(headers, candidates) {
    const takeover = candidates.findLast((index) => TAKES_OVER.test(headers[index]));
    // A date compares by year, month and day however it is written (`15.05.2024`, `2024-06-01`).
    const numbers = (index) => {
        const date = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(headers[index]);
        return date ? [Number(date[3]), Number(date[2]), Number(date[1])] : (headers[index].match(/\d+/g) ?? []).map(Number);
    };
    const greater = (a, b) => {
        for (let at = 0; at < Math.min(a.length, b.length); at++)
            if (a[at] !== b[at])
                return a[at] > b[at];
        return a.length > b.length;
    };
    // The greatest of each sequence, by the header's shape with its numbers blanked.
    const latest = new Map();
    for (const index of candidates) {
        if (!SEQUENCE_HEADER.test(headers[index]))
            continue;
        const shape = shapeOf(headers[index]);
        const best = latest.get(shape);
        if (best === undefined || greater(numbers(index), numbers(best)))
            latest.set(shape, index);
    }
    return candidates.filter((index) => {
        if (takeover !== undefined && index < takeover)
            return false;
        if (!SEQUENCE_HEADER.test(headers[index]))
            return true;
        return latest.get(shapeOf(headers[index])) === index;
    });
}
/**
 * Of the columns that may hold a table's status (in order of preference), the one whose cells are
 * most of all statuses, the first of those on a tie; -1 if there is none. `| Result | Status |`
 * may hold a measurement and a verdict (`98.6 %`, `Met`), `| Verified in | Status |` a test range
 * and a verdict: the verdicts are the status.
 */
function bestStatusColumn(candidates, statuses) {
    let best = -1;
    let most = -1;
    for (const index of candidates) {
        const count = candidates.length > 1 ? statuses(index) : 0;
        if (count > most)
            [best, most] = [index, count];
    }
    return best;
}

// EXTERNAL MODULE: ./lib/model/summary.js
var summary = __webpack_require__(9453);
;// CONCATENATED MODULE: ./lib/parse/extract.js









/**
 * Extracts the report model from a parsed report in one walk. Every item keeps its line;
 * the tree is not kept.
 */
function extractReport(tree, options) {
    const { classifier, context } = options;
    /** Runs the report tells as failed (not as meant to fail), and runs a passed row claims: a run in both is contradicted. */
    const toldFailed = new WeakSet();
    const claimedPassed = new WeakSet();
    const model = { path: options.path, metadata: [], gates: [], files: [], runs: [], pulls: [], summaries: [] };
    readHtmlTables(tree);
    const footnotes = footnotesOf(tree);
    const footnoteOf = (status) => {
        const marker = footnotes.size > 0 ? FOOTNOTE_MARKER.exec(status.trim())?.[1] : undefined;
        return marker === undefined ? '' : (footnotes.get(marker) ?? '');
    };
    /** The chain of sections the walk is in, by depth, with what each heading says of what it holds (read once). */
    const headings = [];
    /** The text of each heading, read once: for the log's entries first, then as the walk reaches it. */
    const headingTexts = new Map();
    const historyLines = earlierEntries(tree, headingTexts);
    const statements = [];
    const checkLists = [];
    const headingMarks = [];
    /**
     * The text read so far of the paragraph (or cell, or heading) the walk is in, so a run's sentence
     * may start on an earlier line: `The pipeline correctly failed at the` / `` `verify` step: <url> ``.
     */
    let textSoFar = '';
    /** The last sentence of the paragraph right before, for a paragraph that only cites a run (`Run: <url>`). */
    let previousSentence = '';
    /** The innermost open heading below the title. */
    const innermost = () => {
        for (let depth = headings.length - 1; depth >= 2; depth--)
            if (headings[depth])
                return headings[depth];
        return undefined;
    };
    const section = () => innermost()?.text ?? '';
    /** The lines of the open headings below the title, outermost first. */
    const sectionLines = () => headings.slice(2).flatMap((heading) => (heading ? [heading.line] : []));
    /** No heading above says its section is a narrative, a history or what is yet to come. */
    const toldAsRecord = () => !headings.some((heading) => heading && (heading.notYet || NARRATIVE.test(heading.text) || PAST_SECTION.test(heading.text)));
    /**
     * Under a heading that `names`, or a section of one (`## Readiness checklist` / `### Operations`),
     * unless a heading below it says its section holds what is yet to come (`### Next steps`, `### Open
     * risks`).
     */
    const inSection = (names) => {
        for (let depth = headings.length - 1; depth >= 2; depth--) {
            const heading = headings[depth];
            if (!heading)
                continue;
            if (heading[names])
                return true;
            if (heading.notYet)
                return false;
        }
        return false;
    };
    const inGateSection = () => inSection('gate');
    /** In a section of earlier releases or attempts: what it records was decided then, and is no gate now. */
    const inHistory = () => headings.some((heading) => heading?.history);
    /** In a section set aside (`### Deferred to 2.5`, `## Out of scope`): not a gate, whatever its columns or the headings below say. */
    const setAside = () => headings.some((heading) => heading?.aside);
    const baseScope = () => {
        const chain = headings.slice(2);
        return {
            claim: chain.some((heading) => heading?.claim),
            evidence: false,
            removed: chain.some((heading) => heading?.removed),
            label: '',
            inLink: false,
            failureExpected: chain.some((heading) => heading?.failureExpected),
            history: chain.some((heading) => heading?.history),
            aside: chain.some((heading) => heading?.aside),
        };
    };
    /**
     * A sentence that says a run failed and not that it then passed: `failed at the eval step, re-run not
     * yet done`, `failed on lint, fixed in #45` (the fix is of the code, not a pass of the run).
     */
    const failedNotPassed = (text) => (classifier.verdicts(text).includes('fail') || TOLD_FAILED_IN.test(text)) && !RUN_PASSED.test(text);
    /**
     * A waiver or an exception the status says is in place, marked with a caution sign: `⚠️ Waived`,
     * `⚠️ Risk accepted (WVR-2024-014)` are not applicable, not waiting; the words decide, not the sign.
     */
    const grantedWaiver = (status) => {
        if (!WAIVER.test(status) || !/⚠/u.test(status))
            return undefined;
        // Read by its opening words when it gives an account after a dash (`⚠️ Risk accepted — host to be decommissioned by …`).
        const split = OPENING_VERDICT.exec(status);
        const opening = split && WAIVER.test(split[1]) && !ACCOUNT_FAILS.test(split[2]) ? split[1] : status;
        const verdict = classifier.classify(opening.replace(/⚠\uFE0F?/gu, ' '));
        return verdict === 'not-applicable' || verdict === 'pass' ? verdict : undefined;
    };
    /** A slot that says a status and nothing else but a bracket: `Effective`, `❌ Not met`, `N/A (no logins)`; not `Failed login monitoring`. */
    const isWholeStatus = (slot) => {
        const bare = (text) => text.replace(/\([^()]*\)/g, ' ').replace(/[^\p{L}\p{N}/'’-]+/gu, ' ').trim().toLowerCase();
        const words = bare(slot);
        return classifier.hasStatus(slot, { symbolsFirst: true }) && (words === '' || bare(classifier.statusWords(slot)) === words);
    };
    /** A gate row for a measurement that misses the target written beside it (`312 ms (target ≤ 250 ms)`), named `label` or by its text. */
    const measurementRow = (text, line, column, label = text) => {
        const shortfall = missedTargetIn(text);
        return shortfall && { label: label || text, status: text, verdict: 'fail', line, column, shortfall };
    };
    /**
     * A status that opens with a pass and then gives its account after a dash or a colon (`Pass — account
     * locked after 5 failed attempts`, `Met — 1 failure in 10,000 messages`): the account is its note, read
     * for work not done (`Pass — retest pending`), not for the words of what the test did. Not an account
     * that says it failed after all (`✅ Pass — ❌ on Android`, `Done — but failing in prod`, `Effective — 2
     * exceptions noted`, `Pass — 3 failed`).
     */
    const openingPass = (status) => {
        const split = /[—–-]/.test(status) ? OPENING_VERDICT.exec(status) : null;
        if (!split || split[1].trim().split(/\s+/).length > 3 || classifier.classify(split[1]) !== 'pass')
            return undefined;
        return FAIL_SYMBOL.test(split[2]) || ACCOUNT_FAILS.test(split[2]) ? undefined : 'pass';
    };
    /** A negative test's outcome as it was meant to be: `Rejected as expected`, `❌ Blocked (as designed)`. */
    const plannedOutcome = (status) => (0,parse_context/* expectsFailure */.l2)(status) && classifier.verdicts(status).every((verdict) => verdict === 'fail' || verdict === 'pass') ? 'pass' : undefined;
    /**
     * A status whose bracket or account settles its qualifier: `Pass with deviation (DEV-029, closed)` and
     * `Exception noted — remediated` pass, `Partially fixed — risk accepted by client` passes as `Risk
     * accepted` does, `Open (OFI, optional)` does not apply; `Pass with deviation (DEV-030)` still waits on its
     * deviation, `Exception noted — remediation in progress` fails.
     */
    const settledQualifier = (status) => {
        if (CLOSED_DEVIATION.test(status))
            return classifier.classify(status.replace(CLOSED_DEVIATION, ' ')) === 'pass' ? 'pass' : undefined;
        if (REMEDIATED_EXCEPTION.test(status) || LIFTED_RESERVATION.test(status))
            return 'pass';
        // FedRAMP's failing result opens the status (`Other than satisfied — POA&M item V-0007`); not one it was
        // (`Other than satisfied → satisfied after retest`, `Satisfied (Other Than Satisfied in the 2023 SAR)`).
        if (/^\s*other\s+than\s+satisfied\b(?![^]*→)/i.test(status))
            return 'fail';
        // `✅ Pass (deviation D-2)` is a pass with a deviation, which waits on it as `Pass with deviation (DEV-030)` does.
        const deviation = BRACKETED_DEVIATION.exec(status);
        if (deviation && classifier.classify(deviation[1]) === 'pass')
            return SETTLED_DEVIATION.test(status) ? 'pass' : 'pending';
        const residual = ACCEPTED_RESIDUAL.exec(status);
        // `Failed — waived under WVR-2024-017` is waived, as `Waived` is.
        if (residual && ['pending', 'fail'].includes(classifier.classify(residual[1])))
            return /\bwaived\b/i.test(status) ? 'not-applicable' : 'pass';
        return OPTIONAL_BRACKET.test(status) && classifier.classify(status) === 'pending' ? 'not-applicable' : undefined;
    };
    /** A status that names a failure and nothing else: `❌ FAILED (as expected)`, not `✅ Passed (used to fail)`. */
    const onlyFailure = (text, options = {}) => {
        const verdicts = classifier.verdicts(text, options);
        return verdicts.length > 0 && verdicts.every((verdict) => verdict === 'fail');
    };
    function addFile(cited, line, column, scope, link, reference = false, lines) {
        // In a passed row, outside a claim, a bare file name (`postgresql.log`) may be what the check read on a server.
        if (scope.removed || (scope.aside && !link) || (scope.evidence && !scope.claim && !link && !/[/\\]/.test(cited)))
            return;
        // A link, and a code path that climbs from the report's folder (`../runbooks/x.md`), resolve from
        // there; `./scripts/x.sh` is also how a command is run from the root, so it is tried from both.
        const base = link || /^(?:\.\/)*\.\.\//.test(cited) ? 'report' : 'root';
        const claimed = link || ((scope.claim || scope.evidence) && !scope.history);
        model.files.push({ cited, line, column, kind: claimed ? 'claim' : 'mention', base, link, ...(reference && { reference }), ...(lines && { lines }) });
    }
    /**
     * `context` is the sentence that cites the run: `Run 1 passed. Run 2 is expected to fail.` expects
     * only run 2 to fail. `after` is the text right after the citation (`…, which failed on the null check`).
     */
    function addRun(citation, scope, context = '', after = '', linked = false) {
        // `Runs are cited by URL (`…/actions/runs/<run-id>`)`: a placeholder that shows how runs are cited cites none.
        if (citation.placeholder) {
            const at = context.indexOf(citation.text);
            if (CITATION_FORMAT.test(at < 0 ? context : context.slice(0, at)))
                return;
        }
        // Under a heading for an intended failure, a run whose own sentence says it passed (`after the fix, run 2 passed`) is green.
        const own = ownClause(context, citation.text);
        const saysPassed = () => classifier.verdicts(own).every((verdict) => verdict === 'pass') && classifier.hasStatus(own);
        const failure = (scope.failureExpected && !saysPassed()) ||
            (0,parse_context/* saysFailure */.xy)(scope.label) ||
            (0,parse_context/* expectsFailure */.l2)(scope.label) ||
            (0,parse_context/* expectsFailure */.l2)(own) ||
            // Not a link, whose own text names it (`[failed run](…) → [fixed run](…)`).
            (!linked && FAILED_RUN.test(context) && !RUN_PASSED.test(context) && !RERUN.test(context)) ||
            ((0,parse_context/* saidFailedAfter */.dA)(after) && failedNotPassed(ownNote(after)) && !claimedGreenBefore(context, after));
        const failed = failure || failedBeforeColon(context, citation.text);
        // `The first attempt of run 10701234567 failed in the typescript job`: what an earlier attempt did, whatever the run did next.
        const earlierAttempt = failed && !/\/attempts\/\d/.test(citation.text) && EARLIER_ATTEMPT.test(context);
        const run = { ...citation, expected: scope.history || earlierAttempt ? 'any' : failed ? 'failure' : 'success', jobs: [] };
        model.runs.push(run);
        if (run.expected === 'failure' && toldAsFailed(scope, own, context, citation.text, after)) {
            toldFailed.add(run);
            // `[run N](…), which was cancelled at the restore step; it is the evidence of a green drill.`: told failed and
            // claimed green in one sentence, the later clause about the same run, not a re-run.
            const goesOn = after.split(/[.!?](?:\s|$)/)[0].slice(ownNote(after).length);
            if (RUN_PASSED.test(goesOn) && !RERUN.test(goesOn) && !LATER_TURN.test(goesOn) && !RUN_MENTION.test(goesOn))
                claimedPassed.add(run);
        }
    }
    /**
     * A run expected to fail is told as failed, not meant to: what a pass claimed of the same run elsewhere in the report
     * is then contradicted. Not `If run N had failed, …`, nor `Every injection attempt in run N failed` (attacks that
     * failed in it); nor a failure the report goes on to clear: a pass after it (`the retry passed`, `a second attempt
     * succeeded`) is a later attempt of the same run, and a purpose (`proving the guard works`, `as it should`) makes the
     * failure the evidence.
     */
    function toldAsFailed(scope, own, context, cited, after) {
        if (scope.failureExpected || (0,parse_context/* expectsFailure */.l2)(scope.label) || (0,parse_context/* expectsFailure */.l2)(own))
            return false;
        const before = context.slice(0, Math.max(0, context.indexOf(cited)));
        if (COUNTERFACTUAL.test(context) || ATTACKS_IN_RUN.test(before))
            return false;
        const goesOn = `${context} ${after}`.replace(NO_RERUN, ' ');
        return !RERAN.test(goesOn) && !LATER_PASS.test(after.replace(NO_RERUN, ' ')) && !FAILURE_AS_EVIDENCE.test(goesOn) && !INTENDED_STATE.test(goesOn);
    }
    /**
     * What the text after a run says of it: its sentence, or the bracket the run stands in (`(run N, failed, see the
     * flake report) and was re-run green as run M`).
     */
    const ownNote = (after) => {
        const sentence = after.split(CLAUSE_END)[0];
        const bracket = /^([^()]*)\)/.exec(sentence);
        return bracket && /\p{L}/u.test(bracket[1]) ? bracket[0] : sentence;
    };
    /**
     * The clause before the run, ending in a colon, says it failed: `CAP-2024-03 k6 run, failed on the threshold:
     * <url>`, `The deploy pipeline failed on the migration step: <url>`; not a count of none (`0 failed jobs:`), a
     * re-run, nor a condition.
     */
    function failedBeforeColon(context, cited) {
        const at = context.indexOf(cited);
        const clause = at > 0 ? (context.slice(0, at).split(CLAUSE_END).pop() ?? '') : '';
        return /:\s*[(\[<]?\s*$/.test(clause) && RUN_FAILED.test(clause) && !RUN_PASSED.test(clause) && !RERUN.test(clause) && !/\b(?:0|no|zero|none|nothing|without|never|not|if|when|unless|whenever|after|since|fixed|resolved|keine?|aucun|nessun|ning[úu]n|sin)\b|n['’]t\b|[:=]\s*0\b/i.test(clause);
    }
    /**
     * The clause that cites a run claims, before it, that it went green, and then says the run failed: `iOS
     * release build green — [run 115…](…) (failed on the code-signing step)`. The claim is what is checked:
     * the run is held to have succeeded, and the lookup finds it did not. A check the failure proves
     * (`Guard verified — run 123 failed on the null check`) claims no green run, and neither does a claim of
     * another clause, a negated one, or a negative test's (`Unit tests passed locally, but CI [run](…) failed`,
     * `The Android build has not been green since Tuesday: [run](…) failed`, `Successful negative test: [run](…) failed`).
     */
    function claimedGreenBefore(context, after) {
        const at = context.indexOf(after.trim().slice(0, 24));
        if (at <= 0)
            return false;
        const clause = context.slice(0, at).split(/[,;]|:(?!\/\/)|\b(?:but|however|although|though|while|whereas)\b/i).pop() ?? '';
        return GREEN_CLAIM.test(clause) && !/\b(?:not|never|no\s+longer|negative)\b|n['’]t\b/i.test(clause);
    }
    /**
     * A run given as a bare value (`**Run ID:** 123`, a Run ID cell): an id, or a placeholder such as
     * `TBD`. Where the label or column says it is an id, a shorter number is one too (a small server's).
     */
    function addRunValue(value, at, scope, labelOrColumn) {
        const text = value.trim();
        // The id may come with a note: `1234567890 (re-run)`, `123456 (GHES) ✅ passed`.
        const id = /^#?(\d+)(?![\d.,/:-])/.exec(text)?.[1] ?? '';
        // What the note says of the run: `24268817224 — ❌ failed as expected`.
        const note = text.slice(text.indexOf(id) + id.length);
        if (isRunId(id) || (/\bid\b/i.test(labelOrColumn) && isLabelledRunId(id)))
            addRun({ ...at, id: Number(id), text, placeholder: false }, scope, note, note);
        else if (text && isPlaceholderValue(text))
            addRun({ ...at, text, placeholder: true }, scope);
    }
    /** Pull requests given as a value (`**PRs:** #460, #461`, a PR cell): numbers, each perhaps with `#`. */
    function addPullValue(value, at) {
        const list = /^\s*#?\d+\b(?:\s*(?:,|&|\/|\band\b)\s*#?\d+\b)*/.exec(value)?.[0];
        if (list)
            for (const number of list.match(/\d+/g))
                model.pulls.push({ ...at, number: Number(number) });
    }
    /**
     * `link`: the paragraph's text before a link whose target this is. `siblings` and `index`: where
     * this text (or the link) stands among its paragraph's nodes, for what follows it, read only when a
     * run is cited.
     */
    function visitText(value, start, scope, link, siblings, index = -1, continuation = '') {
        const at = positionsIn(value, start);
        const lead = textSoFar;
        // What follows on the line, and on the next line of the paragraph when the sentence goes on there (it opens in
        // lower case and cites no run of its own: not `Fault-injection job (fails by design): https://…/runs/2`).
        const goesOn = /^\s*[\p{Ll}(]/u.test(continuation) && !/actions\/runs\/|\brun\s+#?\d{5,}/i.test(continuation);
        const followingText = () => `${siblings ? textOfNodesAfter(siblings, index) : ''}${goesOn ? ` ${continuation}` : ''}`;
        if (!link)
            textSoFar = (textSoFar + value.slice(-2 * SENTENCE_REACH)).slice(-2 * SENTENCE_REACH);
        const sentence = (index, cited) => {
            // A link's sentence, in its paragraph around its target (`Run: [log](…)` reads the sentence before).
            if (link)
                return runSentence(`${link.lead}${value} ${followingText()}`, link.lead.length, value);
            // A window around the citation, with the paragraph's text before it when it is near the start: many runs in one long text stay linear.
            const from = Math.max(0, index - SENTENCE_REACH);
            const to = index + cited.length + SENTENCE_REACH;
            const window = value.slice(from, to) + (to > value.length && siblings ? ` ${followingText()}`.slice(0, to - value.length) : '');
            return from > 0 ? runSentence(window, index - from, cited) : runSentence(lead + window, lead.length + index, cited);
        };
        const after = (end) => {
            if (link)
                return followingText();
            const rest = value.slice(end, end + SENTENCE_REACH);
            return rest.length < SENTENCE_REACH && siblings ? (rest + followingText()).slice(0, SENTENCE_REACH) : rest;
        };
        // Most text cites nothing: a plain search for what every pattern needs skips it cheaply.
        const urls = value.includes('://');
        if (urls) {
            for (const run of findRunUrls(value)) {
                const citation = { ...at(run.index), id: run.id, repository: run.repository, host: run.host, text: run.text, placeholder: run.id === undefined };
                addRun(citation, scope, sentence(run.index, run.text), after(run.index + run.text.length), link !== undefined);
            }
            for (const pull of findPullUrls(value)) {
                model.pulls.push({ ...at(pull.index), number: pull.number, repository: pull.repository, host: pull.host });
            }
            if (!scope.removed && !scope.inLink) {
                for (const file of findFileUrls(value)) {
                    const textAfterFile = value.slice(file.index + file.text.length, file.index + file.text.length + NOTE_REACH);
                    if (notedRemoved(textAfterFile) || context.notedRemovedAfter(textAfterFile))
                        continue;
                    const { line, column } = at(file.index);
                    const kind = link !== undefined || scope.claim || scope.evidence ? 'claim' : 'mention';
                    model.files.push({ cited: file.refAndPath, line, column, kind, base: 'root', link: true, repository: file.repository, host: file.host });
                }
            }
        }
        if (/run/i.test(value)) {
            for (const run of findShortRuns(value)) {
                addRun({ ...at(run.index), id: run.id, text: run.text, placeholder: run.id === undefined }, scope, sentence(run.index, run.text), after(run.index + run.text.length));
            }
            for (const run of findRunNumbers(value)) {
                addRun({ ...at(run.index), id: run.id, text: run.text, placeholder: false, ...(run.repository && { repository: run.repository }) }, scope, sentence(run.index, run.text), after(run.index + run.text.length));
            }
        }
        if (/pr|pull/i.test(value)) {
            for (const pull of findPullNumbers(value)) {
                model.pulls.push({ ...at(pull.index), number: pull.number, ...(pull.repository && { repository: pull.repository }) });
            }
        }
    }
    /** `continuation`: the next line's text when a soft break joins it to these nodes' line. */
    function visitInline(nodes, scope, continuation = '') {
        nodes.forEach((node, index) => {
            const start = node.position?.start;
            if (!start)
                return;
            switch (node.type) {
                case 'text':
                    visitText(node.value, start, scope, undefined, nodes, index, continuation);
                    break;
                case 'inlineCode': {
                    // `is filed as `quality/a.pdf` and `quality/b.csv``: the sentence says the files were put here.
                    const filed = FILED_BEFORE.test(textSoFar.slice(-NOTE_REACH));
                    // `will be published as `docs/…/plan.md``: a file to come, not one cited; `**SKIP** adding `ci.yml``: one not added.
                    const later = FILED_LATER.test(textSoFar.slice(-NOTE_REACH)) || NOT_ADDED.test(textSoFar.slice(-NOTE_REACH));
                    // `status checks including `ci/build``: a check's name, which looks like a path without a file ending.
                    const namedOther = (path) => {
                        const lead = textSoFar.slice(-NOTE_REACH);
                        return !hasFileEnding(path) && (NAMED_AS_OTHER.test(lead) || NAMES_TOOL.test(lead) || parse_context/* NAMES_REPOSITORY */.yw.test(lead));
                    };
                    // `deliberately bad name `add_idx.py``: a name made up to be refused, not a file.
                    const madeUp = BAD_NAME_BEFORE.test(textSoFar.slice(-NOTE_REACH));
                    let candidate = scope.inLink || later || madeUp ? undefined : (pathCandidate(node.value, scope.claim) ?? scriptRun(node.value, scope.claim));
                    if (candidate && namedOther(candidate.path))
                        candidate = undefined;
                    // `Dashboards `checkout-v2/SLO``: a dashboard's name, or dashboards kept as code (`monitoring/dashboards/payments`): looked for beside a folder of the repository.
                    if (candidate && !hasFileEnding(candidate.path) && NAMED_AS_RESOURCE.test(textSoFar.slice(-NOTE_REACH)))
                        candidate = { ...candidate, reference: true };
                    // ``CI run `runs/25821430993` ``: a run by its path, or a placeholder for one; no file.
                    const shortRun = shortRunCode(node.value, textSoFar.slice(-NOTE_REACH));
                    if (shortRun) {
                        addRun({ line: start.line, column: start.column, id: shortRun.id, text: node.value, placeholder: shortRun.id === undefined }, scope);
                        break;
                    }
                    const lead = textSoFar;
                    visitText(node.value, start, scope);
                    const cited = citedScope(nodes, index, filed ? { ...scope, evidence: true } : scope, context, continuation, lead);
                    if (candidate) {
                        // The lines may be named on the next line: `is in `scripts/archive.py`⏎lines 40–95`.
                        const next = textRightAfter(nodes, index, continuation);
                        const lines = candidate.lines ?? (next ? (linesNamedIn(next, true) ?? bracketedLinesIn(next)) : undefined);
                        addFile(candidate.path, start.line, start.column, cited, false, candidate.reference, lines);
                    }
                    break;
                }
                case 'link':
                case 'image': {
                    // In the link's text (`[`x.py` lines 23–26](x.py)`), or right after it (`[x.c](x.c) lines 402-431`).
                    const textAfter = textRightAfter(nodes, index, continuation);
                    const named = node.type === 'link' ? () => linesNamedIn((0,lib/* toString */.d)(node), false) ?? (textAfter ? linesNamedIn(textAfter, true) : undefined) : undefined;
                    visitLinkTarget(node.url, start, citedScope(nodes, index, scope, context, continuation, textSoFar), { lead: textSoFar }, nodes, index, named);
                    if (node.type === 'link')
                        visitInline(node.children, { ...scope, inLink: true });
                    break;
                }
                case 'linkReference':
                case 'emphasis':
                case 'strong':
                    visitInline(node.children, scope);
                    break;
                case 'html':
                    visitHtml(node.value, start, scope);
                    break;
                default:
                    break;
            }
        });
    }
    function visitLinkTarget(url, start, scope, link = { lead: '' }, siblings, index = -1, 
    /** The lines a link's text names, read only for a link to a file. */
    namedLines) {
        // A site template's placeholder (`{{ site.baseurl }}/img/x.png`) is filled in elsewhere.
        if (/\{\{|\{%|\$\{/.test(url))
            return;
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
            // A run or PR URL as a link target is placed at the link: its text may span lines, the URL is elsewhere.
            visitText(url, { line: start.line, column: start.column }, scope, link, siblings, index);
            return;
        }
        const target = url.replace(/[?#].*$/, '');
        // `[the writer](src/audit.py#L40-L88)`: GitHub's anchor of lines.
        if (target)
            addFile(target, start.line, start.column, scope, true, false, linesOf(/#L\d+(?:-L?\d+)?$/i.exec(url)?.[0] ?? '') ?? namedLines?.());
    }
    /**
     * Links and images written in HTML (`<img src="shot.png">`, `<a href="../runbooks/x.md">`) are
     * links like their Markdown forms. Comments are skipped: `<!-- … -->` is not shown.
     */
    function visitHtml(value, start, scope) {
        const shown = value.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
        const at = positionsIn(shown, start);
        for (const tag of shown.matchAll(/<(?:a|img|source|video|audio|iframe)\b([^<>]*)/gi)) {
            // Attribute by attribute, so a quoted value (`alt="x src=y"`) is never read as an attribute.
            for (const attribute of tag[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?/g)) {
                if (!/^(?:href|src)$/i.test(attribute[1]))
                    continue;
                const url = attribute[2] ?? attribute[3] ?? attribute[4];
                const { line } = at(tag.index);
                if (url)
                    visitLinkTarget(url, { line, column: line === start.line ? start.column : undefined }, scope);
            }
        }
    }
    /** A `**Label**: value` line: metadata, and a gate, run or PR when its label says so. */
    function visitLine(line, scope) {
        const labelled = line.label !== undefined;
        const lineScope = labelled
            ? {
                ...scope,
                label: line.label,
                claim: scope.claim || context.isClaimContext(line.label),
                removed: scope.removed || context.isRemovalContext(line.label),
            }
            : scope;
        if (!labelled && !inHistory() && !setAside() && toldAsRecord()) {
            const claim = summaryClaimIn((0,lib/* toString */.d)({ type: 'paragraph', children: line.nodes }), model.title ?? '');
            if (claim)
                model.summaries.push({ line: line.line, column: line.column, ...claim, sections: sectionLines() });
        }
        if (labelled) {
            const { label, value } = line;
            model.metadata.push({ label, value, line: line.line, column: line.column });
            // `**Gate 2**: ✅ MET`, and a decision given as a verdict alone: `**Decision:** NO-GO`, `**Go/No-Go:** GO`.
            // A decision is its first words; what follows a comma, a bracket or a dash is its condition or its
            // subject (`Go, pending DBA sign-off`, `NO-GO — release 2.4.1 held under ECO-1195.`).
            const firstWords = value.split(/[,;(]|\s[—–-]\s/)[0];
            // A verdict label (`Result`, `Overall status`) gives a gate only in a verdict, and not in a failure meant to happen.
            const firstVerdict = firstWords.length <= SLOT_LENGTH ? classifier.classify(firstWords) : 'unknown';
            const verdictLabel = (0,parse_context/* isVerdictLabel */.Eb)(label) && firstVerdict !== 'unknown' && !(0,parse_context/* expectsFailure */.l2)(value) && !headings.some((heading) => heading && NARRATIVE.test(heading.text));
            const decision = ((0,parse_context/* isDecisionLabel */.ZT)(label) && firstWords.length <= SLOT_LENGTH) || verdictLabel;
            // Sign-offs are read whole: a short value, or a longer list of roles with their symbols (`Hardware lead ✅, Firmware lead ❌, Quality ✅`).
            // A longer one is read by its first words, as a decision is (`awaiting the CISO's countersignature (sent 2025-09-26)`).
            const roles = value.length <= 4 * SLOT_LENGTH && /\p{Extended_Pictographic}/u.test(value);
            const signOff = (0,parse_context/* isSignOffLabel */.fL)(label) && (value.length <= SLOT_LENGTH || roles || (firstWords.length <= SLOT_LENGTH && classifier.hasStatus(firstWords)));
            // A decision is its first words: one that says no verdict there (`Promote v7.0.0 to champion — effective 2024-05-20`) is prose.
            if (((0,parse_context/* namesGate */.iG)(label) || decision || signOff) && (decision && !(0,parse_context/* namesGate */.iG)(label) && !signOff ? firstVerdict !== 'unknown' : classifier.hasStatus(value) || firstVerdict !== 'unknown')) {
                const verdictText = (decision && !(0,parse_context/* namesGate */.iG)(label)) || (signOff && !roles && value.length > SLOT_LENGTH) ? firstWords : value;
                // A result read by its first words still counts the failures it gives after them: `212 passed, 3 failed`.
                const failedSome = verdictLabel && (FAILED_SOME.test(value.slice(firstWords.length)) || missedTargetIn(value) !== undefined);
                // What follows the verdict after a dash is its note, read as a row's is: `✅ MET — not run in production yet`.
                const note = /^\s*[—–]\s*|^\s+-\s+/.test(value.slice(firstWords.length)) ? value.slice(firstWords.length).replace(/^\s*[—–-]\s*/, '') : '';
                // `**Gate 2 Result (Deliberate Failure)**: ❌ FAIL as designed — the guard blocked it`: the failure was the plan.
                const planned = (0,parse_context/* namesGate */.iG)(label) ? plannedOutcome(value) : undefined;
                addGateLine(label, value, failedSome ? 'fail' : (planned ?? classifier.classify(verdictText, { symbolsFirst: true })), line.line, line.column, planned ? '' : note);
            }
            if ((0,parse_context/* isStatusLabel */.HU)(label) && classifier.hasStatus(value)) {
                statements.push({ line: line.line, failed: onlyFailure(value, { symbolsFirst: true }) });
            }
            if (isRunLabel(label))
                addRunValue(value, { line: line.line, column: line.column }, lineScope, label);
            // `**PR:** #733 (release PR for 2.4)`: the number after the label, unless the value cites it itself (`PR #733`).
            // A label that qualifies its PRs (`Open PRs: 3`) may count them: there only numbers with `#` are cited.
            const bareNumbers = /^(?:prs?|pull requests?)(?:\s+(?:numbers?|#|ids?))?$/i.test(label.trim());
            if (isPullLabel(label) && findPullNumbers(value).length === 0 && (bareNumbers || value.trim().startsWith('#'))) {
                // `#1472 (auth), #1475 (docs)`: every number given with `#`, notes between them or not; `#4521 in
                // grpc/grpc-go` is another repository's.
                if (value.trim().startsWith('#')) {
                    // The list the value opens with, not a number mentioned after it or in a note (`#1461 (merged, see #2), see also #3 of the RFC`).
                    const list = (PULL_LIST.exec(value)?.[0] ?? '').replace(/\([^()]*\)/g, ' ');
                    for (const [, number, repository] of list.matchAll(/#(\d+)\b(?:\s+in\s+([\w-]+\/[\w.-]*\w)\b)?/g)) {
                        model.pulls.push({ line: line.line, column: line.column, number: Number(number), ...(repository && { repository }) });
                    }
                }
                else {
                    addPullValue(value, { line: line.line, column: line.column });
                }
            }
        }
        visitInline(line.nodes, lineScope, line.continuation);
    }
    function addGateLine(title, status, verdict, line, column, note = '') {
        if (inHistory())
            return;
        const stated = { label: title, status, verdict, line, column };
        const noted = note && verdict === 'pass' ? withNote(stated, note, context) : stated;
        const shortfall = noted.verdict === 'pass' ? missedByMeasurement(title, status) : undefined;
        const row = shortfall ? { ...noted, verdict: 'fail', shortfall } : noted;
        model.gates.push({ title, kind: 'line', line, column, rows: [row], sections: sectionLines() });
    }
    function visitHeading(node) {
        const text = (headingTexts.get(node) ?? (0,lib/* toString */.d)(node)).trim();
        const line = node.position.start.line;
        const kept = withoutExclusions(text);
        const unbracketedText = text.replace(/\([^()]*\)/g, ' ');
        const deniesGate = NOT_PART_OF_GATE.test(kept);
        const policyAside = context.setsAside(text);
        headings[node.depth] = {
            text,
            line,
            claim: context.isClaimContext(text),
            removed: context.isRemovalContext(text) && !REMOVED_THINGS_CHECKED.test(text),
            failureExpected: (0,parse_context/* expectsFailure */.l2)(text),
            // `Action tracker (from the readiness review)`: what is yet to come, whatever its bracket names.
            gate: context.isGateHeading(NOT_YET_SECTION.test(unbracketedText) ? unbracketedText : kept) && !deniesGate && !policyAside,
            // Not results that a heading sets aside: `Deployment checklist — next sprint`.
            results: (0,parse_context/* isResultsHeading */.V4)(text) && !setsAside(text, kept) && !policyAside && !NOT_YET_SECTION.test(text.replace(AFTER_RELEASE, ' ').replace(ROLLOUT_CHECKLIST, ' ')),
            notYet: NOT_YET_SECTION.test(text.replace(ROLLOUT_CHECKLIST, ' ')) || setsAside(text, kept) || policyAside,
            // Set aside by its first words (`### Deferred to 2.5`), or by a bracket that says the section is no gate
            // (`Open items (not part of this acceptance)`; not `Go-live gates (the docs review does not block)`).
            aside: node.depth > 1 && (SET_ASIDE_START.test(text) || (NOT_PART_OF_GATE.test(text) && !context.isGateHeading(kept)) || policyAside),
            // The title (`# Archive service 1.4 go-live readiness`) names the report, not a section of it.
            history: node.depth > 1 && (HISTORY_SECTION.test(text) || historyLines.has(line)),
        };
        headings.length = node.depth + 1;
        headingMarks.push({ line, depth: node.depth });
        if (node.depth === 1 && model.title === undefined)
            model.title = text;
        const asHeading = { heading: true };
        // `## Sign-off: ❌ Rejected`, `## Go/No-Go: NO-GO`: a heading for a gate-like review, its verdict after the colon.
        const slot = text.slice(text.lastIndexOf(':') + 1).trim();
        const reviewVerdict = !(0,parse_context/* namesGate */.iG)(text) && text.includes(':') && slot.length <= SLOT_LENGTH && context.isGateHeading(text) && classifier.hasStatus(slot, { symbolsFirst: true });
        // A numbered control's verdict is its leading symbol or what follows its last dash or colon: its name may
        // use status words (`### Control 2: Blocked accounts cannot log in — Effective`).
        const leading = !(0,parse_context/* namesGate */.iG)(kept) && (0,parse_context/* namesNumberedCheck */.Vo)(kept) ? (LEADING_SYMBOL.exec(text)?.[1] ?? '') : undefined;
        const checkSlot = leading === undefined ? undefined : leading && classifier.hasStatus(leading) ? leading : CHECK_SLOT.exec(text)?.[1].trim();
        // `### Gate 3 negative test (expected failure)`: the failure it names is the plan, not a verdict.
        const stated = (0,parse_context/* withoutPlannedFailures */.mq)(text);
        if ((0,parse_context/* namesGate */.iG)(kept) && !deniesGate && classifier.hasStatus(stated, asHeading)) {
            addGateLine(text, classifier.statusWords(stated, asHeading), classifier.classify(stated, asHeading), line, node.position.start.column);
        }
        else if (checkSlot && !deniesGate && checkSlot.length <= SLOT_LENGTH && isWholeStatus(checkSlot)) {
            addGateLine(text, checkSlot, classifier.classify(checkSlot, { symbolsFirst: true }), line, node.position.start.column);
        }
        else if (reviewVerdict) {
            addGateLine(text, slot, classifier.classify(slot, { symbolsFirst: true }), line, node.position.start.column);
        }
        if ((0,parse_context/* isStatusLabel */.HU)(text) && classifier.hasStatus(text, asHeading)) {
            statements.push({ line, failed: onlyFailure(text, asHeading) });
        }
        textSoFar = '';
        visitInline(node.children, { ...baseScope(), label: text });
    }
    function visitParagraph(node, scope, previous) {
        visitLines(splitLines(node.children), scope, previous);
        const text = textSoFar.trimEnd();
        previousSentence = text ? sentenceAt(text, text.length - 1).sentence.trim() : '';
    }
    /** The lines of one paragraph, read as running text, after the sentence before it when there is one. */
    function visitLines(lines, scope, previous = '') {
        textSoFar = previous ? `${previous}. ` : '';
        for (const line of lines) {
            visitLine(line, scope);
            // A labelled line is a statement of its own: what it says is not the sentence of the next line.
            textSoFar = line.label === undefined ? `${textSoFar} ` : '';
        }
    }
    function visitList(node, scope, intro) {
        const heading = section();
        // What the paragraph before the list says of it is in its last sentence (`Rollback took 11 minutes.
        // Items reviewed with SRE:`): one that sets the list aside (`Deferred to 2.5:`, `Known issues:`,
        // `These were moved to the next release.`) takes it out of its section's gate; one ending in a colon
        // labels it and names its gate.
        const lead = intro.split(/[.!?]\s+/).pop() ?? '';
        const label = /:\s*$/.test(lead) ? lead : '';
        const yetToCome = NOT_YET_SECTION.test(lead) || NOT_YET_LABEL.test(lead) || setsAside(lead) || context.setsAside(lead);
        const title = oneLine(trimEnd(label, ' \t\n:')) || heading || (model.title ?? '');
        const nested = scope.checklist !== undefined;
        // Boxes and items led by a pass symbol under a results heading are checks too (`## Release
        // verification checks` / `- [x] Signatures` / `- [ ] Apache RAT`), unless none is ticked: steps to
        // follow next time.
        const ticked = node.children.some((item) => item.checked === true || startsTicked(item));
        // So are the boxes right under the title of a checklist: `# Release checklist — v2.1` / `- [x] Tag pushed`.
        // Not a list a label introduces (a choice a template offers, `Change type (tick one):`), and only in a report whose
        // title names a checklist or results (`# Lista de verificación de puesta en producción`), not a postmortem's follow-ups.
        const underTitle = innermost() === undefined && label === '' && ((0,parse_context/* isResultsHeading */.V4)(model.title ?? '') || context.isGateHeading(model.title ?? '')) && node.children.some((item) => item.checked === true);
        const checks = ticked && !yetToCome && !PLAN_TITLE.test(model.title ?? '') && (namesResults(lead) || inSection('results') || underTitle);
        const isGate = nested || (!yetToCome && !setAside() && (context.isGateHeading(lead) || inGateSection())) || checks;
        const rows = scope.checklist ?? [];
        const introScope = {
            ...scope,
            claim: scope.claim || context.isClaimContext(intro),
            removed: scope.removed || context.isRemovalContext(intro),
            checklist: isGate ? rows : undefined,
        };
        const passing = [];
        const measured = [];
        for (const item of node.children) {
            // Nested in a gate checklist, only boxes are rows: `- ⚠️ p99 within 5%` under a ticked box is a note.
            const status = nested && typeof item.checked !== 'boolean' ? undefined : itemStatus(item, isGate);
            if (status) {
                rows.push(status.row);
                if (status.row.verdict === 'pass')
                    passing.push({ name: status.row.label, line: status.row.line });
                // `- [x] Privacy label updated — not done yet, waiting on Legal`: a box ticked as done whose own words say it is not, in any list.
                else if (!isGate && !nested && item.checked === true && status.row.note !== undefined)
                    measured.push(status.row);
            }
            else if (!nested) {
                // `- p95 latency: 312 ms (target ≤ 250 ms)`: a measurement that misses the target it gives fails, in any list.
                const first = item.children[0];
                const missed = first?.type === 'paragraph' ? measurementRow((0,lib/* toString */.d)(first).split('\n')[0].trim(), item.position.start.line, first.position?.start.column) : undefined;
                if (missed)
                    measured.push(missed);
            }
            visitItem(item, introScope);
        }
        if (isGate && !nested)
            readGateOfFields(node.children, rows, title);
        // In a gate, an item whose measurement misses its target fails beside the items that state a status.
        const gateRows = isGate && !nested ? [...rows, ...measured].sort((a, b) => a.line - b.line) : [];
        if (gateRows.length > 0 && !inHistory())
            model.gates.push({ title, kind: 'checklist', line: node.position.start.line, rows: gateRows, sections: sectionLines() });
        else if (!isGate && measured.length > 0 && !inHistory() && !setAside())
            model.gates.push({ title, kind: 'checklist', line: node.position.start.line, rows: measured, sections: sectionLines() });
        if (passing.length > 0 && (0,parse_context/* introducesChecks */.q7)(title)) {
            checkLists.push({ line: node.position.start.line, items: passing });
        }
    }
    /**
     * A gate told in fields (`### Gate PT-1` / `- Target: ≥ 5,000 msg/s` / `- Result: 4,820 msg/s` / `- Status: PASS`): its
     * one status field is named by the gate's title, and a pass is held to the target field.
     */
    function readGateOfFields(items, rows, title) {
        const statusRows = rows.flatMap((row, index) => (STATUS_FIELD.test(row.label) ? [index] : []));
        if (statusRows.length !== 1)
            return;
        const fields = items.flatMap((item) => {
            const field = item.children[0]?.type === 'paragraph' ? FIELD.exec((0,lib/* toString */.d)(item.children[0]).split('\n')[0].trim()) : null;
            return field ? [{ name: field[1].trim(), value: field[2].trim() }] : [];
        });
        // What the target was held over is no part of it: `≥ 5,000 msg/s for 30 minutes`.
        const target = fields.find((field) => TARGET_FIELD.test(field.name))?.value.replace(/\s+(?:for|over|during|across|within)\s.*$/i, '');
        const value = fields.find((field) => VALUE_FIELD.test(field.name) && /^[~≈]?\s*\d/.test(field.value))?.value;
        const row = { ...rows[statusRows[0]], label: title };
        const missed = row.verdict === 'pass' && target && value ? missedTarget(target, value) : undefined;
        rows[statusRows[0]] = missed ? { ...row, verdict: 'fail', shortfall: { measured: value, target: missed } } : row;
    }
    /** A list item led by a pass symbol: `- ✅ Install on set A`, `- ✓ Login`, `- :white_check_mark: Export`. */
    function startsTicked(item) {
        const first = (0,lib/* toString */.d)(item.children[0] ?? '').trim().split(/\s/, 1)[0] ?? '';
        return first !== '' && !/\p{L}/u.test(first.replace(/^:[a-z_]+:$/, '')) && classifier.classify(first) === 'pass';
    }
    /**
     * A list item that starts with a status (`- ✅ Unit Tests`, `- [ ] Sign-off`), or ends with a status
     * symbol (`- **Gate A – Offline evaluation** ✅`, `- Responsible AI – H. Tanaka ⏳`), is a checklist row.
     */
    function itemStatus(item, inGate) {
        const first = item.children[0];
        if (first?.type !== 'paragraph')
            return undefined;
        const text = (0,lib/* toString */.d)(first).split('\n')[0].trim();
        const line = item.position.start.line;
        const column = first.position?.start.column;
        // `- [ ] ~~Publish a migration guide~~ — dropped from this release`: a box struck through is taken off the list.
        if (item.checked === false && /^~~[^~]+~~/.test(text))
            return { row: { label: text, status: '[ ]', verdict: 'not-applicable', note: 'struck through', line, column } };
        if (item.checked === true || item.checked === false) {
            return { row: noted({ label: text, status: item.checked ? '[x]' : '[ ]', verdict: item.checked ? 'pass' : 'pending', line, column }) };
        }
        const leading = LEADING_SYMBOL.exec(text);
        if (leading && classifier.hasStatus(leading[1])) {
            return { row: noted({ label: trimEnd(leading[2], ':*').trim(), status: leading[1], verdict: classifier.classify(leading[1]), line, column }) };
        }
        // The last word, found without a pattern that could backtrack over a long line.
        const split = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
        const last = text.slice(split + 1);
        if (split >= 0 && STATUS_SYMBOL.test(last) && classifier.hasStatus(last)) {
            const label = trimEnd(text.slice(0, split), ' \t:*—–-').trim();
            return label ? { row: noted({ label, status: last, verdict: classifier.classify(last), line, column }) } : undefined;
        }
        if (!inGate)
            return undefined;
        // In a gate's list, a status in capitals after a dash: `3. DR drill — PENDING`, `Unit tests green — MET`.
        const dashed = TRAILING_CAPITALS.exec(text);
        if (dashed && classifier.hasStatus(dashed[2]))
            return { row: noted({ label: dashed[1], status: dashed[2], verdict: classifier.classify(dashed[2]), line, column }) };
        // And a status in a few words after a colon: `PT-1 sustained throughput: failed`, `Backups: done`; not an earlier
        // attempt's (`First attempt: failed`).
        const colon = text.lastIndexOf(':');
        const after = text.slice(colon + 1).trim();
        const label = text.slice(0, colon).replace(/\*+$/, '').trim();
        if (colon <= 0 || !label || EARLIER_ATTEMPT.test(label) || /\b(?:previous|prior|earlier)\s+(?:run|build|release)\b/i.test(label) || after.split(/\s+/).length > 3 || !classifier.hasStatus(after))
            return undefined;
        const verdict = classifier.classify(after);
        return verdict === 'unknown' ? undefined : { row: noted({ label, status: after, verdict, line, column }) };
    }
    /**
     * A checklist row read with its item's note: a done item the note says is not done waits, and an
     * unticked one the note says does not apply (`- [ ] Customer notice — not needed (N/A)`) is not
     * applicable. The row is then named up to that note, which it shows apart.
     */
    function noted(row) {
        const note = itemNote(row.label);
        // Not when the note also says something waits: `not needed for beta, legal to confirm before GA`.
        // A pass in the reason does not (`skipped, the 1× test passed`); a failure or a wait does.
        const nothingWaits = () => classifier.verdicts(note).every((verdict) => verdict === 'not-applicable' || verdict === 'pass') && context.notDoneIn(note) === undefined;
        if (row.status === '[ ]' && OPTIONAL_ITEM.test(row.label) && nothingWaits())
            return { ...row, note: 'optional', verdict: 'not-applicable' };
        const clauses = noteClauses(note);
        // `- ❌ IE11 — not supported, by design`: what is left out on purpose does not apply.
        const notApplicable = ((row.status === '[ ]' &&
            (clauses.some((clause) => NOT_APPLICABLE_NOTE.test(clause) || context.saysNotApplicable(clause)) || NOT_APPLICABLE_NOTE.test(noteClauses(row.label)[0]))) ||
            (row.verdict === 'fail' && clauses.some((clause) => BY_DESIGN.test(clause)))) &&
            (row.verdict === 'fail' ? context.notDoneIn(note) === undefined && !classifier.verdicts(note).includes('pending') : nothingWaits()) &&
            // `— not part of this release gate by default; required this time because of the DB migration`: the later clause says it applies.
            !clauses.some((clause) => REQUIRED_AFTER_ALL.test(clause));
        // `- [x] Failback — postponed to the next window`, `- ✅ Failback — postponed …`: a done item put off is not done.
        // Not when the note says it was done after all: `— rescheduled to Saturday and completed`.
        const postponed = row.verdict === 'pass' ? POSTPONED_NOTE.exec(note)?.[1].trim() : undefined;
        const putOff = postponed && !classifier.verdicts(note).includes('pass') ? postponed : undefined;
        const read = notApplicable
            ? { ...row, note: unbracketed(note.replace(/^[\s—–:;-]+/, '')), verdict: 'not-applicable' }
            : putOff
                ? { ...row, note: putOff, verdict: 'pending' }
                : withNote(row, note, context);
        // A value against the target written beside it: `- ✅ Coverage 78 % (target ≥ 80 %)`.
        const shortfall = read.verdict === 'pass' ? missedTargetIn(row.label) : undefined;
        if (shortfall)
            return { ...read, verdict: 'fail', shortfall };
        if (!read.note)
            return read;
        // Named up to the clause that decided it: `Phase 2: Rotate keys — pending sign-off` is `Phase 2: Rotate keys`.
        const decided = notApplicable ? row.label.length - note.length : row.label.lastIndexOf(read.note);
        if (decided <= 0)
            return read;
        return { ...read, label: trimEnd(row.label.slice(0, decided), ' \t—–:;,([-') || row.label };
    }
    function visitItem(item, scope) {
        let intro = '';
        for (const child of item.children) {
            if (child.type === 'paragraph') {
                let itemScope = item.checked === false ? { ...scope, unticked: true } : scope;
                const plainLabel = /^([A-Z][\w /-]{0,30}):/.exec((0,lib/* toString */.d)(child));
                if (plainLabel) {
                    itemScope = {
                        ...itemScope,
                        claim: scope.claim || context.isClaimContext(plainLabel[1]),
                        removed: scope.removed || context.isRemovalContext(plainLabel[1]),
                    };
                }
                visitLines(splitLines(child.children), itemScope);
                intro = (0,lib/* toString */.d)(child);
                continue;
            }
            visitBlock(child, scope, intro);
            intro = '';
        }
    }
    function visitTable(node, scope, intro) {
        const [header, ...body] = node.children;
        if (!header)
            return;
        const headers = header.children.map((cell) => (0,lib/* toString */.d)(cell).trim());
        const cells = body.map((row) => row.children.map((cell) => (0,lib/* toString */.d)(cell).trim()));
        const columns = readColumns(headers, cells, classifier, context);
        const statusIndex = columns.status;
        const statusAsksTrouble = statusIndex >= 0 && (0,parse_context/* asksAfterTrouble */.ip)(headers[statusIndex] ?? '');
        // A `Done?` column's No is work not done, not a need answered: `| Two approvals required | No |`.
        const statusTellsDone = /^(?:done|complete|completed|met|passed|implemented|in\s+place|achieved)\??$/i.test(headers[statusIndex]?.trim() ?? '');
        // A snapshot of what runs (`## Cluster state at sign-off` / `| coredns | ✅ Running |`) states where things
        // are: read as results, so a component `Degraded` fails and one `Running` states nothing. Elsewhere a
        // test still `Running` waits.
        const heading = section();
        const recordsStates = columns.mostlyRunning && SNAPSHOT.test(heading);
        const keptIntro = withoutExclusions(intro);
        // What the paragraph before says of the table is in its last sentence: it sets the table aside by its
        // first words (`Deferred to 2.5:`), and names no gate when it says it is none (`None of these risks is a
        // readiness criterion.`), but not `Two bugs remain; none blocks the release. The criteria:`.
        const sentences = intro.split(/(?<=[.!?])\s+/);
        const lead = sentences.at(-1) ?? '';
        // A denial counts in the last sentence that names a gate, or after it: `None of these risks is a
        // readiness criterion. They are tracked by the PMO.`
        const naming = sentences.findLastIndex((sentence) => context.isGateHeading(sentence));
        const denied = sentences.slice(Math.max(naming, 0)).some((sentence) => DENIES_GATE.test(sentence));
        const gateContext = !setAside() &&
            !TABLE_ASIDE.test(lead) &&
            !TABLE_DENIAL.test(lead) &&
            !context.setsAside(lead) &&
            // A gate column under a tracker's heading (`## Remediation tickets`, `### Action items`) lists work, not gates.
            ((columns.headedAsGate && !TRACKER_SECTION.test(section())) || inGateSection() || (context.isGateHeading(keptIntro) && !denied));
        // Under a results heading, a status column of verdicts (`## Post-upgrade verification`, `| Smoke | ❌ |`) is a
        // gate too, but not a list of tickets (`| PAY-101 | Won't fix |`). There passes, failures and waits
        // (`⏳ Pending`, `Not started`) are judged; a service `Running` (or `✅ Running`), a measurement
        // (`1,204,551 → 1,204,551`) or a word no vocabulary knows is no result to hold against it.
        // Under a results heading, a table whose rows all wait is a plan (`## Rollback checklist`, `Not started`).
        const fromResults = !gateContext &&
            (((innermost()?.results || namesResults(intro)) && columns.recordsOutcomes()) || columns.namesTestResults || (columns.headedAsVerdicts && toldAsRecord())) &&
            columns.holdsResults();
        const isGate = statusIndex >= 0 && !columns.recordsNoVerdicts && (gateContext || (fromResults && !setAside()));
        const judgedAsResults = fromResults || recordsStates;
        const rows = [];
        // A table of CI jobs and their results lists, like a `✅` list, the jobs a run before it must show passing.
        const passingJobs = [];
        const claimedByIntro = context.isClaimContext(intro);
        const runsBefore = model.runs.length;
        const expectedAt = headers.findIndex((header) => parse_context/* WANTED_COLUMN */.DT.test(header));
        // A table of runs, each row led by its run: a row tells that run's own outcome.
        // (or by its attempt's number, and then its run: `| Attempt | Run ID | Result |`)
        const ledByRuns = columns.run === 0 || (columns.run === 1 && /^(?:attempts?|try|tries|#|no\.?)$/i.test(headers[0]?.trim() ?? ''));
        /** A passing row's sign-off, when its table has a column of them and it is not signed: empty, `[Name]`, `Declined`, `to follow`. */
        const unsigned = (label, texts, line, cells) => {
            if (columns.signOff < 0)
                return undefined;
            const signature = texts[columns.signOff] ?? '';
            const stated = classifier.classify(signature);
            const verdict = stated !== 'unknown' ? stated : (0,parse_context/* isSignature */.hi)(signature) && context.notDoneIn(signature) === undefined ? 'pass' : 'pending';
            if (verdict === 'pass' || verdict === 'not-applicable')
                return undefined;
            return { label: `${label} — ${headers[columns.signOff]}`, status: signature, verdict, ...cellStart(cells[columns.signOff], line) };
        };
        /** Each row's cells but its name and its status, by line: where a row may say which attempt it is (gathered for a gate's rows only). */
        let otherCellsAt;
        const otherCells = (row) => (otherCellsAt ??= new Map(body.map((bodyRow, rowIndex) => [bodyRow.position.start.line, cells[rowIndex].filter((_, index) => index !== columns.label && index !== columns.status)]))).get(row.line) ?? [];
        body.forEach((row, rowIndex) => {
            const line = row.position.start.line;
            const texts = cells[rowIndex];
            const label = texts[columns.label] ?? '';
            // A question a good answer says no to (`Rollback needed?`, a `Triggered?` column): its No passes, its Yes fails.
            const asksTrouble = statusAsksTrouble || (0,parse_context/* asksAfterTrouble */.ip)(label);
            // A row that names a need (`Restatement of FY2023 needed`, `Customer notice required`): its No says none was.
            const namesNeed = !statusTellsDone && NAMES_NEED.test(label);
            const verdictOf = (text) => text
                ? ((asksTrouble ? answerToTrouble(text) : undefined) ??
                    afterArrow(text, verdictOf, classifier) ??
                    (namesNeed && answerToTrouble(text) === 'pass' ? 'not-applicable' : undefined) ??
                    // A bare count of none of the trouble the row names (`| Open critical issues | 0 |`), or a share of all of what
                    // it names otherwise (`| Traceability to requirements | 100 % |`), is that row met.
                    ((BARE_NONE.test(text) && (0,parse_context/* namesTrouble */.O5)(label)) || (BARE_ALL.test(text) && !(0,parse_context/* namesTrouble */.O5)(label)) ? 'pass' : undefined) ??
                    grantedWaiver(text) ??
                    openingPass(text) ??
                    plannedOutcome(text) ??
                    // `| Permission matrix test (before fixes, expected to fail) | ❌ 3 mismatches reported |`
                    ((0,parse_context/* expectsFailure */.l2)(label) && classifier.verdicts(text).every((verdict) => verdict === 'fail') && classifier.hasStatus(text) ? 'pass' : undefined) ??
                    settledQualifier(text) ??
                    classifier.classify(text))
                : 'unknown';
            const blank = (index) => /^[—–-]*$/.test(texts[index] ?? '');
            const granted = (index) => {
                if (!WAIVER.test(texts[index] ?? ''))
                    return false;
                const verdict = verdictOf(texts[index]);
                return verdict === 'not-applicable' || verdict === 'pass';
            };
            // The row's status: a column a later one took over speaks where that one is left blank (`| ✅ Pass | — |`
            // under `Result | Retest result`: no retest was needed), and a waiver in any of its columns speaks for it.
            let statusAt = statusIndex >= 0 && blank(statusIndex) ? (columns.earlier.find((index) => !blank(index)) ?? statusIndex) : statusIndex;
            const waiverAt = statusAt >= 0 && !granted(statusAt) && columns.acceptsWaiver(statusAt) ? columns.beside.find(granted) : undefined;
            const resultAt = waiverAt === undefined ? -1 : statusAt;
            if (waiverAt !== undefined)
                statusAt = waiverAt;
            // A row whose result does not apply was not tested: `| Effective | Not tested | N/A |` under `| Design |
            // Operating | Result |` (no emergency change happened in the period). Its result speaks for it, and no other
            // column is judged. Not an N/A of another platform: `| Chrome | Firefox | Safari iOS |` of `✅ | Not tested | N/A`.
            const verdictCells = statusAt >= 0 ? [statusAt, ...columns.beside] : [];
            const notApplicableAt = verdictCells.find((index) => columns.acceptsWaiver(index) && verdictOf(texts[index] ?? '') === 'not-applicable');
            const notExercised = notApplicableAt !== undefined && verdictCells.some((index) => NOT_EXERCISED.test(texts[index] ?? ''));
            if (notExercised)
                statusAt = notApplicableAt;
            const status = statusAt >= 0 ? (texts[statusAt] ?? '') : '';
            // `| Network | Reject — prefers the Sunday window |` in a vote the others carried: dissent, not a failure.
            // Only a vote against (`Reject`, `Against`, `No`), not a gate's failure or a veto (`Fail — 2 critical CVEs`, `No-go`).
            const dissent = columns.carriedByVote && DISSENT.test(status) && !/\bveto/i.test(status);
            const statedVerdict = verdictOf(status);
            // `| PVT | planned 2024-10 | — |` in a table of a gate history: an entry yet to come, not one left unfilled.
            const yetToCome = statedVerdict === 'unknown' && /^[\s—–-]*$/.test(status) && HISTORY_TABLE.test(heading) && texts.some((text) => PLANNED_ENTRY.test(text));
            const verdictOfStatus = (dissent && statedVerdict === 'fail') || yetToCome ? 'not-applicable' : statedVerdict;
            // The worst verdict of the other status columns, where they give one; a dash or nothing in the
            // status column is then no verdict of the row (`| — | ✅ Pass |`: the first does not apply).
            let beside;
            for (const index of notExercised ? [] : columns.beside) {
                if (index === resultAt || (statusAt >= 0 && granted(statusAt) && columns.acceptsWaiver(index)))
                    continue;
                const text = texts[index] ?? '';
                const verdict = verdictOf(text);
                if (verdict === 'unknown' || (judgedAsResults && !isResult(text, verdict)))
                    continue;
                if (!beside || VERDICT_RANK[verdict] > VERDICT_RANK[beside.verdict])
                    beside = { index, verdict };
            }
            const blankStatus = blank(statusAt);
            const decidesRow = (verdict) => beside !== undefined && ((blankStatus && columns.sameKind(beside.index)) || (verdict !== 'unknown' && VERDICT_RANK[beside.verdict] > VERDICT_RANK[verdict]));
            // A file change column (Status, Change, Action, Type) that says the file went away, or a cell that
            // says only one of the policy's removal words (`gelöscht`), in whatever column the team keeps it.
            // The cell that says so may name where the file went (`Renamed → src/new.ts`, `replaced by src/new.ts`): that path is still checked.
            const removedBy = texts.findIndex((text, index) => ((0,parse_context/* isChangeColumn */.xH)(headers[index] ?? '') &&
                (((0,parse_context/* isChangeWord */.PX)(text) && ((0,parse_context/* isRemovalContext */.g2)(text) || /^d$/i.test(text))) || /^(?:🗑️?\s*)?(?:deleted|removed|renamed|moved|replaced|superseded|merged\s+into|dropped|decommissioned|retired)\b/iu.test(text))) ||
                // Told in another column only by a row that does not also say it passed (`✅ Delivered | Deleted in batches of 1000 rows`).
                (ROW_REMOVAL.test(text) && verdictOfStatus !== 'pass') ||
                context.saysRemoved(text));
            // A row says its runs were meant to fail in so many words (a `❌ Failed` alone is a red run), or its
            // Expected column says the workflow is to fail (`Workflow refuses`, `` `migration-check` fails ``).
            const expected = row.children[expectedAt]?.children.map((node) => (node.type === 'inlineCode' ? `\`${node.value}\`` : (0,lib/* toString */.d)(node))).join('') ?? '';
            // A table of runs tells a red run as failed (`| 25401187523 | ❌ FAILED | … |`).
            const rowFailure = texts.some(parse_context/* expectsFailure */.l2) || WORKFLOW_FAILS.test(expected.trim()) || (ledByRuns && verdictOfStatus === 'fail');
            const renamed = columns.oldName >= 0 && /[\p{L}\p{N}]/u.test(texts[columns.newName] ?? '');
            // Not a row that passes on it: `| CI back to green | ✅ | Run 2314… - cancelled (superseded by a later push) |` claims that run.
            const supersededRow = verdictOfStatus !== 'pass' && texts.some((text) => /\bsuperseded\b/i.test(text));
            const runsBeforeRow = model.runs.length;
            // `| Rollback | — | ➖ SKIPPED |`: a step that did not run has no run to cite.
            const skippedRun = verdictOfStatus === 'not-applicable' && columns.run >= 0 && /^(?:[-—–]+|n\/?a)$/i.test(texts[columns.run]?.trim() ?? '');
            const passedGate = isGate && (decidesRow(verdictOfStatus) ? beside.verdict : verdictOfStatus) === 'pass';
            row.children.forEach((cell, index) => {
                const column = headers[index] ?? '';
                const cellScope = {
                    ...scope,
                    label: `${label} ${column}`,
                    claim: scope.claim || columns.files[index] || claimedByIntro,
                    evidence: passedGate,
                    // What replaced a removed file is checked, also under a Superseded heading.
                    removed: (scope.removed || (removedBy >= 0 && index !== removedBy) || (renamed && index === columns.oldName)) && !REPLACEMENT_COLUMN.test(column),
                    inLink: false,
                    // `| Example failing run |`: the column says its runs failed.
                    // Under a heading for an intended failure, a row that passes tells of a green run (`| Alert fired | ✅ Pass | run |`).
                    failureExpected: (scope.failureExpected && verdictOfStatus !== 'pass') || rowFailure || (0,parse_context/* isFailedRunColumn */.ri)(column),
                };
                const runsBeforeCell = model.runs.length;
                if (index === columns.run && !skippedRun)
                    addRunValue(texts[index], cellStart(cell, line), cellScope, column);
                // A PR cell's number has its `#`: a bare number in a PRs column may be a count.
                if (index === columns.pull && texts[index].startsWith('#'))
                    addPullValue(texts[index], cellStart(cell, line));
                textSoFar = '';
                visitInline(cell.children, cellScope);
                // `| run 11410058312 ✔ |`: the cell claims its run passed, whatever the row's status is.
                if (model.runs.length > runsBeforeCell && !supersededRow && !RERUN.test(texts[index])) {
                    const verdicts = classifier.verdicts(texts[index]);
                    if (verdicts.length > 0 && verdicts.every((verdict) => verdict === 'pass')) {
                        for (const run of model.runs.slice(runsBeforeCell))
                            if (run.expected === 'success')
                                claimedPassed.add(run);
                    }
                }
            });
            // `| Run 1 | Aborted (agent OOM) — superseded | …/runs/118… |`: a run another replaced is history, whatever it did.
            if (supersededRow)
                for (const run of model.runs.slice(runsBeforeRow))
                    run.expected = 'any';
            // `| Runtime probe | 25821430993 | ✅ Passed |`: the row claims its runs passed.
            // So does one whose own cell tells its only run failed: `| Nightly regression | ✅ Passed | run N — failed on the Windows leg |`
            // (beside a green run, a failed one is an earlier attempt: `run #9512044870 | Im ersten Lauf (run #9511870032) fehlgeschlagen`).
            else if (verdictOfStatus === 'pass' && !rowFailure && !texts.some((text) => RERUN.test(text))) {
                const rowRuns = model.runs.slice(runsBeforeRow);
                const green = rowRuns.filter((run) => run.expected === 'success');
                for (const run of green.length > 0 ? green : rowRuns.filter((run) => toldFailed.has(run)))
                    claimedPassed.add(run);
            }
            // A row whose outcome failed tells its runs failed (`| Load test after M3 | 24903340119 | failure — p95 breached |`):
            // none is held to success, though the outcome may be the step's and not the run's, so none is held to failure either.
            else if (verdictOfStatus === 'fail' && !rowFailure)
                for (const run of model.runs.slice(runsBeforeRow))
                    if (run.expected === 'success')
                        run.expected = 'any';
            if (columns.job >= 0 && texts[columns.job] && verdictOfStatus === 'pass')
                passingJobs.push({ name: texts[columns.job], line });
            // A passed row is held to its target, unless its status waives it or says it was changed
            // (`Waived — WVR-31, approved by VP Eng`, `✅ Met (target relaxed to 1.2 s in ADR-0042)`); the target and the
            // value measured against it may stand in their own columns.
            const heldToTarget = !WAIVER.test(status) && !TARGET_CHANGED.test(status);
            // The row's target, read with the bound its metric implies when it is a bare value (`15 minutes` for an RTO).
            const missedRowTarget = (measured) => missedTarget(withImpliedBound(texts[columns.target] ?? '', label), measured);
            const shortOfTargetColumn = () => {
                const target = columns.measured >= 0 ? missedRowTarget(texts[columns.measured] ?? '') : undefined;
                return target ? { measured: texts[columns.measured], target } : undefined;
            };
            if (!isGate) {
                // Outside a gate, a cell whose value misses the target it gives fails: `| p95 at peak | 312 ms (target ≤ 250 ms) |`,
                // and so does a row whose status passes a measured value that misses its target column: `| < 500 ms | 612 ms | ✅ PASS |`.
                const missed = texts.reduce((found, text, at) => found ?? measurementRow(text, line, cellStart(row.children[at], line).column, label), undefined);
                const shortfall = !missed && statusAt >= 0 && verdictOfStatus === 'pass' && heldToTarget ? shortOfTargetColumn() : undefined;
                if (missed)
                    rows.push(missed);
                else if (shortfall)
                    rows.push({ label, status, verdict: 'fail', shortfall, ...cellStart(row.children[statusAt], line) });
                return;
            }
            if (!texts.some(Boolean) || (!beside && isGroupHeader(row.children, statusIndex, body[rowIndex + 1]?.children[columns.label])))
                return;
            // A value measured against the row's target is its result: one that misses fails, and one that meets it, or that
            // cannot be compared with it, states no verdict to judge (the gate's own line or heading states that). So is one
            // row's value beside verdicts: `| Security questionnaire | Score ≥ 80/100 | 91/100 |`.
            if ((columns.measuredStatus || columns.target >= 0) && verdictOfStatus === 'unknown' && isMeasurement(status)) {
                const target = heldToTarget ? missedRowTarget(status) : undefined;
                if (target)
                    rows.push({ label, status, verdict: 'fail', shortfall: { measured: status, target }, ...cellStart(row.children[statusAt], line) });
                return;
            }
            const unjudged = status !== '' && verdictOfStatus === 'unknown' && !classifier.hasStatus(status);
            // In a decision column, a date or a note (`2024-05-01`) is not a verdict to judge; an empty cell is still unfilled.
            // Nor, in results, a row that does not apply, unless its note says it is required after all.
            // A waived row whose waiver has lapsed is judged too: `| WAIVED | Waiver WVR-17 (expired 2024-03-31, not renewed) |`.
            const judgedAfterAll = () => {
                const notes = columns.notes.map((index) => texts[index] ?? '').join('; ');
                return verdictOfStatus === 'not-applicable' && (requiredAfterAll(notes) !== undefined || (WAIVER.test(status) && LAPSED.test(notes)));
            };
            const notJudged = (columns.fromDecision && !columns.fromSignOff && unjudged) ||
                (judgedAsResults && !isResult(status, verdictOfStatus) && !decidesRow(verdictOfStatus) && !judgedAfterAll());
            if (notJudged)
                return;
            // A signature is a pass, unless the cell says the written one is yet to come (`Verbal approval 2024-10-18; written sign-off to follow`).
            const signed = columns.fromSignOff && unjudged && (0,parse_context/* isSignature */.hi)(status);
            const verdict = signed ? (context.notDoneIn(status) === undefined ? 'pass' : 'pending') : verdictOfStatus;
            // The row's notes, and what a passed status says after its verdict (`Approved (verbal), mail will come`).
            // A measured value may say what is still to come as well (`57/58 verified; RC-19 re-execution pending`).
            const notesOf = (text, verdict) => [
                ...columns.notes.map((index) => texts[index] ?? ''),
                columns.measured >= 0 && verdict === 'pass' ? (texts[columns.measured] ?? '') : '',
                verdict === 'pass' || verdict === 'not-applicable' ? afterVerdict(text) : '',
                // `Green*` / `\* Restore test failed on 2024-02-19; pending re-test.`: the footnote the status points to.
                verdict === 'pass' ? footnoteOf(text) : '',
            ]
                .filter(Boolean)
                .join('; ');
            const stated = withNote({ label, status, verdict, ...cellStart(row.children[statusAt], line) }, notesOf(status, verdict), context);
            // `✅¹` / `¹ The point-in-time restore failed (WAL segment missing)`: a footnote that tells only of failure fails its row.
            const footnote = stated.verdict === 'pass' ? footnoteOf(status) : '';
            const footnoteVerdicts = footnote ? classifier.verdicts(footnote) : [];
            const noted = footnoteVerdicts.length > 0 && footnoteVerdicts.every((said) => said === 'fail') ? { ...stated, note: footnote, verdict: 'fail' } : stated;
            // A deviation or finding the row records as still open: `| DEV-0415 open — reason not captured | Pass |`.
            const openDeviation = noted.verdict === 'pass' ? columns.dispositions.map((index) => (0,parse_context/* openDeviationIn */.v8)(texts[index] ?? '')).find(Boolean) : undefined;
            const read = openDeviation ? { ...noted, note: openDeviation, verdict: 'pending' } : noted;
            // A measured value against its target: in their own columns, or written together in a cell (`78 % (target ≥ 80 %)`).
            const judgedOnTarget = read.verdict === 'pass' && heldToTarget;
            const shortfall = judgedOnTarget
                ? (shortOfTargetColumn() ??
                    texts.reduce((found, text) => found ?? missedTargetIn(text), undefined) ??
                    // The target's column, and the value in a note: `| Coverage ≥ 85% | ✅ PASSED | 78% line coverage |`.
                    (columns.target >= 0 && columns.measured < 0
                        ? columns.notes.reduce((found, index) => found ?? missedByNote(texts[columns.target] ?? '', texts[index] ?? ''), undefined)
                        : undefined) ??
                    // The value the status opens with, or a measured column's, against the target's column or the bound the criterion
                    // ends with: `| Restore ≤ 4 hours | ✅ 5 hours |`, `| Latenz (Ziel: ≤ 50 ms) | 62 ms | erfüllt |`.
                    (columns.measured < 0
                        ? missedByCriterion(columns.target >= 0 ? (texts[columns.target] ?? '') : label, columns.measuredAlone >= 0 ? (texts[columns.measuredAlone] ?? '') : status)
                        : undefined))
                : undefined;
            const judged = shortfall ? { ...read, verdict: 'fail', shortfall } : read;
            if (!decidesRow(judged.verdict)) {
                rows.push(judged.verdict === 'pass' ? (unsigned(label, texts, line, row.children) ?? judged) : judged);
                return;
            }
            // The column that decides is read with its own note and the row's, as the status column is.
            const decider = texts[beside.index];
            rows.push(withNote({ label: `${label} — ${headers[beside.index]}`, status: decider, verdict: beside.verdict, ...cellStart(row.children[beside.index], line) }, notesOf(decider, beside.verdict), context));
        });
        if ((isGate || !setAside()) && rows.length > 0 && !inHistory()) {
            // A gate's table of runs, each row led by its run and naming no job, lists attempts at one check:
            // the latest decides (`| 23890377125 | ❌ FAILED |` then `| 23891042217 | ✅ SUCCESS |`); so does one led by
            // a column of attempts (`| Attempt | Date | AUC | Result |` of `1` … `Rejected`, then `2 (after fix)` … `Accepted`).
            const attempts = isGate && ((ledByRuns && columns.job < 0) || ATTEMPT_COLUMN.test(headers[0] ?? ''));
            const kept = attempts ? rows.slice(-1) : redone(rows, otherCells);
            // A row's run that a re-run replaced is history, whatever it did.
            const superseded = new Set(kept.filter((row, index) => row !== rows[index]).map((row) => row.line));
            for (const run of model.runs.slice(runsBefore))
                if (superseded.has(run.line))
                    run.expected = 'any';
            model.gates.push({ title: heading || oneLine(intro) || headers.join(' | '), kind: 'table', line: node.position.start.line, rows: kept, sections: sectionLines() });
        }
        // A table that cites its own runs speaks of those: its jobs are not the run before it.
        if (passingJobs.length > 0 && model.runs.length === runsBefore) {
            checkLists.push({ line: node.position.start.line, items: passingJobs });
        }
    }
    /** A status in a results table that is a result: a pass, a failure, none, an unfilled legend, or a wait that is not a live state. */
    function isResult(status, verdict) {
        if (verdict === 'pass' || verdict === 'fail' || status === '')
            return true;
        // An unfilled legend (`OK / NOK`, `✅/❌`) where a result should be.
        if (verdict === 'unknown' && /[/|]/.test(status) && classifier.hasStatus(status))
            return true;
        return verdict === 'pending' && (classifier.classify(status.replace(LIVE_STATE, ' ')) === 'pending' || BRACKETED_DEVIATION.test(status));
    }
    function visitBlock(node, scope, intro) {
        const previous = previousSentence;
        previousSentence = '';
        switch (node.type) {
            case 'heading':
                visitHeading(node);
                break;
            case 'paragraph':
                visitParagraph(node, scope, previous);
                break;
            case 'list':
                visitList(node, scope, intro);
                break;
            case 'table':
                visitTable(node, scope, intro);
                break;
            case 'blockquote':
                for (const child of node.children)
                    visitBlock(child, scope, '');
                break;
            case 'yaml':
                for (const line of frontMatterLines(node)) {
                    textSoFar = '';
                    visitLine(line, scope);
                }
                break;
            case 'definition':
                // `[ref]: ../runbooks/A.md`: the target of reference-style links, checked where it is defined.
                visitLinkTarget(node.url, node.position.start, scope);
                break;
            case 'html':
                visitHtml(node.value, node.position.start, scope);
                break;
            default:
                break; // code and thematic breaks: no citations
        }
    }
    /** Blocks take their scope from the section they stand in, and a list or table its introduction. */
    function visitChildren(children) {
        let introduction = '';
        for (const child of children) {
            if (child.type === 'blockquote')
                visitChildren(child.children);
            else
                visitBlock(child, baseScope(), introduction);
            // A hard break ends a line as a soft one does: `**Auditor:** …` / `**Workpaper:** …` stay two lines.
            introduction = child.type === 'paragraph' ? child.children.map((node) => (node.type === 'break' ? '\n' : (0,lib/* toString */.d)(node))).join('') : '';
        }
    }
    visitChildren(tree.children);
    model.runs = mergeRuns(model.runs, statements, checkLists, headingMarks, { toldFailed, claimedPassed });
    model.pulls = mergePulls(model.pulls);
    return model;
}
/** Most nodes read for the text after a citation: nodes of no text (empty links) must not make it read the whole line. */
const NODES_REACH = 64;
/** The plain text of the nodes after `index`, up to `SENTENCE_REACH` characters: how a citation's sentence goes on. */
/** The text right after a node: the text node that follows it, or the next line's when it ends its line, else none. */
function textRightAfter(nodes, index, continuation) {
    const next = nodes[index + 1];
    return next?.type === 'text' ? next.value : next === undefined ? continuation : '';
}
function textOfNodesAfter(nodes, index) {
    let text = '';
    for (let next = index + 1; next < nodes.length && next <= index + NODES_REACH && text.length < SENTENCE_REACH; next++)
        text += (0,lib/* toString */.d)(nodes[next]);
    return text.slice(0, SENTENCE_REACH);
}
/** The text of its line before a path, past code and emphasis: the label it stands under (`Planned, **not written yet**: `). */
function lineBefore(nodes, index) {
    let text = '';
    for (let previous = index - 1; previous >= 0 && previous >= index - NODES_REACH && text.length < SENTENCE_REACH; previous--)
        text = (0,lib/* toString */.d)(nodes[previous]) + text;
    return text.slice(text.lastIndexOf('\n') + 1).slice(-SENTENCE_REACH);
}
/**
 * The scope of a cited path, given the text around it: a path noted as deleted (`` `a.ts` (deleted) ``,
 * `` `a.ts` — 🗑️ removed ``, but not `` `a.ts` — removed the old fallback ``), struck through
 * (`` ~~`a.ts`~~ ``) or renamed away (`renamed from `a.ts``) is not expected to exist. `lead` is the paragraph's text
 * before the path, which speaks for a path that opens its line (`(previously⏎`old.md`, renamed …)`).
 */
function citedScope(nodes, index, scope, context, continuation = '', lead = '') {
    const before = nodes[index - 1];
    const after = nodes[index + 1];
    // Only the words next to the path say what became of it: a bounded slice keeps every pattern linear.
    // They go on over a soft break: `is produced by the⏎training pipeline`, `(previously⏎`old.md``.
    const textBefore = before?.type === 'text' ? before.value.slice(-NOTE_REACH) : index === 0 ? lead.slice(-NOTE_REACH) : '';
    const lineGoesOn = continuation !== '' && index + 2 >= nodes.length;
    const textAfter = (after === undefined || after.type === 'text') ? `${after?.value ?? ''}${lineGoesOn ? ` ${continuation}` : ''}`.slice(0, NOTE_REACH) : '';
    // The rest of the sentence, past code and emphasis, and on over a soft break.
    const following = textOfNodesAfter(nodes, index);
    const rest = `${following}${continuation && ` ${continuation}`}`;
    const removed = notedRemoved(textAfter) ||
        (LIST_GOES_ON.test(textAfter) && LISTED_REMOVED.test(rest.slice(0, NOTE_REACH))) ||
        context.notedRemovedAfter(textAfter) ||
        notedElsewhere(textAfter) ||
        ELSEWHERE_BEFORE.test(textBefore) ||
        /\b(?:replaces|replacing|supersedes|superseding|instead\s+of)\s*$|(?:^|[^\p{L}])(?:deleted|removed)(?:\s+(?!(?:from|in|of|inside|within)\b)[\w-]+){0,3}\s*:?\s*$/iu.test(textBefore) ||
        OLD_NAME_BEFORE.test(textBefore) ||
        RENAMED_AWAY_AFTER.test(textAfter) ||
        // `Die Checkliste `alt.md` wurde in `neu.md` umbenannt`: the German verb comes last.
        (/^\s*(?:wurde|wurden|ist|sind)\s+(?:in|nach|zu)\s*$/i.test(textAfter) && /^(?:[^.;]|\.(?=\S))*?\b(?:umbenannt|verschoben|verlegt)\b/i.test(rest)) ||
        // Of the file itself, not of something for it: `Unit tests for `a.py` are not written yet`.
        (!/\b(?:for|of|to|in|on|from|with|about|against)\s*\(?\s*$/i.test(textBefore) &&
            NOT_WRITTEN_AFTER.test(rest.split(CLAUSE_END)[0])) ||
        OTHER_BRANCH_AFTER.test(following) ||
        PLANNED_LABEL.test(lineBefore(nodes, index)) ||
        // `- [ ] Write `docs/runbooks/QUERY_KILL.md``: a box not ticked that asks for the file is work still to do.
        (scope.unticked === true && index === 1 && TO_WRITE_BEFORE.test(textBefore)) ||
        (textBefore.endsWith('~~') && textAfter.startsWith('~~')) ||
        // `old.ts` → `new.ts`, `Moved `old.sh` to `new.sh``: the old name of a rename
        ((/^\s*(?:→|->|=>)\s*$/.test(textAfter) || (/\b(?:moved|renamed|migrated)\s*$/i.test(textBefore) && /^\s*(?:to|into|as)\s*$/i.test(textAfter))) &&
            (nodes[index + 2]?.type === nodes[index].type || nodes[index + 2]?.type === 'link'));
    return removed ? { ...scope, removed: true } : scope;
}
/**
 * Words before a path that make it a file's old name, in the languages of the built-in words: `renamed from`,
 * `Replaced`, `(previously`, `formerly`, `was previously generated as`, `rinominato da`, `hernoemd van`, `anciennement`.
 */
const OLD_NAME_BEFORE = new RegExp(String.raw `(?:^|[^\p{L}])(?:(?:renamed|moved|rinominat[oaie]|spostat[oaie]|renomm[ée]e?s?|d[ée]plac[ée]e?s?|hernoemd|verplaatst|umbenannt|verschoben|renombrad[oa]s?|movid[oa]s?|trasladad[oa]s?|renomead[oa]s?)\s+(?:from|da|de|depuis|van|von|desde)|replaced` +
    String.raw `|previously|formerly|(?:was|were)\s+previously\s+[\p{L}-]+\s+(?:as|at|in)|anciennement|pr[ée]c[ée]demment|voorheen|precedentemente|fr[üu]her|anteriormente)\s*:?\s*$`, 'iu');
/**
 * Words after a path that say the file went elsewhere under another name, in the languages of the built-in words (with or
 * without the auxiliary): `was replaced by`, `renamed to`, `was merged into`, `is superseded by`, `a été déplacé vers`,
 * `is vervangen door`, `è stato rinominato in`, `wurde umbenannt in`, `fue movido a`, `se sustituyó por`, `foi renomeado
 * para`; also after `; that file` (`… were in `old.md`; that file was renamed to …`).
 */
const RENAMED_AWAY_AFTER = new RegExp(String.raw `^[\s),]*(?:;\s*(?:that|this|the)\s+(?:old\s+)?(?:file|document|page)\s+|(?:(?!(?:was|were|is|are|has|have|got|and|or|but|while|then|that|where|with)\b)[\p{L}-]+\s+){0,2}?)(?:` +
    String.raw `(?:(?:was|were|has\s+been|have\s+been|got)\s+)?(?:renamed|moved)\s+(?:to|as|into)|(?:was|were|has\s+been|have\s+been|is|are)\s+(?:replaced\s+(?:by|with)|superseded\s+by|(?:merged|consolidated|folded)\s+into)` +
    String.raw `|(?:(?:a|ont|est|sont)\s+(?:été\s+)?)?(?:déplacée?s?|renommée?s?|remplacée?s?)\s+(?:vers|en|par|dans|sous)` +
    String.raw `|(?:(?:is|zijn|werd|werden)\s+)?(?:vervangen|verplaatst|hernoemd)\s+(?:naar|door|tot|als)` +
    String.raw `|(?:(?:è|sono)\s+stat[oaie]\s+)?(?:spostat[oaie]|rinominat[oaie]|sostituit[oaie])\s+(?:in|a|da|con|nel|nella)` +
    String.raw `|(?:(?:wurde|wurden|ist|sind)\s+)?(?:umbenannt|verschoben|ersetzt|verlegt)\s+(?:in|nach|zu|durch)` +
    String.raw `|(?:(?:fue|fueron|ha\s+sido|han\s+sido)\s+)?(?:movid[oa]s?|renombrad[oa]s?|reemplazad[oa]s?|sustituid[oa]s?|trasladad[oa]s?)\s+(?:a|como|por|con|en)` +
    String.raw `|se\s+(?:sustituyó|reemplazó|movió|renombró|trasladó|eliminó|borró)` +
    String.raw `|(?:(?:foi|foram|é|são)\s+)?(?:renomead[oa]s?|movid[oa]s?|substituíd[oa]s?|transferid[oa]s?)\s+(?:para|por|como|em))(?![\p{L}])`, 'iu');
/**
 * A label that opens its line and says the files after it are still to come: `Planned, **not written yet**:`,
 * `Planned (not in this PR):`, `Still to be written:`; not `Planned deliverables (all delivered):`.
 */
const PLANNED_LABEL = /^\W*(?:planned|planificado|previsto|prévu|geplant|not\s+(?:yet\s+)?(?:written|created|drafted)|(?:still\s+)?to\s+be\s+(?:written|created|drafted)|upcoming|will\s+be\s+added|follow[- ]?ups?\s*\(\s*to\s+be\s+written)\b(?![^:]*\b(?:delivered|done|complete|completed|merged|shipped|landed|implemented|now\s+written|written\s+and)\b)[^.!?:]{0,60}:(?!(?:[^.;!?]|[.!?](?=\S))*\b(?:delivered|done|merged|(?<!not\s+(?:yet\s+)?)written)\b)(?:[^.;!?]|[.!?](?=\S))*$/i;
/** The words that open a box asking for a file to be made: `Write `, `Draft the `, `Add a new `. */
const TO_WRITE_BEFORE = /^\s*(?:write|draft|author|add|create)\s+(?:(?:a|an|the)\s+)?(?:new\s+)?$/i;
/** A file put on another branch: `` `tests/fixtures/canary.txt` on branch `sec/proof` ``, `on a throwaway branch`; not `on branch main`. */
const OTHER_BRANCH_AFTER = /^\s*on\s+(?:(?:a|the|its|that)\s+)?(?!(?:main|master|trunk|develop|default|release|production)\s)(?:[\w-]+\s+)?branch\b(?!\s*(?:main|master|trunk|develop|default)\b)/i;
/**
 * The rest of the sentence after a path says the file was never made: `(`docs/runbooks/pg-upgrade.md`) was
 * discussed but is **not** written yet`, `` `a.md` has not been created ``, `` (`a.md`, not yet written) ``, `` `a.md` - to
 * be written after the session ``, `` `a.md` — will be written when … ``; not `is not written to by the job`, nor what is not
 * written of it (`Unit tests for `a.py` are not written yet`, `` `a.md` exists, but its rollback section is not written ``).
 */
const NOT_WRITTEN_AFTER = /^[\s)]*(?:(?:is|are|was|were)\s+(?:discussed|proposed|planned|considered|outlined)\s+but\s+)?(?:is|are|was|were|has|have)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:written|created|drafted|added|committed)\b(?!\s+(?:to|by|into|over|back|from|in\s+place)\b)|^[\s,)]*(?:[—–:(-]\s*)?(?:(?:planned|proposed)\s*[,;]?\s*)?(?:not\s+yet\s+(?:written|created|drafted|added|committed)|not\s+(?:written|created|drafted)\s+yet|(?:yet\s+)?to\s+be\s+(?:written|created|drafted)|will\s+be\s+(?:written|created|drafted)(?!\s+(?:to|by|into)\b))\b/i;
/**
 * A passed row whose note says the work is not done yet (`✅ | AI-3 still in progress`, `- [x] Privacy
 * label updated — TODO: add the SDK's data types`) is still pending; its status shows why.
 */
function withNote(row, note, context) {
    // `| Not tested | No emergency changes in sample; control not relied upon |`: there was nothing to test.
    const nothing = row.verdict === 'pending' && NOT_EXERCISED.test(row.status) ? noteClauses(note).find((clause) => NOTHING_TO_TEST.test(clause)) : undefined;
    if (nothing)
        return { ...row, note: nothing, verdict: 'not-applicable' };
    // `| Closed | Retest: payload still reflected unencoded — vulnerable |`: the retest found it open.
    const stillFailing = row.verdict === 'pass' && !/\b(?:as\s+expected|by\s+design|as\s+designed)\b/i.test(note) && !/\b(?:mitigat\w*|accepted|compensat\w*)\b/i.test(row.status)
        ? stillFailingIn(note)
        : undefined;
    if (stillFailing)
        return { ...row, note: stillFailing.replace(/^[\s—–-]+/, ''), verdict: 'fail' };
    // `| N/A | Out of scope for this retest; pinning is required by PCI DSS and must be verified before go-live |`.
    const required = row.verdict === 'not-applicable' ? requiredAfterAll(note) : undefined;
    if (required)
        return { ...row, note: required, verdict: 'pending' };
    // `Waived`, `Risk accepted`, `Exception approved`: a row let through by a waiver, granted or not yet.
    const waiver = (row.verdict === 'not-applicable' && WAIVER.test(`${row.status} ${note}`)) ||
        (row.verdict === 'pass' && (WAIVER.test(row.status) || PASSED_BY_WAIVER.test(note)));
    // Not what the note puts outside the gate: `optional soak test not run yet (not required for this gate)`, `prod smoke not run yet; that is Gate 5`.
    const notDone = (row.verdict === 'pass' || waiver) && note && !OUTSIDE_GATE.test(note) && !INTENDED_STATE.test(note) ? context.notDoneIn(note) : undefined;
    // A waiver stands once granted: it waits only for its own decision (`decision expected next week`,
    // `submitted to the CISO`), not for work it allows to follow (`retest scheduled for 12 June`).
    // One that has expired or lapsed no longer stands: `Risk accepted (expired)`.
    const lapsed = waiver ? LAPSED.exec(`${row.status} ${note}`)?.[0] : undefined;
    if (lapsed && !notDone)
        return { ...row, note: lapsed, verdict: 'pending' };
    if (!notDone || (waiver && !WAIVER_DECISION.test(notDone)))
        return row;
    return { ...row, note: notDone, verdict: 'pending' };
}
/** A note that says a waiver lets a passed row through: `covered by waiver WV-88`, `accepted under a waiver`. */
const PASSED_BY_WAIVER = /\b(?:covered|accepted|granted|allowed|passed|released)\s+(?:by|under|via|per)\s+(?:a\s+|the\s+)?(?:waiver|exception|risk\s+acceptance)\b/i;
/** A waiver that no longer stands, or never did: `expired 2024-03-31`, `rejected by CAB`, `renewal not granted`. */
const LAPSED = /\b(?:expired|lapsed|revoked|rejected|denied|declined|refused|withdrawn|not\s+(?:granted|renewed|approved))\b/i;
/**
 * A note that says the state it tells is the intended one: `— not enabled yet, by design`, `not yet decommissioned,
 * intentionally`, `stays off as required until CAB approval`, `turning it on is the separate change CHG-2210`.
 */
const INTENDED_STATE = /\b(?:by\s+design|intentionally|on\s+purpose|deliberately|as\s+(?:required|designed|intended|planned)|(?:is|as)\s+(?:a|the)\s+separate\s+change)\b/i;
/** Words that mark a first attempt, and a later one: `first attempt`; `re-run`, `second try`, `omkörning`. */
const FIRST_ATTEMPT = String.raw `(?:first|initial|1st|original)\s+(?:attempt|try|run|scan)`;
const LATER_ATTEMPT = String.raw `re-?run|re-?try|retried|re-?test(?:ed)?|re-?scan(?:ned)?|re-?execution|(?:second|third|2nd|3rd|final)\s+(?:attempt|try|run)|omkörning|körd\s+igen|wiederholung|relance|reintento|reejecución|ponowienie|ripetizione|herhaling|再実行`;
/** Where a label marks its attempt: in a bracket, or after a dash or a comma. */
const MARKED = String.raw `(?:[(\[]|[—–,]|\s-)\s*`;
/** A row's label that marks a first attempt: `Plan (attempt 1)`, `Slim CI — first attempt`. */
const FIRST_MARK = new RegExp(String.raw `${MARKED}${FIRST_ATTEMPT}\b|\b(?:attempt|try)\s*#?\s*1\b`, 'i');
/** A row's label that marks a later attempt: `Node pool (re-run)`, `Plan (attempt 2)`, `Restore — retry`. */
const REDO_MARK = new RegExp(String.raw `${MARKED}(?:${LATER_ATTEMPT})(?![\p{L}])|\b(?:attempt|try)\s*#?\s*[2-9]\b`, 'iu');
/** Another cell of a row that opens with its attempt: `| Q1 2024 | Initial scan 2024-02-02 | Fail |`, `| Q1 2024 | Rescan 2024-02-16 | Pass |`. */
const FIRST_CELL = new RegExp(String.raw `^\W*${FIRST_ATTEMPT}\b`, 'i');
const REDO_CELL = new RegExp(String.raw `^\W*(?:${LATER_ATTEMPT})(?![\p{L}])`, 'iu');
/** A bracket's part that only marks an attempt: `re-run` of `(Firefox, re-run)`, `attempt 2`. */
const ONLY_ATTEMPT = new RegExp(String.raw `^(?:${FIRST_ATTEMPT}|${LATER_ATTEMPT}|(?:attempt|try)\s*#?\s*\d)$`, 'iu');
/**
 * What a row is of, without its attempt's marks and its note after a dash: `Plan` of `Plan (attempt 2)`, `Slim CI` of
 * `Slim CI — after the fix`, `E2E tests (Firefox)` of `E2E tests (Firefox, re-run)`.
 */
const attemptNamed = (label) => label
    .split(/\s+[—–-]\s+/)[0]
    .replace(/\s*[(\[]([^()[\]]*)[)\]]/g, (_, inside) => {
    const left = inside.split(/\s*,\s*/).filter((part) => !ONLY_ATTEMPT.test(part.trim()));
    return left.length > 0 ? ` (${left.join(', ')})` : '';
})
    .trim()
    .toLowerCase();
/** The same step: the same name, or one with a qualifier the other lacks (`Slim CI (state:modified+)`, `Slim CI`). */
const sameAttempt = (a, b) => a !== '' && (a === b || (!b.includes('(') && a.startsWith(`${b} (`)) || (!a.includes('(') && b.startsWith(`${a} (`)));
/**
 * A row that did not pass, redone by a later row of the same table that did, is superseded: `| Node pool | Failed,
 * see below |` then `| Node pool (re-run) | Succeeded |`, `| Plan (attempt 1) | Failed |` then `| Plan (attempt 2) |
 * Passed |`, `| Q1 2024 | Initial scan | Fail |` then `| Q1 2024 | Rescan | Pass |`. One of the two says it is an attempt
 * (in its label, or in another cell it opens: `otherCells`), and both are of the same thing. It no longer applies, and
 * says which row replaced it.
 */
function redone(rows, otherCells = () => []) {
    const first = (row) => FIRST_MARK.test(row.label) || otherCells(row).some((cell) => FIRST_CELL.test(cell));
    const again = (row) => REDO_MARK.test(row.label) || otherCells(row).some((cell) => REDO_CELL.test(cell));
    if (!rows.some((row) => first(row) || again(row)))
        return rows;
    return rows.map((row, index) => {
        if (row.verdict !== 'fail' && row.verdict !== 'pending')
            return row;
        const of = attemptNamed(row.label);
        const redo = rows
            .slice(index + 1)
            .find((later) => later.verdict === 'pass' && sameAttempt(of, attemptNamed(later.label)) && (first(row) || again(later)));
        return redo ? { ...row, verdict: 'not-applicable', note: `superseded by the later attempt at line ${redo.line}` } : row;
    });
}
/** A status that says the target itself was changed: `✅ Met (target relaxed to 1.2 s in ADR-0042)`. */
const TARGET_CHANGED = /\b(?:target|threshold|budget|slo|limit)\s+(?:was\s+)?(?:relaxed|revised|adjusted|changed|raised|lowered|updated|amended)\b/i;
/** A note that puts what it says outside the gate: `optional`, `not required for this gate`, `that is Gate 5`. */
const OUTSIDE_GATE = /\b(?:optional|non-blocking|not\s+(?:required|needed|blocking)\s+(?:for|by)\s+this\s+gate|not\s+part\s+of\s+this\s+gate|(?:that|which|it)\s+is\s+gate\s+\d+|is\s+gate\s+\d+\s+and)\b/i;
/** A vote against: `Reject — prefers the Sunday window`, `Against`, `No`, `Oppose`. */
const DISSENT = /^\W*(?:reject(?:ed)?|against|no(?![\w-])|nay|oppose[ds]?|disapprove[ds]?)\b/i;
/** A note that says what the row passed is still broken: `still vulnerable`, `payload still reflected unencoded — vulnerable`, `still reproducible`. */
const STILL_FAILING = /\bstill\s+(?:[\w-]+\s+){0,4}?(?:vulnerable|exploitable|reproducible|reproduces|broken)\b|(?:[—–]|\s-)\s*(?:still\s+)?(?:vulnerable|exploitable)\s*\.?$/i;
/**
 * What a note says after a finding still open that undoes it: `retest 2: fixed`, `none deployed`, `(false positive)`.
 * (A `Mitigated` or accepted status keeps its still-vulnerable library; see `withNote`.)
 */
const FIXED_AFTER_ALL = /\b(?:fixed|resolved|remediated|decommissioned|retired|no\s+longer|false\s+positive|not\s+affected|none\s+deployed|unsupported)\b/i;
/** What `STILL_FAILING` finds in a note, unless the note goes on to say it was fixed, or speaks of old versions or of history. */
const stillFailingIn = (note) => {
    const found = STILL_FAILING.exec(note);
    if (!found)
        return undefined;
    const before = note.slice(0, found.index);
    return FIXED_AFTER_ALL.test(note.slice(found.index)) || /\b(?:previously|versions?\s+(?:before|prior|below|older))\b(?![^;.]*\bbut\b)[^;.]*$/i.test(before) ? undefined : found[0];
};
/**
 * A clause of a not-applicable row's note that says it applies after all: `is required by PCI DSS 4.0`, unless for
 * something else (`is mandatory for UI changes`) or negated (`is not required`); `requires captions before
 * publication`, not `the service requires a restart`; `must be verified before go-live`.
 */
const REQUIRED_NOTE = /(?<!\b(?:not|n['’]t|never)\s+)\b(?:(?:is|are)\s+(?:still\s+)?(?:required|mandatory)\b(?![^]*\bfor\b(?!\s+(?:go-?live|release|launch|production|publication|ga|sign-?off)\b))|requires?\s+(?!(?:no|none|nothing)\b)[^]*\bbefore\s+(?:publication|publishing|go-?live|release|launch|production|ga|sign-?off)\b)/i;
const MUST_BE_DONE = /\bmust\s+(?:still\s+)?be\s+(?:verified|tested|done|completed|fixed|implemented|retested|provided|added)\b/i;
/** A clause that makes it a condition: `required only if card data is stored`, `would require a retest`. */
const CONDITIONAL = /\b(?:if|when|whenever|would|only|unless|once|should|where)\b/i;
/** The clause of a not-applicable row's note that says it applies after all, if one does. */
const requiredAfterAll = (note) => /\brequire|\bmandatory|\bmust\b/i.test(note) ? noteClauses(note).find((clause) => (REQUIRED_NOTE.test(clause) || MUST_BE_DONE.test(clause)) && !CONDITIONAL.test(clause)) : undefined;
/**
 * A note that opens by saying the item was put off to a later time: `— postponed to the next window`,
 * `— rescheduled to Friday`, `— reportée au 15 novembre`, `— verschoben auf KW 16`, `— aplazado a`,
 * `— adiado para` (not `postponed from March`, nor `verschoben nach config/`, moved).
 */
const POSTPONED_NOTE = /^[\s—–:;(-]*((?:(?:postponed|rescheduled|re-scheduled|pushed\s+(?:back|out))\s+(?:to|until|till)|verschoben\s+(?:auf|bis)|report[ée]e?s?\s+(?:au|à|en|jusqu)|(?:aplazad|pospuest|postergad)[oa]s?\s+(?:a|al|para|hasta)|adiad[oa]s?\s+(?:para|até))(?![\p{L}])[^,;()]*)/iu;
/** The note of a checklist item: what follows a dash, a colon or a semicolon after its name, or a bracket. */
function itemNote(text) {
    const start = /\s[—–-]\s|[:;]\s|\(/.exec(text);
    return start ? text.slice(start.index) : '';
}
/** `text` without the characters of `chars` at its end; a loop, as a pattern anchored at the end is quadratic on a long run of them. */
function trimEnd(text, chars) {
    let end = text.length;
    while (end > 0 && chars.includes(text[end - 1]))
        end--;
    return text.slice(0, end);
}
/** `(not needed)` is `not needed`; `not needed (N/A)` keeps its bracket. */
const unbracketed = (text) => {
    const trimmed = text.trim();
    return /^\([^()]*\)$/.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
};
/** Words that say a build or a run went green: `build green`, `tests passed`, `pipeline succeeded`. */
const GREEN_CLAIM = /\b(?:green|passed|passing|succeeded|successful(?:ly)?)\b/i;
/**
 * A sentence that opens by calling the run it cites a failed one: `The failed run is kept for traceability:
 * <url>`, `Failed nightly run (kept for the audit trail):`, `La ejecución fallida queda registrada: <url>`; not
 * `Failed runs: none since the fix`, nor a sentence that tells of a re-run (`Se relanzó la ejecución fallida`).
 */
const FAILED_RUN = /^\W*(?:(?:see|check|open|view)\s+)?(?:(?:the|this|that|our|a|an)\s+)?(?:failed|failing|red|broken|cancell?ed|aborted)\s+(?:[\w-]+\s+)?(?:runs?|builds?|pipelines?|jobs?|executions?|attempts?|workflow\s+runs?)\b(?!\s*:\s*(?:none|0|zero|nil)\b)|^\W*(?:(?:la|una|esta)\s+)?(?:ejecuci[óo]n|corrida)\s+fallida\b|^\W*(?:(?:der|ein|dieser)\s+)?fehlgeschlagene[nr]?\s+\p{L}*lauf\b|^\W*(?:l['’]|une\s+|cette\s+)?ex[ée]cution\s+[ée]chou[ée]e\b/iu;
/**
 * A command that runs a script of the repository, with its arguments: `scripts/backup.sh --verify`,
 * `python scripts/check.py --all`, `./scripts/perf/run_baseline.sh --users 500`: a script in a folder of scripts is
 * cited (not build output, `node dist/cli/index.js`, nor a tool of a test, `python exploit/poc.py`).
 */
const SCRIPT_RUN = /^(?:(?:sudo\s+)?(?:python3?|bash|sh|zsh|node|ruby|pwsh|perl|bun|tsx)\s+)?((?:\.\/)?(?:scripts?|tools|bin|ci|ops|hack|\.github)(?:\/[\w.-]+)+\.(?:sh|bash|py|ps1|rb|js|mjs|cjs|ts|pl))\s/;
const scriptRun = (code, claim) => {
    const script = SCRIPT_RUN.exec(code.trim())?.[1];
    return script === undefined ? undefined : pathCandidate(script, claim);
};
/**
 * The clause of a sentence that cites a run, when the sentence cites another run too: what `failed as intended`
 * says belongs to the run of its clause (`Deliberate failure run 24013377881 (failed as intended), revert run
 * 24013590112 green`). A sentence of one run is read whole (`Run 123, which is expected to fail`).
 */
function ownClause(context, cited) {
    if ((context.match(/actions\/runs\/\d|\brun\s+#?\d{7,}/gi)?.length ?? 0) < 2)
        return context;
    const at = context.indexOf(cited);
    if (at < 0)
        return context;
    const from = Math.max(context.lastIndexOf(',', at), context.lastIndexOf(';', at)) + 1;
    const next = context.slice(at + cited.length).search(/[,;]/);
    return context.slice(from, next < 0 ? undefined : at + cited.length + next);
}
/** A sentence about an earlier attempt of a run: `The first attempt of run N failed`, `attempt 1 timed out`. */
const EARLIER_ATTEMPT = /\b(?:first|initial|earlier|previous|original)\s+(?:attempt|try)\b|\battempt\s+(?:#\s*)?1\b/i;
/** Words besides a verdict that tell a run failed, anywhere in its note: `was red`, `timed out`, `schlug … fehl`. */
const TOLD_FAILED_IN = new RegExp(String.raw `\b(?:(?:went|was|turned)\s+red|${parse_context/* TOLD_FAILED */.I9}|schlug)\b`, 'i');
/** Words that say a run failed: `failed`, `went red`, `timed out`, `échoué`, `fallito`, `fehlgeschlagen`. */
const RUN_FAILED = /\b(?:failed|went\s+red|errored|timed\s+out|broke)\b|[ée]chou[ée]|\bfall(?:ó|ido|ida|ito|ita)(?![\p{L}])|fehlgeschlagen/iu;
/**
 * A sentence that says every gate passed: `All acceptance criteria met.`, `**All residency gates passed ✅**`, `All five
 * fairness gates passed;`, `All eight REMIT controls passed;`, `All in-scope requirements under Req. 6 and Req. 8 are **Compliant**`. Not under a condition
 * (`Once all gates are green, we deploy`), negated (`Not all criteria were met`), nor one that names what did not pass
 * (`All gates passed except G4`, `all criteria met, sign-off pending`).
 */
const SUMMARY_CLAIM = /(?<!\bnot\s+)(?<!\b(?:if|once|when|until|unless|after|before|whether|soon\s+as|had)\s+)\b(?:all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+)?|every\s+|each\s+)((?:[\w.-]+\s+){0,3})(?:gates?|criteria|criterion|requirements?|controls?)\b(?:[^;:.!?\n]|\.(?=\s?\d)){0,50}?\s(?:(?:have|has)\s+(?:been\s+)?|were\s+|are\s+|is\s+)?\**\s*(?:passed|met|green|compliant|satisfied|fulfilled)\b/i;
/** The same in German, French and Spanish: `Alle Quality Gates bestanden`, `Tous les critères sont respectés`, `Todos los criterios se cumplen`. */
const OTHER_SUMMARY_CLAIM = /(?<!\b(?:nicht|pas|no|wenn|sobald|si|une\s+fois\s+que|cuando)\s+)(?<![\p{L}])(?:alle|tous\s+les|toutes\s+les|todos\s+los|todas\s+las)\s+((?:[\p{L}.-]+\s+){0,3}?)(?:gates?|kriterien|abnahmekriterien|anforderungen|pr[üu]fungen|crit[èe]res|exigences|contr[ôo]les|criterios|requisitos|controles)(?![\p{L}])(?:[^;:.!?\n]){0,40}?\s(?:(?:sind|wurden|ont\s+été|sont|se|han\s+sido|fueron|están)\s+)?\**\s*(?:bestanden|erf[üu]llt|eingehalten|gr[üu]n|valid[ée]e?s|respect[ée]e?s|atteints?|satisfaites?|conformes|pass[ée]e?s|cumplen|cumplidos|cumplidas|superados|superadas|aprobados|aprobadas)(?![\p{L}])/iu;
/**
 * Words before or in a summary that make it a plan, a hope or a rule, not a result: `We expect all gates to be green by
 * …`, `all gates will be met`, `Release rule: all gates must be green`, `The goal is that all criteria are met`.
 */
const NOT_YET_CLAIMED = /\b(?:will|would|shall|should|must|need(?:s|ed)?|to\s+be|expect(?:s|ed|ing)?|anticipat\w*|hope[sd]?|plan(?:s|ned)?|aim(?:s|ed)?|goal|objective|intend\w*|rule|policy|m[üu]ssen|muss|sollen|soll|werden|wird|doivent|doit|devront|seront|deben|debe|deber[áa]n|ser[áa]n|ziel|objectif|objetivo)\b/i;
/** A sentence about another release or an earlier time: `Last year all gates passed`, `In the 2023 pilot, all gates passed`. */
const EARLIER_TIME = /\b(?:last|previous|prior|earlier|former)\s+(?:year|release|sprint|cycle|quarter|version|pilot|phase|wave|time|round)\b|\bin\s+(?:the\s+)?(?:\d{4}\s+)?pilot\b/i;
/** A release, sprint or version a sentence names (`In sprint 41`, `For rc1`, `in release 0.9`): its id, to compare with the report's title. */
const NAMED_RELEASE = /\b(?:in|for|during|of)\s+(?:the\s+)?(?:sprint|release|version|rc|v)\s*#?\s*(\d[\w.-]*)/i;
/**
 * The claim of a sentence that every gate passed, with the words that narrow which; undefined when it makes none, or
 * makes it of another release than the one the report's `title` names.
 */
function summaryClaimIn(text, title) {
    if (!/\b(?:all|every|each|alle|tous|toutes|todos|todas)\b/i.test(text))
        return undefined;
    const match = SUMMARY_CLAIM.exec(text) ?? OTHER_SUMMARY_CLAIM.exec(text);
    if (!match || summary/* TELLS_EXCEPTION */.jb.test(text) || text.trimEnd().endsWith('?'))
        return undefined;
    const before = text.slice(0, match.index).split(/[.!?](?:\s|$)/).pop() ?? '';
    const sentence = `${before}${match[0]}${text.slice(match.index + match[0].length).split(/[.!?;](?:\s|$)/)[0]}`;
    if (NOT_YET_CLAIMED.test(`${before}${match[0]}`) || EARLIER_TIME.test(sentence))
        return undefined;
    const release = NAMED_RELEASE.exec(sentence)?.[1].replace(/\.$/, '').toLowerCase();
    if (release && !title.toLowerCase().split(/[^\w.-]+/).some((word) => word.replace(/\.$/, '') === release))
        return undefined;
    return { text: match[0].replace(/\*+/g, '').trim(), scope: (0,summary/* summaryScope */.de)(match[1]) };
}
/** A turn to what happened next: `…; then passed`, `now green`, `since fixed`. */
const LATER_TURN = /\b(?:then|later|now|since|after|afterwards|subsequently|next|until|before|fixed|but|however)\b/i;
/** Another run named in the clause: what it says is of that run (`; run 1234 passed`, `the re-run is green`). */
const RUN_MENTION = /\b(?:runs?|builds?|attempts?|jobs?|pipelines?)\b|\d{6,}/i;
/**
 * A re-run told as done: `was re-run`, `re-ran`, `and re-run`, `re-triggered`, `restarted, passed`, `the re-run passed`,
 * `passed on retry`, `attempt 2`; not one still to do (`has to be re-run`).
 */
const RERAN = /\bre-?ran\b|\b(?:was|were|been|got|and)\s+re-?(?:run|triggered|tried|started)\b|\bre-?(?:triggered|started|executed)\b|\brestarted\b|\bre-?run\s+(?:passed|succeeded|finished\s+green|was\s+green|went\s+green|is\s+green)|\bretried\b|\b(?:on|after)\s+(?:a\s+|the\s+)?(?:re-?run|retry)\b|\battempt\s*#?\s*[2-9]/i;
/** Attacks that a run made, before it: `Every injection attempt in run N failed` is no failure of the run. */
const ATTACKS_IN_RUN = /\b(?:attacks?|payloads?|exploits?|(?:injection|attack|intrusion|login|brute[- ]force|bypass|exploit)\s+attempts?)\b[^.;]{0,40}\b(?:in|during|within)\s+(?:the\s+)?(?:(?:ci|workflow)\s+)?(?:(?:run|build)\s*#?\s*)?$/i;
/**
 * A failure told as what a check wanted: `proving the guard works`, `as it should`, `exactly as the gate requires`,
 * `the intended result`, `confirming that the canary gate blocks bad builds`, `(good!)`, a negative control.
 */
const FAILURE_AS_EVIDENCE = /\b(?:prov(?:es|ed|ing)|confirm(?:s|ed|ing))\s+(?:that\s+)?(?:the\s+)?[\w-]+\s+(?:\w+\s+)?(?:works?|blocks?|holds?|catches|rejects?|refuses?)\b|\bas\s+it\s+should\b|\bas\s+(?:the\s+)?[\w-]+\s+requires\b|\bthe\s+intended\s+result\b|\(good!?\)|\bnegative\s+(?:control|test)\b|\bwhat\s+the\s+[\w-]+\s+is\s+for\b/i;
/** The run, a retry or its jobs told as passing after its failure: `the retry passed`, `a second attempt succeeded`, `it went green`. */
const LATER_PASS = /\b(?:retry|retrying|re-?runs?|attempt|it|jobs?|everything|the\s+run)\b[^.;]{0,40}?\b(?:passed|succeeded|went\s+green|was\s+green|is\s+green)\b/i;
/** A re-run denied: `has not been re-run since`, `was never re-run`, `nobody re-ran the suite`. */
const NO_RERUN = /\b(?:not|never|n['’]t|nobody|no\s+one)\s+(?:yet\s+)?(?:been\s+|be\s+)?re-?(?:run|ran|triggered|tried|started|executed)\b/gi;
/** A sentence about what would have happened: `If run N had failed, the apply would have been blocked`. */
const COUNTERFACTUAL = /\b(?:if|unless|whether)\b[^.;]*\b(?:had|would|were)\b|\bwould\s+have\s+failed\b/i;
/** A sentence that tells of a re-run: `re-ran the failed jobs`, `Se relanzó`, `a été relancée`, `erneut`. */
const RERUN = /\bre-?(?:ran|run|running|tried|triggered)\b|\bretr(?:y|ied)\b|\brelan[zc]|\berneut\b|\bwiederhol/i;
/** Words that say a run passed; a fix (`fixed in #45`) is of the code, not the run. */
const RUN_PASSED = /\b(?:pass(?:ed|es|ing)?|succeed(?:ed|s)?|success(?:ful(?:ly)?)?|green)\b|✅/i;
/** A heading about removed or deprecated things of the code, not files: `Deprecated API check`, `Removed feature flags`. */
const REMOVED_THINGS_CHECKED = /\b(?:deprecated|removed|deleted|retired)\s+(?:apis?|endpoints?|features?|feature\s+flags?|flags?|functions?|methods?|fields?|parameters?|settings?|check|checks|scan|usage)\b/i;
/** What a waiver waits for when it is not yet granted, or no longer is: a decision, an approval, a signature, a renewal. */
const WAIVER_DECISION = /\b(?:decision|decide[ds]?|approv\w*|sign(?:ed|ature|-?off)?|grant\w*|submitted|ciso|cab|renew\w*|expired|lapsed|awaiting|draft|accept\w*|confirm\w*|committee)\b/i;
/** A row let through by a waiver or an exception rather than by its result. */
const WAIVER = /\b(?:waived|waiver|(?<!\bno\s)exceptions?(?!\s+noted)|exemption|risk[- ]accept(?:ed|ance))\b/i;
/** What follows a heading's last dash or colon: `Effective` of `Control 2: Blocked accounts cannot log in — Effective`. */
const CHECK_SLOT = /(?:\s[—–-]\s|:\s)([^—–:]*)$/;
/** A title on one line, as findings quote it: an introduction's line breaks become spaces. */
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
/** A count of failures, as a pattern's source: `3 failed`, `2 test failures`, `1 error`. */
const FAILURE_COUNT = String.raw `[1-9][\d,]*\s+(?:[\w-]+\s+)?(?:failed|failing|failures?|errors?)`;
/** A status's opening words and the account after its dash: `Pass — request rejected with HTTP 400` (not a colon: `Passed: 0`). */
const OPENING_VERDICT = /^(.{1,30}?)(?:\s+[—–-]\s+|\s*[—–]\s+)(\S[^]*)$/;
/** An account after a pass that says it failed after all: see `openingPass`. */
const ACCOUNT_FAILS = new RegExp(String.raw `^(?:but|however|except|although|though|yet|still)\b|\b(?:exceptions?\s+noted|not\s+met|no-go|deviations?\s+noted|still\s+(?:fail\w*|broken|blocked|red)|open\s+(?:findings?|exceptions?|deviations?|issues?|nonconformit(?:y|ies)|action\s+items?))\b|\b${FAILURE_COUNT}(?=\s*(?:$|[.,;:)]))`, 'i');
/** A failure symbol, which no account after a pass explains away. */
const FAIL_SYMBOL = /[❌✗✘✖⛔🔴🚫]|:x:|:red_circle:/u;
/** A section that names what happened before, anywhere in its heading: `Implementation history`, `Prior attempts`. */
const PAST_SECTION = /\b(?:history|previous|prior|earlier|archived?|superseded)\b|(?<![\p{L}])(?:storico|cronologia|historie|historique|historial|hist[óo]rico|geschiedenis)(?![\p{L}])/iu;
/** A section that tells what happened rather than what is claimed: `Background`, `Incident timeline`, `Root cause`. */
const NARRATIVE = /\b(?:background|context|incidents?|timeline|chronology|narrative|what\s+happened|root\s+causes?|lessons\s+learned|retrospective|retro)\b/i;
/** Some failures, counted: `3 failed`, `2 test failures`, `1 error`. */
const FAILED_SOME = new RegExp(String.raw `\b${FAILURE_COUNT}\b`, 'i');
/** A report titled as a plan (`Release plan — Storefront v4.2`, `DR runbook`): its checklists are to be done, not results. */
const PLAN_TITLE = /^(?!.*\b(?:results?|report|record|evidence|summary)\b).*\b(?:plan|planning|runbook|playbook|template)\b/i;
/** A rollout's checklist, whose ticked boxes say what was done: `## Rollout Checklist` is no plan of a rollout to come. */
const ROLLOUT_CHECKLIST = /\broll-?out(?=\s+check\s*-?\s*lists?\b)/gi;
/** After the release: `Post-release verification` reads results, though what comes after it is often to come. */
const AFTER_RELEASE = /\bpost[- ]?(?:launch|release|go[- ]?live)\b/gi;
/** A clause that says a thing is left out on purpose: `by design`, `not supported by design`, `intentionally not supported`; not `by design of the vendor SDK`. */
const BY_DESIGN = new RegExp(String.raw `^(?:${parse_context/* ON_PURPOSE */.zB})(?:\s+(?!of\b)[\w-]+){0,3}$|^(?:[\w-]+\s+){0,3}(?:${parse_context/* ON_PURPOSE */.zB})$`, 'i');
/** A note's clauses: split at dashes, colons, semicolons, commas and brackets. */
const noteClauses = (note) => note.split(/[—–:;,()]|\s-\s/).map((clause) => clause.trim());
/**
 * A clause that says, alone, that an item does not apply: `N/A`, `not needed`, `out of scope for this
 * release`, `not applicable to 0.9`, `N/A this release`, `skipped per RB-2025-07`, `optional`,
 * `dropped`, `does not apply`, `not part of this release`, `waived by the CISO`; not `N/A for now`, nor
 * `skipped due to vendor delay` (a reason after because / due to may be a wait).
 */
const NOT_APPLICABLE_NOTE = new RegExp(String.raw `^(?:${vocabulary/* DOES_NOT_APPLY */.bV}|outside\s+(?:the\s+scope\s+of\s+)?this\s+(?:release|version|change|cycle|sprint|gate)|waived|skipped|optional|dropped|no\s+(?:[\w-]+\s+){0,2}changes?|nicht\s+teil\s+dies(?:er|es)\s+(?:freigabe|release|version|abnahme|lieferung)|ne\s+fait\s+pas\s+partie\s+de\s+cette\s+(?:livraison|version|recette|mise\s+en\s+production)|no\s+forma\s+parte\s+de\s+est[ae]\s+(?:entrega|versi[óo]n|release|puesta\s+en\s+producci[óo]n)|non\s+fa\s+parte\s+di\s+quest[oa]\s+(?:rilascio|versione|consegna)|not\s+blocking|non-?blocking|nice[- ]to[- ]have|does\s+not\s+apply|no\s+longer\s+(?:needed|required|applicable)|not\s+(?:part\s+of|in|included\s+in)\s+this\s+(?:(?:supplier|vendor|platform|mobile|web|backend|frontend|server|client|firmware|major|minor|patch|hotfix|maintenance|point|feature|beta|ios|android)\s+)?(?:release|version|sprint|cycle|quarter|period|audit|assessment|change|record|engagement|submission)(?:\s+(?:gate|scope|checklist|sign-?off))?)` +
    String.raw `(?:\s+(?:for|in|to)\s+(?!now\b|the moment\b|today\b)[^,;]*|\s+(?:by|per)\s+[^,;]*|\s+(?:here|this\s+(?:release|time|cycle|sprint|version)))?$`, 'i');
/** What a status says after its first clause: `(verbal), mail will come` of `Approved (verbal), mail will come`. */
function afterVerdict(status) {
    const split = /[,;(—–]|\s-\s/.exec(status);
    return split ? status.slice(split.index) : '';
}
/** A clause that says an item is needed after all: `required this time`, `reinstated by CAB-212`, `mandatory from 2.4 (this release)`. */
const REQUIRED_AFTER_ALL = /(?<!\b(?:not|no\s+longer|never|n['’]t|only|nothing(?:\s+[\w-]+)?)\s+)\b(?:required|requires?(?!\s+(?:no|none|nothing|only)\b)|mandatory|reinstated|needed|must\s+be\s+done)\b/i;
/** A status symbol alone, and one that leads a list item with the rest of it. */
const STATUS_SYMBOL = new RegExp(String.raw `^(?:${vocabulary/* SYMBOL */.PF})$`, 'u');
/**
 * The footnotes a report writes as paragraphs of their own (`\* Restore test failed; pending re-test.`, `¹ Approved
 * verbally.`, `[1] Signed 2024-03-02.`), by their marker.
 */
function footnotesOf(tree) {
    const footnotes = new Map();
    for (const node of tree.children) {
        if (node.type !== 'paragraph' || node.children[0]?.type !== 'text')
            continue;
        const footnote = FOOTNOTE.exec((0,lib/* toString */.d)(node));
        if (footnote && !footnotes.has(footnote[1]))
            footnotes.set(footnote[1], footnote[2].trim());
    }
    return footnotes;
}
const MARKER = String.raw `(\*{1,3}|†|‡|[¹²³⁴⁵⁶⁷⁸⁹]|\[\^?\d{1,2}\]|\(\d{1,2}\))`;
const FOOTNOTE = new RegExp(String.raw `^${MARKER}:?\s+(\S[^]*)$`, 'u');
/** A status that ends with a footnote's marker: `Green*`, `PASS¹`, `✅ [1]`. */
const FOOTNOTE_MARKER = new RegExp(String.raw `\S\s?${MARKER}$`, 'u');
/** Words that introduce how something is written, before an example of it: `cited by URL (`, `in the form`, `e.g.`. */
const CITATION_FORMAT = /\b(?:(?:cited|referenced|linked|given|written)\s+(?:by|as)|in\s+the\s+form|of\s+the\s+form|format|e\.\s?g\.|for\s+example|such\s+as|pattern)\b[^.;]{0,40}$/i;
/** A first column that numbers attempts at one check: `Attempt`, `Run #`, `Try`, `Iteration`, `Versuch`, `Intento`. */
const ATTEMPT_COLUMN = /^\s*(?:attempt|run|try|iteration|round|versuch|durchlauf|lauf|essai|tentative|intento|ejecución)s?\s*(?:#|no\.?|nr\.?|n[º°])?\s*$/i;
/** A list item that is a field of a gate: `Target: ≥ 5,000 msg/s`, `**Status:** PASS`. */
const FIELD = /^\**([\p{L}][\p{L} ]{1,28}?)\**\s*:\s*\**\s*(\S.*)$/u;
const STATUS_FIELD = /^(?:status|gate\s+status|verdict|outcome|result|decision|ergebnis|statut|estado)$/i;
const TARGET_FIELD = /^(?:target|threshold|goal|objective|criterion|acceptance\s+criterion|slo|limit|ziel|zielwert|cible|objectif|objetivo)$/i;
const VALUE_FIELD = /^(?:result|measured|actual|achieved|observed|value|ergebnis|messwert|r[ée]sultat|mesur[ée]|resultado|medido)$/i;
/** An item that ends with a status in capitals after a dash, perhaps after its symbol: `DR drill — PENDING`, `Load test – ✅ MET`. */
const TRAILING_CAPITALS = new RegExp(String.raw `^(\S.*?)\s+[—–-]\s+((?:${vocabulary/* SYMBOL */.PF}\s*)?\p{Lu}[\p{Lu}/ -]{0,20}\p{Lu})$`, 'u');
const LEADING_SYMBOL = new RegExp(String.raw `^(${vocabulary/* SYMBOL */.PF})\s*(.*)$`, 'u');
/** A checklist item that opens by saying it is optional: `Optional: run the soak test`, `(optional) Demo video`. */
const OPTIONAL_ITEM = /^(?:\(optional\)|optional\s*[:—–]|optional\s+-\s)/i;
/**
 * A cell, in any column, that opens by telling its row's file is gone: `Deleted in 2024 when …`,
 * `Removed – the policy now lives in the wiki`, `Renamed to `v3.md``, `(deleted)`, `Was removed in PR
 * #311`, `Retired with the old vendor tool`, `Superseded by the 2024 register`; not `Removed the flaky
 * test` or `Removed from the hot path`, which tell what was taken out of it.
 */
const ROW_REMOVAL = /^(?:🗑️?\s*)?[(—–-]?\s*(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:deleted|removed|renamed|retired|archived|superseded|withdrawn|decommissioned|moved(?=\s+to\b))(?=\s*$|\s*[.,;:)(—–-]|\s+(?:in|on|with|by|at|after|during|to|when|as|since|along|together|because|and|here)\b|\s+from\s+here\b|\s+from\s+(?:this|the|our)\s+(?:repo|repository|codebase|tree)\b)/iu;
/**
 * Words that take what they name out of the gate: `not part of this acceptance`, `not in the gate`,
 * `not by this gate`, `not blocking`, `not gate items`, `do not block acceptance`, `outside the gate`.
 */
const NOT_PART_OF_GATE = /\b(?:no|not(?:\s+an?)?)\s+gate(?:[- ]relevant)?\b|\bgate[- ]independent\b|\bnon[- ]blocking\b|\boutside\s+the\s+(?:[\w-]+\s+)?gate\b|\bnot\s+(?:part\s+of|in|included\s+in|by|for|under)\s+(?:this\s+|the\s+)?(?:release|gate|acceptance|sign[- ]?off|go[- ]live|milestone)\b|\bnot\s+(?:gating|release[- ]blocking|blocking)\b|\bnot\s+(?:gate|gating|acceptance)\s+(?:items?|criteri(?:on|a)|conditions?)\b|\bnot\s+in\s+the\s+scope\s+of\s+(?:this|the)\s+(?:gate|acceptance|release)\b|\bdo(?:es)?\s+not\s+block\b|\boutside\s+(?:the|this)\s+(?:gate|acceptance)\b/i;
/**
 * An introduction that says its table is no gate: `It is not an acceptance criterion`, `None of
 * these issues blocks acceptance`, `None of these risks is a readiness criterion`, `none blocks 3.2`,
 * `not a go-live criterion`.
 */
const DENIES_GATE = new RegExp(String.raw `\b(?:(?:is|are)\s+not|isn[’']t|aren[’']t)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:criteri(?:on|a)|gates?|gating|blocking|conditions?)\b|\bnone\s+of\s+(?:these|them|the\s+[\w-]+)(?:\s+[\w-]+)?\s+(?:blocks?\b|(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:criteri(?:on|a)|gates?|conditions?|blockers?)\b)|\bnone\s+(?:of\s+them\s+)?blocks?\b|${NOT_PART_OF_GATE.source}`, 'i');
/** The next release or work cycle: `next release`, `next sprint`. */
const NEXT_CYCLE = String.raw `next\s+(?:release|sprint|iteration|cycle|quarter)`;
/** Words that open what is set aside, as a heading or as a label before a table. */
const ASIDE_WORDS = String.raw `deferred|excluded|out\s+of\s+scope|not\s+in\s+scope|not\s+in\s+this\s+release|postponed|carried\s+over|(?:for\s+the\s+)?${NEXT_CYCLE}|future\s+release|planned\s+for|for\s+(?:information|info|reference)|informational|fyi`;
/**
 * A label before a table that sets it aside: `Deferred to 2.5:`, `Out of scope for this release:`,
 * `For information:`; not `Legend: ✅ passed, ❌ failed.` nor `Later that day the retest ran:`.
 */
const TABLE_ASIDE = new RegExp(String.raw `^\W*(?:${ASIDE_WORDS})\b(?:[^.!?]|\.(?=\d))*:\s*$`, 'i');
/**
 * A last sentence before a table that says of its rows that they are no gate, whatever its columns:
 * `They are not nonconformities and do not affect the audit result.`, `Opportunities for improvement
 * are not nonconformities`, `The items below are for information, not criteria.`, `None of these
 * blocks the release.`; a plural subject, so not `The rollback drill does not block; the criteria:`.
 */
const TABLE_DENIAL = /^(?:(?:these|they|the\s+following|the\s+(?:[\w-]+\s+){0,3}below|none\s+of\s+(?:these|them|the\s+[\w-]+))\b.*\b(?:not|no|none|never|neither)\b|(?:[\w-]+\s+){1,5}?(?:are\s+not|do\s+not|aren['’]t|don['’]t)\b).*\b(?:criteri(?:on|a)|gates?|gating|block\w*|affect\w*|nonconformit\w*|part\s+of)\b/i;
/** A deviation its bracket says is settled: `with deviation (DEV-029, closed)`, `w/ deviations (approved)`. */
const CLOSED_DEVIATION = /\bw(?:ith|\/)\s*deviations?\s*\((?=[^()]*\b(?:closed|resolved|approved|accepted|dispositioned)\b)[^()]*\)/i;
/**
 * A status that gives how it went and then how it stands after an arrow: `❌ Lotcheck fail → fixed`, `Open → Closed`,
 * `Pass → ❌ regressed`: the state after the last arrow is the row's, when it gives one.
 */
function afterArrow(text, verdictOf, classifier) {
    // The last arrow, found without a pattern that looks ahead from every arrow (a cell of thousands stays linear).
    const at = Math.max(text.lastIndexOf('→'), text.lastIndexOf('⇒'), text.lastIndexOf('->'), text.lastIndexOf('=>'));
    if (at < 0)
        return undefined;
    // The clause right before the arrow is a state too: not `✅ Pass — 11 MB body → rejected`, what a test did.
    if (classifier.classify(text.slice(Math.max(0, at - SLOT_LENGTH * 2), at).split(/[—–:;,]|\s-\s/).pop() ?? '') === 'unknown')
        return undefined;
    const after = verdictOf(text.slice(at + (text[at] === '→' || text[at] === '⇒' ? 1 : 2)));
    return after === 'unknown' ? undefined : after;
}
/** A row's name that says something is needed: `Restatement of FY2023 needed`, `Customer notification required?`. */
const NAMES_NEED = /\b(?:needed|required|necessary)\s*\??\s*$/i;
/** A bare count of none, and a bare share of all. */
const BARE_NONE = /^\s*(?:0|none|nil|zero)\s*\.?\s*$/i;
const BARE_ALL = /^\s*100(?:[.,]0+)?\s*%\s*$/;
/** A yes or a no, perhaps with a note after it, as the answer to a question of trouble: `No`, `None`, `Yes — 2 P3s`. */
function answerToTrouble(text) {
    const answer = /^\s*(yes|no|none|y|n)\s*(?:$|[.,;:(—–]|-\s)/i.exec(text)?.[1].toLowerCase();
    return answer === undefined ? undefined : answer === 'yes' || answer === 'y' ? 'fail' : 'pass';
}
/** A note that says there was nothing to test: `No emergency changes in sample`, `none occurred in the period`, `control not relied upon`. */
const NOTHING_TO_TEST = /^(?:no\s+(?:[\w-]+\s+){0,3}(?:in|during|within)\s+(?:the\s+)?(?:sample|period|scope|quarter|window|year)|none\s+(?:occurred|in\s+(?:the\s+)?(?:sample|period))|nothing\s+to\s+test|did\s+not\s+occur|(?:control\s+)?not\s+relied\s+upon)\b/i;
/** A cell that says its check was not carried out: `Not tested`, `Not performed — no emergency changes`. */
const NOT_EXERCISED = /^\s*not\s+(?:tested|run|executed|performed|exercised)\b/i;
/** A status, then a bracket that names only its deviation: `✅ Pass (deviation D-2)`, `Pass (deviations DEV-3, DEV-4)`, `Pass (deviation D-2, closed)`. */
const BRACKETED_DEVIATION = /^(.{1,30}?)\s*\(\s*(?:see\s+|with\s+)?deviations?\s+[\w.-]+(?:\s*(?:,|and)?\s*[\w.-]+)*\s*\)\s*$/i;
/** A deviation's bracket that says it is settled, or that there is none: `(deviation D-2, closed)`, `(deviation n.a.)`. */
const SETTLED_DEVIATION = /\((?=[^()]*\b(?:closed|resolved|approved|accepted|dispositioned)\b|[^()]*\bn\.?\s*a\.?\s*\))[^()]*\)\s*$/i;
/** A reservation since lifted: `Conforme avec réserve levée`, `Conforme avec réserves levées`. */
const LIFTED_RESERVATION = /^\s*conforme\s+avec\s+r[ée]serves?\s+lev[ée]e?s?\s*\.?$/i;
/** An exception the test found and that was then put right: `Exception noted — remediated`, `Exceptions noted; resolved and retested`. */
const REMEDIATED_EXCEPTION = /^\s*exceptions?\s+noted\s*(?:\([^()]*\)\s*)?(?:[—–:;,(]|-\s)\s*(?:and\s+)?(?:remediated|resolved|corrected|fixed|closed)(?:\s+by\s+(?:management|the\s+(?:control|process)\s+owner|[\w.-]+))?(?:\s+and\s+re-?tested)?\s*\)?\s*(?:\(see\s[^()]*\))?\s*\.?$/i;
/** Words in a risk acceptance that say it is not settled: `pending CISO approval`, `until 2023-12-31`, `subject to sign-off`. */
const ACCEPTANCE_NOT_SETTLED = String.raw `(?:[^;,()]*\b(?:pending|await\w*|subject|once|until|unless|proposed|tbc|tbd|nobody|verbal|under|rejected|unsigned|not|expired|draft)\b)`;
/**
 * A partial result whose rest is under an accepted risk or a granted waiver: `Partially fixed — risk accepted by
 * client (see below)`, `Partially met — waiver approved (WVR-7)`, `Teilweise erfüllt — Ausnahme genehmigt (AUS-2024-07)`,
 * `Failed — waived under WVR-2024-017`, `Fail — accepted under waiver W-2024-031`, `Not met — waiver RAI-W-017`; not one whose acceptance is still asked for (`risk accepted by client (awaiting signature)`).
 */
const ACCEPTED_RESIDUAL = new RegExp(String.raw `^(.{1,30}?)\s*(?:[—–;,]|\s-\s)\s*(?:the\s+)?(?:residual\s+)?(?:risk[- ]accepted|(?:waiver|exception|exemption)\s+(?:approved|granted)|(?:(?:waived|accepted)\s+(?:under|per|via)\s+(?:(?:the\s+)?(?:waiver|exception|exemption|deviation|risk\s+acceptance)\s+)?|(?:waiver|exemption)\s+)[A-Z]+(?:-[A-Z0-9]+)+|ausnahme\s+genehmigt|zaakceptowane\s+ryzyko(?:\s*,\s*wyjątek\s+[A-Z]+(?:-[A-Z0-9]+)+)?|accepterad\s+enligt\s+undantag\s+[A-Z]+(?:-[A-Z0-9]+)+|risk\s+accepterad|d[ée]rogation\s+accord[ée]e|excepci[óo]n\s+aprobada|exce[çc][ãa]o\s+aprovada)(?:\s+by\s+(?!${ACCEPTANCE_NOT_SETTLED})[\p{L}.'’ -]{1,40}?)?` +
    // Only a bracket that points elsewhere or names the signed record: `(see below)`, `(RA-4, signed)`; not `(rejected by CISO)`, `(unsigned)`.
    String.raw `\s*(?:\((?:see\b[^()]*|[A-Z]+(?:-[A-Z0-9]+)+(?:\s*,\s*(?![^()]*\b(?:pending|await\w*|draft|requested|unsigned|rejected|not|tbd|tbc|review|superseded|expired|revoked|lapsed|outstanding|abgelaufen|widerrufen|ausstehend|expir\w*|r[ée]voqu\w*|caduc\w*|vencid\w*|revogad\w*)\b)[^()]*)?|(?:signed|approved|granted)\b(?![^()]*\bnot\b)[^()]*)\))?\s*\.?$`, 'iu');
/** A bracket that says the item is optional: `(optional)`, `(OFI, optional)`. */
const OPTIONAL_BRACKET = /\((?:[^()]*[,;]\s*)?optional\s*\)/i;
/**
 * An expected outcome that is the workflow's own failure: `Workflow refuses`, `` `migration-check`
 * fails ``, `Build goes red`; not what a green test asserts (`Request rejected (403)`).
 */
const WORKFLOW_FAILS = /^(?:the\s+)?(?:(?:workflow|pipeline|job|step|check|build|run|ci|gate)\b|`[^`]+`)(?:\s+[\w`-]+){0,3}?\s+(?:fails?|refuses?|rejects?|aborts?|(?:is|goes|turns)\s+red)\b/i;
/** A column naming what replaced a removed file (`Replaced by`, `New path`): its files are still checked. */
const REPLACEMENT_COLUMN = /\b(?:replaced|replacement|successor|new|now|current|moved\s+to|renamed\s+to)\b/i;
/** A heading over the state of running things: `Cluster state at sign-off (live snapshot)`, `Service health`. */
const SNAPSHOT = /\b(?:state|states|snapshot|inventory|health|topology|components|services)\b/i;
/**
 * A heading of what earlier releases or attempts recorded: `Release history`, `Previous releases`,
 * `Archive`, `Changelog`, `4.7.1 (previous release)`, `Previous tests`, `Before the fix (reproduction on
 * 2.3.1)`, `Execution CHK-1391 — superseded by CHK-1422`, `First attempt (historical — failed)`, `Attempt 1 —
 * failed, fixed`. What follows was decided then. Not `Backfill of historical data (historical — 2019–2023
 * records)`, nor an attempt told only as failed (`Attempt 1 — failed`), nor `Superseded evidence`, a section of
 * what replaced what; not a history of this release's own gates (`Phase gate history`), whose last entry may be
 * the one decided now, nor a heading that goes on to name something else (`Archive integrity controls`).
 */
const HISTORY_SECTION = /^[^\p{L}\p{N}]*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:(?:release|releases|version|versions|revision|document|change)\s+)?(?:history|archive)|(?:previous|past|earlier|older|prior|former)\s+(?:releases?|versions?|attempts?|entries|rounds?|tests?|runs?|drills?|exercises?|audits?|analys[ie]s|scans?|builds?|executions?)|change\s*log|archived?(?:\s+(?:runs?|releases?|entries|evidence|results?|gates?))?|before\s+the\s+(?:fix|change|upgrade|migration|patch)|reproduction)\b(?=\s*(?:$|[:(,—–-]|(?:of|for|before|from|since|until|to|on|in)\b|\d))|[—–(,-]\s*superseded\b|\(\s*historical\s*(?:\)|[—–,-]\s*(?:failed|superseded|replaced|before\s+the\s+[\w-]+|kept\s+for\s+the\s+record|not\s+(?:the\s+)?evidence)\b)|[—–-]\s*historical\s*$|^[^\p{L}\p{N}]*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:attempt|try|run)\s*#?\s*1|first\s+(?:attempt|try|run))\b(?=.*\b(?:fixed|superseded|retried|re-?run|replaced)\b)|\((?:previous|past|earlier|prior|older|former|superseded)\s+(?:release|version|attempt)\)/iu;
/** A section that keeps the history of its gates (`## Gate history`, `Phase gate history`), and an entry of it still to come. */
const HISTORY_TABLE = /\bhistory\b/i;
const PLANNED_ENTRY = /^(?:planned|scheduled|upcoming|next|not\s+(?:yet\s+)?started)\b/i;
/** A heading that marks its entry the current one of several: `8.2.0 (current)`, `Current release: 5.4.0`. */
const CURRENT_ENTRY = /\((?:current|latest)(?:\s+release)?\)|\bcurrent\s+(?:release|version)\b|[—–-]\s*(?:current|latest)\s*$|\[(?:current|latest)\]/i;
/** A heading that opens by naming a release or a version: `8.1.0 (2024-10-15)`, `Release 7.9.x and earlier`, `v2.3`. */
const NAMES_ENTRY = /^[^\p{L}\p{N}]*(?:(?:release|version)\s+)?v?(\d+\.(?:\d+|x)(?:\.(?:\d+|x))*(?:-[\w.]+)?)/iu;
/** A version's numbers (`x` as the highest), and whether it is a pre-release (`2.4.0-rc1`). */
const versionOf = (text) => ({
    numbers: text.split('-')[0].split('.').map((part) => (/^x$/i.test(part) ? Infinity : Number(part))),
    pre: text.includes('-'),
});
function compareVersions(a, b) {
    for (let at = 0; at < Math.max(a.numbers.length, b.numbers.length); at++) {
        const difference = (a.numbers[at] ?? 0) - (b.numbers[at] ?? 0);
        if (difference !== 0 && !Number.isNaN(difference))
            return difference;
    }
    return Number(b.pre) - Number(a.pre);
}
/**
 * The lines of the headings of earlier entries in a log kept across releases: beside a heading
 * marked current with its version (`## 8.2.0 (current)`), the headings at its depth under the same
 * parent that open with a lower version or a pre-release of it (`## 8.1.0 (2024-10-15)`, `## 7.9.x
 * and earlier`, `## 8.2.0-rc1`); and, marked or not, the earlier of sibling headings naming pre-releases
 * of one version (see `candidatesBefore`). Each heading's text is kept in `texts` for the walk.
 */
function earlierEntries(tree, texts) {
    const headings = tree.children.flatMap((node) => {
        if (node.type !== 'heading' || node.depth < 2)
            return [];
        const text = (0,lib/* toString */.d)(node);
        texts.set(node, text);
        return [{ depth: node.depth, line: node.position.start.line, text }];
    });
    const earlier = candidatesBefore(headings);
    // A log has one current entry: the first heading that says so and names its version (`Current release: 5.4.0` names it after).
    const index = headings.findIndex((heading) => CURRENT_ENTRY.test(heading.text) && /\d+\.(?:\d+|x)/i.test(heading.text));
    if (index < 0)
        return earlier;
    const current = headings[index];
    const version = versionOf(/\d+\.(?:\d+|x)(?:\.(?:\d+|x))*(?:-[\w.]+)?/i.exec(current.text)[0]);
    for (const step of [1, -1]) {
        for (let at = index + step; at >= 0 && at < headings.length && headings[at].depth >= current.depth; at += step) {
            const heading = headings[at];
            const named = heading.depth === current.depth ? NAMES_ENTRY.exec(heading.text) : null;
            // Earlier: a lower version, or a pre-release of this one (`2.4.0-rc1`); not a later one (`## 2.4 release gates` beside `2.3 (current version)`).
            if (named && !CURRENT_ENTRY.test(heading.text) && compareVersions(versionOf(named[1]), version) < 0)
                earlier.add(heading.line);
        }
    }
    return earlier;
}
/**
 * Of sibling headings naming pre-releases of one version (`R-398 — 3.1.0-rc1 (closed)`, `R-405 — 3.1.0-rc2`,
 * `R-412 — 3.1.0-rc3`), the lines of all but the latest: what the earlier candidates recorded was superseded.
 */
function candidatesBefore(headings) {
    const earlier = new Set();
    for (let start = 0; start < headings.length; start++) {
        const depth = headings[start].depth;
        if (start > 0 && headings[start - 1].depth >= depth)
            continue;
        // The siblings from here to the end of their parent's section, by version and pre-release tag.
        const groups = new Map();
        for (let at = start; at < headings.length && headings[at].depth >= depth; at++) {
            if (headings[at].depth !== depth)
                continue;
            const candidate = PRE_RELEASE.exec(headings[at].text);
            if (!candidate)
                continue;
            const key = `${candidate[1]}-${candidate[2].toLowerCase()}`;
            groups.set(key, [...(groups.get(key) ?? []), { line: headings[at].line, number: Number(candidate[3]) }]);
        }
        for (const group of groups.values()) {
            const latest = Math.max(...group.map((entry) => entry.number));
            for (const entry of group)
                if (entry.number < latest)
                    earlier.add(entry.line);
        }
    }
    return earlier;
}
/** A pre-release named in a heading: `3.1.0-rc1`, `2.0.0-beta.2`, `v4.2 RC3`. */
const PRE_RELEASE = /\bv?(\d+(?:\.\d+)+)[\s-]*(rc|beta|alpha|pre)[.\s-]?(\d+)\b/i;
/**
 * A heading of what is yet to come, whatever section it is in: no gate, no results (headings that `setsAside` are
 * too). Questions still open are, not questions answered: `Verification questions` are results.
 */
const TRACKER = String.raw `next\s+steps?|follow[- ]?ups?|open\s+(?:questions?|issues?|items?|points?)|backlog|action\s+(?:items?|trackers?|logs?|lists?|register)|to\s*do|remediation\s+tickets?|tickets?\s+(?:raised|opened|filed|tracker)`;
const NOT_YET_SECTION = new RegExp(String.raw `\b(?:${TRACKER}|open\s+risks?|(?:unanswered|outstanding|pending|remaining)\s+questions?|risks?|known\s+(?:issues?|limitations?)|future|roadmap|plan|rollout|timeline|post[- ]?(?:launch|release|go[- ]?live)|won['’]?t\s+do|stretch\s+goals?|parked|after\s+launch)\b`, 'i');
/** A heading of a tracker of work to do, whose table lists work even with a gate column: `## Remediation tickets`, `### Action items`. */
const TRACKER_SECTION = new RegExp(String.raw `\b(?:${TRACKER})\b`, 'i');
/**
 * A label or heading of what is set aside: `Deferred to 2.5:`, `Out of scope:`, `Carried over:`,
 * `Not applicable for this release`, `Optional items, not part of Gate 3:`, `To run on release day, in order:`.
 */
const NOT_YET_LABEL = new RegExp(String.raw `\b(?:deferred|excluded|out\s+of\s+scope|not\s+in\s+scope|postponed|carried\s+over|later|moved\s+to|${NEXT_CYCLE}|future\s+release)\b`, 'i');
/**
 * A heading or label that opens by setting its content aside: `Next release (0.10)`, `Not applicable
 * for this release`, `Optional items:`, `Planned for 1.3`, `To run on release day, in order:`,
 * `Legend:`; not `Items marked optional were offered by us.`
 */
const SET_ASIDE_START = new RegExp(String.raw `^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:${ASIDE_WORDS}|later|moved\s+to|optional|not\s+(?:applicable|needed|required)|nice[- ]to[- ]have|(?:steps\s+)?to\s+(?:be\s+)?(?:run|done|performed|executed|carried\s+out|completed)\s+(?:on|at|during|after|by)|(?:legend|key|symbols(?:\s+used)?)(?=\s*(?:[:(—–-]|$)))\b`, 'i');
/** A heading or label without its asides that say what is not part of it: `Go-live gates (the docs review does not block)` is `Go-live gates`. */
const withoutExclusions = (text) => asidesOf(text).reduceRight((kept, aside) => kept.slice(0, aside.index) + (NOT_PART_OF_GATE.test(aside.text) ? ' ' : aside.text) + kept.slice(aside.index + aside.text.length), text);
/**
 * A text's asides, left to right: each bracket (`(to run on release day)`), and what follows a dash on its
 * last line (`Deployment checklist — next sprint`), which takes the brackets after it in. Found in one
 * pass, so a long line of dashes followed by more lines costs no more than its length.
 */
function asidesOf(text) {
    const lastLine = text.lastIndexOf('\n') + 1;
    const found = [];
    for (const match of text.matchAll(/\(([^()]*)\)|\s[—–-]\s/g)) {
        if (match[1] !== undefined)
            found.push({ index: match.index, text: match[0], inner: match[1] });
        else if (match.index >= lastLine) {
            found.push({ index: match.index, text: text.slice(match.index), inner: text.slice(match.index + match[0].length) });
            break;
        }
    }
    return found;
}
/** A heading or label of what is set aside: at its start, in a bracket of its own (`(to run on release day)`), or all of it (`Open items (not part of this acceptance)`). */
const setsAside = (text, kept = withoutExclusions(text)) => {
    return (SET_ASIDE_START.test(text) ||
        asidesOf(text).some((aside) => SET_ASIDE_START.test(aside.inner)) ||
        NOT_PART_OF_GATE.test(kept));
};
/** An introduction that is a label naming results (`Smoke test results:`), not prose that uses the word. */
const namesResults = (intro) => (0,parse_context/* isResultsHeading */.V4)(intro) && intro.trim().split(/\s+/).length <= 8;
/** The state of something live, not a wait: a service `Running`, a port `Open`. */
const LIVE_STATE = /\b(?:running|open)\b/gi;
/** A verdict standing alone in a slot is short; longer text there is prose about the review. */
const SLOT_LENGTH = 40;
/**
 * Text right after a path that notes it as gone: ` (deleted)`, ` (no longer needed, deleted)`,
 * ` (deleted — the v2 scorer is gone)`, ` (removed - only existed for old revisions)`, ` [DELETED]`, ` (renamed to …)`, ` — 🗑️ deleted`, ` was removed in
 * this PR`, ` — removed from this release, replaced by …`; not ` — removed the old fallback`, ` — removed
 * from the hot path` or ` (removed: the legacy loop)`, which say what was taken out of the file.
 */
const notedRemoved = (textAfter) => PASSIVE_REMOVAL.test(textAfter) ||
    /^\s*(?:(?:module|folder|directory|dir|file|files|package|script|class|component|workflow|config)\s+)?(?:\(\s*(?:[^()]*[,;]\s*)?(?:🗑️?\s*)?(?:(?:deleted|removed)(?:\s+(?:in|by|since|from|as of|with|during|when|after)\b[^()]*|\s*)\)|(?:deleted\s*[—–;:]|removed\s*[—–;]|(?:deleted|removed)\s+-\s)[^()]*(?:\)|$)|(?:renamed|moved)\s+to\b)|\[\s*(?:deleted|removed)\s*\]|,?\s*which\s+(?:this\s+(?:pr|change|pull request)\s+)?(?:deletes|removes)\b|(?:[—–:,-]\s*)?(?:🗑️?\s*)?(?:(?:was|is|has been|got)\s+)?(?:deleted|removed)(?:\s+(?:in|by|from)\s+(?:this|the)\s+(?:pr|change|pull request|release|repo|repository|codebase|build|branch|project|package|bundle)|\s+(?:in|by|with|via)\s+(?:pr\s*|pull\s+request\s+)?#\d+)?\s*(?:$|[.,;)—–]|\(|and\b|(?:together|along)\s+with\b))/iu.test(textAfter);
/** A path listed with others that were deleted: `` `a.sh` and `b.sh` were removed ``, `, `b.sh`, `c.sh` have been deleted`. */
const LISTED_REMOVED = /^\s*(?:(?:,\s*(?:and\s+)?|and\s+|&\s+)[^\s,/.]*[/.][^\s,]*\s*){1,8}(?:were|have\s+been)\s+(?:deleted|removed|purged|cleaned\s+up)\b/i;
/** Text after a path that goes on to another: `, `, ` and `, ` & `. */
const LIST_GOES_ON = /^\s*(?:,|and\b|&)/i;
/**
 * The file was deleted, told in the passive right after it (or after the other paths of its list:
 * `` `a.sh` and `b.sh` were removed ``), whatever follows: `) was deleted in this baseline`, `, was
 * removed in PR #4301 after cut-over`, `is gone from the image`, `no longer read`, `, retired in August
 * 2024`, `was renamed to …`, `has been moved to …`; not `was removed from the hot path`.
 */
const PASSIVE_REMOVAL = /^[\s),]*(?:(?!(?:was|were|is|are|has|have|got|which|no|and|or|but|while|then|that|where|with)\b)[\p{L}-]+\s+){0,2}?(?:(?:(?:is|are)\s+)?no\s+longer\s+(?:read|used|shipped|needed|exists?|kept|stored|maintained|tracked|in\s+(?:the\s+|this\s+)?(?:repo|repository))\b|(?:is|are|was|were|has\s+been|have\s+been)\s+retired\b|(?:folders?\s+)?(?:is|are)\s+no\s+longer\s+in\s+(?:the\s+|this\s+)?(?:repo|repository)\b|(?:is|are)\s+gone\b|(?:which\s+)?(?:was|were|has\s+been|have\s+been|got)\s+(?:deleted|removed|purged|cleaned\s+up)\b(?!\s+from\b(?!\s+(?:this|the|our)\s+(?:repo|repository|codebase|tree)\b))|(?:which\s+)?(?:was|were|has\s+been|have\s+been|got)\s+(?:renamed|moved)\s+(?:to|as)\b|(?:[—–-]\s*)?(?:retired|decommissioned|deleted|removed)\s+(?:in|on|since)\s+(?:[\w.]+\s+){0,2}\d{4}\b|(?:\(\s*)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:now|since|already)\s+(?:deleted|removed|retired|decommissioned|gone)\b)/iu;
/**
 * A note right after a path that says the file is kept outside the repository, or is not in it: `(not
 * vendored)`, `— gitignored`, `(attached to the GitHub release, not committed)`, `— not present in this
 * repository`. The note must begin so, perhaps after a short phrase: not `— hook so API keys are not
 * checked in`, nor `(not committed yet)`.
 */
const notedElsewhere = (textAfter) => /^[\s)\]]*(?:[—–:,-]\s*|\(\s*)?(?:[\w-]+(?:\s+[\w-]+){0,6}(?:\s*\([^()]{0,40}\))?\s*[,;]\s*)?(?:not\s+(?:committed|checked\s+in|vendored|tracked|present(?!\s+(?:before|until|at|prior|initially|originally))|in\s+(?:the\s+|this\s+)?(?:repo|repository|git))|does\s+not\s+exist|doesn['’]t\s+exist|git-?ignored)(?![\w-])(?!\s+yet)/i.test(textAfter) || ELSEWHERE_AFTER.test(textAfter);
/**
 * Words right after a path that place the file on a machine, in another repository or in another
 * system, or make it a pipeline's output: `on the migration host`, `(0 lines) on the HIL server`, `in
 * the edge-gateway repository`, `is kept in the GRC tool`, `is produced by the release pipeline`. Not
 * `in the repo root`, `in this repository`.
 */
const ELSEWHERE_AFTER = new RegExp(String.raw `^\s*(?:\([^()]{0,40}\)\s*)?(?:[—–,-]\s*)?(?:` +
    String.raw `(?:on|in)\s+(?:the\s+|each\s+|every\s+|all\s+)?(?:[\w.-]+\s+){0,2}(?:hosts?|servers?|machines?|vms?|devices?|buckets?|share|vaults?)\b` +
    // `` `sbom-backend.cdx.json` artefact, 212 components ``: what a pipeline run keeps, not a file of the repository
    String.raw `|(?:(?:ci|build|workflow|pipeline|run|release)\s+)?(?:artefacts?|artifacts?)(?=\s*(?:$|[,;.)(—–]|-\s|(?:of|from|on|uploaded|attached|produced|published|kept|stored)\b))` +
    // `in the inbound folder on `sftp-gw-01``
    String.raw `|(?:in|under)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:folder|directory|share|drive|inbox|outbox)\s+(?:on|of)\b` +
    String.raw `|(?:in|from)\s+(?:the\s+|an?\s+)?(?!(?:the|an?|this|our|same|main|repo|repository)\b)(?:[\w.-]+\s+){1,2}(?:repo|repository)\b` +
    String.raw `|(?:is\s+|are\s+|gets?\s+)?(?:produced|generated|built|emitted|rendered|created)\s+(?:by|at|during|in)\s+(?:the\s+|each\s+)?(?:[\w-]+\s+){0,2}(?:pipeline|job|build|workflow|ci|runtime|deploy|deployment)\b` +
    // `is kept in the GRC tool`, `are stored in the QMS`, `is held outside the repository`
    String.raw `|(?:(?:is|are)\s+|\(\s*|[—–-]\s*)(?:kept|stored|held|retained|maintained)\s+(?:only\s+)?(?:outside\b|(?:in|on|at)\s+(?:the\s+|an?\s+|our\s+)?(?!sync\b)(?:[\w.-]+\s+)?(?:tool|system|wiki|vault|portal|platform|drive|share|sharepoint|confluence|jira|grc|dms|edms|qms|eqms|archive|tracker)\b)` +
    String.raw `)`, 'i');
/**
 * The words of a sentence before a path that say the file was put in the repository: `is filed as`,
 * `committed at`, also before a list of paths (`filed as `a.pdf` and `); not that it will be (`will be filed as`).
 */
/** The words of a sentence before a path that say the file is still to be put in the repository: `will be published as`, `to be filed under`. */
const FILED_LATER = /\b(?:will|to|shall|would|should)\s+be\s+(?:filed|published|committed|added|created|written|uploaded|attached|stored|checked\s+in)\s+(?:as|at|in|under|to)\s+(?:[^\s,;]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,8}$/i;
/** Words right before a name that say it was made up to be refused: `deliberately bad name`, `an invalid file name`. */
const BAD_NAME_BEFORE = /\b(?:bad|invalid|wrong|malformed|non-?compliant|fake|dummy|bogus|forbidden)\s+(?:file\s*)?names?\s*:?\s*$/i;
/** The words of a sentence before a path that say the file was not added: `**SKIP** adding`, `decided against creating`, `instead of adding a new`. */
const NOT_ADDED = /\b(?:skip(?:s|ped)?|not|never|won['’]t|don['’]t|didn['’]t|decided\s+against|no\s+need\s+to|instead\s+of|rather\s+than)\s+(?:to\s+)?(?:add(?:ing)?|creat(?:e|ing)|introduc(?:e|ing)|commit(?:ting)?)\s+(?:(?:a|an|the|any|new)\s+)*$/i;
/**
 * Words right before a name that say it is a required check, a named CI job, a branch, a label or a tag
 * (`required status checks including `ci/build` and `ci/lint``, `the job named `build/linux``): without a
 * file ending, it is no path (`New check `scripts/check-licenses`` still is one).
 */
const NAMED_AS_OTHER = /\b(?:(?:status|required)\s+checks?|(?:checks?|jobs?|contexts?)\s+(?:named|called)|branch(?:es)?(?:\s+protection)?(?:\s+rules?)?|rulesets?|labels?|tags?|queues?|topics?)\s+(?:(?:including|includes?|such\s+as|like|named|called|are|is|e\.g\.,?)\s+|:\s*)?(?:[^\s,;]+(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,8}$/i;
/**
 * Words right before a name that say it is a thing of a monitoring or storage system (`Dashboards
 * `checkout-v2/SLO``, `bucket `logs/eu``): without a file ending, such a name is also how a team keeps that
 * thing as code (`Dashboards `monitoring/dashboards/payments``), so it is looked for only when the
 * repository has its first folder.
 */
const NAMED_AS_RESOURCE = /\b(?:dashboards?|panels?|monitors?|alerts?|buckets?|channels?|streams?|metrics?|boards?|snapshots?|datasets?)\s+(?:(?:including|includes?|such\s+as|like|named|called|are|is|e\.g\.,?)\s+|:\s*)?(?:[^\s,;]+(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,8}$/i;
/** A kind of security check, then a bracket: `SAST (`security/semgrep`)`, `SCA (`security/snyk`)` name the tool that ran it. */
const NAMES_TOOL = /\b(?:SAST|DAST|IAST|SCA|RASP|CSPM|CWPP|SIEM|EDR|WAF)\s*\(\s*$/;
const FILED_BEFORE = /(?<!\b(?:will|to|shall|would|should)\s+be\s+)\b(?:filed|committed|checked\s+in)\s+(?:as|at|in|under)\s+(?:[^\s,;]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,8}$/i;
/**
 * Words right before a path that place it in another repository or on a share: `(in the tn-bootloader
 * repo, `, `lives in the credit-engine repository (`, `audit file share, `.
 */
const ELSEWHERE_BEFORE = /(?:(?:^|[\s(])(?:in|from)\s+(?:the\s+|an?\s+)?(?!(?:the|an?|this|our|same|main)\b)(?:[\w.-]+\s+){1,2}(?:repo|repository)|\b(?:[\w-]+-protected|network|file|evidence|smb|nfs|cifs|windows|team)\s+share|\b(?:evidence|compliance|secure|secrets?|password)\s+vault|\bsharepoint|\bnetwork\s+drive)\s*[,:(]?\s*$/i;
/**
 * The sentence of `text` around `index`: from the last `.`, `!`, `?` or `;` before it to the next
 * one, at most `SENTENCE_REACH` characters each way (so many runs in one long text stay linear).
 */
function sentenceAt(text, index) {
    const reach = Math.max(0, index - SENTENCE_REACH);
    const starts = [...text.slice(reach, index).matchAll(/[.!?;]\s/g)];
    const from = starts.length > 0 ? reach + starts[starts.length - 1].index + 1 : reach;
    const next = /[.!?;](?:\s|$)/.exec(text.slice(index, index + SENTENCE_REACH));
    return { from, sentence: text.slice(from, next ? index + next.index : index + SENTENCE_REACH) };
}
/**
 * The sentence that cites a run at `index`. When it gives nothing but the citation (`Run: <url>`), the
 * sentence before it says what the run is: `…, so this run is expected to fail.` / `Run: <url>`.
 */
function runSentence(text, index, cited) {
    const { from, sentence } = sentenceAt(text, index);
    const rest = sentence.replace(cited, '').trim();
    if (from > 0 && /^(?:[\p{L}#-]+(?:\s+[\p{L}#-]+){0,2}\s*:)?$/u.test(rest))
        return `${sentenceAt(text, from - 1).sentence.replace(/[\s.!?;]*$/, '')}. ${sentence}`;
    return sentence;
}
const SENTENCE_REACH = 300;
/** How far around a path its note is read: ` (deleted — the v2 scorer is gone)`. */
const NOTE_REACH = 200;
/** How much a verdict holds a row back: a pass in one column outranks a not-applicable in another (`| N/A | ✅ Pass |`). */
const VERDICT_RANK = { unknown: 0, 'not-applicable': 1, pass: 2, pending: 3, fail: 4 };
/** A list of pull requests after a label: `#1472 (auth), #1475 (docs)`, `#4521 in grpc/grpc-go and #1475`. */
const PULL_ITEM = String.raw `#\d+\b(?:\s+in\s+[\w-]+\/[\w.-]*\w)?(?:\s*\([^()]*\))?`;
const PULL_LIST = new RegExp(String.raw `^\s*${PULL_ITEM}(?:\s*(?:,|&|\band\b)\s*${PULL_ITEM})*`, 'i');
/** Where a cell's content starts: a row of an HTML table may take several lines. */
const cellStart = (cell, rowLine) => ({
    line: cell?.position?.start.line ?? rowLine,
    column: (cell?.children[0] ?? cell)?.position?.start.column,
});
/**
 * A row that only names a group of the rows below: an empty status, a bold (or italic) label, and
 * nothing else but an index (`| **Security** | | |`, `| 1 | **Quality** | | |`), followed by a
 * member row whose label is plain. A row with a plain label, a dash for its status, or no member
 * after it (a bold gate name left unfilled), is a gate left unfilled.
 */
function isGroupHeader(cells, statusIndex, nextLabel) {
    if ((0,lib/* toString */.d)(cells[statusIndex] ?? '').trim() || !nextLabel || emphasisOnly(nextLabel))
        return false;
    let named = false;
    for (const cell of cells) {
        const text = (0,lib/* toString */.d)(cell).trim();
        if (!text)
            continue;
        if (emphasisOnly(cell))
            named = true;
        else if (!/^(?:\d+(?:\.\d+)*|[A-Z])\.?$/.test(text))
            return false;
    }
    return named;
}
const emphasisOnly = (cell) => cell.children.length === 1 && (cell.children[0].type === 'strong' || cell.children[0].type === 'emphasis');
/** One citation per pull request: `PR #3` and a `pull/3` URL are the same PR, with the URL's repository. */
function mergePulls(pulls) {
    const merged = [];
    const byNumber = new Map();
    for (const pull of [...pulls].sort(byPosition)) {
        const same = byNumber.get(pull.number) ?? [];
        const match = same.find((other) => !other.repository || !pull.repository || other.repository === pull.repository);
        if (match) {
            if (!match.repository && pull.repository)
                Object.assign(match, { repository: pull.repository, host: pull.host });
            continue;
        }
        const copy = { ...pull };
        same.push(copy);
        byNumber.set(pull.number, same);
        merged.push(copy);
    }
    return merged;
}
/** The attempt a run URL names (`…/runs/123/attempts/2`), or 0. */
const attemptOf = (run) => Number(/\/attempts\/(\d+)/.exec(run?.text ?? '')?.[1] ?? 0);
/** A link to one job of the run (`…/runs/123/job/456`): what it says failed is the job, not the run. */
const citesJob = (run) => /\/runs\/\d+\/(?:attempts\/\d+\/)?jobs?\/\d+/.test(run.text);
const byPosition = (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
const STATEMENT_REACH = 8;
/**
 * One citation per run: a number cited in text and in a URL counts once, with the URL's repository.
 * A run whose nearest status line (within a few lines, before the next run) says it failed, or whose
 * label says so, is expected to have failed; the checks of a `✅` list that follows a run in its
 * section attach to it.
 */
function mergeRuns(runs, statements, checkLists, headingMarks, told) {
    const sorted = [...runs].sort(byPosition);
    // Per merged run: the first citation a passed row claims, the first that tells the run failed, and whether any
    // names an attempt (`/attempts/2`): a run re-run is not contradicted by what its first attempt did.
    const claim = new Map();
    const failure = new Map();
    const attempted = new Set();
    const sides = (into, run) => {
        if (told.claimedPassed.has(run) && !claim.has(into))
            claim.set(into, run);
        if (told.toldFailed.has(run) && !citesJob(run) && !failure.has(into))
            failure.set(into, run);
        if (attemptOf(run) > 0)
            attempted.add(into);
    };
    const merged = [];
    const byId = new Map();
    const placeholders = new Set();
    // Per merged run: the last citation of no particular attempt that expects failure, and the latest attempt cited
    // (neither from a job's link meant to fail: the job failing is not the run failing).
    const bareFailure = new Map();
    const latestAttempt = new Map();
    const note = (into, run) => {
        if (citesJob(run) && run.expected === 'failure')
            return;
        const attempt = attemptOf(run);
        if (attempt === 0) {
            if (run.expected === 'failure')
                bareFailure.set(into, run);
        }
        else if (attempt > attemptOf(latestAttempt.get(into))) {
            latestAttempt.set(into, run);
        }
    };
    for (const run of sorted) {
        if (run.id === undefined) {
            const key = `${run.line}\u0000${run.text}`;
            if (!placeholders.has(key))
                merged.push(run);
            placeholders.add(key);
            continue;
        }
        const same = byId.get(run.id) ?? [];
        const match = same.find((other) => !run.repository || !other.repository || other.repository === run.repository);
        if (match) {
            if (!match.repository && run.repository)
                Object.assign(match, { repository: run.repository, host: run.host });
            // Cited in a log's history and again as this release's evidence: what this release says counts.
            if (match.expected === 'any' && run.expected !== 'any')
                match.expected = run.expected;
            // A job meant to fail was cited first (`job/456 (expected to fail)`): the run's own citation says what the run did.
            if (citesJob(match) && !citesJob(run))
                Object.assign(match, { line: run.line, column: run.column, text: run.text, expected: run.expected });
            note(match, run);
            sides(match, run);
            continue;
        }
        same.push(run);
        byId.set(run.id, same);
        merged.push(run);
        note(run, run);
        sides(run, run);
    }
    for (const run of merged) {
        // A later attempt (`/attempts/2`, a rerun) speaks for the run, at its line: what the report said of an earlier one is history.
        const latest = latestAttempt.get(run);
        if (latest)
            Object.assign(run, { line: latest.line, column: latest.column, text: latest.text, expected: latest.expected });
        // A failure told of the run before a later attempt is cited is that of an earlier attempt: `The first run failed:
        // <url>` then `the re-run <url>/attempts/2 succeeded`.
        const failed = bareFailure.get(run);
        if (failed && (!latest || byPosition(failed, latest) > 0))
            run.expected = 'failure';
        const claimed = claim.get(run);
        const toldAt = failure.get(run);
        if (claimed && toldAt && !attempted.has(run))
            run.contradiction = { line: claimed.line, column: claimed.column, failedLine: toldAt.line };
    }
    // Every line a run is cited on, sorted: a status line belongs to a run only if no other run is cited in between.
    const lines = [...new Set(sorted.map((run) => run.line))];
    const runBetween = (a, b) => {
        const low = Math.min(a, b);
        const next = lines[countBelow(lines, low + 1)];
        return next !== undefined && next < Math.max(a, b);
    };
    const ordered = [...statements].sort((a, b) => a.line - b.line);
    const statementLines = ordered.map((statement) => statement.line);
    for (const run of merged) {
        if (run.expected !== 'success')
            continue;
        let nearest;
        const first = countBelow(statementLines, run.line - STATEMENT_REACH);
        for (let i = first; i < ordered.length && ordered[i].line <= run.line + STATEMENT_REACH; i++) {
            const statement = ordered[i];
            if (runBetween(run.line, statement.line))
                continue;
            if (!nearest || Math.abs(statement.line - run.line) < Math.abs(nearest.line - run.line))
                nearest = statement;
        }
        if (nearest?.failed)
            run.expected = 'failure';
    }
    const withIds = merged.filter((run) => run.id !== undefined).sort(byPosition);
    const idLines = withIds.map((run) => run.line);
    const headingLines = headingMarks.map((heading) => heading.line);
    /**
     * Whether the list is in the section the run is cited in (or in one of its subsections): no heading as deep or
     * shallower comes between. A run in the report's header (under its title, or before any heading) owns the lists
     * there and in the section right after it (`**Latest CI Run**: …` then `### All Gates Passing ✅`), not those of later
     * sections: the title's section is the whole report, and a checklist further on is not the run's jobs.
     */
    const inSectionOf = (run, list) => {
        const at = countBelow(headingLines, run.line + 1) - 1;
        if (at < 0 || headingMarks[at].depth === 1)
            return countBelow(headingLines, list.line) - (at + 1) <= 1;
        const depth = headingMarks[at].depth;
        for (let i = at + 1; i < headingMarks.length && headingMarks[i].line < list.line; i++)
            if (headingMarks[i].depth <= depth)
                return false;
        return true;
    };
    for (const list of checkLists) {
        // The last run cited before the list, unless another run is cited between them or the list starts another section.
        const index = countBelow(idLines, list.line) - 1;
        const owner = withIds[index];
        if (owner && !runBetween(owner.line, list.line) && inSectionOf(owner, list))
            owner.jobs.push(...list.items);
    }
    return merged;
}

// EXTERNAL MODULE: ./lib/parse/guard.js
var guard = __webpack_require__(6385);
// EXTERNAL MODULE: ./node_modules/mdast-util-frontmatter/lib/index.js
var mdast_util_frontmatter_lib = __webpack_require__(8494);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-table/lib/index.js
var mdast_util_gfm_table_lib = __webpack_require__(7421);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-task-list-item/lib/index.js
var mdast_util_gfm_task_list_item_lib = __webpack_require__(6303);
// EXTERNAL MODULE: ./node_modules/micromark-extension-frontmatter/lib/syntax.js
var syntax = __webpack_require__(796);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var lib_syntax = __webpack_require__(7749);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var micromark_extension_gfm_task_list_item_lib_syntax = __webpack_require__(1197);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 46 modules
var remark_parse_lib = __webpack_require__(4688);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var unified_lib = __webpack_require__(1519);
;// CONCATENATED MODULE: ./lib/parse/markdown.js








/**
 * Registers only the syntax the report model needs beyond CommonMark: GFM pipe tables and task
 * lists, and YAML front matter (which CommonMark would read as a rule and a heading made of its
 * lines). Autolink literals, footnotes and strikethrough are left out; they cost parse time and
 * carry nothing the checks read (bare URLs stay plain text, where the citation patterns find them).
 */
function reportSyntax() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push((0,syntax/* frontmatter */.v)('yaml'), (0,lib_syntax/* gfmTable */.x)(), (0,micromark_extension_gfm_task_list_item_lib_syntax/* gfmTaskListItem */.J)());
    (data.fromMarkdownExtensions ??= []).push((0,mdast_util_frontmatter_lib/* frontmatterFromMarkdown */.q)('yaml'), (0,mdast_util_gfm_table_lib/* gfmTableFromMarkdown */.c)(), (0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)());
}
const processor = (0,unified_lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(reportSyntax).freeze();
function parseMarkdown(text) {
    return processor.parse(text);
}

;// CONCATENATED MODULE: ./lib/parse/analyse.js





/**
 * Builds the analyser for one policy: refuse pathological text, parse once, extract the model, drop
 * the tree. Throws `UnparseableReport` for a refused report.
 */
function createAnalyser(settings) {
    const classifier = (0,vocabulary/* createClassifier */.CC)(settings.vocabulary);
    const context = (0,parse_context/* createContextMatchers */.jA)(settings.contextWords);
    return (text, path) => {
        (0,guard/* guardReport */.q_)(text);
        return extractReport(parseMarkdown(text), { path, classifier, context });
    };
}


/***/ })

};
