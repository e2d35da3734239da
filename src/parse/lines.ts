import type {PhrasingContent, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';

/** One line of a paragraph, with its `**Label**:` split off when it starts with one. */
export interface InlineLine {
  line: number;
  column?: number;
  nodes: PhrasingContent[];
  label?: string;
  value?: string;
}

/**
 * Splits a paragraph's inline content at hard and soft line breaks, so that
 * `**Date**: x  \n**Status**: y` gives two lines, each with its own label and line number.
 */
export function splitLines(children: readonly PhrasingContent[]): InlineLine[] {
  const lines: InlineLine[] = [];
  let current: PhrasingContent[] = [];
  const flush = () => {
    if (current.length > 0) lines.push(describe(current));
    current = [];
  };
  for (const node of children) {
    if (node.type === 'break') {
      flush();
      continue;
    }
    if (node.type !== 'text' || !node.value.includes('\n')) {
      current.push(node);
      continue;
    }
    const parts = node.value.split('\n');
    const start = node.position!.start;
    parts.forEach((part, index) => {
      if (index > 0) flush();
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
  flush();
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
  }
  return line;
}
