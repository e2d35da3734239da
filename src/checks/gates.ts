import type {GateRow, ReportModel, Verdict} from '../model/types.js';
import type {Policy} from '../policy/policy.js';
import type {FindingList} from './findings.js';

const DESCRIBE: Record<Exclude<Verdict, 'pass'>, string> = {
  fail: 'failed',
  pending: 'is still pending',
  'not-applicable': 'is marked not applicable, which this policy does not accept',
  unknown: 'has no verdict',
};

/** A gate line that sums up the others: `**All Gates**: ✅ PASSED`, `**Overall status**: PASS`, `**Final verdict**: GO`. */
const SUMMARY_LABEL = /^(?:all\s+(?:gates?|criteria|checks)|overall(?:\s+(?:status|result|verdict|outcome|gate\s+status))?|gates?\s+summary|final\s+(?:status|verdict|result|outcome))\s*$/i;

/** A summary that names what did not pass itself: `5/5 gates met, but Gate 1 is pending`, `all met except Gate 6`. */
const TELLS_EXCEPTIONS = /\b(?:but|except|apart\s+from|other\s+than|save|pending|blocked|awaiting|waiting|open|not|fail(?:s|ed|ing)?|non-blocking|waiv(?:er|ed)|requested|warn(?:s|ings?)?|amber|deferred)\b/i;

/**
 * Every gate row and gate line must pass; not-applicable passes unless the policy says otherwise. A
 * summary that passes while a gate of the report does not is a false claim of its own, at its line.
 */
export function checkGates(model: ReportModel, policy: Policy, findings: FindingList): void {
  const sumsUp = (row: GateRow) => SUMMARY_LABEL.test(row.label.trim());
  const failing = model.gates.flatMap((gate) => gate.rows.filter((row) => !passes(row, policy) && !sumsUp(row)));
  for (const gate of model.gates) {
    for (const row of gate.rows) {
      if (passes(row, policy)) {
        const against = gate.kind === 'line' && row.verdict === 'pass' && sumsUp(row) && !TELLS_EXCEPTIONS.test(row.status) ? failing[0] : undefined;
        if (against) {
          findings.add('gate-unsatisfied', 'error', {
            line: row.line,
            column: row.column,
            subject: row.label,
            message: `Gate "${row.label}" says all passed (status \`${row.status}\`), but "${against.label}" at line ${against.line} ${DESCRIBE[against.verdict as Exclude<Verdict, 'pass'>]}. Correct the summary, or the gate.`,
          });
        }
        continue;
      }
      const where = gate.kind === 'line' ? `Gate "${row.label}"` : `Gate row "${row.label}" in "${gate.title}"`;
      findings.add('gate-unsatisfied', 'error', {
        line: row.line,
        column: row.column,
        subject: row.label,
        message: `${where} ${DESCRIBE[row.verdict as Exclude<Verdict, 'pass'>]}: ${describeStatus(row)}`,
      });
    }
  }
}

function passes(row: GateRow, policy: Policy): boolean {
  return row.verdict === 'pass' || (row.verdict === 'not-applicable' && policy.notApplicable === 'pass');
}

function describeStatus(row: GateRow): string {
  if (row.verdict !== 'unknown') {
    // A note decides a verdict two ways: a done row it says is not done waits, an unticked item it says does not apply is not applicable.
    const noted = row.verdict === 'not-applicable' ? `, noted \`${row.note}\`` : `, but its note says \`${row.note}\``;
    const measured = row.shortfall ? `, but it measured \`${row.shortfall.measured}\` against the target \`${row.shortfall.target}\`` : '';
    const status = row.status ? `status \`${row.status}\`${row.note ? noted : measured}` : 'its cell is empty';
    if (row.verdict === 'fail') return `${status}. Record the result once what failed is fixed, or the decision that accepts it.`;
    return `${status}. A gate passes only when its evidence is in.`;
  }
  if (!row.status) return 'the status cell is empty. Fill it in with a verdict such as ✅, PASS or Approved.';
  return `status \`${row.status}\` is not a verdict (an unfilled legend or an unknown word). Write one verdict, or add the word to \`status-words\` in the policy.`;
}
