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
 * Cutting at headings needs the report's blocks to be plain: the whole text is returned when a
 * heading may stand in a list, a quote, indented code or raw HTML, when a line may underline a
 * setext heading, or when a fence is left open.
 */
export function sectionsCiting(text: string, needles: readonly string[]): string {
  const lines = text.split('\n');
  const kept = keptLines(lines, needles);
  return kept ? lines.map((line, index) => (kept[index] ? line : '')).join('\n') : text;
}

/** Which lines the excerpt keeps, or undefined when the text cannot be cut at its headings. */
function keptLines(lines: readonly string[], needles: readonly string[]): boolean[] | undefined {
  const kept = new Array<boolean>(lines.length).fill(false);
  const headings: number[] = [];
  let index = frontMatterEnd(lines);
  for (let line = 0; line < index; line++) kept[line] = true;
  /** The open fence: its marker, and whether it opened in column 0 (a list item's fence ends with its item). */
  let fence: {marker: string; flush: boolean} | undefined;
  /**
   * The open HTML block: the mark that ends it (`-->`), or `''` for one that ends at a blank line; and
   * whether it opened in column 0 with its own mark (`<!--`, `<pre>`), so no line inside it can end it early.
   */
  let html: {end: RegExp | ''; flush: boolean} | undefined;
  /** The line before, when it may be a paragraph's (a setext underline below it would make it a heading). */
  let paragraph = false;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (fence) {
      if (!fence.flush && FLUSH_HEADING.test(line)) return undefined;
      if (closesFence(line, fence.marker)) fence = undefined;
      continue;
    }
    if (html) {
      if (!html.flush && (HEADING_LIKE.test(line) || SETEXT_UNDERLINE.test(line))) return undefined;
      if (html.end === '' ? BLANK.test(line) : html.end.test(line)) html = undefined;
      paragraph = false;
      continue;
    }
    if (FLUSH_HEADING.test(line)) {
      kept[index] = true;
      headings.push(index);
    } else if (HEADING_LIKE.test(line) || (paragraph && SETEXT_UNDERLINE.test(line))) {
      return undefined;
    } else if (DEFINITION.test(line)) {
      // A definition starts after a blank line, a heading or another definition; in a paragraph it is text.
      if (!DEFINITION_START.test(line) || paragraph) return undefined;
      kept[index] = true;
    } else {
      const opened = FENCE.exec(line);
      // A line of backticks followed by another backtick is code in a paragraph, not a fence.
      if (opened && !(opened[2][0] === '`' && line.slice(opened[0].length).includes('`'))) fence = {marker: opened[2], flush: opened[1] === ''};
      else html = htmlBlock(line);
    }
    paragraph = !fence && !html && !BLANK.test(line) && !FLUSH_HEADING.test(line) && !DEFINITION_START.test(line);
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

/** The number of lines of YAML front matter (with its fences) at the start, else 0. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.replace(/\r$/, '') !== '---') return 0;
  for (let index = 1; index < lines.length; index++) if (/^---[ \t]*\r?$/.test(lines[index])) return index + 1;
  return 0;
}

const BLANK = /^[ \t]*\r?$/;
/** An ATX heading in column 0: a heading of the report, whatever came before it. */
const FLUSH_HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
/** A line that reads as an ATX heading somewhere: in column 0, indented, in a list item or a quote. */
const HEADING_LIKE = /^[ \t]*(?:(?:>[ \t]?)+[ \t]*|(?:[-*+]|\d{1,9}[.)])[ \t]+)?#{1,6}(?:[ \t]|\r?$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*\r?$/;
const DEFINITION = /^[ \t]*(?:>[ \t]?)*[ \t]*\[(?:[^\]\\]|\\.)+\]:/;
/** A link definition in column 0 with its destination on its line. */
const DEFINITION_START = /^\[(?:[^\]\\]|\\.)+\]:[ \t]*\S/;
/** A fence opening, at any indentation (in a list item it may be deep). */
const FENCE = /^([ \t]*)(`{3,}|~{3,})/;

/** Whether `line` closes a fence opened by `marker`. */
function closesFence(line: string, marker: string): boolean {
  const close = /^[ \t]*(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
  return !!close && close[1][0] === marker[0] && close[1].length >= marker.length;
}

/**
 * The HTML block `line` opens, if any (CommonMark's seven kinds): `end` is the mark that ends one of
 * the five kinds that run to one (`-->`, `</pre>`), `''` for the two that run to a blank line (a tag
 * that only starts a paragraph counts as one of those: it can only make the cut give way to the whole
 * text). Undefined when it opens none, or its mark is on its line.
 */
function htmlBlock(line: string): {end: RegExp | ''; flush: boolean} | undefined {
  const open = /^([ \t]*)<([!?/]?)(--|\[CDATA\[|[A-Za-z][\w-]*)?/.exec(line);
  if (!open) return undefined;
  const [opening, indent, mark, name = ''] = open;
  const end =
    mark === '!' && name === '--' ? /-->/
    : mark === '!' && name === '[CDATA[' ? /\]\]>/
    : mark === '!' && name ? />/
    : mark === '?' ? /\?>/
    : mark === '' && /^(?:script|pre|style|textarea)$/i.test(name) ? /<\/(?:script|pre|style|textarea)>/i
    : undefined;
  if (end) return end.test(line.slice(opening.length)) ? undefined : {end, flush: indent === ''};
  return name ? {end: '', flush: false} : undefined;
}
