import {posix} from 'node:path';
import type {FileCitation} from '../model/types.js';

export type ResolvedPath = {inside: true; path: string} | {inside: false; reason: string};

/**
 * Turns a cited path into a repository-relative one without touching the disk.
 * Relative links resolve against the report's folder and a leading `/` in a link means the
 * repository root, as GitHub renders it; code paths resolve against the root, and an absolute
 * one is outside it. Percent-encoding and backslashes are undone first, so `%2e%2e/` and `..\`
 * are seen for what they are.
 */
export function resolveCitedPath(cited: string, base: 'report' | 'root', reportPath: string, link: boolean): ResolvedPath {
  let text = cited;
  try {
    text = decodeURIComponent(text);
  } catch {
    // not percent-encoded: keep as written
  }
  text = text.replace(/\\/g, '/');
  if (text.includes('\0')) return {inside: false, reason: 'contains a NUL character'};
  if (/^[A-Za-z]:\//.test(text)) return {inside: false, reason: 'is an absolute path'};
  let joined: string;
  if (text.startsWith('/')) {
    if (!link) return {inside: false, reason: 'is an absolute path'};
    joined = text.slice(1);
  } else {
    joined = base === 'report' ? posix.join(posix.dirname(reportPath), text) : text;
  }
  const normalised = posix.normalize(joined).replace(/\/$/, '');
  if (normalised === '..' || normalised.startsWith('../')) return {inside: false, reason: 'leaves the repository root'};
  return {inside: true, path: normalised === '.' ? '' : normalised};
}

/** The files a pull request removes (deleted, or renamed away), as the `changed` scope looks for their citations. */
export interface RemovedFiles {
  /** Repository-relative paths. */
  paths: ReadonlySet<string>;
  /** Their file names, which a bare citation (`evidence-recovery.md`) may name them by. */
  names: ReadonlySet<string>;
}

/**
 * Whether a citation may name one of the removed files, read as the file checks read it: a link from
 * the report's folder (or the root, with a leading `/`), a code path from the root or the report's
 * folder, a bare file name by its name, a GitHub file URL by the path after its ref.
 */
export function citesRemoved(citation: FileCitation, reportPath: string, removed: RemovedFiles): boolean {
  const cited = citation.repository === undefined ? citation.cited : citation.cited.split('/').slice(1).join('/');
  if (citation.repository === undefined && !citation.link && !/[/\\]/.test(cited)) return removed.names.has(cited);
  const readings: Array<[base: 'report' | 'root', link: boolean]> =
    citation.repository !== undefined ? [['root', true]]
    : citation.link ? [[citation.base, true]]
    : [['root', false], ['report', false], ['root', true]];
  return readings.some(([base, link]) => {
    const resolved = resolveCitedPath(cited, base, reportPath, link);
    return resolved.inside && removed.paths.has(resolved.path);
  });
}
