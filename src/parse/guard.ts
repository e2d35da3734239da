/**
 * A linear scan that refuses the few shapes of Markdown on which the parser takes time or memory
 * out of proportion to the text: containers nested hundreds deep, and paragraphs with thousands of
 * emphasis delimiters or brackets (emphasis and link resolution are quadratic in them). Real reports
 * stay far below the limits (at most 5 levels, 47 delimiter runs, a few dozen brackets).
 */

/** A report refused before parsing, with the line to point at. */
export class UnparseableReport extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'UnparseableReport';
  }
}

export const MAX_NESTING = 32;
export const MAX_DELIMITER_RUNS = 2000;
export const MAX_BRACKETS = 2000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?: *\1){2,} *$/;

/** Throws `UnparseableReport` at the first pathological line. */
export function guardReport(text: string): void {
  let fence: string | undefined;
  let runs = 0;
  let brackets = 0;
  let paragraphLine = 1;
  let afterBlank = true;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const content = text.slice(start, end);
    start = end + 1;

    const opening = FENCE.exec(content);
    if (fence !== undefined) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (!content.trim()) {
      runs = 0;
      brackets = 0;
      afterBlank = true;
      continue;
    }
    if (afterBlank) paragraphLine = line;
    afterBlank = false;
    // Each table row is parsed as cells on their own: count it alone.
    if (/^\s*\|/.test(content)) {
      runs = 0;
      brackets = 0;
      paragraphLine = line;
    }

    const depth = nesting(content);
    if (depth > MAX_NESTING) {
      throw new UnparseableReport(line, `Line ${line} nests ${depth} lists or block quotes (more than ${MAX_NESTING}). ${ADVICE}`);
    }
    let previous = '';
    for (let i = 0; i < content.length; i++) {
      const char = content[i];
      if ((char === '*' || char === '_') && char !== previous) runs++;
      else if (char === '[') brackets++;
      previous = char;
    }
    if (runs > MAX_DELIMITER_RUNS) {
      throw new UnparseableReport(paragraphLine, `The paragraph at line ${paragraphLine} has more than ${MAX_DELIMITER_RUNS} runs of \`*\` or \`_\`. ${ADVICE}`);
    }
    if (brackets > MAX_BRACKETS) {
      throw new UnparseableReport(paragraphLine, `The paragraph at line ${paragraphLine} has more than ${MAX_BRACKETS} \`[\` brackets. ${ADVICE}`);
    }
  }
}

const ADVICE =
  'Markdown parsers take time and memory out of proportion to the text on this shape, so evidence-gate does not parse it: ' +
  'split it up, or put the text in a fenced code block.';

/**
 * How many block quotes and list items open at the start of a line (`> - > 1. text` is 4), counting
 * every four columns of indentation before the first marker as a level (lists nested by indentation).
 */
function nesting(content: string): number {
  if (THEMATIC_BREAK.test(content)) return 0;
  const indent = /^ */.exec(content)![0].length;
  let depth = 0;
  let i = indent;
  while (i < content.length) {
    const char = content[i];
    if (char === ' ' || char === '\t') {
      i++;
    } else if (char === '>') {
      depth++;
      i++;
    } else if ((char === '-' || char === '*' || char === '+') && (content[i + 1] === ' ' || content[i + 1] === '\t')) {
      depth++;
      i += 2;
    } else {
      const ordered = /^\d{1,9}[.)][ \t]/.exec(content.slice(i, i + 12));
      if (!ordered) break;
      depth++;
      i += ordered[0].length;
    }
  }
  return depth > 0 ? depth + Math.floor(indent / 4) : 0;
}
