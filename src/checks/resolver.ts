/** How the checks see the repository: an injected interface, so no check touches the disk. */
export interface FileResolver {
  /**
   * What a normalised repository-relative path is. `outside` when a symlink on the way leads out
   * of the repository (or loops); nothing outside the root is looked at.
   */
  kind(path: string): 'file' | 'directory' | 'missing' | 'outside';
  /** Repository paths whose last segment is `name`, for reports that cite a bare file name. */
  byName(name: string): readonly string[];
  /** How many lines a file of the repository has; undefined when it cannot tell (not a file, empty, unreadable, too large, binary). */
  lineCount(path: string): number | undefined;
}
