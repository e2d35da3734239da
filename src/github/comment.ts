import {repositoryParams, type GitHubClient} from './client.js';
import {GitHubRequestError} from './errors.js';

export interface StickyCommentOptions {
  client: GitHubClient;
  /** `owner/name`. */
  repository: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** A hidden marker, e.g. `<!-- evidence-gate -->`, that identifies the comment across runs. */
  marker: string;
  body: string;
  /** When false, an existing comment is still updated but none is created (default true). */
  createIfMissing?: boolean;
}

export type StickyCommentResult = {action: 'created' | 'updated'; url: string} | {action: 'skipped'} | {action: 'forbidden'; cause: string};

/**
 * Keeps one comment per pull request up to date: the first comment holding the marker is edited
 * in place, otherwise a comment is created (unless `createIfMissing` is false: `skipped`). The
 * marker is added to the body when missing, so the next run finds it. A token that may not write
 * (a fork's pull request) gives `forbidden`.
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const {client, issueNumber, marker, createIfMissing = true} = options;
  const repository = repositoryParams(options.repository);
  const body = options.body.includes(marker) ? options.body : `${marker}\n${options.body}`;
  try {
    const existing = await findMarkedComment(client, repository, issueNumber, marker);
    if (existing !== undefined) {
      const {data} = await client.rest.issues.updateComment({...repository, comment_id: existing, body});
      return {action: 'updated', url: data.html_url};
    }
    if (!createIfMissing) return {action: 'skipped'};
    const {data} = await client.rest.issues.createComment({...repository, issue_number: issueNumber, body});
    return {action: 'created', url: data.html_url};
  } catch (error) {
    if (error instanceof GitHubRequestError && error.status === 403) return {action: 'forbidden', cause: error.message};
    throw error;
  }
}

/**
 * The id of the first comment a bot wrote holding the marker, reading page after page until it turns
 * up. A person's comment that quotes the marker is never taken for it, so it is never edited.
 */
async function findMarkedComment(client: GitHubClient, repository: {owner: string; repo: string}, issueNumber: number, marker: string) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {...repository, issue_number: issueNumber, per_page: 100});
  for await (const {data} of pages) {
    const marked = data.find((comment) => comment.user?.type === 'Bot' && comment.body?.includes(marker));
    if (marked) return marked.id;
  }
  return undefined;
}
