import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, '..', '..');

/**
 * The real reports: the shared corpus beside the repository when it is there (it may hold more
 * reports than the copy), else the copy in `__tests__/fixtures/qgp`.
 */
export const CORPUS_DIR = [process.env.EVIDENCE_GATE_CORPUS, join(REPO_ROOT, '..', 'shared', 'corpus', 'qgp'), join(here, '..', 'fixtures', 'qgp')].find(
  (dir): dir is string => !!dir && existsSync(dir),
)!;

export const corpusCommits = () =>
  readdirSync(CORPUS_DIR, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(CORPUS_DIR, entry.name, 'manifest.txt')))
    .map((entry) => entry.name)
    .sort();

const temporaryDirectories: string[] = [];

export function makeTempDir(prefix = 'evidence-gate-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryDirectories.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of temporaryDirectories.splice(0)) rmSync(dir, {recursive: true, force: true});
}

/**
 * A workspace as a checkout at that commit would look for existence checks: every path in the
 * manifest as an empty file, then the reports copied over their placeholders.
 */
export function materialise(commit: string): string {
  const root = makeTempDir(`qgp-${commit}-`);
  const source = join(CORPUS_DIR, commit);
  for (const path of readFileSync(join(source, 'manifest.txt'), 'utf8').split('\n').filter(Boolean)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), '');
  }
  for (const report of listReports(commit)) copyFileSync(join(source, report), join(root, report));
  return root;
}

/** The reports a commit added, as repository-relative paths. */
export function listReports(commit: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(CORPUS_DIR, commit, relative), {withFileTypes: true})) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return found.sort();
}

export function readCorpusReport(commit: string, path: string): string {
  return readFileSync(join(CORPUS_DIR, commit, path), 'utf8');
}

/** Rewrites one line of a file in a workspace (1-based), returning the old line. */
export function editLine(root: string, path: string, line: number, edit: (text: string) => string): string {
  const file = join(root, path);
  const lines = readFileSync(file, 'utf8').split('\n');
  const old = lines[line - 1];
  lines[line - 1] = edit(old);
  writeFileSync(file, lines.join('\n'));
  return old;
}
