import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {type LoadedPolicy, parsePolicy, PolicyError} from '../policy/load.js';

export const DEFAULT_POLICY_PATH = '.github/evidence-gate.yml';

/**
 * Reads the policy file: the named one must exist; the default one may be absent (defaults apply).
 * Returns undefined when there is none.
 */
export function loadPolicyFile(root: string, path: string | undefined): LoadedPolicy | undefined {
  const file = path ?? DEFAULT_POLICY_PATH;
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PolicyError(file, undefined, `cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parsePolicy(text, file);
}
