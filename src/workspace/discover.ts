import {statSync} from 'node:fs';
import {isAbsolute, relative, resolve, sep} from 'node:path';
import {glob, isDynamicPattern} from 'tinyglobby';

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
}

/**
 * Finds the reports: globs relative to the root (excludes applied), or paths named outright
 * (used even when an exclude would match them). Returns sorted repository-relative paths.
 */
export async function discoverReports(options: DiscoverOptions): Promise<string[]> {
  const root = resolve(options.root);
  const found = new Set<string>();
  for (const pattern of options.patterns) {
    if (!isDynamicPattern(pattern)) {
      const absolute = resolve(root, pattern);
      const path = relative(root, absolute).split(sep).join('/');
      if (path.startsWith('..') || isAbsolute(path)) throw new DiscoveryError(`${pattern} is outside the repository root ${root}`);
      if (isFile(absolute)) {
        found.add(path);
        continue;
      }
      if (!isDirectory(absolute)) {
        if (options.strict) throw new DiscoveryError(`${pattern} does not exist under ${root}`);
        continue;
      }
    }
    const pattern_ = isDynamicPattern(pattern) ? pattern : `${pattern.replace(/\/+$/, '')}/**/*.md`;
    const matches = await glob(pattern_, {cwd: root, ignore: [...options.exclude], onlyFiles: true, followSymbolicLinks: false, expandDirectories: false});
    if (matches.length === 0 && options.strict) {
      throw new DiscoveryError(`no report matches \`${pattern}\` under ${root}: check the pattern, or remove it`);
    }
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
