/**
 * What the GitHub API said about the runs and pull requests the reports cite. The GitHub adapter
 * gathers these (once per distinct run); the checks only read them.
 */

export interface RunRecord {
  id: number;
  repository: string;
  status: string | null;
  conclusion: string | null;
  workflowName: string | null;
  headBranch: string | null;
  headSha: string;
  htmlUrl: string;
}

export interface JobRecord {
  name: string;
  status: string;
  conclusion: string | null;
}

export type Fetched<T> = {state: 'found'; value: T} | {state: 'not-found'} | {state: 'unverifiable'; cause: string};

export interface RunFacts {
  run: Fetched<RunRecord>;
  /** Present when the report lists checks next to the run. */
  jobs?: Fetched<JobRecord[]>;
  /** Present on pull requests: whether the run's commit is in the PR head's history. */
  ancestor?: Fetched<{ancestor: boolean; head: string}>;
}

export interface PullRecord {
  number: number;
  repository: string;
  title: string;
  state: string;
  htmlUrl: string;
}

/** Where the run is and what may be cited: the verification's setting, shared by every report. */
export interface RunSetting {
  /** `owner/repo` of the repository being verified, when known. */
  repository?: string;
  /** The GitHub server's host (`github.com`, or an Enterprise host). */
  serverHost: string;
  /** Repositories whose runs may be cited besides the current one. */
  allowedRepositories: readonly string[];
  /** Undefined offline: runs are then `run-unverified`. */
  runs?: (repository: string, id: number) => RunFacts | undefined;
  pulls?: (repository: string, number: number) => Fetched<PullRecord> | undefined;
}

export const runKey = (repository: string, id: number) => `${repository.toLowerCase()}#${id}`;
