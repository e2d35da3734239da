import * as core from '@actions/core';
import {readContext, type ActionContext} from './action/context.js';
import {InputError, readInputs} from './action/inputs.js';
import {annotate, setOutputs, writeSummary} from './action/publish.js';
import {changedScope} from './action/scope.js';
import type {RunSetting} from './checks/facts.js';
import {verify} from './engine.js';
import {analyserFor, isAnalyserWorker, serveAnalyserWorker} from './parse/pool.js';
import type {GitHubClient} from './github/client.js';
import {BadCredentialsError} from './github/errors.js';
import type {VerificationResult} from './model/result.js';
import {PolicyError} from './policy/error.js';
import {resolvePolicy} from './policy/policy.js';
import {COMMENT_MARKER, renderComment} from './render/comment.js';
import {summaryLine} from './render/text.js';
import {DiscoveryError, discoverReports} from './workspace/discover.js';
import {loadPolicyFile} from './workspace/policy-file.js';
import {createFileResolver} from './workspace/resolver.js';

/** The GitHub Action: verify the reports, cross-check cited runs with the API, report, gate. */
async function main(): Promise<void> {
  const context = readContext(process.env);
  const inputs = readInputs((name) => core.getInput(name), context.eventName);
  if (inputs.token) core.setSecret(inputs.token);

  const policyFile = await loadPolicyFile(context.root, inputs.config);
  const policy = resolvePolicy(policyFile?.value);
  const reports = await discoverReports({
    root: context.root,
    patterns: inputs.reports ?? policy.reports,
    exclude: policy.exclude,
    strict: inputs.reports !== undefined || policyFile?.value.reports !== undefined,
  });

  // The API is needed for reports to verify, and on pull requests for the comment; the adapter is
  // loaded only then, which keeps a run with nothing to check fast.
  const needsApi = !!inputs.token && (reports.length > 0 || (!!context.pull && inputs.comment !== 'never'));
  const github = needsApi ? await import('./github/index.js') : undefined;
  const client = github?.createGitHubClient({token: inputs.token, baseUrl: context.apiUrl, timeoutMs: inputs.timeoutMs});
  const skipped: string[] = [];

  let candidate: ((path: string, text: string) => boolean) | undefined;
  if (inputs.scope === 'changed' && context.pull && github && client && reports.length > 0) {
    candidate = changedScope(await github.listPullFiles({client, repository: context.repository, number: context.pull.number}));
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
    resolver: createFileResolver(context.root),
    failOn: inputs.failOn,
    candidate,
    analyser: (totalBytes) => analyserFor(policy, process.argv[1], totalBytes),
    runs: async (models) =>
      inputs.verifyRuns && github && client ? github.gatherFacts(models, {client, setting, pullHeadSha: context.pull?.headSha}) : {...setting},
    skipped,
  });
  if (candidate) {
    const left = reports.length - result.reports.filter((report) => reports.includes(report.path)).length;
    if (left > 0) result.skipped.push(`${left} report${left === 1 ? '' : 's'} neither changed by this pull request nor citing a file it removes: not verified (\`scope: changed\`).`);
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
  const outcome = await github.upsertStickyComment({
    client,
    repository: context.repository,
    issueNumber: context.pull!.number,
    marker: COMMENT_MARKER,
    body,
    createIfMissing: !result.passed || (mode === 'always' && result.counts.reports > 0),
  });
  if (outcome.action === 'forbidden') {
    core.warning(
      `evidence-gate could not comment on the pull request (${outcome.cause}). The token is read-only, as on pull requests from forks: ` +
        'grant `pull-requests: write`, or comment from a `workflow_run` workflow (see the README). The verdict, summary and annotations stand.',
    );
  } else if (outcome.action !== 'skipped') {
    core.info(`Pull request comment ${outcome.action}: ${outcome.url}`);
  }
}

function fail(error: unknown): void {
  if (error instanceof BadCredentialsError) {
    core.setFailed('evidence-gate: GitHub rejected the token (401 Bad credentials). Check the `github-token` input; nothing could be verified against the API.');
  } else if (error instanceof PolicyError) {
    core.error(error.message, {file: error.file, startLine: error.line});
    core.setFailed(`evidence-gate: the policy file is invalid: ${error.message}`);
  } else if (error instanceof InputError || error instanceof DiscoveryError) {
    core.setFailed(`evidence-gate: ${error.message}`);
  } else {
    core.setFailed(`evidence-gate: internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (isAnalyserWorker()) serveAnalyserWorker();
else main().catch(fail);
