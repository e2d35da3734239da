import {posix} from 'node:path';
import type {RemovedFiles} from '../checks/paths.js';
import type {Selection} from '../engine.js';

/** What a pull request changed, as the `changed` scope needs it. */
export interface ChangedFiles {
  /** Added, modified, and renamed-to paths. */
  changed: readonly string[];
  /** Removed paths, and the old paths of renamed files. */
  removed: readonly string[];
}

/**
 * The `changed` scope: a report the pull request adds or modifies is verified whole. One it leaves
 * as it was is verified only where it cites a file the pull request removes or renames away: the
 * rest of it is as it was before, and this pull request is not answerable for it (the pushes and
 * the schedule verify every report whole). A plain search of the raw text for a removed path or its
 * file name finds those reports before any parsing; a false candidate costs a parse of the sections
 * that name it, and never a finding.
 */
export function changedScope(files: ChangedFiles): (path: string, text: string) => Selection {
  const changed = new Set(files.changed);
  const removed: RemovedFiles = {paths: new Set(files.removed), names: new Set(files.removed.map((path) => posix.basename(path)))};
  const needles = [...new Set([...removed.paths, ...removed.names])].filter((needle) => needle.length > 2);
  return (path, text) => {
    if (changed.has(path)) return {whole: true};
    return needles.some((needle) => text.includes(needle)) ? {whole: false, removed, needles} : undefined;
  };
}
