import type {Finding, ReportModel} from '../model/types.js';
import type {Policy} from '../policy/policy.js';
import type {RunSetting} from './facts.js';
import {checkFiles, type FileStatus} from './files.js';
import {collapseRepeats, FindingList} from './findings.js';
import {checkGates} from './gates.js';
import type {FileResolver} from './resolver.js';
import {checkRuns} from './runs.js';

export interface CheckInputs {
  policy: Policy;
  resolver: FileResolver;
  runs: RunSetting;
}

export interface ReportChecks {
  findings: Finding[];
  files: FileStatus[];
}

/** Runs every check on one report's model. Pure but for the injected resolver and run facts. */
export function checkReport(model: ReportModel, inputs: CheckInputs): ReportChecks {
  const findings = new FindingList(inputs.policy);
  const files = checkFiles(model, inputs.resolver, findings, inputs.runs);
  checkGates(model, inputs.policy, findings);
  checkRuns(model, inputs.runs, findings);
  return {findings: collapseRepeats(findings.items), files};
}

/** Files the policy requires: each missing one is reported at its line in the policy file. */
export function checkRequiredFiles(
  required: ReadonlyArray<{path: string; line: number}>,
  policy: Policy,
  resolver: FileResolver,
): Finding[] {
  const findings = new FindingList(policy);
  for (const {path, line} of required) {
    const kind = /^\.\.?(\/|$)|^\//.test(path) ? 'outside' : resolver.kind(path.replace(/\/+$/, ''));
    if (kind === 'file' || kind === 'directory') continue;
    findings.add('required-file-missing', 'error', {
      line,
      subject: path,
      message:
        kind === 'outside'
          ? `Required file \`${path}\` is outside the repository; list paths relative to its root.`
          : `Required file \`${path}\` is missing: the policy requires it in every release.`,
    });
  }
  return findings.items;
}
