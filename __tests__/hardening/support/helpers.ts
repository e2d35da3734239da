import {spawn} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {makeTempDir, REPO_ROOT} from '../../support/workspace.js';

export const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** A repository on disk: each path with its content (text, or bytes as written). */
export function workspace(files: Record<string, string | Uint8Array>, prefix = 'hardening-'): string {
  const root = makeTempDir(prefix);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), content);
  }
  return root;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the built CLI as a user would, without blocking this process (so an in-process fake API keeps
 * answering). Killed after `timeoutMs`; `code` is then null.
 */
export function cli(args: string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], {env: {PATH: process.env.PATH ?? '', ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr, ms: Date.now() - started});
    });
  });
}

/** Lines of a text as Markdown counts them: LF, CRLF and a lone CR each end a line. */
export const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;
