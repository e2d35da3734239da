import {getOctokit} from '@actions/github';
import {defaults as actionsDefaults} from '@actions/github/lib/utils';
import {retry} from '@octokit/plugin-retry';
import {throttling} from '@octokit/plugin-throttling';
import {RequestTimeoutError, toGitHubError} from './errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** The REST API root: `https://api.github.com`, or `GITHUB_API_URL` on GitHub Enterprise Server. */
  baseUrl?: string;
  /** How long one attempt may take before it fails (timeouts are not retried). */
  timeoutMs?: number;
  /** Retries after the first attempt, for server errors, connection resets and rate limits. */
  retries?: number;
  /**
   * The unit of every wait between attempts: backoff after a server error waits 1, 4, 9… units, a
   * rate limit waits its `retry-after` seconds in units. 1000 against GitHub; a few ms in tests.
   */
  retryAfterBaseMs?: number;
}

/** A rate limit asking for a longer wait than this fails instead: a gate should not sleep for an hour. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * An Octokit that retries transient failures (5xx, connection resets) and rate limits within a
 * bound, fails an attempt that outlives `timeoutMs`, and rejects with a `GitHubRequestError`
 * (`BadCredentialsError` on HTTP 401) whose message is a short cause without the token.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const {token, timeoutMs = 30_000, retries = 3, retryAfterBaseMs = 1000} = options;
  const withinBound = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
  const client = getOctokit(
    token,
    {
      ...(options.baseUrl ? {baseUrl: options.baseUrl.replace(/\/+$/, '')} : {}),
      request: {fetch: fetchWithTimeout(actionsDefaults.request?.fetch ?? globalThis.fetch, timeoutMs)},
      // 429 is left to the throttling plugin, which honours `retry-after`.
      retry: {retries, retryAfterBaseValue: retryAfterBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]},
      throttle: {retryAfterBaseValue: retryAfterBaseMs, onRateLimit: withinBound, onSecondaryRateLimit: withinBound},
    },
    retry,
    throttling,
  );
  // Registered after the plugins, so it sees each request's final failure, once retries are spent.
  client.hook.error('request', (error) => {
    throw toGitHubError(error, [token]);
  });
  return client;
}

/** `owner/name` as the `{owner, repo}` parameters of a REST route. */
export function repositoryParams(repository: string): {owner: string; repo: string} {
  const [owner, repo] = repository.split('/');
  return {owner, repo};
}

/**
 * Wraps fetch so each attempt fails after `timeoutMs`. The body is read within the same deadline,
 * so a server that sends its headers and then stalls fails too, instead of yielding an empty body.
 */
function fetchWithTimeout(fetch: typeof globalThis.fetch, timeoutMs: number): typeof globalThis.fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const url = input instanceof Request ? input.url : String(input);
    const timer = setTimeout(() => controller.abort(new RequestTimeoutError(timeoutMs, init?.method ?? 'GET', url)), timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    try {
      const response = await fetch(input, {...init, signal});
      const body = response.body ? await response.arrayBuffer() : null;
      const buffered = new Response(body, {status: response.status, statusText: response.statusText, headers: response.headers});
      // A constructed Response has no URL; Octokit's pagination reads it.
      return Object.defineProperty(buffered, 'url', {value: response.url});
    } finally {
      clearTimeout(timer);
    }
  };
}
