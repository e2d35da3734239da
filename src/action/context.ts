import {readFileSync} from 'node:fs';

/** The pull request the run is for, from the event payload. */
export interface PullContext {
  number: number;
  headSha: string;
  /** True when the head is in another repository: the token is then read-only. */
  fromFork: boolean;
}

/** Where the action runs, from the runner's environment. */
export interface ActionContext {
  root: string;
  repository: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  pull?: PullContext;
  /** The workflow run's page: the job summary is there. */
  runUrl?: string;
  /** Where to write the JSON result. */
  tempDir: string;
}

export function readContext(env: NodeJS.ProcessEnv): ActionContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  return {
    root: env.GITHUB_WORKSPACE || process.cwd(),
    repository,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    pull: readPull(env.GITHUB_EVENT_PATH),
    runUrl: env.GITHUB_RUN_ID && repository ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    tempDir: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
  };
}

interface PullPayload {
  pull_request?: {
    number?: number;
    head?: {sha?: string; repo?: {full_name?: string} | null};
    base?: {repo?: {full_name?: string}};
  };
}

function readPull(eventPath: string | undefined): PullContext | undefined {
  if (!eventPath) return undefined;
  let payload: PullPayload;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8')) as PullPayload;
  } catch {
    return undefined;
  }
  const pull = payload.pull_request;
  if (!pull?.number || !pull.head?.sha) return undefined;
  const head = pull.head.repo?.full_name;
  const base = pull.base?.repo?.full_name;
  return {number: pull.number, headSha: pull.head.sha, fromFork: !!head && !!base && head.toLowerCase() !== base.toLowerCase()};
}
