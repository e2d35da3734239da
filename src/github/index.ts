/** The GitHub adapter, as one module the action loads only when it needs the API. */
export {createGitHubClient, type GitHubClient} from './client.js';
export {upsertStickyComment} from './comment.js';
export {gatherFacts} from './facts.js';
export {listPullFiles} from './pull-files.js';
