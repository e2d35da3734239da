import {isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml';
import type {z} from 'zod';
import {PolicyError} from './error.js';
import {policySchema, type PolicyFile} from './schema.js';

export {PolicyError};

export interface LoadedPolicy {
  file: string;
  value: PolicyFile;
  /** Each required file with the line that lists it, so a missing one is reported there. */
  requiredFiles: Array<{path: string; line: number}>;
  /** The line of each `reports` glob, so one that matches nothing is reported there. */
  reportLines: number[];
}

/** Parses and validates a policy file's text. Every problem names the key and its line. */
export function parsePolicy(text: string, file: string): LoadedPolicy {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new PolicyError(file, lineOf(error.pos[0]), `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const value: unknown = document.toJS() ?? {};
  const result = policySchema.safeParse(value);
  if (result.success) {
    const itemLines = (key: string) => {
      const node = document.getIn([key], true);
      const fallback = lineOf(findKeyNode(document.contents, [key])?.range?.[0]) ?? 1;
      return (isSeq(node) ? node.items : []).map((item) => lineOf((item as YamlNode | undefined)?.range?.[0]) ?? fallback);
    };
    const requiredLines = itemLines('required-files');
    return {
      file,
      value: result.data,
      requiredFiles: (result.data['required-files'] ?? []).map((path, index) => ({path, line: requiredLines[index] ?? 1})),
      reportLines: itemLines('reports'),
    };
  }
  const issue = result.error.issues[0];
  const path = issuePath(issue);
  const node = document.getIn(path, true) as YamlNode | undefined;
  const keyNode = findKeyNode(document.contents, path);
  const line = lineOf((node ?? keyNode)?.range?.[0]) ?? lineOf(keyNode?.range?.[0]);
  throw new PolicyError(file, line, describeIssue(issue, path));
}

function issuePath(issue: z.core.$ZodIssue): Array<string | number> {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') return [...path, issue.keys[0]];
  return path;
}

/** The key node of a path, so an unknown key points at the key itself. */
function findKeyNode(contents: unknown, path: Array<string | number>): YamlNode | undefined {
  let current = contents;
  let key: YamlNode | undefined;
  for (const segment of path) {
    if (!isMap(current)) return key;
    const pair = current.items.find((item) => (item.key as {value?: unknown})?.value === segment);
    if (!pair) return key;
    key = pair.key as YamlNode;
    current = pair.value;
  }
  return key;
}

function describeIssue(issue: z.core.$ZodIssue, path: Array<string | number>): string {
  const where = path.length > 0 ? `\`${path.join('.')}\`` : 'the policy';
  if (issue.code === 'unrecognized_keys') {
    const known = path.length === 1 ? `; known keys: ${Object.keys(policySchema.shape).join(', ')}` : '';
    return `unknown key ${where}${known}`;
  }
  return `${where}: ${issue.message}`;
}
