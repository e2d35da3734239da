import {readFileSync} from 'node:fs';
import {isAbsolute, relative, resolve, sep} from 'node:path';
import {PolicyError} from '../policy/error.js';
import type {LoadedPolicy} from '../policy/load.js';
import {createFileResolver} from './resolver.js';

export const DEFAULT_POLICY_PATH = '.github/evidence-gate.yml';

/**
 * Reads the policy file: the named one must exist; the default one may be absent (defaults apply).
 * Returns undefined when there is none. The YAML and schema code is loaded only when there is one.
 * A policy file inside the repository that is a symbolic link leading out of it (or looping) is
 * refused unread: the repository's content must not make the gate read files elsewhere. A path the
 * caller names outside the root is the caller's own choice, and is read.
 */
export async function loadPolicyFile(root: string, path: string | undefined): Promise<LoadedPolicy | undefined> {
  const file = path ?? DEFAULT_POLICY_PATH;
  const absolute = resolve(root, file);
  const inRepository = relative(resolve(root), absolute).split(sep).join('/');
  if (inRepository && inRepository !== '..' && !inRepository.startsWith('../') && !isAbsolute(inRepository)) {
    if (createFileResolver(root).kind(inRepository) === 'outside') {
      throw new PolicyError(file, undefined, 'the policy file is a symbolic link that leads out of the repository (or loops): it was not read');
    }
  }
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PolicyError(file, undefined, `cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const {parsePolicy} = await import('../policy/load.js');
  return parsePolicy(text, file);
}
