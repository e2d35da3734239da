import {checkReport, checkRequiredFiles} from './checks/index.js';
import {citesRemoved, type RemovedFiles} from './checks/paths.js';
import {forEachLimited} from './concurrency.js';
import type {RunSetting} from './checks/facts.js';
import type {FileResolver} from './checks/resolver.js';
import {countFindings, fails, type ReportResult, type VerificationResult} from './model/result.js';
import type {Finding, ReportModel} from './model/types.js';
import type {LoadedPolicy} from './policy/load.js';
import type {Policy} from './policy/policy.js';
import {sectionsCiting} from './parse/excerpt.js';
import {UnparseableReport} from './parse/guard.js';
import {inlineAnalyser, type Analyser} from './parse/pool.js';
import {decodeReport, readReportBytes, reportSize, type RawReport, type ReadResult} from './workspace/read.js';

export interface VerifyOptions {
  root: string;
  policy: Policy;
  /** The policy file as loaded, for required files and their lines. */
  policyFile?: LoadedPolicy;
  /** Repository-relative report paths, already discovered. */
  reports: readonly string[];
  resolver: FileResolver;
  failOn: 'error' | 'warning';
  /**
   * What to verify of each report, chosen from its bytes before they are decoded and parsed (the
   * `changed` scope's search; `undefined` for a report that could not be read, which is then
   * reported only if selected); default all of each.
   */
  select?: (path: string, bytes: Buffer | undefined) => Selection;
  /**
   * The analyser for reports of this total size: a worker pool pays off only for enough text.
   * Default: on this thread. The engine closes it.
   */
  analyser?: (totalBytes: number) => Analyser;
  /** Looks up the cited runs and PRs once extraction is done; offline when it gives no lookups. */
  runs: (models: readonly ReportModel[]) => Promise<RunSetting>;
  skipped?: string[];
  /** Reads a report's bytes (the Action's may have read them ahead); default `readReportBytes` with the policy's size limit. */
  read?: (path: string) => RawReport;
}

/**
 * What is verified of a report: all of it (`whole`), only its citations of `removed` files (the
 * sections of it that name them are parsed, see `sectionsCiting`), or nothing (undefined).
 */
export type Selection = {whole: true} | {whole: false; removed: RemovedFiles; needles: readonly string[]} | undefined;

/** Reports in flight to the analyser: enough to keep every worker busy, few enough to hold little text. */
const ANALYSIS_CONCURRENCY = 16;

/**
 * The verification: parse each report once, gather what the API says about the cited
 * runs, check every report, and decide the verdict. The shell around it supplies all I/O.
 */
export async function verify(options: VerifyOptions): Promise<VerificationResult> {
  const {root, resolver, policy} = options;
  const readBytes = options.read ?? ((path: string) => readReportBytes(resolver, root, path, policy.maxReportSize));
  const readText = (path: string) => decodeReport(readBytes(path));
  const results: ReportResult[] = [];
  const models: ReportModel[] = [];
  const unreadable = (path: string, finding: Finding): ReportResult => ({path, passed: false, files: [], findings: [finding]});

  // The `changed` scope searches every report's bytes first; only what it selects is decoded and parsed.
  // A narrowed report's excerpt is cut here, once, and held: it is a few sections of the report.
  type ToAnalyse = {path: string; index: number; selection?: Selection; excerpt?: string};
  let toAnalyse: ToAnalyse[] = options.reports.map((path, index) => ({path, index}));
  let totalBytes = 0;
  if (options.select) {
    const select = options.select;
    toAnalyse = toAnalyse.flatMap(({path, index}): ToAnalyse[] => {
      const raw = readBytes(path);
      const selection = select(path, raw.ok ? raw.bytes : undefined);
      if (!selection) return [];
      // Verified whole, it is read and decoded with the others below (and reported there if it cannot be).
      if (selection.whole) {
        totalBytes += raw.ok ? raw.bytes.length : 0;
        return [{path, index, selection}];
      }
      // Narrowed, a text that is not UTF-8 has no citation to verify (a report that cannot be read, and that the pull
      // request leaves as it is, is not its doing).
      const read = decodeReport(raw);
      if (!read.ok) return [];
      const excerpt = sectionsCiting(read.text, selection.needles);
      totalBytes += Buffer.byteLength(excerpt);
      return [{path, index, selection, excerpt}];
    });
  } else {
    totalBytes = toAnalyse.reduce((sum, {path}) => sum + Math.min(reportSize(resolver, root, path), policy.maxReportSize), 0);
  }
  const analyser = options.analyser?.(totalBytes) ?? inlineAnalyser(policy);

  try {
    // Read and analyse in a bounded pipeline: only the reports in flight are held as text.
    await forEachLimited(toAnalyse, ANALYSIS_CONCURRENCY, async ({path, index, selection, excerpt}) => {
      const read: ReadResult = excerpt === undefined ? readText(path) : {ok: true, text: excerpt};
      if (!read.ok) {
        results[index] = unreadable(path, read.finding);
        return;
      }
      try {
        const model = await analyser.analyse(read.text, path);
        // Metadata lines served extraction (gate lines, run labels); no check or output reads them,
        // and they are a third of a model: not kept across a scan of thousands of reports.
        model.metadata = [];
        if (selection && !selection.whole) {
          model.gates = [];
          model.runs = [];
          model.pulls = [];
          model.summaries = [];
          model.files = model.files.filter((citation) => citesRemoved(citation, path, selection.removed));
          // Its text named a removed file's name, but no citation is of that file.
          if (model.files.length === 0) return;
        }
        results[index] = {path, passed: true, model, files: [], findings: [], ...(selection && !selection.whole && {coverage: 'removed-files' as const})};
      } catch (error) {
        results[index] = unreadable(
          path,
          error instanceof UnparseableReport
            ? {rule: 'report-unreadable', severity: 'error', line: error.line, message: error.message}
            : {rule: 'report-unreadable', severity: 'error', line: 1, message: `Report could not be parsed: ${(error as Error).message}`},
        );
      }
    });
  } finally {
    await analyser.close();
  }

  const reports = results.filter(Boolean);
  for (const report of reports) if (report.model) models.push(report.model);
  const runs = await options.runs(models);
  for (const report of reports) {
    if (!report.model) continue;
    const checked = checkReport(report.model, {policy: options.policy, resolver: options.resolver, runs});
    report.files = checked.files;
    report.findings = checked.findings;
  }
  if (options.policyFile && options.policyFile.requiredFiles.length > 0) {
    const findings = checkRequiredFiles(options.policyFile.requiredFiles, options.policy, options.resolver);
    if (findings.length > 0) reports.push({path: options.policyFile.file, passed: false, files: [], findings});
  }
  for (const report of reports) report.passed = !report.findings.some((finding) => fails(finding, options.failOn));
  return {
    passed: reports.every((report) => report.passed),
    failOn: options.failOn,
    reports,
    counts: countFindings(reports),
    skipped: options.skipped ?? [],
  };
}
