import type {Finding, RuleId, Severity} from '../model/types.js';
import {type Policy, severityOf} from '../policy/policy.js';

/** Collects findings at the severity the policy gives each rule, dropping rules it turns off. */
export class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly policy: Policy) {}

  add(rule: RuleId, fallback: Severity, finding: Omit<Finding, 'rule' | 'severity'>): void {
    const severity = severityOf(this.policy, rule, fallback);
    if (severity) this.items.push({rule, severity, ...finding});
  }
}

const COLLAPSIBLE: ReadonlySet<RuleId> = new Set(['file-missing', 'link-broken', 'file-mention-missing', 'path-outside-root']);

/**
 * One finding per file rule and path: a file cited on ten lines is one problem, reported at its
 * first line with the others named, so a broken report with repeated rows stays readable.
 * Findings come back sorted by line.
 */
export function collapseRepeats(findings: readonly Finding[]): Finding[] {
  const first = new Map<string, {finding: Finding; lines: Set<number>}>();
  const order: Finding[] = [];
  for (const finding of findings) {
    if (finding.subject === undefined || !COLLAPSIBLE.has(finding.rule)) {
      order.push(finding);
      continue;
    }
    const key = `${finding.rule}\u0000${finding.subject}`;
    const seen = first.get(key);
    if (seen) {
      if (finding.line !== seen.finding.line) seen.lines.add(finding.line);
      continue;
    }
    const entry = {finding: {...finding}, lines: new Set<number>()};
    first.set(key, entry);
    order.push(entry.finding);
  }
  for (const {finding, lines: others} of first.values()) {
    if (others.size === 0) continue;
    const lines = [...others];
    const shown = lines.slice(0, 5).join(', ');
    const more = lines.length > 5 ? ` and ${lines.length - 5} more` : '';
    finding.message += ` (also cited on line${lines.length > 1 ? 's' : ''} ${shown}${more})`;
  }
  return order.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule));
}
