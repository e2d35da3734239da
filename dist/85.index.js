export const id = 85;
export const ids = [85];
export const modules = {

/***/ 9085:
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./lib/github/client.js





/** A rate limit asking for a longer wait than this fails instead: a gate should not sleep for an hour. */
const MAX_RATE_LIMIT_WAIT_S = 60;
/**
 * An Octokit that retries transient failures (5xx, connection resets) and rate limits within a
 * bound, fails an attempt that outlives `timeoutMs`, and rejects with a `GitHubRequestError`
 * (`BadCredentialsError` on HTTP 401) whose message is a short cause without the token.
 */
function createGitHubClient(options) {
    const { token, timeoutMs = 30_000, retries = 3, retryAfterBaseMs = 1000 } = options;
    const withinBound = (retryAfter, _options, _octokit, retryCount) => retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    const client = (0,github/* getOctokit */.Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        request: { fetch: fetchWithTimeout(utils/* defaults */.NT.request?.fetch ?? globalThis.fetch, timeoutMs) },
        // 429 is left to the throttling plugin, which honours `retry-after`.
        retry: { retries, retryAfterBaseValue: retryAfterBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { retryAfterBaseValue: retryAfterBaseMs, onRateLimit: withinBound, onSecondaryRateLimit: withinBound },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // Registered after the plugins, so it sees each request's final failure, once retries are spent.
    client.hook.error('request', (error) => {
        throw (0,errors/* toGitHubError */.Lg)(error, [token]);
    });
    return client;
}
/** `owner/name` as the `{owner, repo}` parameters of a REST route. */
function repositoryParams(repository) {
    const [owner, repo] = repository.split('/');
    return { owner, repo };
}
/**
 * Wraps fetch so each attempt fails after `timeoutMs`. The body is read within the same deadline,
 * so a server that sends its headers and then stalls fails too, instead of yielding an empty body.
 */
function fetchWithTimeout(fetch, timeoutMs) {
    return async (input, init) => {
        const controller = new AbortController();
        const url = input instanceof Request ? input.url : String(input);
        const timer = setTimeout(() => controller.abort(new errors/* RequestTimeoutError */.DH(timeoutMs, init?.method ?? 'GET', url)), timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
        try {
            const response = await fetch(input, { ...init, signal });
            const body = response.body ? await response.arrayBuffer() : null;
            const buffered = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
            // A constructed Response has no URL; Octokit's pagination reads it.
            return Object.defineProperty(buffered, 'url', { value: response.url });
        }
        finally {
            clearTimeout(timer);
        }
    };
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
