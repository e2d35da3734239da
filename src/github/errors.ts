/**
 * What went wrong talking to GitHub, as one short line a reader can act on: no stack trace, no
 * server host, never the token. The client turns every failed request into a `GitHubRequestError`.
 */

/** A failed GitHub request. `status` is the HTTP status when a response arrived at all. */
export class GitHubRequestError extends Error {
  override name = 'GitHubRequestError';

  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** GitHub rejected the token (HTTP 401). Every request would fail alike, so it is reported once. */
export class BadCredentialsError extends GitHubRequestError {
  override name = 'BadCredentialsError';
}

/**
 * One attempt outlived the client's timeout. Named `AbortError` on purpose: @octokit/request passes
 * such errors through unwrapped, and the client does not retry them, so a server that never
 * answers fails after one timeout instead of after every retry has timed out too.
 */
export class RequestTimeoutError extends Error {
  override name = 'AbortError';

  constructor(
    readonly timeoutMs: number,
    readonly method: string,
    readonly url: string,
  ) {
    super(`request timed out after ${formatSeconds(timeoutMs)}`);
  }
}

/** The shape of @octokit/request-error's `RequestError`, read structurally. */
interface OctokitFailure {
  status?: number;
  message: string;
  request?: {method?: string; url?: string};
  response?: {data?: unknown};
  cause?: unknown;
}

/**
 * Turns whatever a request threw (HTTP error, network failure, timeout) into a `GitHubRequestError`;
 * `attempts` is how many were made, named in the message when more than one.
 */
export function toGitHubError(error: unknown, secrets: readonly string[], attempts = 1): GitHubRequestError {
  if (error instanceof GitHubRequestError) return error;
  const redact = (text: string) => secrets.filter(Boolean).reduce((result, secret) => result.split(secret).join('***'), text);
  if (error instanceof RequestTimeoutError) return new GitHubRequestError(redact(`${error.message} on ${error.method} ${pathOf(error.url)}`));
  if (!(error instanceof Error)) return new GitHubRequestError(redact(`unexpected failure: ${String(error)}`));

  const failure = error as OctokitFailure;
  const route = failure.request?.method && failure.request.url ? `${failure.request.method} ${pathOf(failure.request.url)}` : undefined;
  const suffix = attempts > 1 ? ` after ${attempts} attempts` : '';

  if (failure.response && failure.status !== undefined) {
    const status = failure.status;
    const detail = status < 500 ? serverMessage(failure.response.data) : undefined;
    const cause = redact(`HTTP ${status} from ${route ?? 'GitHub'}${suffix}${detail ? `: ${detail}` : ''}`);
    return status === 401 ? new BadCredentialsError(`GitHub rejected the token (${cause})`, status) : new GitHubRequestError(cause, status);
  }
  const network = networkCause(error);
  return new GitHubRequestError(redact(`${network}${route ? ` on ${route}` : ''}${suffix}`));
}

/** The short cause to show for any failure. */
export function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function networkCause(error: Error): string {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as {code?: unknown}).code;
    if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection reset';
    if (code === 'ECONNREFUSED') return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
    if (code === 'ETIMEDOUT') return 'request timed out';
  }
  return `network error: ${error.message}`;
}

/** GitHub's `message` field, without the documentation URL, kept short. */
function serverMessage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('message' in data) || typeof data.message !== 'string') return undefined;
  const message = data.message.trim();
  return message.length > 200 ? `${message.slice(0, 197)}...` : message || undefined;
}

/** The path of a request URL: no scheme, host or query string. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0];
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1000 ? 2 : 1))} s`;
}
