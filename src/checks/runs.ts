import {isValidNumber, type PullCitation, type ReportModel, type RunCitation} from '../model/types.js';
import type {RunFacts, RunRecord, RunSetting} from './facts.js';
import type {FindingList} from './findings.js';

/** Where a cited run is, or why it is not looked up. */
export type RunTarget = {repository: string} | {skip: 'placeholder' | 'invalid' | 'other-host' | 'foreign' | 'no-repository'};

/** Decides, without the network, whether a cited run may be fetched and from which repository. */
export function runTarget(citation: RunCitation | PullCitation, setting: RunSetting): RunTarget {
  if ('placeholder' in citation && citation.placeholder) return {skip: 'placeholder'};
  const number = 'placeholder' in citation ? citation.id : citation.number;
  if (number !== undefined && !isValidNumber(number)) return {skip: 'invalid'};
  if (citation.host && citation.host !== setting.serverHost.toLowerCase()) return {skip: 'other-host'};
  if (!setting.repository) return citation.repository ? {repository: citation.repository} : {skip: 'no-repository'};
  const repository = citation.repository ?? setting.repository;
  const allowed = [setting.repository, ...setting.allowedRepositories].filter(Boolean).map((name) => name!.toLowerCase());
  if (!allowed.includes(repository.toLowerCase())) return {skip: 'foreign'};
  return {repository};
}

/** Checks every cited run and pull request against what the API said (or notes them unverified offline). */
export function checkRuns(model: ReportModel, setting: RunSetting, findings: FindingList): void {
  for (const citation of model.runs) checkRun(citation, setting, findings);
  for (const pull of model.pulls) checkPull(pull, setting, findings);
}

function checkRun(citation: RunCitation, setting: RunSetting, findings: FindingList): void {
  const at = {line: citation.line, column: citation.column, subject: citation.id === undefined ? citation.text : String(citation.id)};
  if (citation.contradiction) {
    const {line, column, failedLine} = citation.contradiction;
    findings.add('run-contradicted', 'error', {
      line,
      column,
      subject: String(citation.id),
      message: `CI run ${citation.id} is claimed as passed here, but ${failedLine === line ? 'this line' : `line ${failedLine} of this report`} says it did not succeed (it failed, or was cancelled): such a run proves no pass. Cite the run that passed, or mark this failed.`,
    });
  }
  const target = runTarget(citation, setting);
  if ('skip' in target) {
    switch (target.skip) {
      case 'placeholder':
        findings.add('run-placeholder', 'error', {
          ...at,
          message: !/\/actions\/runs\//.test(citation.text) && /^https?:/.test(citation.text)
            ? `CI run link \`${citation.text}\` is no run's address (a run's is \`…/actions/runs/<id>\`): fix the link to the run that proves this.`
            : /\/runs\/\d/.test(citation.text)
              ? `CI run link \`${citation.text}\` has no run id (a run id is a whole number): fix the link to the run that proves this.`
              : `CI run is a placeholder (\`${citation.text}\`): cite the run that proves this, by its URL or id.`,
        });
        return;
      case 'invalid':
        findings.add('run-not-found', 'error', {...at, message: `\`${citation.text}\` cites no run: a run id is a positive whole number below 2^53. It was not looked up.`});
        return;
      case 'other-host':
        findings.add('run-foreign-repo', 'error', {
          ...at,
          message: `CI run ${citation.id} is on ${citation.host}, not on ${setting.serverHost}: it was not looked up and cannot count as evidence.`,
        });
        return;
      case 'foreign':
        findings.add('run-foreign-repo', 'error', {
          ...at,
          message: `CI run ${citation.id} belongs to ${citation.repository}, not to ${setting.repository}: evidence must come from this repository (or one in \`allowed-repositories\`).`,
        });
        return;
      case 'no-repository':
        findings.add('run-unverified', 'notice', {...at, message: `CI run ${citation.id} was not verified (offline).`});
        return;
    }
  }
  const facts = setting.runs?.(target.repository, citation.id!);
  if (!facts) {
    findings.add('run-unverified', 'notice', {...at, message: `CI run ${citation.id} was not verified (offline).`});
    return;
  }
  checkRunFacts(citation, facts, at, findings);
}

function checkRunFacts(citation: RunCitation, facts: RunFacts, at: {line: number; column?: number; subject: string}, findings: FindingList) {
  if (facts.run.state === 'not-found') {
    findings.add('run-not-found', 'error', {...at, message: `CI run ${citation.id} does not exist (404), or the token cannot see it.`});
    return;
  }
  if (facts.run.state === 'unverifiable') {
    findings.add('run-unverifiable', 'error', {...at, message: `CI run ${citation.id} could not be checked: ${facts.run.cause}. The gate does not pass on an unverified run.`});
    return;
  }
  const run = facts.run.value;
  const about = describeRun(run);
  if (run.status !== 'completed') {
    findings.add('run-incomplete', 'error', {...at, message: `CI run ${run.id} has not completed (status: ${run.status ?? 'unknown'}); ${about}.`});
  } else if (citation.expected === 'success' && run.conclusion !== 'success') {
    findings.add('run-failed', 'error', {...at, message: `CI run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}, not success; ${about}.`});
  } else if (citation.expected === 'failure' && run.conclusion === 'success') {
    findings.add('run-outcome-mismatch', 'error', {
      ...at,
      message: `The report says CI run ${run.id} failed, but it concluded success; ${about}.`,
    });
  }
  checkJobs(citation, facts, findings);
  if (facts.ancestor?.state === 'found' && !facts.ancestor.value.ancestor) {
    findings.add('run-not-ancestor', 'error', {
      ...at,
      message: `CI run ${run.id} ran on ${run.headSha.slice(0, 7)}, which is not in the history of this pull request's head ${facts.ancestor.value.head.slice(0, 7)}: the evidence is for other code; ${about}.`,
    });
  } else if (facts.ancestor?.state === 'unverifiable') {
    findings.add('run-unverifiable', 'error', {...at, message: `Whether CI run ${run.id} ran on this pull request's code could not be checked: ${facts.ancestor.cause}.`});
  }
}

function checkJobs(citation: RunCitation, facts: RunFacts, findings: FindingList) {
  if (citation.jobs.length === 0 || !facts.jobs) return;
  if (facts.jobs.state !== 'found') {
    const cause = facts.jobs.state === 'unverifiable' ? facts.jobs.cause : 'the run has no jobs';
    findings.add('run-unverifiable', 'error', {
      line: citation.line,
      column: citation.column,
      subject: String(citation.id),
      message: `The jobs of CI run ${citation.id} could not be listed: ${cause}.`,
    });
    return;
  }
  const jobs = facts.jobs.value;
  for (const expected of citation.jobs) {
    const job = findJob(expected.name, jobs);
    if (!job) {
      findings.add('run-job-mismatch', 'error', {
        line: expected.line,
        subject: expected.name,
        message: `The report lists "${expected.name}" as passing, but CI run ${citation.id} has no such job (jobs: ${jobs.map((j) => j.name).join(', ') || 'none'}).`,
      });
    } else if (job.conclusion !== 'success') {
      findings.add('run-job-mismatch', 'error', {
        line: expected.line,
        subject: expected.name,
        message: `The report lists "${expected.name}" as passing, but in CI run ${citation.id} job "${job.name}" ${job.status === 'completed' ? `concluded ${job.conclusion}` : `is ${job.status}`}.`,
      });
    }
  }
}

/** Case, spacing, and `-` or `_` inside a name do not matter: `Unit tests` names the job `unit-tests`. */
const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])[-_](?=[\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The job a listed check names: the same name, or the name followed by a note in parentheses
 * or after a dash (`Unit Tests (including new observability tests)`). A check copied from a pull
 * request's checks list names its workflow first and its event after: `CI / lint (pull_request)`.
 */
export function findJob<T extends {name: string}>(listed: string, jobs: readonly T[]): T | undefined {
  const name = normaliseName(listed);
  const jobNamed = (candidate: string) => {
    const exact = jobs.find((job) => normaliseName(job.name) === candidate);
    if (exact) return exact;
    return jobs
      .filter((job) => {
        const jobName = normaliseName(job.name);
        return candidate.startsWith(jobName) && /^\s*[(\-–—:]/.test(candidate.slice(jobName.length));
      })
      .sort((a, b) => b.name.length - a.name.length)[0];
  };
  const slash = name.indexOf(' / ');
  return jobNamed(name) ?? (slash > 0 ? jobNamed(name.slice(slash + 3)) : undefined);
}

function describeRun(run: RunRecord): string {
  const parts = [`workflow "${run.workflowName ?? 'unknown'}"`];
  if (run.headBranch) parts.push(`branch ${run.headBranch}`);
  parts.push(`conclusion ${run.conclusion ?? 'none'}`);
  return `${parts.join(', ')}: ${run.htmlUrl}`;
}

function checkPull(pull: PullCitation, setting: RunSetting, findings: FindingList): void {
  if (!setting.pulls) return;
  const target = runTarget(pull, setting);
  if ('skip' in target && target.skip === 'invalid') {
    findings.add('pr-not-found', 'error', {line: pull.line, column: pull.column, subject: `#${pull.number}`, message: `Pull request #${pull.number} cannot exist: a pull request number is a positive whole number. It was not looked up.`});
    return;
  }
  if ('skip' in target) return;
  const facts = setting.pulls(target.repository, pull.number);
  const at = {line: pull.line, column: pull.column, subject: `#${pull.number}`};
  if (facts?.state === 'not-found') {
    findings.add('pr-not-found', 'error', {...at, message: `Pull request #${pull.number} does not exist in ${target.repository}.`});
  } else if (facts?.state === 'unverifiable') {
    findings.add('pr-unverifiable', 'error', {...at, message: `Pull request #${pull.number} could not be checked: ${facts.cause}.`});
  }
}
