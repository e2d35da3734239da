import {posix} from 'node:path';

/** What a pull request changed, as the `changed` scope needs it. */
export interface ChangedFiles {
  /** Added, modified, and renamed-to paths. */
  changed: readonly string[];
  /** Removed paths, and the old paths of renamed files. */
  removed: readonly string[];
}

/**
 * The `changed` scope: a report is verified when the pull request adds or modifies it, or when its
 * text cites a file the pull request removes or renames away. The text test is a plain substring
 * search for the removed path or its file name, done before any parsing; the report is then
 * verified in full, so a false candidate costs a parse and never a false finding.
 */
export function changedScope(files: ChangedFiles): (path: string, text: string) => boolean {
  const changed = new Set(files.changed);
  const needles = [...new Set(files.removed.flatMap((path) => [path, posix.basename(path)]))].filter((needle) => needle.length > 2);
  return (path, text) => changed.has(path) || needles.some((needle) => text.includes(needle));
}
