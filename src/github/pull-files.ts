import {repositoryParams, type GitHubClient} from './client.js';

export interface PullFiles {
  /** Paths present at the pull request's head that it touched: added, modified, renamed to, copied. */
  changed: string[];
  /** Paths the pull request took away: removed, and the old names of renamed files. */
  removed: string[];
}

export interface ListPullFilesOptions {
  client: GitHubClient;
  /** `owner/name`. */
  repository: string;
  number: number;
}

/** The files a pull request changes, from every page of its file list (GitHub lists at most 3000). */
export async function listPullFiles({client, repository, number}: ListPullFilesOptions): Promise<PullFiles> {
  const files = await client.paginate(client.rest.pulls.listFiles, {...repositoryParams(repository), pull_number: number, per_page: 100});
  const changed: string[] = [];
  const removed: string[] = [];
  for (const file of files) {
    if (file.status === 'removed') {
      removed.push(file.filename);
      continue;
    }
    changed.push(file.filename);
    if (file.status === 'renamed' && file.previous_filename) removed.push(file.previous_filename);
  }
  return {changed, removed};
}
