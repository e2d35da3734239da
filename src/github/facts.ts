import {runKey, type Fetched, type JobRecord, type PullRecord, type RunFacts, type RunRecord, type RunSetting} from '../checks/facts.js';
import {runTarget} from '../checks/runs.js';
import type {ReportModel} from '../model/types.js';
import {forEachLimited} from '../concurrency.js';
import {repositoryParams, type GitHubClient} from './client.js';
import {BadCredentialsError, describeFailure, GitHubRequestError} from './errors.js';

export interface GatherFactsOptions {
  client: GitHubClient;
  setting: Omit<RunSetting, 'runs' | 'pulls'>;
  /** The pull request's head commit, on pull requests: runs of this repository are then checked to be in its history. */
  pullHeadSha?: string;
  /** Lookups in flight at once. */
  concurrency?: number;
}

interface RunLookup {
  repository: string;
  id: number;
  withJobs: boolean;
}

interface PullLookup {
  repository: string;
  number: number;
}

type AncestorFact = NonNullable<RunFacts['ancestor']>;

/**
 * Asks GitHub about every run and pull request the reports cite, each distinct one once, and
 * returns the setting the checks read the answers from. Citations `runTarget` skips (placeholders,
 * other hosts, foreign repositories) are never requested. Rejects with `BadCredentialsError` when
 * the token is refused, rather than reporting every run as unverifiable.
 */
export async function gatherFacts(models: readonly ReportModel[], options: GatherFactsOptions): Promise<RunSetting> {
  const {client, setting, pullHeadSha, concurrency = 8} = options;
  const {runLookups, pullLookups} = collectLookups(models, setting);
  const runs = new Map<string, RunFacts>();
  const pulls = new Map<string, Fetched<PullRecord>>();
  // The pull request's history is in the current repository; a run from an allowed other one is not compared.
  const isCurrent = (repository: string) => repository.toLowerCase() === setting.repository?.toLowerCase();
  // Runs on the same commit share one comparison.
  const ancestors = new Map<string, Promise<AncestorFact>>();
  const ancestorOf = (repository: string, sha: string, head: string) => {
    const key = `${repository.toLowerCase()}@${sha}`;
    if (!ancestors.has(key)) ancestors.set(key, isAncestor(client, repository, sha, head));
    return ancestors.get(key)!;
  };

  const lookups = [
    ...runLookups.map((lookup) => async () => {
      const run = await fetched(() => getRun(client, lookup));
      const facts: RunFacts = {run};
      if (run.state === 'found' && lookup.withJobs) facts.jobs = await fetched(() => listJobs(client, lookup));
      if (run.state === 'found' && pullHeadSha && isCurrent(lookup.repository)) {
        facts.ancestor = await ancestorOf(lookup.repository, run.value.headSha, pullHeadSha);
      }
      runs.set(runKey(lookup.repository, lookup.id), facts);
    }),
    ...pullLookups.map((lookup) => async () => {
      pulls.set(runKey(lookup.repository, lookup.number), await fetched(() => getPull(client, lookup)));
    }),
  ];
  await forEachLimited(lookups, concurrency, (lookup) => lookup());

  return {
    ...setting,
    runs: (repository, id) => runs.get(runKey(repository, id)),
    pulls: (repository, number) => pulls.get(runKey(repository, number)),
  };
}

/** The distinct runs and pull requests that may be looked up; a run needs its jobs if any citation lists some. */
function collectLookups(models: readonly ReportModel[], setting: RunSetting) {
  const runs = new Map<string, RunLookup>();
  const pulls = new Map<string, PullLookup>();
  for (const model of models) {
    for (const citation of model.runs) {
      const target = runTarget(citation, setting);
      if ('skip' in target || citation.id === undefined) continue;
      const key = runKey(target.repository, citation.id);
      const lookup = runs.get(key) ?? {repository: target.repository, id: citation.id, withJobs: false};
      lookup.withJobs ||= citation.jobs.length > 0;
      runs.set(key, lookup);
    }
    for (const citation of model.pulls) {
      const target = runTarget(citation, setting);
      if ('skip' in target) continue;
      const key = runKey(target.repository, citation.number);
      if (!pulls.has(key)) pulls.set(key, {repository: target.repository, number: citation.number});
    }
  }
  return {runLookups: [...runs.values()], pullLookups: [...pulls.values()]};
}

async function getRun(client: GitHubClient, {repository, id}: RunLookup): Promise<RunRecord> {
  const {data} = await client.rest.actions.getWorkflowRun({...repositoryParams(repository), run_id: id});
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

async function listJobs(client: GitHubClient, {repository, id}: RunLookup): Promise<JobRecord[]> {
  const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {...repositoryParams(repository), run_id: id, per_page: 100});
  return jobs.map((job) => ({name: job.name, status: job.status, conclusion: job.conclusion}));
}

/**
 * Whether the run's commit is in the history of the pull request's head: the comparison
 * `run...head` is `ahead` or `identical`. GitHub answers 404 for a commit it does not know, which
 * cannot be in the head's history either.
 */
async function isAncestor(client: GitHubClient, repository: string, sha: string, head: string): Promise<AncestorFact> {
  if (sha === head) return {state: 'found', value: {ancestor: true, head}};
  const comparison = await fetched(async () => {
    const {data} = await client.rest.repos.compareCommitsWithBasehead({...repositoryParams(repository), basehead: `${sha}...${head}`, per_page: 1});
    return data.status;
  });
  if (comparison.state === 'unverifiable') return comparison;
  const ancestor = comparison.state === 'found' && (comparison.value === 'ahead' || comparison.value === 'identical');
  return {state: 'found', value: {ancestor, head}};
}

async function getPull(client: GitHubClient, {repository, number}: PullLookup): Promise<PullRecord> {
  const {data} = await client.rest.pulls.get({...repositoryParams(repository), pull_number: number});
  return {number: data.number, repository, title: data.title, state: data.state, htmlUrl: data.html_url};
}

/** A request's answer as a fact: 404 is `not-found`, any other failure `unverifiable`; a refused token rejects. */
async function fetched<T>(request: () => Promise<T>): Promise<Fetched<T>> {
  try {
    return {state: 'found', value: await request()};
  } catch (error) {
    if (error instanceof BadCredentialsError) throw error;
    if (error instanceof GitHubRequestError && error.status === 404) return {state: 'not-found'};
    return {state: 'unverifiable', cause: describeFailure(error)};
  }
}
