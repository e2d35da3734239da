import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {PolicyError} from '../policy/error.js';
import type {LoadedPolicy} from '../policy/load.js';

export const DEFAULT_POLICY_PATH = '.github/evidence-gate.yml';

/**
 * Reads the policy file: the named one must exist; the default one may be absent (defaults apply).
 * Returns undefined when there is none. The YAML and schema code is loaded only when there is one.
 */
export async function loadPolicyFile(root: string, path: string | undefined): Promise<LoadedPolicy | undefined> {
  const file = path ?? DEFAULT_POLICY_PATH;
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PolicyError(file, undefined, `cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const {parsePolicy} = await import('../policy/load.js');
  return parsePolicy(text, file);
}
