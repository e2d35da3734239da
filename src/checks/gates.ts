import type {GateRow, ReportModel, Verdict} from '../model/types.js';
import type {Policy} from '../policy/policy.js';
import type {FindingList} from './findings.js';
import {narrowsByWords, summaryCount, sumsUpRow, summaryScope, TELLS_EXCEPTION} from '../model/summary.js';

const DESCRIBE: Record<Exclude<Verdict, 'pass'>, string> = {
  fail: 'failed',
  pending: 'is still pending',
  'not-applicable': 'is marked not applicable, which this policy does not accept',
  unknown: 'has no verdict',
};

/**
 * A gate line that sums up the others: `**All Gates**: ✅ PASSED`, `**All Stage 8 gates**: ✅ PASSED`, `**Overall status**:
 * PASS`, `**Overall RAG**: 🟢 Green`, `**Final verdict**: GO`, `**Résultat global** : ✅ Validé`, `**Gesamtergebnis**:
 * bestanden`, `**Eindoordeel**: Geslaagd`, `**Esito finale**: Superato`; the words between `all` and `gates` narrow which (group 1).
 */
const SUMMARY_LABEL =
  /^(?:all\s+((?:[\w.-]+\s+){0,3}?)(?:gates?|criteria|checks)|overall(?:\s+(?:status|result|verdict|outcome|gate\s+status|rag(?:\s+status)?|rating|assessment))?|gates?\s+summary|final\s+(?:status|verdict|result|outcome)|r[ée]sultat\s+(?:global|final)|statut\s+global|resultado\s+(?:final|global)|estado\s+(?:general|global)|gesamt(?:ergebnis|status|bewertung)|endergebnis|eind(?:oordeel|resultaat|beoordeling|status)|totaal(?:oordeel|resultaat)|(?:esito|risultato|stato)\s+(?:finale|complessivo))\s*$/i;

/**
 * Every gate row and gate line must pass; not-applicable passes unless the policy says otherwise. A
 * summary that passes while a gate of the report does not is a false claim of its own, at its line.
 */
export function checkGates(model: ReportModel, policy: Policy, findings: FindingList): void {
  const sumsUp = (row: GateRow) => SUMMARY_LABEL.exec(row.label.trim());
  const gates = model.gates.map((gate) => ({gate, rows: gate.rows.filter((row) => !sumsUp(row))})).filter(({rows}) => rows.length > 0);
  const failing = gates.flatMap(({gate, rows}) => rows.filter((row) => !passes(row, policy)).map((row) => ({row, gate})));
  const gateCount = new Set(gates.flatMap(({rows}) => rows.map((row) => row.label.trim().toLowerCase()))).size;
  /**
   * The first gate that does not pass among those a summary speaks for: those its `scope` names, or, when it names
   * none, those of the innermost of its `sections` that holds gates (`**Overall result**: PASS` under `### Regression`
   * sums up the regression table), else all. None when it counts other than all.
   */
  const failingUnder = (scope: readonly string[], sections: readonly number[] = []) => {
    const count = summaryCount(scope);
    if (count !== undefined && count !== gateCount) return undefined;
    const own = narrowsByWords(scope) ? undefined : sections.findLast((line) => gates.some(({gate}) => gate.sections?.includes(line)));
    return failing.find(({row, gate}) => (own === undefined || gate.sections?.includes(own)) && sumsUpRow(scope, row, gate.title, model.title ?? ''))?.row;
  };
  const contradicted = (against: GateRow) => `"${against.label}" at line ${against.line} ${DESCRIBE[against.verdict as Exclude<Verdict, 'pass'>]}. Correct the summary, or the gate.`;
  for (const gate of model.gates) {
    for (const row of gate.rows) {
      if (passes(row, policy)) {
        const summary = gate.kind === 'line' && row.verdict === 'pass' && !TELLS_EXCEPTION.test(row.status) ? sumsUp(row) : null;
        const against = summary ? failingUnder(summaryScope(summary[1] ?? ''), gate.sections) : undefined;
        if (against) {
          findings.add('gate-unsatisfied', 'error', {
            line: row.line,
            column: row.column,
            subject: row.label,
            message: `Gate "${row.label}" says all passed (status \`${row.status}\`), but ${contradicted(against)}`,
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
  // `All acceptance criteria met.` in prose, while a gate it sums up does not pass.
  for (const summary of model.summaries) {
    const against = failingUnder(summary.scope, summary.sections);
    if (against) {
      findings.add('gate-unsatisfied', 'error', {
        line: summary.line,
        column: summary.column,
        subject: summary.text,
        message: `"${summary.text}" says every gate passed, but ${contradicted(against)}`,
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
