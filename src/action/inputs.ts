/** The action's inputs, read and checked once. A wrong value stops the run with a clear message. */
export interface ActionInputs {
  token: string;
  /** Globs from the `reports` input; undefined to use the policy's. */
  reports?: string[];
  /** Policy file path; undefined for the default, which may be absent. */
  config?: string;
  scope: 'changed' | 'all';
  verifyRuns: boolean;
  comment: 'always' | 'on-failure' | 'never';
  failOn: 'error' | 'warning';
  /** Per-request timeout for the GitHub API. */
  timeoutMs: number;
}

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads inputs the way `core.getInput` returns them: trimmed strings, empty when unset. */
export function readInputs(getInput: (name: string) => string, eventName: string): ActionInputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = getInput(name).toLowerCase() || fallback;
    if (!(allowed as readonly string[]).includes(value)) throw new InputError(`input \`${name}\` must be ${allowed.join(' or ')}, not "${getInput(name)}"`);
    return value as T;
  };
  const reports = getInput('reports')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const timeout = getInput('timeout-seconds') || '30';
  if (!/^\d+(\.\d+)?$/.test(timeout) || Number(timeout) <= 0) throw new InputError(`input \`timeout-seconds\` must be a positive number, not "${timeout}"`);
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target';
  return {
    token: getInput('github-token'),
    reports: reports.length > 0 ? reports : undefined,
    config: getInput('config') || undefined,
    scope: choice('scope', ['changed', 'all'] as const, isPullRequest ? 'changed' : 'all'),
    verifyRuns: choice('verify-runs', ['true', 'false'] as const, 'true') === 'true',
    comment: choice('comment', ['always', 'on-failure', 'never'] as const, 'always'),
    failOn: choice('fail-on', ['error', 'warning'] as const, 'error'),
    timeoutMs: Math.round(Number(timeout) * 1000),
  };
}
