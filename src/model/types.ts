/** Where something was found in a report: 1-based line, and column where known. */
export interface Position {
  line: number;
  column?: number;
}

/** What a status cell, line or task-list box says about a gate. */
export type Verdict = 'pass' | 'fail' | 'pending' | 'not-applicable' | 'unknown';

/** A `**Label**: value` line, from a paragraph or a list item. */
export interface MetadataLine extends Position {
  label: string;
  value: string;
}

export interface GateRow extends Position {
  label: string;
  /** The status text as written, e.g. `✅ PASS`. */
  status: string;
  /** The clause of the row's note that decided its verdict: `POAM-118 still open` makes a ✅ pending. */
  note?: string;
  /** A passed row's measured value that misses its target, which fails it: `340 ms` against `≤ 200 ms`. */
  shortfall?: {measured: string; target: string};
  verdict: Verdict;
}

/** A gate table, gate checklist, or a single gate line (`**Gate 2**: ✅ MET`, `### Gate 3: ... ✅`). */
export interface Gate extends Position {
  title: string;
  kind: 'table' | 'checklist' | 'line';
  rows: GateRow[];
  /** The lines of the headings below the title it stands under, outermost first: what a summary in its section sums up. */
  sections?: number[];
}

/**
 * A cited file. A claim says the file was delivered (deliverables, evidence, `**File**:`, links);
 * a mention only names it.
 */
export interface FileCitation extends Position {
  /** The text as cited, after stripping suffixes such as `:12-40` or `#L3`. */
  cited: string;
  kind: 'claim' | 'mention';
  /** How the path resolves: relative links against the report's folder, code paths against the root. */
  base: 'report' | 'root';
  /** True for a relative link (`[x](../a.md)`), whose target must exist exactly. */
  link: boolean;
  /**
   * For a file URL on GitHub (`https://github.com/o/r/blob/main/docs/a.md`): its repository and
   * host; `cited` is then what follows `blob/` or `tree/`, the ref first. Checked only when it is
   * the repository being verified.
   */
  repository?: string;
  host?: string;
  /**
   * The path's form also names something else (a branch `release/2.5`, a resource
   * `deployment/api`, an image `ghcr.io/acme/app`): it is a file only if the repository has its first folder.
   */
  reference?: boolean;
  /** The lines the citation points at (`:64`, `:12-40`, `#L10-L20`, ` (lines 1-5)`): the last must be in the file. */
  lines?: {from: number; to: number};
}

/** A CI run cited by URL or by number. */
export interface RunCitation extends Position {
  /** The numeric run id, or undefined for a placeholder such as `runs/[TBD]`. */
  id?: number;
  /** `owner/repo` when the citation is a URL naming it. */
  repository?: string;
  /** The URL's host when cited as a URL. */
  host?: string;
  /** The cited text, e.g. the URL or `CI run #123`. */
  text: string;
  placeholder: boolean;
  /**
   * What the report says the run did: most cite green runs, some cite deliberately failing ones, and
   * a log's earlier entries (`## Release history`) cite runs whatever they did then.
   */
  expected: 'success' | 'failure' | 'any';
  /** Checks the report lists as passing next to this run, e.g. `- ✅ Unit Tests`. */
  jobs: JobExpectation[];
  /**
   * A passed row claims this run (at `line`), but the report tells elsewhere (at `failedLine`) that it failed:
   * `| Contract probe | 25821430993 | ✅ Passed |` and, below, `the probe in run 25821430993 failed on …`.
   */
  contradiction?: {line: number; column?: number; failedLine: number};
}

export interface JobExpectation extends Position {
  name: string;
}

export interface PullCitation extends Position {
  number: number;
  repository?: string;
  host?: string;
}

/** Everything evidence-gate reads from one report. No AST is kept. */
export interface ReportModel {
  /** Repository-relative path with `/` separators. */
  path: string;
  title?: string;
  metadata: MetadataLine[];
  gates: Gate[];
  files: FileCitation[];
  runs: RunCitation[];
  pulls: PullCitation[];
  /** Sentences that say every gate passed (`All acceptance criteria met.`), held to the report's gates. */
  summaries: SummaryClaim[];
}

/** A sentence of prose that sums up the gates as passed: `All residency gates passed ✅`, `All five fairness gates passed;`. */
export interface SummaryClaim extends Position {
  text: string;
  /** The words it narrows its gates by (`residency` of `All residency gates passed`): a gate it sums up is named by them. */
  scope: string[];
  /** The lines of the headings below the title it stands under, outermost first (see `Gate.sections`). */
  sections: number[];
}

export type Severity = 'error' | 'warning' | 'notice';

/** Run ids and pull request numbers are positive whole numbers; `CI run 0` or a 25-digit id names nothing. */
export const isValidNumber = (value: number) => Number.isSafeInteger(value) && value > 0;

export const RULES = [
  'file-missing',
  'link-broken',
  'file-mention-missing',
  'file-line-missing',
  'path-outside-root',
  'gate-unsatisfied',
  'run-placeholder',
  'run-unverified',
  'run-not-found',
  'run-failed',
  'run-incomplete',
  'run-foreign-repo',
  'run-job-mismatch',
  'run-outcome-mismatch',
  'run-contradicted',
  'run-not-ancestor',
  'run-unverifiable',
  'pr-not-found',
  'pr-unverifiable',
  'required-file-missing',
  'report-too-large',
  'report-unreadable',
] as const;

export type RuleId = (typeof RULES)[number];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  line: number;
  column?: number;
  /** The thing the finding is about: a path, a run id, a gate row label. */
  subject?: string;
}
