import {isAbsolute, relative, resolve, sep} from 'node:path';
import {glob, isDynamicPattern} from 'tinyglobby';
import {PolicyError} from '../policy/error.js';
import {createFileResolver} from './resolver.js';

export class DiscoveryError extends Error {
  override name = 'DiscoveryError';
}

export interface DiscoverOptions {
  root: string;
  /** Paths or globs relative to the root. */
  patterns: readonly string[];
  exclude: readonly string[];
  /** Whether a pattern that matches nothing is an error (it is when the user wrote it). */
  strict: boolean;
  /**
   * Where the patterns were written when they come from the policy file: a pattern that matches
   * nothing is then a policy error at its line, not a bare usage error.
   */
  origin?: {file: string; lines: ReadonlyArray<number | undefined>};
}

/**
 * Finds the reports: globs relative to the root (excludes applied), or paths named outright
 * (used even when an exclude would match them). Returns sorted repository-relative paths.
 * A path named outright is looked at through the file resolver, so one that leads out of the
 * repository through a symbolic link is never stat'ed there: it is kept as a report, and reading it
 * reports `path-outside-root`. Globs do not follow symbolic links.
 */
export async function discoverReports(options: DiscoverOptions): Promise<string[]> {
  const root = resolve(options.root);
  const resolver = createFileResolver(root);
  const found = new Set<string>();
  const nothing = (index: number, message: string) =>
    options.origin ? new PolicyError(options.origin.file, options.origin.lines[index], `\`reports\`: ${message}`) : new DiscoveryError(message);
  for (const [index, pattern] of options.patterns.entries()) {
    if (!isDynamicPattern(pattern)) {
      const absolute = resolve(root, pattern);
      const path = relative(root, absolute).split(sep).join('/');
      if (path === '..' || path.startsWith('../') || isAbsolute(path)) throw nothing(index, `${pattern} is outside the repository root ${root}`);
      const kind = path ? resolver.kind(path) : 'directory';
      if (kind === 'file' || kind === 'outside') {
        found.add(path);
        continue;
      }
      if (kind !== 'directory') {
        if (options.strict) throw nothing(index, `${pattern} does not exist under ${root}`);
        continue;
      }
    }
    const pattern_ = isDynamicPattern(pattern) ? pattern : `${pattern.replace(/\/+$/, '')}/**/*.md`;
    const matches = await glob(pattern_, {cwd: root, ignore: [...options.exclude], onlyFiles: true, followSymbolicLinks: false, expandDirectories: false});
    if (matches.length === 0 && options.strict) {
      throw nothing(index, `no report matches \`${pattern}\` under ${root}: check the pattern, or remove it`);
    }
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}
