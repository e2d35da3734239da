import type {PhrasingContent, Text, Yaml} from 'mdast';
import {toString} from 'mdast-util-to-string';

/** One line of a paragraph, with its `**Label**:` split off when it starts with one. */
export interface InlineLine {
  line: number;
  column?: number;
  nodes: PhrasingContent[];
  label?: string;
  value?: string;
  /** The start of the text of the lines after, when soft breaks join them to this one (up to a labelled line). */
  continuation?: string;
}

/** How much of the lines after a line keeps as its continuation. */
const CONTINUATION_REACH = 160;

/**
 * Splits a paragraph's inline content at hard and soft line breaks, so that
 * `**Date**: x  \n**Status**: y` gives two lines, each with its own label and line number.
 */
export function splitLines(children: readonly PhrasingContent[]): InlineLine[] {
  const lines: InlineLine[] = [];
  const soft: boolean[] = [];
  let current: PhrasingContent[] = [];
  const flush = (softBreak: boolean) => {
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
    const start = node.position!.start;
    parts.forEach((part, index) => {
      if (index > 0) flush(true);
      if (!part) return;
      const fragment: Text = {
        type: 'text',
        value: part,
        position: {
          start: {line: start.line + index, column: index === 0 ? start.column : (undefined as unknown as number), offset: undefined},
          end: {line: start.line + index, column: undefined as unknown as number, offset: undefined},
        },
      };
      current.push(fragment);
    });
  }
  flush(false);
  // A sentence goes on over soft breaks (`is produced by the⏎training pipeline`), perhaps over several lines, not into a labelled line.
  for (let index = lines.length - 2; index >= 0; index--) {
    const next = lines[index + 1];
    if (!soft[index] || next.label !== undefined) continue;
    const text = toString({type: 'paragraph', children: next.nodes});
    lines[index].continuation = (next.continuation !== undefined && text.length < CONTINUATION_REACH ? `${text} ${next.continuation}` : text).slice(0, CONTINUATION_REACH);
  }
  return lines;
}

function describe(nodes: PhrasingContent[]): InlineLine {
  const start = nodes[0].position?.start;
  const line: InlineLine = {line: start?.line ?? 0, column: start?.column, nodes};
  const [first, ...rest] = nodes;
  if (first.type !== 'strong') return line;
  const strong = toString(first).trim();
  const after = toString({type: 'paragraph', children: rest}).replace(/^\s+/, '');
  if (strong.endsWith(':')) {
    line.label = strong.slice(0, -1).trim();
    line.value = after.trim();
  } else if (after.startsWith(':')) {
    line.label = strong;
    line.value = after.slice(1).trim();
  } else {
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
export function frontMatterLines(node: Yaml): InlineLine[] {
  const first = node.position!.start.line + 1;
  const lines: InlineLine[] = [];
  node.value.split(/\r?\n/).forEach((text, index) => {
    const match = /^([A-Za-z][\w .-]{0,40}?)[ \t]*:[ \t]+(\S.*)$/d.exec(text);
    if (!match) return;
    const raw = match[2].trimEnd();
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    const value = quoted ? quoted[2] : raw;
    const line = first + index;
    const column = match.indices![2]![0] + 1 + (quoted ? 1 : 0);
    const position = {start: {line, column}, end: {line, column: column + value.length}};
    lines.push({line, column: 1, label: match[1].replace(/[_-]+/g, ' ').trim(), value, nodes: [{type: 'text', value, position}]});
  });
  return lines;
}

/**
 * Line and column of offsets into a text node; the column only where no line break precedes the
 * offset (a text in a list item or a block quote has lost its line prefixes), unless `everyLine`
 * (an HTML block's text, counted from its line starts). The breaks are found once per node, so many
 * citations on one long text stay linear.
 */
export function positionsIn(value: string, start: {line: number; column?: number}, everyLine = false): (index: number) => {line: number; column?: number} {
  let breaks: number[] | undefined;
  return (index) => {
    breaks ??= [...value.matchAll(/\n/g)].map((match) => match.index);
    const before = countBelow(breaks, index);
    if (before === 0) return start.column === undefined ? {line: start.line} : {line: start.line, column: start.column + index};
    return everyLine ? {line: start.line + before, column: index - breaks[before - 1]} : {line: start.line + before};
  };
}

/** How many of the sorted numbers are below `value`. */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
