import {verify} from '../../src/engine.js';
import type {VerificationResult} from '../../src/model/result.js';
import type {RunSetting} from '../../src/checks/facts.js';
import {resolvePolicy} from '../../src/policy/policy.js';
import {discoverReports} from '../../src/workspace/discover.js';
import {loadPolicyFile} from '../../src/workspace/policy-file.js';
import {createFileResolver} from '../../src/workspace/resolver.js';

/** Runs the engine offline over a workspace, the way the CLI does. */
export async function verifyOffline(root: string, options: {patterns?: string[]; setting?: Partial<RunSetting>} = {}): Promise<VerificationResult> {
  const policyFile = await loadPolicyFile(root, undefined);
  const policy = resolvePolicy(policyFile?.value);
  const reports = await discoverReports({root, patterns: options.patterns ?? policy.reports, exclude: policy.exclude, strict: false});
  const setting: RunSetting = {serverHost: 'github.com', allowedRepositories: policy.allowedRepositories, ...options.setting};
  return verify({root, policy, policyFile, reports, resolver: createFileResolver(root), failOn: 'error', runs: async () => setting});
}

export function reportOf(result: VerificationResult, path: string) {
  const report = result.reports.find((candidate) => candidate.path === path);
  if (!report) throw new Error(`no result for ${path}: ${result.reports.map((r) => r.path).join(', ')}`);
  return report;
}

/** `rule@line` for each finding, for compact assertions. */
export const ruleLines = (findings: ReadonlyArray<{rule: string; line: number}>) => findings.map((finding) => `${finding.rule}@${finding.line}`);
