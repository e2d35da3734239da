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
 * the schedule verify every report whole). A plain search of the raw bytes for a removed path or
 * its file name (also percent-encoded, as a link writes it; UTF-8 both) finds those reports before
 * any decoding or parsing; a false candidate costs a parse of the sections that name it, and never
 * a finding. A folder left
 * empty (`exists` says it is gone) is removed too, for the reports that cite the folder.
 */
export function changedScope(files: ChangedFiles, exists: (path: string) => boolean = () => true): (path: string, bytes: Buffer | undefined) => Selection {
  const changed = new Set(files.changed);
  const folders = new Set(files.removed.flatMap((path) => ancestors(path).filter((folder) => !exists(folder))));
  const paths = new Set([...files.removed, ...folders]);
  const removed: RemovedFiles = {paths, names: new Set(files.removed.map((path) => posix.basename(path)))};
  const forms = [...new Set([...paths].flatMap((path) => [path, posix.basename(path), ...(folders.has(path) ? [`${posix.basename(path)}/`] : [])]).flatMap((form) => [form, encodeURI(form)]))];
  // A name of one or two characters is in every text: it finds no report, but still marks its sections in one found otherwise.
  const needles = forms.filter((needle) => needle.length > 2).map((needle) => Buffer.from(needle));
  return (path, bytes) => {
    if (changed.has(path)) return {whole: true};
    // A report that cannot be read, and that the pull request leaves as it is, is not its doing.
    return bytes !== undefined && needles.some((needle) => bytes.includes(needle)) ? {whole: false, removed, needles: forms} : undefined;
  };
}

/** The folders a path is in, innermost first, without the root. */
const ancestors = (path: string) => {
  const folders: string[] = [];
  for (let folder = posix.dirname(path); folder !== '.' && folder !== '/' && folder !== ''; folder = posix.dirname(folder)) folders.push(folder);
  return folders;
};
