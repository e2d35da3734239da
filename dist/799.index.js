export const id = 799;
export const ids = [799];
export const modules = {

/***/ 4799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  gatherFacts: () => (/* reexport */ gatherFacts),
  listPullFiles: () => (/* reexport */ listPullFiles),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./lib/github/retry.js
/**
 * Which failed requests are worth another attempt, and how long to wait first. GitHub's guidance:
 * a server error or a dropped connection may pass on a later attempt; a rate limit asks for a wait
 * (`retry-after` seconds, else until `x-ratelimit-reset` when no requests remain, else a minute);
 * any other 4xx answer will not change.
 */
/** A rate limit asking for a longer wait than this fails instead: a gate should not sleep for an hour. */
const MAX_RATE_LIMIT_WAIT_S = 60;
/** GitHub's advice when a secondary rate limit names no wait. */
const SECONDARY_LIMIT_WAIT_S = 60;
/**
 * The wait in ms before the next attempt, or `undefined` when the failure is final. `retried` is
 * how many retries were already made; `nowMs` is the clock, for `x-ratelimit-reset`.
 */
function retryDelay(error, retried, policy, nowMs = Date.now()) {
    if (retried >= policy.retries || typeof error !== 'object' || error === null)
        return undefined;
    const failure = error;
    // @octokit/request reports a network failure as status 500 without a response; a timeout is not its error.
    if (failure.request === undefined || failure.status === undefined)
        return undefined;
    const waitS = rateLimitWait(failure, nowMs);
    if (waitS !== undefined)
        return waitS <= MAX_RATE_LIMIT_WAIT_S ? waitS * policy.unitMs : undefined;
    return failure.status >= 500 ? (retried + 1) ** 2 * policy.unitMs : undefined;
}
/** Seconds a rate-limited answer asks to wait; `undefined` when the answer is not a rate limit. */
function rateLimitWait(failure, nowMs) {
    const headers = failure.response?.headers ?? {};
    const retryAfter = secondsFrom(headers['retry-after'], nowMs);
    const exhausted = String(headers['x-ratelimit-remaining']) === '0';
    const secondary = /\bsecondary rate\b/i.test(failure.message ?? '');
    const limited = failure.status === 429 || (failure.status === 403 && (exhausted || secondary || retryAfter !== undefined));
    if (!limited)
        return undefined;
    if (retryAfter !== undefined)
        return retryAfter;
    const resetS = Number(headers['x-ratelimit-reset']);
    // One second past the reset, so the retry lands after it.
    if (exhausted && Number.isFinite(resetS))
        return Math.max(0, Math.ceil(resetS - nowMs / 1000)) + 1;
    return SECONDARY_LIMIT_WAIT_S;
}
/** `retry-after` as seconds: a number of seconds, or an HTTP date. */
function secondsFrom(value, nowMs) {
    if (value === undefined || String(value).trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds);
    const date = Date.parse(String(value));
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./lib/github/transport.js





/** Answers that carry no body; a `Response` refuses one. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** GitHub redirects a renamed or transferred repository once; more is a loop. */
const MAX_REDIRECTS = 5;
/**
 * The client's `fetch`: each request over node:http(s) through an agent from @actions/http-client,
 * which honours `https_proxy`, `http_proxy` and `no_proxy` as every action does (keep-alive
 * without a proxy; through one, each request opens its own tunnel). It does what the GitHub client
 * needs of fetch and no more: redirects are followed (without the token once they leave the
 * origin; a loop rejects), compressed bodies are decoded, and the whole exchange, body included,
 * fails with `RequestTimeoutError` after `timeoutMs`.
 *
 * Why not undici's fetch: it costs more CPU per request, and with eight requests in flight on one
 * thread that CPU is spent in series at every turn. Measured with the benchmark's 262 lookups
 * against a 50 ms API: 1.92 s through undici, 1.82 s through this (median of 5 and 7 runs).
 */
function createTransport(timeoutMs) {
    const clients = new Map();
    const agentFor = (url) => {
        if (!clients.has(url.protocol))
            clients.set(url.protocol, new lib/* HttpClient */.Qq(undefined, undefined, { keepAlive: true }));
        return clients.get(url.protocol).getAgent(url.href);
    };
    return async (input, init = {}) => {
        const request = input instanceof Request ? input : undefined;
        let url = new URL(request?.url ?? String(input));
        let method = (init.method ?? request?.method ?? 'GET').toUpperCase();
        const headers = Object.fromEntries(new Headers(init.headers ?? request?.headers));
        let body = typeof init.body === 'string' ? init.body : init.body == null ? undefined : await new Response(init.body).text();
        // Made only when the deadline passes: an Error captures a stack, and nearly every request finishes.
        const requested = { method, url: url.href };
        const timeout = () => new errors/* RequestTimeoutError */.DH(timeoutMs, requested.method, requested.url);
        const deadline = Date.now() + timeoutMs;
        for (let redirects = 0;; redirects++) {
            const answer = await exchange(url, { method, headers, body, agent: agentFor(url), deadline, timeout, signal: init.signal ?? undefined });
            const location = answer.headers.get('location');
            if (!REDIRECT_STATUSES.has(answer.status) || !location || init.redirect === 'manual') {
                return Object.defineProperty(answer, 'url', { value: url.href });
            }
            // As fetch does: a redirect answer is never handed on as if it were the resource.
            if (redirects >= MAX_REDIRECTS)
                throw new TypeError(`redirect count exceeded (${MAX_REDIRECTS}) at ${url.pathname}`);
            const next = new URL(location, url);
            // The token goes to the origin it was meant for only: not to another host, port or scheme.
            if (next.origin !== url.origin)
                delete headers.authorization;
            // As fetch does: a 303 (but after HEAD), or a 301/302 after a POST, is followed with a GET and no body.
            if ((answer.status === 303 && method !== 'HEAD') || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                delete headers['content-type'];
            }
            url = next;
        }
    };
}
/** One request and its whole answer, within the deadline. */
function exchange(url, { method, headers, body, agent, deadline, timeout, signal }) {
    return new Promise((resolve, reject) => {
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const request = send(url, { method, headers, agent }, (incoming) => {
            const chunks = [];
            incoming.on('data', (chunk) => chunks.push(chunk));
            incoming.on('error', fail);
            incoming.on('end', () => {
                try {
                    const status = incoming.statusCode ?? 0;
                    const responseHeaders = new Headers();
                    for (let i = 0; i < incoming.rawHeaders.length; i += 2)
                        responseHeaders.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
                    const content = NULL_BODY_STATUSES.has(status) || method === 'HEAD' ? null : decode(Buffer.concat(chunks), responseHeaders);
                    responseHeaders.delete('content-encoding');
                    // Built before settling: a status or text \`Response\` refuses must still reject the request.
                    const response = new Response(content, { status, statusText: incoming.statusMessage, headers: responseHeaders });
                    settle(() => resolve(response));
                }
                catch (error) {
                    fail(error);
                }
            });
        });
        let settled = false;
        // Settled before the socket is torn down, so the caller sees why, not the reset that follows.
        const stop = (error) => {
            fail(error);
            request.destroy();
        };
        const timer = setTimeout(() => stop(timeout()), Math.max(0, deadline - Date.now()));
        const onAbort = () => stop(signal?.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError'));
        signal?.addEventListener('abort', onAbort, { once: true });
        function settle(finish) {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            finish();
        }
        function fail(error) {
            settle(() => reject(error));
        }
        request.on('error', fail);
        if (signal?.aborted)
            onAbort();
        request.end(body);
    });
}
/** The body as sent, decoded when the server compressed it although nobody asked. */
function decode(raw, headers) {
    const encoding = headers.get('content-encoding')?.trim().toLowerCase();
    if (!encoding || encoding === 'identity' || raw.length === 0)
        return raw;
    if (encoding === 'gzip' || encoding === 'x-gzip')
        return (0,external_node_zlib_.gunzipSync)(raw);
    if (encoding === 'deflate')
        return (0,external_node_zlib_.inflateSync)(raw);
    if (encoding === 'br')
        return (0,external_node_zlib_.brotliDecompressSync)(raw);
    throw new Error(`unsupported content-encoding "${encoding}"`);
}

;// CONCATENATED MODULE: ./lib/github/client.js




/**
 * An Octokit that retries transient failures (5xx, connection resets) and rate limits within a
 * bound, fails an attempt that outlives `timeoutMs`, and rejects with a `GitHubRequestError`
 * (`BadCredentialsError` on HTTP 401) whose message is a short cause without the token.
 */
function createGitHubClient(options) {
    const { token, timeoutMs = 30_000, retries = 3, retryAfterBaseMs = 1000 } = options;
    const client = (0,github/* getOctokit */.Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        request: { fetch: createTransport(timeoutMs) },
    });
    const policy = { retries, unitMs: retryAfterBaseMs };
    // Every request, each page of a list included, gets its attempts here; the last failure leaves as a GitHubRequestError.
    client.hook.wrap('request', async (request, requestOptions) => {
        for (let retried = 0;; retried++) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const delay = retryDelay(error, retried, policy);
                if (delay === undefined)
                    throw (0,errors/* toGitHubError */.Lg)(error, [token], retried + 1);
                await new Promise((resolve) => setTimeout(resolve, delay));
            }
        }
    });
    return client;
}
/** `owner/name` as the `{owner, repo}` parameters of a REST route. */
function repositoryParams(repository) {
    const [owner, repo] = repository.split('/');
    return { owner, repo };
}

;// CONCATENATED MODULE: ./lib/github/comment.js


/**
 * Keeps one comment per pull request up to date: the first comment holding the marker is edited
 * in place, otherwise a comment is created (unless `createIfMissing` is false: `skipped`). The
 * marker is added to the body when missing, so the next run finds it. A token that may not write
 * (a fork's pull request) gives `forbidden`.
 */
async function upsertStickyComment(options) {
    const { client, issueNumber, marker, createIfMissing = true } = options;
    const repository = repositoryParams(options.repository);
    const body = options.body.includes(marker) ? options.body : `${marker}\n${options.body}`;
    try {
        const existing = await findMarkedComment(client, repository, issueNumber, marker);
        if (existing !== undefined) {
            const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: existing, body });
            return { action: 'updated', url: data.html_url };
        }
        if (!createIfMissing)
            return { action: 'skipped' };
        const { data } = await client.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
        return { action: 'created', url: data.html_url };
    }
    catch (error) {
        if (error instanceof errors/* GitHubRequestError */.vK && error.status === 403)
            return { action: 'forbidden', cause: error.message };
        throw error;
    }
}
/**
 * The id of the first comment a bot wrote holding the marker, reading page after page until it turns
 * up. A person's comment that quotes the marker is never taken for it, so it is never edited.
 */
async function findMarkedComment(client, repository, issueNumber, marker) {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
    for await (const { data } of pages) {
        const marked = data.find((comment) => comment.user?.type === 'Bot' && comment.body?.includes(marker));
        if (marked)
            return marked.id;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/checks/facts.js
/**
 * What the GitHub API said about the runs and pull requests the reports cite. The GitHub adapter
 * gathers these (once per distinct run); the checks only read them.
 */
const runKey = (repository, id) => `${repository.toLowerCase()}#${id}`;

// EXTERNAL MODULE: ./lib/checks/runs.js
var checks_runs = __webpack_require__(2727);
// EXTERNAL MODULE: ./lib/concurrency.js
var lib_concurrency = __webpack_require__(8316);
;// CONCATENATED MODULE: ./lib/github/facts.js





/**
 * Asks GitHub about every run and pull request the reports cite, each distinct one once, and
 * returns the setting the checks read the answers from. Citations `runTarget` skips (placeholders,
 * other hosts, foreign repositories) are never requested. Rejects with `BadCredentialsError` when
 * the token is refused, rather than reporting every run as unverifiable.
 */
async function gatherFacts(models, options) {
    const { client, setting, pullHeadSha, concurrency = 8 } = options;
    const { runLookups, pullLookups } = collectLookups(models, setting);
    const runs = new Map();
    const pulls = new Map();
    // The pull request's history is in the current repository; a run from an allowed other one is not compared.
    const isCurrent = (repository) => repository.toLowerCase() === setting.repository?.toLowerCase();
    // Runs on the same commit share one comparison.
    const ancestors = new Map();
    const ancestorOf = (repository, sha, head) => {
        const key = `${repository.toLowerCase()}@${sha}`;
        if (!ancestors.has(key))
            ancestors.set(key, isAncestor(client, repository, sha, head));
        return ancestors.get(key);
    };
    const lookups = [
        ...runLookups.map((lookup) => async () => {
            const run = await fetched(() => getRun(client, lookup));
            const facts = { run };
            if (run.state === 'found' && lookup.withJobs)
                facts.jobs = await fetched(() => listJobs(client, lookup));
            if (run.state === 'found' && pullHeadSha && isCurrent(lookup.repository)) {
                facts.ancestor = await ancestorOf(lookup.repository, run.value.headSha, pullHeadSha);
            }
            runs.set(runKey(lookup.repository, lookup.id), facts);
        }),
        ...pullLookups.map((lookup) => async () => {
            pulls.set(runKey(lookup.repository, lookup.number), await fetched(() => getPull(client, lookup)));
        }),
    ];
    await (0,lib_concurrency/* forEachLimited */.v)(lookups, concurrency, (lookup) => lookup());
    return {
        ...setting,
        runs: (repository, id) => runs.get(runKey(repository, id)),
        pulls: (repository, number) => pulls.get(runKey(repository, number)),
    };
}
/** The distinct runs and pull requests that may be looked up; a run needs its jobs if any citation lists some. */
function collectLookups(models, setting) {
    const runs = new Map();
    const pulls = new Map();
    for (const model of models) {
        for (const citation of model.runs) {
            const target = (0,checks_runs/* runTarget */.Nh)(citation, setting);
            if ('skip' in target || citation.id === undefined)
                continue;
            const key = runKey(target.repository, citation.id);
            const lookup = runs.get(key) ?? { repository: target.repository, id: citation.id, withJobs: false };
            lookup.withJobs ||= citation.jobs.length > 0;
            runs.set(key, lookup);
        }
        for (const citation of model.pulls) {
            const target = (0,checks_runs/* runTarget */.Nh)(citation, setting);
            if ('skip' in target)
                continue;
            const key = runKey(target.repository, citation.number);
            if (!pulls.has(key))
                pulls.set(key, { repository: target.repository, number: citation.number });
        }
    }
    return { runLookups: [...runs.values()], pullLookups: [...pulls.values()] };
}
async function getRun(client, { repository, id }) {
    const { data } = await client.rest.actions.getWorkflowRun({ ...repositoryParams(repository), run_id: id });
    return {
        id: Number(data.id),
        repository,
        status: data.status,
        conclusion: data.conclusion,
        workflowName: data.name ?? null,
        headBranch: data.head_branch,
        headSha: data.head_sha,
        htmlUrl: data.html_url,
    };
}
async function listJobs(client, { repository, id }) {
    const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, { ...repositoryParams(repository), run_id: id, per_page: 100 });
    return jobs.map((job) => ({ name: job.name, status: job.status, conclusion: job.conclusion }));
}
/**
 * Whether the run's commit is in the history of the pull request's head: the comparison
 * `run...head` is `ahead` or `identical`. GitHub answers 404 for a commit it does not know, which
 * cannot be in the head's history either.
 */
async function isAncestor(client, repository, sha, head) {
    if (sha === head)
        return { state: 'found', value: { ancestor: true, head } };
    const comparison = await fetched(async () => {
        const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repositoryParams(repository), basehead: `${sha}...${head}`, per_page: 1 });
        return data.status;
    });
    if (comparison.state === 'unverifiable')
        return comparison;
    const ancestor = comparison.state === 'found' && (comparison.value === 'ahead' || comparison.value === 'identical');
    return { state: 'found', value: { ancestor, head } };
}
async function getPull(client, { repository, number }) {
    const { data } = await client.rest.pulls.get({ ...repositoryParams(repository), pull_number: number });
    return { number: data.number, repository, title: data.title, state: data.state, htmlUrl: data.html_url };
}
/** A request's answer as a fact: 404 is `not-found`, any other failure `unverifiable`; a refused token rejects. */
async function fetched(request) {
    try {
        return { state: 'found', value: await request() };
    }
    catch (error) {
        if (error instanceof errors/* BadCredentialsError */._U)
            throw error;
        if (error instanceof errors/* GitHubRequestError */.vK && error.status === 404)
            return { state: 'not-found' };
        return { state: 'unverifiable', cause: (0,errors/* describeFailure */.Ic)(error) };
    }
}

;// CONCATENATED MODULE: ./lib/github/pull-files.js

/** The files a pull request changes, from every page of its file list (GitHub lists at most 3000). */
async function listPullFiles({ client, repository, number }) {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repositoryParams(repository), pull_number: number, per_page: 100 });
    const changed = [];
    const removed = [];
    for (const file of files) {
        if (file.status === 'removed') {
            removed.push(file.filename);
            continue;
        }
        changed.push(file.filename);
        if (file.status === 'renamed' && file.previous_filename)
            removed.push(file.previous_filename);
    }
    return { changed, removed };
}

;// CONCATENATED MODULE: ./lib/github/index.js
/** The GitHub adapter, as one module the action loads only when it needs the API. */






/***/ })

};
