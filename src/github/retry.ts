/**
 * Which failed requests are worth another attempt, and how long to wait first. GitHub's guidance:
 * a server error or a dropped connection may pass on a later attempt; a rate limit asks for a wait
 * (`retry-after` seconds, else until `x-ratelimit-reset` when no requests remain, else a minute);
 * any other 4xx answer will not change.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The unit of every wait: backoff waits 1, 4, 9… units, a rate limit its seconds in units. */
  unitMs: number;
}

/** A rate limit asking for a longer wait than this fails instead: a gate should not sleep for an hour. */
export const MAX_RATE_LIMIT_WAIT_S = 60;

/** GitHub's advice when a secondary rate limit names no wait. */
export const SECONDARY_LIMIT_WAIT_S = 60;

/** What a failed attempt looks like, as @octokit/request's `RequestError` carries it (read structurally). */
interface AttemptFailure {
  status?: number;
  message?: string;
  /** Present on every error @octokit/request raised; a timeout (ours) or a bug has none. */
  request?: unknown;
  response?: {headers?: Record<string, string | number | undefined>};
}

/**
 * The wait in ms before the next attempt, or `undefined` when the failure is final. `retried` is
 * how many retries were already made; `nowMs` is the clock, for `x-ratelimit-reset`.
 */
export function retryDelay(error: unknown, retried: number, policy: RetryPolicy, nowMs = Date.now()): number | undefined {
  if (retried >= policy.retries || typeof error !== 'object' || error === null) return undefined;
  const failure = error as AttemptFailure;
  // @octokit/request reports a network failure as status 500 without a response; a timeout is not its error.
  if (failure.request === undefined || failure.status === undefined) return undefined;
  const waitS = rateLimitWait(failure, nowMs);
  if (waitS !== undefined) return waitS <= MAX_RATE_LIMIT_WAIT_S ? waitS * policy.unitMs : undefined;
  return failure.status >= 500 ? (retried + 1) ** 2 * policy.unitMs : undefined;
}

/** Seconds a rate-limited answer asks to wait; `undefined` when the answer is not a rate limit. */
function rateLimitWait(failure: AttemptFailure, nowMs: number): number | undefined {
  const headers = failure.response?.headers ?? {};
  const retryAfter = secondsFrom(headers['retry-after'], nowMs);
  const exhausted = String(headers['x-ratelimit-remaining']) === '0';
  const secondary = /\bsecondary rate\b/i.test(failure.message ?? '');
  const limited = failure.status === 429 || (failure.status === 403 && (exhausted || secondary || retryAfter !== undefined));
  if (!limited) return undefined;
  if (retryAfter !== undefined) return retryAfter;
  const resetS = Number(headers['x-ratelimit-reset']);
  // One second past the reset, so the retry lands after it.
  if (exhausted && Number.isFinite(resetS)) return Math.max(0, Math.ceil(resetS - nowMs / 1000)) + 1;
  return SECONDARY_LIMIT_WAIT_S;
}

/** `retry-after` as seconds: a number of seconds, or an HTTP date. */
function secondsFrom(value: string | number | undefined, nowMs: number): number | undefined {
  if (value === undefined || String(value).trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(String(value));
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}
