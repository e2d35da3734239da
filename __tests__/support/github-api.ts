/**
 * A fake GitHub REST API on 127.0.0.1 for the GitHub adapter's tests.
 *
 * It answers the few endpoints evidence-gate calls with GitHub's real response shapes (typed against
 * @octokit/openapi-types, so a field GitHub marks required cannot be left out), paginates as GitHub
 * does (`per_page`/`page` and a `Link` header) and misbehaves on demand: HTTP errors, rate limits,
 * connection resets, hangs, latency, a bad token, a fork's read-only token. The adapter's real
 * Octokit stack (retries, throttling, pagination, timeouts) thus runs unchanged, without a network.
 */
import {createHash} from 'node:crypto';
import {createServer, STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import type {components} from '@octokit/openapi-types';

type Schemas = components['schemas'];
export type WorkflowRun = Schemas['workflow-run'];
export type Job = Schemas['job'];
export type PullRequest = Schemas['pull-request'];
export type IssueComment = Schemas['issue-comment'];
export type CommitComparison = Schemas['commit-comparison'];
export type DiffEntry = Schemas['diff-entry'];
export type BasicError = Schemas['basic-error'];
type SimpleUser = Schemas['simple-user'];
type MinimalRepository = Schemas['minimal-repository'];
type Repository = Schemas['repository'];
type Commit = Schemas['commit'];

export interface RecordedRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or undefined. */
  body: unknown;
}

/**
 * How a request fails: an HTTP error, a connection reset, no answer at all (`hang`), or headers and
 * half a body and then nothing (`stall`).
 */
export type Fault = {status: number; headers?: Record<string, string>; body?: unknown} | {reset: true} | {hang: true} | {stall: true};

export interface FaultMatch {
  method?: string;
  path: RegExp;
}

export interface FakeGitHubOptions {
  /** When set, requests must carry `Authorization: token X` or `Bearer X`; others get 401. */
  token?: string;
  /** A fork pull request's token: writing comments gets 403. */
  readOnly?: boolean;
  /** Delay before every answer. */
  latencyMs?: number;
}

export type PullFields = Partial<Omit<PullRequest, 'number' | 'head'>> & {number: number; head: Partial<PullRequest['head']> & {sha: string}};

export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  previous_filename?: string;
}

export type CompareStatus = CommitComparison['status'];

const DOCS = 'https://docs.github.com/rest';
const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:1B2C:3D4E5F:6A7B8C:66AA0001.';

/** The fault GitHub answers when a client exceeds a secondary rate limit (403 or 429 with `retry-after`). */
export function secondaryRateLimit(status: 403 | 429 = 403, retryAfterSeconds = 1): Fault {
  return {
    status,
    headers: {'retry-after': String(retryAfterSeconds)},
    body: {
      message: SECONDARY_RATE_LIMIT_MESSAGE,
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status),
    },
  };
}

/** A 40-hex SHA derived from a seed, so builders give stable, realistic commit ids. */
export function shaOf(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export type FakeGitHub = Awaited<ReturnType<typeof startFakeGitHub>>;

export async function startFakeGitHub(options: FakeGitHubOptions = {}) {
  const runs = new Map<string, WorkflowRun>();
  const jobs = new Map<string, Job[]>();
  const pulls = new Map<string, PullRequest>();
  const pullFiles = new Map<string, DiffEntry[]>();
  const compares = new Map<string, CompareStatus>();
  const issueComments = new Map<string, IssueComment[]>();
  const faults: Array<{match: FaultMatch; fault: Fault; remaining: number}> = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let peakInFlight = 0;
  let nextId = 1000;
  let clock = Date.UTC(2025, 5, 2, 9, 0, 0);

  const server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const key = (repo: string, id: number | string) => `${repo.toLowerCase()}#${id}`;
  const timestamp = () => new Date((clock += 60_000)).toISOString().replace('.000Z', 'Z');
  const api = (path: string) => `${url}${path}`;

  // ---- Builders: every field the schema requires, with values shaped like GitHub's.

  function user(login: string): SimpleUser {
    const bot = login.endsWith('[bot]');
    const id = parseInt(shaOf(login).slice(0, 7), 16);
    return {
      login,
      id,
      node_id: bot ? `BOT_kgDO${id}` : `MDQ6VXNlcj${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api(`/users/${login}`),
      html_url: bot ? `https://github.com/apps/${login.replace('[bot]', '')}` : `https://github.com/${login}`,
      followers_url: api(`/users/${login}/followers`),
      following_url: api(`/users/${login}/following{/other_user}`),
      gists_url: api(`/users/${login}/gists{/gist_id}`),
      starred_url: api(`/users/${login}/starred{/owner}{/repo}`),
      subscriptions_url: api(`/users/${login}/subscriptions`),
      organizations_url: api(`/users/${login}/orgs`),
      repos_url: api(`/users/${login}/repos`),
      events_url: api(`/users/${login}/events{/privacy}`),
      received_events_url: api(`/users/${login}/received_events`),
      type: bot ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false,
    };
  }

  /** A repository, with the fields both `minimal-repository` and `repository` require. */
  function repositoryOf(fullName: string): MinimalRepository & Repository {
    const [owner, name] = fullName.split('/');
    const id = parseInt(shaOf(fullName).slice(0, 8), 16);
    const base = api(`/repos/${fullName}`);
    return {
      id,
      node_id: `R_kgDO${id}`,
      name,
      full_name: fullName,
      owner: user(owner),
      private: false,
      html_url: `https://github.com/${fullName}`,
      description: null,
      fork: false,
      url: base,
      archive_url: `${base}/{archive_format}{/ref}`,
      assignees_url: `${base}/assignees{/user}`,
      blobs_url: `${base}/git/blobs{/sha}`,
      branches_url: `${base}/branches{/branch}`,
      collaborators_url: `${base}/collaborators{/collaborator}`,
      comments_url: `${base}/comments{/number}`,
      commits_url: `${base}/commits{/sha}`,
      compare_url: `${base}/compare/{base}...{head}`,
      contents_url: `${base}/contents/{+path}`,
      contributors_url: `${base}/contributors`,
      deployments_url: `${base}/deployments`,
      downloads_url: `${base}/downloads`,
      events_url: `${base}/events`,
      forks_url: `${base}/forks`,
      git_commits_url: `${base}/git/commits{/sha}`,
      git_refs_url: `${base}/git/refs{/sha}`,
      git_tags_url: `${base}/git/tags{/sha}`,
      git_url: `git://github.com/${fullName}.git`,
      issue_comment_url: `${base}/issues/comments{/number}`,
      issue_events_url: `${base}/issues/events{/number}`,
      issues_url: `${base}/issues{/number}`,
      keys_url: `${base}/keys{/key_id}`,
      labels_url: `${base}/labels{/name}`,
      languages_url: `${base}/languages`,
      merges_url: `${base}/merges`,
      milestones_url: `${base}/milestones{/number}`,
      notifications_url: `${base}/notifications{?since,all,participating}`,
      pulls_url: `${base}/pulls{/number}`,
      releases_url: `${base}/releases{/id}`,
      ssh_url: `git@github.com:${fullName}.git`,
      stargazers_url: `${base}/stargazers`,
      statuses_url: `${base}/statuses/{sha}`,
      subscribers_url: `${base}/subscribers`,
      subscription_url: `${base}/subscription`,
      tags_url: `${base}/tags`,
      teams_url: `${base}/teams`,
      trees_url: `${base}/git/trees{/sha}`,
      clone_url: `https://github.com/${fullName}.git`,
      mirror_url: null,
      hooks_url: `${base}/hooks`,
      svn_url: `https://github.com/${fullName}`,
      homepage: null,
      language: 'TypeScript',
      license: null,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1024,
      default_branch: 'main',
      open_issues_count: 0,
      open_issues: 0,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: '2025-06-01T08:00:00Z',
      created_at: '2024-01-15T10:00:00Z',
      updated_at: '2025-06-01T08:00:00Z',
    };
  }

  function commit(repo: string, sha: string): Commit {
    const author = {name: 'Octo Cat', email: 'octocat@users.noreply.github.com', date: '2025-06-01T08:00:00Z'};
    return {
      url: api(`/repos/${repo}/commits/${sha}`),
      sha,
      node_id: `C_kwDO${sha.slice(0, 12)}`,
      html_url: `https://github.com/${repo}/commit/${sha}`,
      comments_url: api(`/repos/${repo}/commits/${sha}/comments`),
      commit: {
        url: api(`/repos/${repo}/git/commits/${sha}`),
        author,
        committer: author,
        message: `Commit ${sha.slice(0, 7)}`,
        comment_count: 0,
        tree: {sha: shaOf(`tree:${sha}`), url: api(`/repos/${repo}/git/trees/${shaOf(`tree:${sha}`)}`)},
      },
      author: user('octocat'),
      committer: user('web-flow'),
      parents: [{sha: shaOf(`parent:${sha}`), url: api(`/repos/${repo}/commits/${shaOf(`parent:${sha}`)}`)}],
    };
  }

  function addRun(repo: string, fields: Partial<WorkflowRun> & {id: number}): WorkflowRun {
    const {id} = fields;
    const created = timestamp();
    const base = api(`/repos/${repo}/actions/runs/${id}`);
    const headSha = fields.head_sha ?? shaOf(`run:${repo}:${id}`);
    const run: WorkflowRun = {
      name: 'CI',
      node_id: `WFR_kwLO${id}`,
      check_suite_id: id + 7,
      check_suite_node_id: `CS_kwDO${id + 7}`,
      head_branch: 'main',
      head_sha: headSha,
      path: '.github/workflows/ci.yml',
      display_title: 'CI',
      run_number: (id % 900) + 1,
      run_attempt: 1,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      workflow_id: 161335,
      url: base,
      html_url: `https://github.com/${repo}/actions/runs/${id}`,
      pull_requests: [],
      created_at: created,
      updated_at: created,
      run_started_at: created,
      actor: user('octocat'),
      triggering_actor: user('octocat'),
      jobs_url: `${base}/jobs`,
      logs_url: `${base}/logs`,
      check_suite_url: api(`/repos/${repo}/check-suites/${id + 7}`),
      artifacts_url: `${base}/artifacts`,
      cancel_url: `${base}/cancel`,
      rerun_url: `${base}/rerun`,
      previous_attempt_url: null,
      workflow_url: api(`/repos/${repo}/actions/workflows/161335`),
      head_commit: {
        id: headSha,
        tree_id: shaOf(`tree:${headSha}`),
        message: 'Update CI',
        timestamp: created,
        author: {name: 'Octo Cat', email: 'octocat@users.noreply.github.com'},
        committer: {name: 'GitHub', email: 'noreply@github.com'},
      },
      repository: repositoryOf(repo),
      head_repository: repositoryOf(repo),
      ...fields,
    };
    runs.set(key(repo, id), run);
    return run;
  }

  function setJobs(repo: string, runId: number, list: Array<Partial<Job> & {name: string}>): Job[] {
    const run = runs.get(key(repo, runId));
    const built = list.map((fields): Job => {
      const id = nextId++;
      const started = timestamp();
      const status = fields.status ?? 'completed';
      return {
        id,
        run_id: runId,
        run_url: api(`/repos/${repo}/actions/runs/${runId}`),
        run_attempt: 1,
        node_id: `CR_kwDO${id}`,
        head_sha: run?.head_sha ?? shaOf(`run:${repo}:${runId}`),
        url: api(`/repos/${repo}/actions/jobs/${id}`),
        html_url: `https://github.com/${repo}/actions/runs/${runId}/job/${id}`,
        status,
        conclusion: status === 'completed' ? 'success' : null,
        created_at: started,
        started_at: started,
        completed_at: status === 'completed' ? started : null,
        steps: [{name: 'Set up job', status: 'completed', conclusion: 'success', number: 1, started_at: started, completed_at: started}],
        check_run_url: api(`/repos/${repo}/check-runs/${id}`),
        labels: ['ubuntu-latest'],
        runner_id: 7,
        runner_name: 'GitHub Actions 7',
        runner_group_id: 0,
        runner_group_name: 'GitHub Actions',
        workflow_name: run?.name ?? 'CI',
        head_branch: run?.head_branch ?? 'main',
        ...fields,
      };
    });
    jobs.set(key(repo, runId), built);
    return built;
  }

  function addPull(repo: string, fields: PullFields): PullRequest {
    const {number} = fields;
    const [owner] = repo.split('/');
    const created = timestamp();
    const base = api(`/repos/${repo}/pulls/${number}`);
    const issue = api(`/repos/${repo}/issues/${number}`);
    const repository = repositoryOf(repo);
    const author = user('octocat');
    const ref = `feature-${number}`;
    const pull: PullRequest = {
      url: base,
      id: 1_900_000_000 + number,
      node_id: `PR_kwDO${number}`,
      html_url: `https://github.com/${repo}/pull/${number}`,
      diff_url: `https://github.com/${repo}/pull/${number}.diff`,
      patch_url: `https://github.com/${repo}/pull/${number}.patch`,
      issue_url: issue,
      commits_url: `${base}/commits`,
      review_comments_url: `${base}/comments`,
      review_comment_url: api(`/repos/${repo}/pulls/comments{/number}`),
      comments_url: `${issue}/comments`,
      statuses_url: api(`/repos/${repo}/statuses/${fields.head.sha}`),
      state: 'open',
      locked: false,
      title: `Pull request #${number}`,
      user: author,
      body: null,
      labels: [],
      milestone: null,
      created_at: created,
      updated_at: created,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      base: {label: `${owner}:main`, ref: 'main', repo: repository, sha: shaOf(`base:${repo}:${number}`), user: repository.owner},
      _links: {
        comments: {href: `${issue}/comments`},
        commits: {href: `${base}/commits`},
        statuses: {href: api(`/repos/${repo}/statuses/${fields.head.sha}`)},
        html: {href: `https://github.com/${repo}/pull/${number}`},
        issue: {href: issue},
        review_comments: {href: `${base}/comments`},
        review_comment: {href: api(`/repos/${repo}/pulls/comments{/number}`)},
        self: {href: base},
      },
      author_association: 'MEMBER',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: 1,
      ...fields,
      head: {label: `${owner}:${ref}`, ref, repo: repository, user: author, ...fields.head},
    };
    pulls.set(key(repo, number), pull);
    return pull;
  }

  function setPullFiles(repo: string, number: number, files: PullFile[]): DiffEntry[] {
    const head = pulls.get(key(repo, number))?.head.sha ?? shaOf(`head:${repo}:${number}`);
    const built = files.map(
      (file): DiffEntry => ({
        sha: file.status === 'removed' ? shaOf(`blob:removed:${file.filename}`) : shaOf(`blob:${file.filename}`),
        filename: file.filename,
        status: file.status,
        additions: file.status === 'removed' ? 0 : 3,
        deletions: file.status === 'added' ? 0 : 1,
        changes: file.status === 'added' ? 3 : file.status === 'removed' ? 1 : 4,
        blob_url: `https://github.com/${repo}/blob/${head}/${file.filename}`,
        raw_url: `https://github.com/${repo}/raw/${head}/${file.filename}`,
        contents_url: api(`/repos/${repo}/contents/${file.filename}?ref=${head}`),
        patch: '@@ -1 +1,3 @@\n-old\n+new\n+lines\n+here',
        ...(file.previous_filename ? {previous_filename: file.previous_filename} : {}),
      }),
    );
    pullFiles.set(key(repo, number), built);
    return built;
  }

  function setCompare(repo: string, base: string, head: string, status: CompareStatus): void {
    compares.set(key(repo, `${base}...${head}`), status);
  }

  function comparison(repo: string, base: string, head: string, status: CompareStatus): CommitComparison {
    const ahead = status === 'ahead' || status === 'diverged' ? 1 : 0;
    const behind = status === 'behind' || status === 'diverged' ? 1 : 0;
    const mergeBase = status === 'behind' ? head : status === 'diverged' ? shaOf(`merge-base:${base}:${head}`) : base;
    return {
      url: api(`/repos/${repo}/compare/${base}...${head}`),
      html_url: `https://github.com/${repo}/compare/${base}...${head}`,
      permalink_url: `https://github.com/${repo}/compare/${repo.split('/')[0]}:${base}...${repo.split('/')[0]}:${head}`,
      diff_url: `https://github.com/${repo}/compare/${base}...${head}.diff`,
      patch_url: `https://github.com/${repo}/compare/${base}...${head}.patch`,
      base_commit: commit(repo, base),
      merge_base_commit: commit(repo, mergeBase),
      status,
      ahead_by: ahead,
      behind_by: behind,
      total_commits: ahead,
      commits: ahead ? [commit(repo, head)] : [],
      files: [],
    };
  }

  function addComment(repo: string, issueNumber: number, body: string, login = 'octocat'): IssueComment {
    const id = nextId++;
    const created = timestamp();
    const comment: IssueComment = {
      id,
      node_id: `IC_kwDO${id}`,
      url: api(`/repos/${repo}/issues/comments/${id}`),
      html_url: `https://github.com/${repo}/pull/${issueNumber}#issuecomment-${id}`,
      body,
      user: user(login),
      created_at: created,
      updated_at: created,
      issue_url: api(`/repos/${repo}/issues/${issueNumber}`),
      author_association: login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
    const thread = issueComments.get(key(repo, issueNumber)) ?? [];
    thread.push(comment);
    issueComments.set(key(repo, issueNumber), thread);
    return comment;
  }

  // ---- Routes.

  interface Context {
    params: Record<string, string>;
    query: Record<string, string>;
    body: unknown;
  }
  type Reply = {status: number; body: unknown; headers?: Record<string, string>};
  type Route = {method: string; pattern: RegExp; handle: (context: Context) => Reply};

  const REPO = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';
  const repoOf = (params: Record<string, string>) => `${params.owner}/${params.repo}`;
  const ok = (body: unknown, status = 200): Reply => ({status, body});
  const error = (status: number, message: string): Reply => ({status, body: {message, documentation_url: DOCS, status: String(status)} satisfies BasicError});
  const notFound = () => error(404, 'Not Found');
  const found = <T>(value: T | undefined, reply: (value: T) => Reply) => (value === undefined ? notFound() : reply(value));
  const issueExists = (repo: string, number: number) => pulls.has(key(repo, number)) || issueComments.has(key(repo, number));

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: new RegExp(`^${REPO}/actions/runs/(?<id>\\d+)$`),
      handle: ({params}) => found(runs.get(key(repoOf(params), params.id)), ok),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${REPO}/actions/runs/(?<id>\\d+)/jobs$`),
      handle: ({params, query}) => {
        if (!runs.has(key(repoOf(params), params.id))) return notFound();
        const list = jobs.get(key(repoOf(params), params.id)) ?? [];
        return paginate(list, query, `/repos/${repoOf(params)}/actions/runs/${params.id}/jobs`, (page) => ({total_count: list.length, jobs: page}));
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${REPO}/compare/(?<base>.+?)\\.\\.\\.(?<head>[^/]+)$`),
      handle: ({params}) => {
        const repo = repoOf(params);
        return found(compares.get(key(repo, `${params.base}...${params.head}`)), (status) => ok(comparison(repo, params.base, params.head, status)));
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)$`),
      handle: ({params}) => found(pulls.get(key(repoOf(params), params.number)), ok),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)/files$`),
      handle: ({params, query}) => {
        const repo = repoOf(params);
        if (!pulls.has(key(repo, params.number))) return notFound();
        return paginate(pullFiles.get(key(repo, params.number)) ?? [], query, `/repos/${repo}/pulls/${params.number}/files`);
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
      handle: ({params, query}) => {
        const repo = repoOf(params);
        if (!issueExists(repo, Number(params.number))) return notFound();
        return paginate(issueComments.get(key(repo, params.number)) ?? [], query, `/repos/${repo}/issues/${params.number}/comments`);
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
      handle: ({params, body}) => {
        const repo = repoOf(params);
        if (options.readOnly) return error(403, 'Resource not accessible by integration');
        if (!issueExists(repo, Number(params.number))) return notFound();
        const text = bodyText(body);
        if (text === undefined) return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        return ok(addComment(repo, Number(params.number), text, 'github-actions[bot]'), 201);
      },
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
      handle: ({params, body}) => {
        if (options.readOnly) return error(403, 'Resource not accessible by integration');
        const prefix = `${repoOf(params).toLowerCase()}#`;
        const comment = [...issueComments.entries()]
          .filter(([threadKey]) => threadKey.startsWith(prefix))
          .flatMap(([, thread]) => thread)
          .find((candidate) => String(candidate.id) === params.id);
        if (!comment) return notFound();
        const text = bodyText(body);
        if (text === undefined) return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        comment.body = text;
        comment.updated_at = timestamp();
        return ok(comment);
      },
    },
  ];

  /** One page of `items`, with GitHub's `Link` header (`per_page` defaults to 30, at most 100). */
  function paginate<T>(items: T[], query: Record<string, string>, path: string, wrap: (page: T[]) => unknown = (page) => page): Reply {
    const perPage = Math.min(Math.max(Number(query.per_page) || 30, 1), 100);
    const page = Math.max(Number(query.page) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (target: number) => {
      const params = new URLSearchParams({...query, page: String(target)});
      return `<${api(path)}?${params}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${link(page - 1)}; rel="prev"`);
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`);
    return {status: 200, body: wrap(items.slice((page - 1) * perPage, page * perPage)), headers: links.length ? {link: links.join(', ')} : {}};
  }

  // ---- The server.

  async function handle(req: IncomingMessage, res: ServerResponse) {
    peakInFlight = Math.max(peakInFlight, ++inFlight);
    res.on('close', () => inFlight--);
    const target = new URL(req.url ?? '/', url);
    const method = req.method ?? 'GET';
    const body = await readJson(req);
    const query = Object.fromEntries(target.searchParams);
    requests.push({method, path: target.pathname, query, headers: req.headers, body});
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));

    const fault = takeFault(method, target.pathname);
    if (fault && 'hang' in fault) return;
    if (fault && 'stall' in fault) {
      res.writeHead(200, {'content-type': 'application/json; charset=utf-8'});
      res.write('{"id":');
      return;
    }
    if (fault && 'reset' in fault) {
      req.socket.resetAndDestroy();
      return;
    }
    if (fault) return send(res, {status: fault.status, headers: fault.headers, body: fault.body ?? error(fault.status, STATUS_CODES[fault.status] ?? 'Error').body});
    if (options.token && !authorised(req.headers.authorization)) return send(res, error(401, 'Bad credentials'));

    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(target.pathname) : null;
      if (match) return send(res, route.handle({params: {...match.groups}, query, body}));
    }
    send(res, notFound());
  }

  function authorised(header: string | undefined): boolean {
    const [scheme, credential] = (header ?? '').split(' ');
    return /^(token|bearer)$/i.test(scheme) && credential === options.token;
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const entry = faults.find(({match, remaining}) => remaining > 0 && (!match.method || match.method === method) && match.path.test(path));
    if (!entry) return undefined;
    entry.remaining--;
    return entry.fault;
  }

  function send(res: ServerResponse, reply: Reply) {
    const remaining = Math.max(5000 - requests.length, 0);
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `0400:1B2C:${requests.length.toString(16).toUpperCase()}:6A7B8C:66AA0001`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    });
    res.end(JSON.stringify(reply.body));
  }

  return {
    url,
    requests,
    /** The most requests the server was answering at one time. */
    get peakInFlight() {
      return peakInFlight;
    },
    addRun,
    setJobs,
    addPull,
    setPullFiles,
    setCompare,
    addComment,
    /** The comments on an issue or pull request, oldest first. */
    comments: (repo: string, issueNumber: number): IssueComment[] => [...(issueComments.get(key(repo, issueNumber)) ?? [])],
    /** Makes the next `times` requests matching `match` fail with `fault`, in the order faults were added. */
    fail(match: FaultMatch, fault: Fault, times = 1): void {
      faults.push({match, fault, remaining: times});
    },
    /** Stops the server, cutting hanging and kept-alive connections. Closing twice is harmless. */
    async close(): Promise<void> {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) return;
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function bodyText(body: unknown): string | undefined {
  return typeof body === 'object' && body !== null && 'body' in body && typeof body.body === 'string' ? body.body : undefined;
}
