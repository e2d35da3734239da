import {RequestError} from '@octokit/request-error';
import {describe, expect, it} from 'vitest';
import {RequestTimeoutError} from '../../src/github/errors.js';
import {MAX_RATE_LIMIT_WAIT_S, retryDelay, SECONDARY_LIMIT_WAIT_S} from '../../src/github/retry.js';

const policy = {retries: 3, unitMs: 1000};
const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const request = {method: 'GET' as const, url: 'https://api.github.com/repos/acme/widgets/actions/runs/1', headers: {}};

/** A failed attempt as @octokit/request raises it. */
function failure(status: number, headers: Record<string, string> = {}, message = `HTTP ${status}`) {
  return new RequestError(message, status, {request, response: {status, url: request.url, headers, data: {message}}});
}

/** A network failure as @octokit/request raises it: status 500 and no response. */
const dropped = () => new RequestError('fetch failed', 500, {request});

describe('retryDelay', () => {
  it('backs off 1, 4, 9 units after a server error or a dropped connection, then gives up', () => {
    expect([0, 1, 2, 3].map((retried) => retryDelay(failure(502), retried, policy, NOW))).toEqual([1000, 4000, 9000, undefined]);
    expect(retryDelay(dropped(), 0, policy, NOW)).toBe(1000);
    expect(retryDelay(failure(500), 0, {retries: 0, unitMs: 1000}, NOW)).toBeUndefined();
  });

  it('never retries an answer that will not change, nor a timeout', () => {
    for (const status of [400, 401, 404, 410, 422]) expect(retryDelay(failure(status), 0, policy, NOW)).toBeUndefined();
    expect(retryDelay(failure(403, {}, 'Resource not accessible by integration'), 0, policy, NOW)).toBeUndefined();
    // @octokit/request rethrows a timeout as it came, with status 500 set on it.
    const timeout = Object.assign(new RequestTimeoutError(300, 'GET', request.url), {status: 500});
    expect(retryDelay(timeout, 0, policy, NOW)).toBeUndefined();
    expect(retryDelay(new Error('a bug'), 0, policy, NOW)).toBeUndefined();
  });

  it('waits out a rate limit for its retry-after, in seconds or as a date', () => {
    expect(retryDelay(failure(429, {'retry-after': '3'}), 0, policy, NOW)).toBe(3000);
    expect(retryDelay(failure(403, {'retry-after': '2'}), 1, policy, NOW)).toBe(2000);
    expect(retryDelay(failure(429, {'retry-after': new Date(NOW + 5000).toUTCString()}), 0, policy, NOW)).toBe(5000);
  });

  it('waits for the reset when no requests remain, one second past it', () => {
    const reset = String(NOW / 1000 + 20);
    expect(retryDelay(failure(403, {'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset}), 0, policy, NOW)).toBe(21_000);
    expect(retryDelay(failure(429, {'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 5)}), 0, policy, NOW)).toBe(1000);
  });

  it('waits a minute on a secondary rate limit that names no wait', () => {
    const secondary = failure(403, {}, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.');
    expect(retryDelay(secondary, 0, policy, NOW)).toBe(SECONDARY_LIMIT_WAIT_S * 1000);
    expect(retryDelay(failure(429), 0, policy, NOW)).toBe(SECONDARY_LIMIT_WAIT_S * 1000);
  });

  it('fails rather than wait longer than a minute, and counts rate limits against the retries', () => {
    expect(retryDelay(failure(429, {'retry-after': String(MAX_RATE_LIMIT_WAIT_S + 1)}), 0, policy, NOW)).toBeUndefined();
    expect(retryDelay(failure(403, {'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600)}), 0, policy, NOW)).toBeUndefined();
    expect(retryDelay(failure(429, {'retry-after': '1'}), 3, policy, NOW)).toBeUndefined();
  });
});
