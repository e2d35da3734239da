import {posix} from 'node:path';

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
