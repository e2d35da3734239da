import {getOctokit} from '@actions/github';
import {toGitHubError} from './errors.js';
import {retryDelay, type RetryPolicy} from './retry.js';
import {createTransport} from './transport.js';

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

/**
 * An Octokit that retries transient failures (5xx, connection resets) and rate limits within a
 * bound, fails an attempt that outlives `timeoutMs`, and rejects with a `GitHubRequestError`
 * (`BadCredentialsError` on HTTP 401) whose message is a short cause without the token.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const {token, timeoutMs = 30_000, retries = 3, retryAfterBaseMs = 1000} = options;
  const client = getOctokit(token, {
    ...(options.baseUrl ? {baseUrl: options.baseUrl.replace(/\/+$/, '')} : {}),
    request: {fetch: createTransport(timeoutMs)},
  });
  const policy: RetryPolicy = {retries, unitMs: retryAfterBaseMs};
  // Every request, each page of a list included, gets its attempts here; the last failure leaves as a GitHubRequestError.
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let retried = 0; ; retried++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const delay = retryDelay(error, retried, policy);
        if (delay === undefined) throw toGitHubError(error, [token], retried + 1);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  });
  return client;
}

/** `owner/name` as the `{owner, repo}` parameters of a REST route. */
export function repositoryParams(repository: string): {owner: string; repo: string} {
  const [owner, repo] = repository.split('/');
  return {owner, repo};
}
