import * as core from '@actions/core';
import {readContext, type ActionContext} from './action/context.js';
import {InputError, readInputs} from './action/inputs.js';
import {annotate, setOutputs, writeSummary} from './action/publish.js';
import {changedScope} from './action/scope.js';
import type {RunSetting} from './checks/facts.js';
import {verify} from './engine.js';
import {analyserFor, isAnalyserWorker, preloadAnalyser, serveAnalyserWorker} from './parse/pool.js';
import type {GitHubClient} from './github/client.js';
import {BadCredentialsError, GitHubRequestError} from './github/errors.js';
import type {VerificationResult} from './model/result.js';
import {PolicyError} from './policy/error.js';
import {resolvePolicy} from './policy/policy.js';
import {COMMENT_MARKER, renderComment, renderUnverifiedComment} from './render/comment.js';
import {plural, summaryLine} from './render/text.js';
import {DiscoveryError, discoverReports} from './workspace/discover.js';
import {loadPolicyFile} from './workspace/policy-file.js';
import {readAhead, readReportBytes, type ReadAhead} from './workspace/read.js';
import {createFileResolver} from './workspace/resolver.js';

/** At most this many bytes of reports are read ahead while the pull request's file list is awaited. */
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

/** The GitHub Action: verify the reports, cross-check cited runs with the API, report, gate. */
async function main(): Promise<void> {
  const context = readContext(process.env);
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const inputs = readInputs((name) => core.getInput(name), context.eventName);
  if (inputs.token && context.pull && inputs.comment !== 'never') {
    // If the run stops before a verdict, a comment already on the pull request must not go on
    // showing an earlier verdict (a pass) as if it still held.
    markUnverified = (message) => withdrawComment(inputs.token, inputs.timeoutMs, context, message);
  }

  const policyFile = await loadPolicyFile(context.root, inputs.config);
  const policy = resolvePolicy(policyFile?.value);
  const reports = await discoverReports({
    root: context.root,
    patterns: inputs.reports ?? policy.reports,
    exclude: policy.exclude,
    strict: inputs.reports !== undefined || policyFile?.value.reports !== undefined,
    origin: inputs.reports === undefined && policyFile?.value.reports !== undefined ? {file: policyFile.file, lines: policyFile.reportLines} : undefined,
  });

  // The API is needed for reports to verify, and on pull requests for the comment; the adapter is
  // loaded only then, which keeps a run with nothing to check fast.
  const needsApi = !!inputs.token && (reports.length > 0 || (!!context.pull && inputs.comment !== 'never'));
  const github = needsApi ? await import('./github/index.js') : undefined;
  const client = github?.createGitHubClient({token: inputs.token, baseUrl: context.apiUrl, timeoutMs: inputs.timeoutMs});
  const skipped: string[] = [];

  const resolver = createFileResolver(context.root);
  const readBytes = (path: string) => readReportBytes(resolver, context.root, path, policy.maxReportSize);
  let select: ReturnType<typeof changedScope> | undefined;
  let ahead: ReadAhead | undefined;
  if (inputs.scope === 'changed' && context.pull && github && client && reports.length > 0) {
    try {
      const files = github.listPullFiles({client, repository: context.repository, number: context.pull.number});
      // While the list is on its way: load the parser, and read the reports the scope will search.
      preloadAnalyser();
      ahead = readAhead(readBytes, reports, READ_AHEAD_BYTES);
      select = changedScope(await files, (path) => resolver.kind(path) !== 'missing');
    } catch (error) {
      if (error instanceof BadCredentialsError) throw error;
      // `changed` only narrows what is verified: without the file list, verifying everything is the safe side.
      core.warning(`evidence-gate could not list the pull request's files (${describe(error)}): verifying every report instead of only the changed ones.`);
    } finally {
      ahead?.stop();
    }
  } else if (inputs.scope === 'changed' && !context.pull) {
    core.info('scope is changed, but this run is not for a pull request: verifying every report.');
  }

  const setting: Omit<RunSetting, 'runs' | 'pulls'> = {
    repository: context.repository,
    serverHost: new URL(context.serverUrl).host.toLowerCase(),
    allowedRepositories: policy.allowedRepositories,
  };
  if (!inputs.verifyRuns) skipped.push('Cited CI runs and pull requests were not looked up: `verify-runs` is false.');
  else if (!client && reports.length > 0) skipped.push('Cited CI runs and pull requests were not looked up: no `github-token`.');

  const result = await verify({
    root: context.root,
    policy,
    policyFile,
    reports,
    resolver,
    failOn: inputs.failOn,
    select,
    read: ahead ? (path) => ahead.take(path) ?? readBytes(path) : readBytes,
    analyser: (totalBytes) => analyserFor(policy, process.argv[1], totalBytes),
    runs: async (models) =>
      inputs.verifyRuns && github && client ? github.gatherFacts(models, {client, setting, pullHeadSha: context.pull?.headSha}) : {...setting},
    skipped,
  });
  if (select) {
    const verified = result.reports.filter((report) => reports.includes(report.path));
    const left = reports.length - verified.length;
    const narrowed = verified.filter((report) => report.coverage === 'removed-files').length;
    if (narrowed > 0) {
      result.skipped.push(`${plural(narrowed, 'report')} not changed by this pull request but citing a file it removes: only those citations were verified (\`scope: changed\`).`);
    }
    if (left > 0) result.skipped.push(`${plural(left, 'report')} neither changed by this pull request nor citing a file it removes: not verified (\`scope: changed\`).`);
  }

  annotate(result);
  await writeSummary(result, {serverUrl: context.serverUrl, repository: context.repository});
  const body = renderComment(result, {runUrl: context.runUrl});
  setOutputs(result, context.tempDir, body);
  if (github && client && context.pull && inputs.comment !== 'never') {
    await comment(github, client, body, result, inputs.comment, context);
  }
  core.info(summaryLine(result));
  if (!result.passed) core.setFailed(`evidence-gate: ${summaryLine(result)}`);
}

/**
 * The sticky comment. A failure always gets one; a pass gets one in `always` mode when reports were
 * verified. Otherwise a comment already there is still updated, so it never goes on claiming failure.
 */
async function comment(
  github: typeof import('./github/index.js'),
  client: GitHubClient,
  body: string,
  result: VerificationResult,
  mode: 'always' | 'on-failure',
  context: ActionContext,
) {
  let outcome;
  try {
    outcome = await github.upsertStickyComment({
      client,
      repository: context.repository,
      issueNumber: context.pull!.number,
      marker: COMMENT_MARKER,
      body,
      createIfMissing: !result.passed || (mode === 'always' && result.counts.reports > 0),
    });
  } catch (error) {
    if (!(error instanceof GitHubRequestError) || error instanceof BadCredentialsError) throw error;
    // The verdict does not depend on the comment: an API that fails here only loses the comment.
    core.warning(`evidence-gate could not comment on the pull request (${error.message}). The verdict, summary and annotations stand.`);
    return;
  }
  if (outcome.action === 'forbidden') {
    core.warning(
      `evidence-gate could not comment on the pull request (${outcome.cause}). The token is read-only, as on pull requests from forks: ` +
        'grant `pull-requests: write`, or comment from a `workflow_run` workflow (see the README). The verdict, summary and annotations stand.',
    );
  } else if (outcome.action !== 'skipped') {
    core.info(`Pull request comment ${outcome.action}: ${outcome.url}`);
  }
}

/** Set once the inputs are read: updates an existing sticky comment when the run stops without a verdict. */
let markUnverified: ((reason: string) => Promise<void>) | undefined;

/** Replaces the sticky comment, if there is one, by a note that this run reached no verdict. Never creates one. */
async function withdrawComment(token: string, timeoutMs: number, context: ActionContext, reason: string): Promise<void> {
  try {
    const github = await import('./github/index.js');
    const client = github.createGitHubClient({token, baseUrl: context.apiUrl, timeoutMs});
    await github.upsertStickyComment({
      client,
      repository: context.repository,
      issueNumber: context.pull!.number,
      marker: COMMENT_MARKER,
      body: renderUnverifiedComment(reason, {runUrl: context.runUrl}),
      createIfMissing: false,
    });
  } catch (error) {
    core.info(`The pull request comment could not be updated: ${describe(error)}`);
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Fails the step with one error that says why nothing could be verified. */
async function fail(error: unknown): Promise<void> {
  let reason: string;
  if (error instanceof BadCredentialsError) {
    core.setFailed('evidence-gate: GitHub rejected the token (401 Bad credentials). Check the `github-token` input; nothing could be verified against the API.');
    return; // The token cannot write a comment either.
  } else if (error instanceof PolicyError) {
    // One annotation, at the policy file's line: `setFailed` would print a second, unplaced one.
    reason = `the policy file is invalid: ${error.message}`;
    core.error(`evidence-gate: ${reason}`, {title: 'evidence-gate: policy', file: error.file, ...(error.line ? {startLine: error.line} : {})});
    process.exitCode = core.ExitCode.Failure;
  } else if (error instanceof InputError || error instanceof DiscoveryError) {
    reason = error.message;
    core.setFailed(`evidence-gate: ${reason}`);
  } else if (error instanceof GitHubRequestError) {
    reason = `the GitHub API failed: ${error.message}`;
    core.setFailed(`evidence-gate: ${reason}. Nothing was verified.`);
  } else {
    reason = `internal error: ${describe(error)}`;
    core.setFailed(`evidence-gate: ${reason}`);
  }
  await markUnverified?.(reason);
}

if (isAnalyserWorker()) serveAnalyserWorker();
else main().catch(fail);
