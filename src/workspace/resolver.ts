import {lstatSync, readdirSync, readFileSync, readlinkSync, statSync} from 'node:fs';
import {posix, resolve as resolveNative, sep} from 'node:path';
import type {FileResolver} from '../checks/resolver.js';

type Kind = ReturnType<FileResolver['kind']>;
type Entry = {kind: 'file' | 'directory' | 'missing' | 'other'} | {kind: 'link'; target: string};

const MAX_LINK_HOPS = 40;
/** Files longer than this are not read to count their lines: a report cites lines of source, not of data dumps. */
const MAX_COUNTED_BYTES = 8 * 1024 * 1024;
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * The repository on disk, seen through `lstat` one path segment at a time. A symbolic link is
 * followed only while its target stays inside the root (worked out from the link's text, not by
 * looking at the target), so nothing outside the root is opened or stat'ed. Every answer is cached.
 */
export function createFileResolver(root: string): FileResolver {
  const rootDir = resolveNative(root);
  const entries = new Map<string, Entry>();
  const kinds = new Map<string, Kind>();
  let names: Map<string, string[]> | undefined;
  const lineCounts = new Map<string, number | undefined>();

  function entry(path: string): Entry {
    let found = entries.get(path);
    if (found) return found;
    try {
      const stats = lstatSync(rootDir + sep + path.split('/').join(sep));
      if (stats.isSymbolicLink()) found = {kind: 'link', target: readlinkSync(rootDir + sep + path.split('/').join(sep))};
      else found = {kind: stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other'};
    } catch {
      found = {kind: 'missing'};
    }
    entries.set(path, found);
    return found;
  }

  /** Walks the segments, replacing each link by its target; `outside` when a target leaves the root. */
  function walk(path: string): Kind {
    let pending = path.split('/').filter(Boolean);
    let current: string[] = [];
    let hops = 0;
    while (pending.length > 0) {
      const [segment, ...rest] = pending;
      pending = rest;
      if (segment === '.') continue;
      if (segment === '..') {
        if (current.length === 0) return 'outside';
        current.pop();
        continue;
      }
      const candidate = [...current, segment].join('/');
      const found = entry(candidate);
      if (found.kind === 'link') {
        if (++hops > MAX_LINK_HOPS) return 'outside';
        if (found.target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(found.target)) {
          const relative = posix.relative(rootDir.split(sep).join('/'), found.target.split(sep).join('/'));
          if (relative.startsWith('..') || relative.startsWith('/')) return 'outside';
          current = [];
          pending = [...relative.split('/'), ...pending];
        } else {
          pending = [...found.target.split(/[\\/]/), ...pending];
        }
        continue;
      }
      if (found.kind === 'missing') return 'missing';
      if (found.kind !== 'directory' && pending.length > 0) return 'missing';
      current.push(segment);
    }
    if (current.length === 0) return 'directory';
    const last = entry(current.join('/'));
    return last.kind === 'file' || last.kind === 'directory' ? last.kind : last.kind === 'other' ? 'file' : 'missing';
  }

  function indexNames(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    const stack = [''];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let dirents;
      try {
        dirents = readdirSync(dir ? rootDir + sep + dir.split('/').join(sep) : rootDir, {withFileTypes: true});
      } catch {
        continue;
      }
      for (const dirent of dirents) {
        const path = dir ? `${dir}/${dirent.name}` : dirent.name;
        if (dirent.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(dirent.name)) stack.push(path);
        } else if (dirent.isFile()) {
          const list = index.get(dirent.name);
          if (list) list.push(path);
          else index.set(dirent.name, [path]);
        }
      }
    }
    for (const list of index.values()) list.sort();
    return index;
  }

  function kindOf(path: string): Kind {
    let kind = kinds.get(path);
    if (kind === undefined) {
      kind = walk(path);
      kinds.set(path, kind);
    }
    return kind;
  }

  return {
    kind: kindOf,
    byName(name) {
      names ??= indexNames();
      return names.get(name) ?? [];
    },
    lineCount(path) {
      if (!lineCounts.has(path)) lineCounts.set(path, kindOf(path) === 'file' ? countLines(rootDir + sep + path.split('/').join(sep)) : undefined);
      return lineCounts.get(path);
    },
  };
}

/**
 * The lines of a text file, as an editor numbers them (a last line without its newline counts); undefined for
 * a binary or large one, and for an empty one, which stands in for a file whose content is elsewhere (a
 * placeholder, a file kept in Git LFS) more often than it is cited at a line.
 */
function countLines(file: string): number | undefined {
  try {
    const {size} = statSync(file);
    if (size === 0 || size > MAX_COUNTED_BYTES) return undefined;
    const bytes = readFileSync(file);
    if (bytes.includes(0)) return undefined;
    let lines = 0;
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
    return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? lines + 1 : lines;
  } catch {
    return undefined;
  }
}
