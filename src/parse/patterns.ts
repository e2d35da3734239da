/**
 * Text patterns for citations: CI runs, pull requests and file paths, as real reports write them.
 * Each function takes plain text and returns what it cites; none knows where the text came from.
 */

export interface UrlRun {
  host: string;
  repository: string;
  /** Undefined for a placeholder such as `runs/[TBD]`. */
  id?: number;
  index: number;
  text: string;
}

/**
 * `https://host/owner/repo/actions/runs/123[/attempts/2][/job/456][?pr=7]`, also with a placeholder id.
 * An id that runs on into letters (`runs/11290a4455`) is no id: the link is malformed, not run 11290.
 */
const RUN_URL =
  /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/actions\/runs\/(\d+(?:\/attempts\/\d+)?(?:\/jobs?\/\d+)?(?![\w-])|\[[^\]\s]*\]|<[^>\s]*>|[^\s/)\]>`"'|]*[^\s/)\]>`"'|.,;:!])?/g;

/** A link to a run with a slip in its path (`…/action/runs/114…`, `…/actions/run/114…`): no run, and not to be passed over. */
const NEAR_RUN_URL = /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/(?:action\/runs?|actions\/run|action\/run)\/[^\s)\]>`"'|]*[^\s)\]>`"'|.,;:!]/g;

export function findRunUrls(text: string): UrlRun[] {
  const found: UrlRun[] = [];
  if (text.includes('/action/') || text.includes('/run/')) {
    for (const match of text.matchAll(NEAR_RUN_URL)) {
      found.push({host: match[1].toLowerCase(), repository: `${match[2]}/${match[3]}`, id: undefined, index: match.index, text: match[0]});
    }
  }
  for (const match of text.matchAll(RUN_URL)) {
    const [whole, host, owner, repo, id = ''] = match;
    const numeric = /^\d+(?:\/|$)/.test(id);
    found.push({
      host: host.toLowerCase(),
      repository: `${owner}/${repo}`,
      id: numeric ? Number(/^\d+/.exec(id)![0]) : undefined,
      index: match.index,
      text: whole,
    });
  }
  return found;
}

const PULL_URL = /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/pull\/(\d+)/g;

export interface UrlPull {
  host: string;
  repository: string;
  number: number;
  index: number;
}

export function findPullUrls(text: string): UrlPull[] {
  return [...text.matchAll(PULL_URL)].map((match) => ({
    host: match[1].toLowerCase(),
    repository: `${match[2]}/${match[3]}`,
    number: Number(match[4]),
    index: match.index,
  }));
}

export interface UrlFile {
  host: string;
  repository: string;
  /** What follows `blob/` or `tree/`: the ref, then the path (a ref may itself hold slashes). */
  refAndPath: string;
  index: number;
  /** The URL as written. */
  text: string;
}

/** `https://host/owner/repo/blob/ref/path` and `…/tree/ref/path`: a file or folder of a repository. */
const FILE_URL = /https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([\w.-]+)\/([\w.-]+)\/(?:blob|tree)\/([^\s?#)\]>`"'|]+[^\s?#)\]>`"'|.,;:!])/g;

export function findFileUrls(text: string): UrlFile[] {
  return [...text.matchAll(FILE_URL)].map((match) => ({
    host: match[1].toLowerCase(),
    repository: `${match[2]}/${match[3]}`,
    refAndPath: match[4],
    index: match.index,
    text: match[0],
  }));
}

/**
 * Run ids are large (GitHub's have ten digits and more); seven or more keeps out a run's number in
 * its workflow, which is how the Actions tab labels a run (`Run #18234`) and which no lookup takes,
 * and `run 3 times`. A bare `run N` is read only for nine digits or more, as GitHub's ids have
 * had for years, and not before a count's noun (`we run 100000000 iterations`). `gh run
 * view N` is the command that shows one, of the repository its `--repo` (or `-R`) names, among its other flags.
 */
const RUN_TEXT =
  /\b(?:CI|workflow|actions)\s+run(?:\s+id\b)?(?:\s*[:#])?\s*#?(\d{7,})\b|\brun(?:\s+id\b(?:\s*[:#])?|\s*[:#])\s*#?(\d{7,})\b|\brun\s+#(\d{7,})\b|\brun\s+(?:\(\s*)?(?<bare>\d{9,})\b(?![ \t]*(?:times|iterations|rows|records|requests|events|messages|items|operations|ops|queries|tests|cases|samples|users|calls|bytes)\b)|\bgh\s+run\s+(?:view|watch|rerun|download)(?:\s+(?:(?:--repo|-R)[=\s]+(?<before>[\w.-]+\/[\w.-]*\w)|--?[a-z][\w-]*))*\s+(?<gh>\d{7,})\b(?:\s+(?:(?:--repo|-R)[=\s]+(?<after>[\w.-]+\/[\w.-]*\w)|--?[a-z][\w-]*))*/gi;

/** A run id given as a value (`**Run ID:** 1234567890`, a Run ID cell): see `RUN_TEXT` for the length. */
export const isRunId = (text: string) => /^\d{7,}$/.test(text);

/** What stands where a run id should, after `CI run`: `runs/[TBD]`, `runs/XXXXXXXXXXX`, `<run-id>`, `XXXXXXXX`, `TBD`. */
const RUN_PLACEHOLDER = String.raw`(?:(?:actions\/)?runs\/)?(?:\[[^\]\s]{0,20}\]|<[^>\s]{1,20}>|x{4,}|tbd|tbc|todo)`;
/** A run's path without its host, after `CI run`: `runs/25821430993`, `actions/runs/25821430993`. */
const RUN_PATH = String.raw`(?:actions\/)?runs\/(\d{5,})`;
/** `CI run`, `workflow run #`, `CI run id:` (one run of spaces: no two that share them, so long blanks stay linear). */
const RUN_BEFORE_ID = String.raw`\b(?:ci|workflow|pipeline|actions)\s+run(?:\s*(?:#|id(?:\s*:)?))?\s*`;
// In text, not `<id>`: there it is in a code span that shows how to cite (``write `CI run <id>` ``), or it is HTML.
const SHORT_RUN_TEXT = new RegExp(String.raw`(?:${RUN_BEFORE_ID}(?!<)(${RUN_PLACEHOLDER}|${RUN_PATH})|\b(run\s*#\s*(?:tbd|tbc|todo|x{3,})))(?![\w\]>/])`, 'gi');

/**
 * A run cited after `CI run` by its path alone or by a placeholder, in text: `CI run runs/25821430993` (run 25821430993),
 * `CI run runs/[TBD]`, `workflow run XXXXXXXX`, `run #TODO` (no id).
 */
export function findShortRuns(text: string): Array<{index: number; text: string; id?: number}> {
  return [...text.matchAll(SHORT_RUN_TEXT)].map((match) => {
    const cited = match[1] ?? match[3];
    return {index: match.index + match[0].length - cited.length, text: cited, ...(match[2] !== undefined && {id: Number(match[2])})};
  });
}

/** The same in a code span right after `CI run`: ``CI run `runs/XXXXXXXXXXX` ``, ``CI run `runs/25821430993` ``. */
export function shortRunCode(code: string, before: string): {id?: number} | undefined {
  const match = SHORT_RUN_CODE.exec(code.trim());
  if (!match || !RUN_BEFORE_CODE.test(before)) return undefined;
  return match[1] === undefined ? {} : {id: Number(match[1])};
}
const SHORT_RUN_CODE = new RegExp(String.raw`^(?:${RUN_PLACEHOLDER}|${RUN_PATH})$`, 'i');
const RUN_BEFORE_CODE = new RegExp(String.raw`${RUN_BEFORE_ID}$`, 'i');

/** A run id after a label or in a column that says it is an id: a small server's ids may be shorter. */
export const isLabelledRunId = (text: string) => /^\d{5,}$/.test(text);

/** Run ids in text; `gh run view N --repo owner/repo` (or `-R`) gives the run's repository too. */
export function findRunNumbers(text: string): Array<{id: number; index: number; text: string; repository?: string}> {
  return [...text.matchAll(RUN_TEXT)].map((match) => {
    const repository = match.groups?.before ?? match.groups?.after;
    return {id: Number(match[1] ?? match[2] ?? match[3] ?? match.groups?.bare ?? match.groups?.gh), index: match.index, text: match[0], ...(repository && {repository})};
  });
}

/** First segments of branch names: `release/2.5` and `feature/login` are branches, not repositories or files. */
const BRANCH_PREFIX = /^(?:feature|features|feat|release|releases|hotfix|hotfixes|bugfix|fix|chore|origin|refs|heads)$/i;

/**
 * `PR #12`, `PRs #12, #14 and #15`, `PR #88 in acme/app`, `pull request: #7`. The repository is a
 * whole `owner/name`: not a branch (`in release/2.5`) nor a file (`in src/app/main.ts`).
 */
const PULL_TEXT = /\b(?:PRs?|pull requests?)\s*(?::\s*)?(#\d+\b(?:\s*(?:,|&|\/|\band\b)\s*#\d+\b)*)(?:\s+in\s+([\w-]+\/[\w.-]*\w)(?![\w\/-]|\.\w))?/gi;

/**
 * `PR 77`, `pull request 77`: a number without its `#`, where the sentence or a list goes on after it
 * (`merged in PR 77.`, `PR 77 (hotfix)`), not where it counts something (`PR 2 weeks old`).
 */
const PULL_BARE = /\b(?:PR|pull\s+request)\s+(\d{1,7})\b(?=[ \t]*(?:$|[.,;:!?)\]—–(|]|-\s|(?:and|or)\b|&))/gim;

export function findPullNumbers(text: string): Array<{number: number; index: number; repository?: string}> {
  const listed = [...text.matchAll(PULL_TEXT)].flatMap((match) => {
    const listAt = match.index + match[0].indexOf(match[1]);
    const named = match[2];
    const repository = named && !BRANCH_PREFIX.test(named.split('/')[0]) && !/\.[A-Za-z]{1,5}$/.test(named) ? named : undefined;
    return [...match[1].matchAll(/#(\d+)/g)].map((number) => ({number: Number(number[1]), index: listAt + number.index, repository}));
  });
  const bare = [...text.matchAll(PULL_BARE)].map((match) => ({number: Number(match[1]), index: match.index + match[0].lastIndexOf(match[1])}));
  return bare.length === 0 ? listed : [...listed, ...bare].sort((a, b) => a.index - b.index);
}

/** A label that introduces a run: `Run ID`, `CI Run`, `Latest CI Run`, `Post-upgrade CI run`, `Run URL`, `Workflow run`. */
export const isRunLabel = (label: string) =>
  /^(?:latest |final |ci |workflow |actions |github actions )*run(?: id| url| number| #)?$|^(?:[\w-]+ ){0,3}ci run(?: id| url| link)?$|^ci url$/i.test(
    label.trim(),
  );

export const isPullLabel = (label: string) => /^(?:[\w-]+\s+){0,2}(?:prs?|pull requests?)(?:\s+(?:numbers?|#|ids?))?$/i.test(label.trim());

/** A run cell or value that stands for a run not yet known: `TBD`, `XXXX`, `run #TODO`. */
export const isPlaceholderValue = (value: string) =>
  /^(?:(?:ci\s+)?run\s*#?\s*)?[[(（]?\s*(?:tbd|tbc|todo|pending|n\/?a|x{3,}|\?+|<[^>]*>|\.\.\.|-+|—|fill\s+in\s+later|to\s+be\s+(?:added|filled\s+in)|to\s+follow|後で記入|記入予定|未定)\s*[\])）]?$/i.test(value.trim());

/** File endings that make a bare name (no `/`) a file, so `os.path` and `v1.0` are not. */
const FILE_EXTENSIONS = new Set(
  (
    'md markdown mdx txt rst adoc pdf png jpg jpeg gif svg webp ico log csv tsv json jsonl yml yaml toml ini cfg ' +
    'conf env xml html htm css scss less js mjs cjs ts tsx jsx mts cts vue svelte py pyi ipynb rb php go rs java kt ' +
    'kts scala swift c h cc cpp hpp cs fs sh bash zsh ps1 bat sql prisma graphql gql proto tf tfvars hcl lock mako ' +
    'j2 tpl dockerfile gradle properties plist zip gz tar sarif lcov patch diff'
  ).split(' '),
);

const WELL_KNOWN_NAMES = new Set([
  'Dockerfile', 'Makefile', 'LICENSE', 'Procfile', 'Jenkinsfile', 'CODEOWNERS', 'Gemfile', 'Rakefile', 'Vagrantfile',
]);

export interface PathCandidate {
  /** The path with suffixes such as `:12-40`, `::test` and `#L3` removed. */
  path: string;
  /** True when the text is a path with `/`, false for a bare file name. */
  hasSlash: boolean;
  /** A path without a file ending whose form also names a branch, a resource or an image. */
  reference?: boolean;
  /** The lines its suffix names (`:12-40`, `#L10-L20`, `:12:5` is line 12). */
  lines?: {from: number; to: number};
}

/** The lines a suffix names: `:64`, `:12-40`, `:12:5` (line 12, column 5), `#L10-L20`, ` L10-20`, ` (lines 1, 5-7)`. */
export function linesOf(suffix: string): {from: number; to: number} | undefined {
  const numbers = /^:L?\d+:\d+$/i.test(suffix) ? [Number(/\d+/.exec(suffix)![0])] : (suffix.match(/\d+/g) ?? []).map(Number);
  if (numbers.length === 0 || numbers.some((number) => number < 1 || !Number.isSafeInteger(number))) return undefined;
  return {from: Math.min(...numbers), to: Math.max(...numbers)};
}

/** Where a clause of prose ends: a full stop, a question or exclamation mark or a semicolon, then a space or the end. */
export const CLAUSE_END = /[.!?;](?:\s|$)/;

/**
 * Lines named in a bracket later in the clause after a path: `` `routes.py` — middleware registered before the mount
 * (lines 88–120) ``. Only a range, and only in the clause's text (another path after it starts its own).
 */
export function bracketedLinesIn(text: string): {from: number; to: number} | undefined {
  const named = /\((?:see\s+)?(?:lines?|ll?\.)\s*(\d+\s*[-–]\s*\d+)\)/i.exec(text.split(CLAUSE_END)[0]);
  return named ? linesOf(named[1]) : undefined;
}

/** Lines of something else than the file: `lines 900-950 of the job log`, `lines 1-3 of which are warm-up`. */
const OF_SOMETHING_ELSE = /^\s+of\s+(?:which|the\s+(?:[\w-]+\s+)?(?:log|output|transcript|console|report|table))\b/i;

/** Lines named in words right after a path, or in a link's text: `` `db.py` (lines 212–220) ``, `` [`x.py` lines 23–26](x.py) ``. */
export function linesNamedIn(text: string, atStart: boolean): {from: number; to: number} | undefined {
  // A line or a range of them, not a list (`line 14, 2023 revision`); in a link's text, right after a file's name
  // (not `[SOP for filling line 12](…)`, a production line).
  // After a path, also after a comma or in a bracket that points there: `, lines 402-431`, `(see lines 18–31)`, `(L55-L58)`;
  // not lines of something else: `, lines 900-950 of the job log`, `, lines 1-3 of which are warm-up`.
  const named = (atStart ? /^\s*(?:[,:—–]|-\s)?\s*\(?\s*(?:see\s+)?(?:(?:lines?|l\.|ll\.)\s*(\d+(?:\s*[-–]\s*\d+)?)|L(\d+(?:[-–]L?\d+)?)\b)/i : /(?:\.[a-z]\w{0,4}|`)\s*\(?\s*(?:lines?|ll?\.)\s*(\d+(?:\s*[-–]\s*\d+)?)/i).exec(text);
  if (!named || OF_SOMETHING_ELSE.test(text.slice(named.index + named[0].length))) return undefined;
  return linesOf(named[1] ?? named[2]);
}

/**
 * First segments that make a path without a file ending another kind of name: a branch
 * (`release/2024.10`), a Kubernetes resource or a Vault secret (`deployment/api`, `secret/data/x`),
 * an image on a registry host (`ghcr.io/acme/billing`), a Terraform registry module
 * (`terraform-aws-modules/vpc/aws`).
 */
const isReferenceStart = (segment: string) =>
  BRANCH_PREFIX.test(segment) ||
  /^(?:deployments?|statefulsets?|daemonsets?|cronjobs?|configmaps?|secret|pods?|ingress(?:es)?|svc|namespaces?|ns)$/i.test(segment) ||
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(segment) ||
  /^terraform-[a-z0-9]+-modules$/i.test(segment);

/**
 * Where in a file: `:12`, `:12-40`, `:12:5`, `:L12`, `#L10-L20`, ` L10-20`, ` (lines 1-5)`.
 */
const LINE_SUFFIX = /(?::L?\d+(?:[-–]L?\d+|:\d+)?|#L\d+(?:-L?\d+)?|\s+L\d+(?:[-–]L?\d+)?|\s+\((?:lines?|l\.)\s*\d+(?:\s*[-–,]\s*\d+)*\))$/i;

/** An HTTP route rather than a file: `/api/orders`, `/v1/users`, `api/v2/orders`, `/oauth/v1/token`. */
const API_ROUTE = /^\/(?:api|v\d+)(?:\/|$)|^\/(?:oauth2?|auth|graphql|webhooks?|rest)(?:\/|$)|^api\/v\d+\//i;

/** Longer than any repository path a report would cite. */
const MAX_PATH = 512;

const MEDIA_TYPE = /^(?:application|text|image|audio|video|font|multipart|message|model)\/[\w.+-]+$/i;

/** `*`, `?`, `XXX`, `YYYY-MM`, `<name>`, `{id}`, `[TBD]`, `...`: a pattern or a placeholder, not a file. */
export const isPlaceholderPath = (path: string) =>
  /[*?<>{}[\]$]|\.\.\.|X{3,}|Y{4}|\bMM\b|\bDD\b|\bTBD\b|\bN{3,}\b/.test(path);

/** A file ending: `.md`, `.yaml`, `@2x.png`. */
export const hasFileEnding = (path: string) => /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(path);

/**
 * Reads inline code as a file path, or returns undefined when it is something else
 * (a command, an identifier, an endpoint, a URL).
 * In `claim` context a path with `/` needs no extension (`scripts/deploy`).
 */
export function pathCandidate(code: string, claim: boolean): PathCandidate | undefined {
  // No path is this long; longer code is a command or a snippet (and the suffix patterns stay linear).
  if (code.length > MAX_PATH) return undefined;
  let text = code.trim().replace(/\s+\(this file\)$/i, '');
  text = text.replace(/(?:::[\w.[\]-]+)+$/, '');
  const lines = linesOf(LINE_SUFFIX.exec(text)?.[0] ?? '');
  text = text.replace(LINE_SUFFIX, '').replace(/[,;]$/, '');
  // A reusable workflow pinned to a release or a commit (`generator_container_slsa3.yml@v2.0.0`) is another
  // repository's: this one calls its own as `./.github/workflows/x.yml`.
  if (/\.ya?ml@(?:v\d[\w.-]*|[0-9a-f]{40})$/i.test(text)) return undefined;
  // `deploy.yml@main`, `nope.py@L20`: a file at a ref or a line.
  text = text.replace(/(\.[A-Za-z][A-Za-z0-9]{0,9})@[\w.-]+$/, '$1');
  // `runbook.md#rollback`: a section of the file.
  text = text.replace(/(\.[A-Za-z][A-Za-z0-9]{0,9})#[^\s#/]*$/, '$1');
  if (!text || /\s/.test(text) || /^[a-z][a-z0-9+.-]*:/i.test(text) || isPlaceholderPath(text)) return undefined;
  // `~/.aws/credentials` and `%APPDATA%\npm` are on someone's machine, not in the repository.
  if (!/^[\w./\\@~+%-]+$/u.test(text) || text === '.' || text.startsWith('~') || /%[A-Za-z_]\w*%/.test(text)) return undefined;
  const hasSlash = /[/\\]/.test(text);
  const name = text.split(/[/\\]/).filter(Boolean).pop() ?? '';
  const extension = /^[\w-][\w.-]*\.([A-Za-z][A-Za-z0-9]{0,9})$/.exec(name)?.[1];
  // Beside a folder, a name with an ending is a file whatever else it holds (`dashboard@2x.png`).
  const folderFileEnding = hasSlash && hasFileEnding(name);
  if (hasSlash) {
    // `/healthz` and `/api/v2/orders` are endpoints; an absolute file path is only read where a file is claimed.
    if (text.startsWith('/') && (!claim || text.split('/').filter(Boolean).length < 2)) return undefined;
    // A folder only mentioned (`build/`, `hotfix/`, a branch prefix) is looked for only when the repository has its first folder.
    if (text.endsWith('/') && !claim) return {path: text, hasSlash, reference: true};
    if (text.endsWith('/')) return {path: text, hasSlash};
    if (extension || folderFileEnding) return {path: text, hasSlash, ...(lines && {lines})};
    if (API_ROUTE.test(text) && !WELL_KNOWN_NAMES.has(name)) return undefined;
    // Without an ending, a claimed `scripts/deploy` is a file, but `@acme/core`, `actions/checkout@v4`
    // and `application/json` are a package, an action and a media type.
    // An absolute one (`/healthz/deep`) is as often a route: a reference, looked for only beside a folder of the repository.
    if (claim && !text.includes('@') && !MEDIA_TYPE.test(text)) {
      return {path: text, hasSlash, reference: text.startsWith('/') || isReferenceStart(text.split(/[/\\]/)[0]), ...(lines && {lines})};
    }
    return undefined;
  }
  if (RELEASE_ARTIFACT.test(text)) return undefined;
  if ((extension && FILE_EXTENSIONS.has(extension.toLowerCase())) || WELL_KNOWN_NAMES.has(text)) {
    return {path: text, hasSlash, ...(lines && {lines})};
  }
  return undefined;
}

/**
 * A release's download, named by its version (`acme-core-2.4.0-linux-amd64.tar.gz`, `app-v3.1.0.zip`): a build's
 * output, published with the release, not a file of the repository.
 */
const RELEASE_ARTIFACT = new RegExp(
  String.raw`^(?=.*[-_.](?:v\d+\.\d+(?:\.\d+)?|(?!(?:19|20)\d\d\.)\d+\.\d+\.\d+)(?![\d.]*\d)|.*[-_.](?:linux|darwin|macos|windows|win(?:32|64)|amd64|arm64|aarch64|x86_64|x64|i386|universal)[-_.])` +
    String.raw`[\w.+-]+\.(?:tar\.gz|tgz|tar\.xz|tar\.bz2|zip|whl|jar|war|deb|rpm|dmg|exe|msi|apk|aab|ipa|nupkg|gem)$`,
  'i',
);
