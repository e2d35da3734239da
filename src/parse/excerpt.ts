/**
 * The part of a report to parse for what it says of a few names: the sections whose lines contain
 * any of `needles`, with every heading and link definition of the report, and its front matter. Every
 * other line is blanked, so each line keeps its number.
 *
 * A citation is read from its section, the chain of headings above it, the report's other headings
 * (a log of releases marks its earlier entries from all of them), its title and the link
 * definitions; nothing else outside its section bears on it. Parsed, the excerpt gives those
 * sections' citations as the whole report does (a test holds this for every citation of every real
 * report).
 *
 * Cutting at headings needs the report's blocks to be plain, so the whole text is returned at the
 * first doubt: a heading, a setext underline or a link definition anywhere but in column 0 (in a
 * list, a quote, indented), a line that may underline a setext heading, a definition whose end is
 * not on its line, a heading-like line inside raw HTML that a blank line ends, a fence or raw HTML
 * left open, a lone carriage return.
 */
export function sectionsCiting(text: string, needles: readonly string[]): string {
  if (LONE_CR.test(text)) return text;
  const lines = text.split('\n');
  const kept = keptLines(lines, needles);
  return kept ? lines.map((line, index) => (kept[index] ? line : '')).join('\n') : text;
}

/** Which lines the excerpt keeps, or undefined when the text cannot be cut at its headings. */
function keptLines(lines: readonly string[], needles: readonly string[]): boolean[] | undefined {
  const kept = new Array<boolean>(lines.length).fill(false);
  const headings: number[] = [];
  let index = frontMatterEnd(lines);
  kept.fill(true, 0, index);
  /** The open fence: its marker, and whether it opened in column 0 (only then can no line inside it end it early). */
  let fence: {marker: string; flush: boolean} | undefined;
  /**
   * The open HTML block: the mark that ends it (`-->`), or `''` for one that ends at a blank line; and
   * whether it opened in column 0 with its own mark (`<!--`, `<pre>`), so no line inside it can end it early.
   */
  let html: {end: RegExp | ''; flush: boolean} | undefined;
  /** Whether the line before holds text a setext underline could make a heading (or a definition go on). */
  let textBefore = false;
  for (; index < lines.length; index++) {
    const line = lines[index].replace(/\r$/, '');
    const {text, flush} = blockContent(line);
    // A fence or raw HTML opened in a container ends with it: a line in column 0 (but a quote's next
    // line) may have ended it, and what it starts is then unknown here.
    const leavesContainer = /^[^ \t>]/.test(line);
    if (fence) {
      if (!fence.flush && leavesContainer) return undefined;
      if (closesFence(fence, text, line)) fence = undefined;
      continue;
    }
    if (html) {
      // Raw HTML that a blank line ends may be a paragraph's inline HTML, where a heading, a fence or other raw HTML starts a block.
      if (html.end === '' && (HEADING.test(text) || SETEXT_UNDERLINE.test(text) || FENCE.test(text) || RAW_HTML_START.test(text))) return undefined;
      if (html.end !== '' && !html.flush && leavesContainer) return undefined;
      if (html.end === '' ? text === '' : html.end.test(line)) html = undefined;
      textBefore = false;
      continue;
    }
    if (HEADING.test(text)) {
      if (!flush) return undefined;
      kept[index] = true;
      headings.push(index);
      textBefore = false;
      continue;
    }
    if (SETEXT_UNDERLINE.test(text) && textBefore) return undefined;
    if (DEFINITION_LIKE.test(text)) {
      // A definition starts after a blank line, a heading or another definition (in a paragraph it is
      // text), and is kept only when it ends on its line.
      if (!flush || textBefore || !DEFINITION.test(line) || !endsBlock(lines[index + 1])) return undefined;
      kept[index] = true;
      continue;
    }
    const opened = FENCE.exec(text);
    // A line of backticks followed by another backtick is code in a paragraph, not a fence.
    if (opened && !(opened[1][0] === '`' && text.slice(opened[0].length).includes('`'))) {
      fence = {marker: opened[1], flush};
    } else {
      html = htmlBlock(text, line, flush);
    }
    textBefore = !fence && !html && text !== '';
  }
  if (fence || html?.end) return undefined;

  // Each section runs from its heading to the next one, and is kept whole when a line of it (or its heading) contains a needle.
  const starts = [0, ...headings.map((heading) => heading + 1)];
  const ends = [...headings, lines.length];
  for (let section = 0; section < starts.length; section++) {
    const [start, end] = [starts[section], ends[section]];
    let cites = false;
    for (let line = Math.max(0, start - 1); line < end && !cites; line++) cites = needles.some((needle) => lines[line].includes(needle));
    if (cites) kept.fill(true, start, end);
  }
  return kept;
}

/**
 * A line's content without its indentation and the marks of the containers it stands in (`>`, `-`,
 * `1.`): `flush` when it has none, so it stands in no container. A loop, not a pattern, so a line of
 * thousands of spaces costs one pass.
 */
function blockContent(line: string): {text: string; flush: boolean} {
  let at = 0;
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') at++;
    const mark = CONTAINER_MARK.exec(line.slice(at, at + 12));
    if (!mark) break;
    at += mark[0].length;
  }
  return {text: line.slice(at).trimEnd(), flush: at === 0};
}

/** A quote's `>`, or a list item's marker followed by a space or the line's end. */
const CONTAINER_MARK = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** The number of lines of YAML front matter (with its fences) at the start, else 0. */
function frontMatterEnd(lines: readonly string[]): number {
  if (!/^---[ \t]*\r?$/.test(lines[0] ?? '')) return 0;
  for (let index = 1; index < lines.length; index++) if (/^---[ \t]*\r?$/.test(lines[index])) return index + 1;
  return 0;
}

/** Whether the line after a definition lets it end there: a blank line, a heading, another definition, or none. */
const endsBlock = (line: string | undefined) => line === undefined || line.trim() === '' || FLUSH_HEADING.test(line) || DEFINITION.test(line.replace(/\r$/, ''));

const LONE_CR = /\r(?!\n)/;
/** An ATX heading in column 0: a heading of the report, whatever came before it. */
const FLUSH_HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
/** An ATX heading, as a line's content. */
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;
const DEFINITION_LIKE = /^\[(?:[^\]\\]|\\.)+\]:/;
/** A link definition in column 0 whole on its line: its destination, and a title closed on it. */
const DEFINITION = /^\[(?:[^\]\\\n]|\\.)+\]:[ \t]*(?:<[^<>\n]*>|[^\s<>]+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;
/** The start of raw HTML that runs to its own closing mark (`<!--`, `<pre`, `<?`, `<!DOCTYPE`). */
const RAW_HTML_START = /^<(?:!|\?|(?:script|pre|style|textarea)(?:[ \t>]|$))/i;

/** Whether a line closes the open fence: in column 0's fence, only with at most three spaces before it. */
function closesFence(fence: {marker: string; flush: boolean}, text: string, line: string): boolean {
  const close = /^(`{3,}|~{3,})$/.exec(text);
  if (!close || close[1][0] !== fence.marker[0] || close[1].length < fence.marker.length) return false;
  return !fence.flush || /^ {0,3}[`~]/.test(line);
}

/**
 * The HTML block a line opens, if any (CommonMark's seven kinds): `end` is the mark that ends one of
 * the five kinds that run to one (`-->`, `</pre>`), `''` for the two that run to a blank line (a tag
 * that only starts a paragraph counts as one of those: it can only make the cut give way to the whole
 * text). Undefined when it opens none, or its end is on its line (`<!-->` ends where it starts).
 */
function htmlBlock(text: string, line: string, flush: boolean): {end: RegExp | ''; flush: boolean} | undefined {
  const open = /^<([!?/]?)(--|\[CDATA\[|[A-Za-z][\w-]*)?/.exec(text);
  if (!open) return undefined;
  const [opening, mark, name = ''] = open;
  const end =
    mark === '!' && name === '--' ? /-->/
    : mark === '!' && name === '[CDATA[' ? /\]\]>/
    : mark === '!' && name ? />/
    : mark === '?' ? /\?>/
    : mark === '' && /^(?:script|pre|style|textarea)$/i.test(name) && /^(?:[ \t>]|$)/.test(text.slice(opening.length)) ? /<\/(?:script|pre|style|textarea)>/i
    : undefined;
  if (end) return end.test(line.slice(line.indexOf('<'))) ? undefined : {end, flush};
  return name ? {end: '', flush: false} : undefined;
}
