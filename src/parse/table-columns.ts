import {SYMBOL, type StatusClassifier} from '../model/vocabulary.js';
import {
  type ContextMatchers,
  isChangeWord,
  isDecisionColumn,
  isDispositionColumn,
  isJobColumn,
  isRunColumn,
  isSettingValue,
  isSignature,
  isStatusColumn,
  RESULT_NAMES,
  WANTED_COLUMN,
} from './context.js';
import {isPullLabel} from './patterns.js';
import {isBound, isMeasuredColumn, isMeasurement, isTargetColumn, isThreshold} from './threshold.js';

/**
 * What each column of a table is for, read from its headers and its cells alone: the column of the
 * rows' status, the other columns of verdicts that must pass beside it, the column that names the
 * rows, and those citing runs, pull requests and files. Whether the table is a gate depends on
 * where it stands, which the walk in extract.ts knows; a column index is -1 where there is none.
 */
export interface TableColumns {
  status: number;
  /** The status is read from a Decision / Approval column: a date or a note there is no verdict. */
  fromDecision: boolean;
  /** The status is read from a sign-off column: a signature there passes. */
  fromSignOff: boolean;
  /** The other current columns of verdicts, which must pass too. */
  beside: number[];
  /** A column of signatures beside the status (`| Decision | Sign-off |`): a row that passes needs its signature there; -1 if none. */
  signOff: number;
  /** Columns that tell what became of a deviation or finding (`Deviation`, `Remediation`): one still open holds a passed row back. */
  dispositions: number[];
  /** The columns that speak, nearest first, where a retest or later run left the status blank. */
  earlier: number[];
  /** A column of the same kind as the status, which may speak where the status is only a dash. */
  sameKind(index: number): boolean;
  /** A column of results, which a waiver beside it may accept. */
  acceptsWaiver(index: number): boolean;
  /** The status column records file changes, settings or counts, not verdicts. */
  recordsNoVerdicts: boolean;
  /** The status column holds results (mostly statuses), and its rows are no tracker's tickets (read on demand: it classifies every status cell). */
  holdsResults(): boolean;
  /** Some status cell passes or fails: a record of outcomes, not a plan whose rows all wait (`Not started`, `Planned`). */
  recordsOutcomes(): boolean;
  /**
   * A column of results beside one naming tests, checks or steps (`| Test step | Result |`), or of what a retest
   * found (`| Finding | Rescan result |`): results wherever the table stands.
   */
  namesTestResults: boolean;
  /**
   * The status column is headed as verdicts alone (`Result`, `Verdict`, `Pass/Fail`) and the table is no log, legend
   * or comparison (`| Time | Action | Result |`, `| Attempt | Date | Result |`, `| Result | Meaning |`, `| Model | AUC |
   * Result |`): results wherever it stands, unless its section is a narrative, a history or what is yet to come.
   */
  headedAsVerdicts: boolean;
  /** The status column mostly says something is running: a snapshot, under a heading that says so. */
  mostlyRunning: boolean;
  /** The status column is of votes and most of them pass: a vote against is recorded dissent, and the majority decided. */
  carriedByVote: boolean;
  /** The column naming the rows. */
  label: number;
  /** The column of gates or criteria naming the rows, or -1. */
  gate: number;
  /** A column is headed as a gate or criterion, naming the rows or holding their verdicts: the table is a gate wherever it stands. */
  headedAsGate: boolean;
  run: number;
  pull: number;
  /** The column of CI job names, beside a status. */
  job: number;
  notes: number[];
  /** A target and a measured value beside the status: `| p99 | ≤ 200 ms | 340 ms | ✅ |`. */
  target: number;
  /** The measured value's column: the status column itself when `measuredStatus`. */
  measured: number;
  /** A column of measured values beside no target's: `| Latency (Ziel: ≤ 50 ms) | 62 ms | erfüllt |`, held to its criterion's bound. */
  measuredAlone: number;
  /** The status column holds values measured against the target (`| Target | Result |` of `< 800 ms` and `612 ms`), not verdicts. */
  measuredStatus: boolean;
  /** Per column: a column of files, whose paths are claimed. */
  files: boolean[];
  /** `| Old path | New path |`, `| Before | After |`. */
  newName: number;
  oldName: number;
}

/** Reads the columns of a table from its `headers` and its body's `cells` (row by row, as text). */
export function readColumns(headers: readonly string[], cells: readonly (readonly string[])[], classifier: StatusClassifier, context: ContextMatchers): TableColumns {
  const columns = new Map<number, string[]>();
  const cellsOf = (index: number) => {
    let column = columns.get(index);
    if (!column) columns.set(index, (column = cells.map((row) => row[index] ?? '')));
    return column;
  };
  const isStatus = (cell: string) => classifier.hasStatus(cell) || classifier.classify(cell) !== 'unknown';
  const mostlyStatuses = (index: number) => mostly(cellsOf(index), isStatus);
  // A cell that is a status and little else (`Pass`, `✅ Verified`) counts twice: `Prompted; rejected after wrong password` tells what happened.
  const statusWeight = (cell: string) => (cell && isStatus(cell) ? (cell.split(/\s+/).length <= 3 ? 2 : 1) : 0);
  const named = context.statusColumns(headers);
  // What was observed is held against what was expected, and a verdict column says how that went: an
  // `Actual result`, or a `Result` beside an `Expected` column that repeats it (`Rejected` / `Rejected
  // with 401`), is the observation; a `Result` of verdicts there (`✅ Pass`) is the verdict.
  const expectedIndex = headers.findIndex((header) => /^expected\b/i.test(header.trim()));
  const firstWord = (text: string) => /[\p{L}\p{N}]+/u.exec(text)?.[0].toLowerCase() ?? '';
  const repeatsExpected = (index: number) => {
    const wanted = cellsOf(expectedIndex);
    const got = cellsOf(index);
    const filled = got.flatMap((cell, at) => (cell ? [at] : []));
    return filled.filter((at) => firstWord(got[at]) !== '' && firstWord(got[at]) === firstWord(wanted[at])).length * 2 > filled.length;
  };
  const observed = (index: number) =>
    OBSERVED_COLUMN.test(headers[index].trim()) ||
    (expectedIndex >= 0 && /^(?:results?|outcome|response|behaviou?r)\b/i.test(headers[index].trim()) && repeatsExpected(index));
  const verdictColumns = named.filter((index) => !observed(index));
  const candidates = verdictColumns.length > 0 ? verdictColumns : named;
  const statusCandidates = currentColumns(headers, candidates);
  // Status columns a later one took over, latest first.
  const current = new Set(statusCandidates);
  const takenOver = candidates.filter((index) => !current.has(index)).reverse();
  let status = bestStatusColumn(statusCandidates, (index) => cellsOf(index).reduce((sum, cell) => sum + statusWeight(cell), 0));
  // A Decision / Approval / Vote column is a status column when its cells are mostly statuses
  // (`Approved`, `Awaiting approval`), not the free text of a design decision.
  // So is one beside a `Result` of measured values: `| Gate | Target | Result | Decision |` of `0.4 pp` and `On hold`.
  const decision = () => headers.findIndex((text, index) => isDecisionColumn(text) && mostlyStatuses(index));
  const fromDecision = status < 0 || (!mostlyStatuses(status) && mostly(cellsOf(status), isMeasurement) && decision() >= 0);
  if (fromDecision) status = decision();
  // Columns named for what they cover (`iOS`, `Android`, `EU`, `orders`) hold statuses when their cells
  // are short verdicts (`✅ Pass`, `❌`, `✅ 120 ms`, `N/A`) and one of them says a verdict in words: symbols
  // alone make a matrix of yes and no (supported, present). Not a property (`Blocking`, `Automated?`,
  // `Mandatory`), nor a Notes or Evidence column, whose prose uses the same words.
  let coverage: Set<number> | undefined;
  const namesVerdicts = (index: number) => (coverage ??= coverageColumns()).has(index);
  const coverageColumns = () => {
    const found: number[] = [];
    let inWords = false;
    headers.forEach((text, index) => {
      const header = text.trim();
      if (
        !header ||
        isStatusColumn(header) ||
        observed(index) ||
        WANTED_COLUMN.test(header) ||
        PROPERTY_COLUMN.test(header) ||
        TRACKER_COLUMN.test(header) ||
        COMPARED_COLUMN.test(header) ||
        isDecisionColumn(header) ||
        context.isSignOffColumn(header) ||
        context.isNotesColumn(header) ||
        context.isGateColumn(header) ||
        context.isFileColumn(header)
      ) {
        return;
      }
      const filled = cellsOf(index).filter(Boolean);
      let words = 0;
      let others = 0;
      for (const cell of filled) {
        const verdict = shortVerdict(cell, classifier);
        if (verdict === 'words') words++;
        // A long cell is no short verdict, whatever it says: no need to read it.
        else if (!verdict && (cell.length > 40 || classifier.classify(cell) !== 'not-applicable')) others++;
        if (others * 2 >= filled.length) return;
      }
      if (filled.length === 0) return;
      found.push(index);
      inWords ||= words > 0;
    });
    return new Set(inWords ? found : []);
  };
  if (status < 0) status = currentColumns(headers, headers.flatMap((_, index) => (namesVerdicts(index) ? [index] : [])))[0] ?? -1;
  if (status < 0) status = headers.findIndex(context.isSignOffColumn);
  let gate = headers.findIndex((text) => context.isGateColumn(text));
  // `| | Gate | Evidence |` with `✅`, `⏳` in the unnamed column: beside a column of gates, the column without a
  // name whose every cell is a short verdict is their status.
  if (status < 0 && gate >= 0) {
    status = headers.findIndex((text, index) => {
      const filled = text.trim() === '' ? cellsOf(index).filter(Boolean) : [];
      return filled.length >= 2 && filled.length === cellsOf(index).length && filled.every((cell) => shortVerdict(cell, classifier) !== undefined);
    });
  }
  // A column headed `Gate` that holds verdicts (`✅ pass`), beside the metrics it judges (a `Result` of `0.76`), is the status.
  const gateHoldsVerdicts = gate > 0 && (status < 0 || !mostlyStatuses(status)) && mostly(cellsOf(gate), (cell) => OPENS_WITH_VERDICT.test(cell));
  if (gateHoldsVerdicts) [status, gate] = [gate, -1];
  const fromSignOff = status >= 0 && context.isSignOffColumn(headers[status]);
  const statusCells = status < 0 ? [] : cellsOf(status);
  // Other columns of verdicts beside it must pass too: `Status (Dev)` and `Status (Prod)`, a `Result` and an
  // `Approval`, `Design effective?` and `Operating effective?` (of a sequence, only its latest: above). Not
  // what was observed (`Actual result`: `Declined with R13`), nor a ticket's state (`Closed`, `In review`,
  // a `Jira status` column).
  const beside =
    status < 0
      ? []
      : headers.flatMap((header, index) =>
          index !== status &&
          (current.has(index) || isDecisionColumn(header) || context.isSignOffColumn(header) || namesVerdicts(index)) &&
          currentColumns(headers, [status, index]).includes(index) &&
          !observed(index) &&
          !TRACKER_COLUMN.test(header) &&
          !PROPERTY_COLUMN.test(header.trim()) &&
          mostlyStatuses(index) &&
          // Verdicts open their cells (`⏳ Pending`, `Waived (WVR-7)`): a measurement whose account uses the words does not
          // (`0 mandatory; 14 advisory (deviations recorded)` beside a Status of `Accepted`).
          mostly(cellsOf(index), (cell) => classifier.classify(cell.split(/[;,(—–]/)[0]) !== 'unknown') &&
          !mostly(cellsOf(index), isTrackerState) &&
          // Questions name the rows their answers judge: `Any open critical CVEs?` is no status.
          !mostly(cellsOf(index), (cell) => /\?\s*$/.test(cell)) &&
          !mostly(cellsOf(index), isChangeWord) &&
          !mostly(cellsOf(index), isSettingValue) &&
          !holdsCounts(cellsOf(index))
            ? [index]
            : [],
        );
  const besideSet = new Set(beside);
  // The rows' names: the gate column's, unless it holds thresholds (`| Check | Criterion |`, `≥ 97 %`).
  const namesRows = gate >= 0 && !mostly(cellsOf(gate), isThreshold);
  // A target column may hold bare values (`15 minutes`) beside a column of what was measured: their metrics imply the bound.
  const measuredColumns = headers.flatMap((header, index) => (index !== status && isMeasuredColumn(header) ? [index] : []));
  const measuredBeside = (index: number) => measuredColumns.some((other) => other !== index);
  const target = headers.findIndex(
    (header, index) => index !== status && isTargetColumn(header) && (cellsOf(index).some(isBound) || (measuredBeside(index) && cellsOf(index).some(isMeasurement))),
  );
  // `| Scenario | Target | Result |` of `< 800 ms` and `612 ms`: the status column holds what was measured against the target.
  const measuredStatus = status >= 0 && target >= 0 && mostly(statusCells, isMeasurement);
  const newName = headers.findIndex((header) => NEW_NAME_COLUMN.test(header.trim()));
  // A notes column names no row while another can: `| Workstream | State | Notes |`, or `| Check | Outcome | Notes |`
  // whose checks open with their own symbol (`✅ Lint clean`) and so stand beside the status too.
  const other = (index: number) => index !== status && index !== gate;
  const notNotes = (index: number) => !context.isNotesColumn(headers[index]);
  const label = namesRows
    ? gate
    : [
        (index: number) => other(index) && !besideSet.has(index) && notNotes(index),
        (index: number) => other(index) && notNotes(index),
        (index: number) => other(index) && !besideSet.has(index),
      ].reduce((found, allowed) => (found >= 0 ? found : nameColumn(headers, cellsOf, allowed)), -1);
  // Of several run columns, the one of run ids: `| Run number | Run ID |`, `| Workflow run | Run ID |`.
  const runColumns = headers.flatMap((header, index) => (isRunColumn(header) ? [index] : []));
  return {
    status,
    fromDecision,
    fromSignOff,
    beside,
    signOff:
      status < 0 || fromSignOff
        ? -1
        : headers.findIndex(
            (header, index) =>
              index !== status && !besideSet.has(index) && context.isSignOffColumn(header) && signsMostRows(cellsOf(index)),
          ),
    // Where the status column takes over from others (`Retest result`) and is left blank, the nearest
    // earlier column of verdicts speaks: a status column it took over, or one such as `First round`.
    // Only a retest or a later run stands on an earlier one: a blank `Result (2.4)` is no `Result (2.3)`.
    earlier:
      status < 0 || !(TAKES_OVER.test(headers[status]) || ATTEMPT.test(headers[status]))
        ? []
        : [...takenOver, ...headers.flatMap((_, index) => (index < status && !takenOver.includes(index) && namesVerdicts(index) ? [index] : [])).reverse()],
    sameKind: (index) => current.has(index) || namesVerdicts(index),
    // A waiver accepts a result (`| ❌ Fail | Waived (WVR-7) |` under `Result | Status`), not a parallel status nor its own approval.
    acceptsWaiver: (index) => RESULT_COLUMN.test(headers[index]) && !isDecisionColumn(headers[index]) && !context.isSignOffColumn(headers[index]),
    recordsNoVerdicts: mostly(statusCells, isChangeWord) || mostly(statusCells, isSettingValue) || holdsCounts(statusCells),
    holdsResults: () =>
      status >= 0 &&
      mostlyStatuses(status) &&
      // The rows' names: tickets there (`PAY-101`) make a tracker, unless the column says they name requirements
      // (`Req ID`) or the status column holds results (`| CP-07 | … | Pass/Fail |`, `| NS-10 | … | Retest result |`).
      !(label >= 0 && mostlyTickets(cellsOf(label)) && !NAMES_REQUIREMENTS.test(headers[label]) && !RESULT_COLUMN.test(headers[status]) && !TAKES_OVER.test(headers[status])),
    recordsOutcomes: () => statusCells.some((cell) => ['pass', 'fail'].includes(classifier.classify(cell))),
    // Not a log of what tests did (`Blocked`, `Rejected`): one of its results is a pass, or a failure said so (`❌ Fail`).
    namesTestResults:
      status >= 0 &&
      // Or columns named for what the checks covered (`| Check | iOS | Android |`, of `OK` and `NOK`).
      (((/\bstatus\b/i.test(headers[status]) || RESULT_COLUMN.test(headers[status]) || namesVerdicts(status)) &&
        headers.some((header, index) => index !== status && TESTS_COLUMN.test(header.trim()))) ||
        RETEST_RESULT.test(headers[status].trim())) &&
      statusCells.some((cell) => classifier.classify(cell) === 'pass' || SAID_FAILED.test(cell)),
    headedAsVerdicts:
      status >= 0 &&
      VERDICT_COLUMN.test(headers[status].trim()) &&
      !LOG_OR_LEGEND.test(headers[0]?.trim() ?? '') &&
      // `| Step | Outcome |` tells what each step of a run or a drill did (`Rejected`, `Failed, retried manually`).
      !(/^outcomes?$/i.test(headers[status].trim()) && STEPS.test(headers[0]?.trim() ?? '')) &&
      !headers.some((header) => LEGEND_COLUMN.test(header.trim()) || /^(?:time|timestamp)\b/i.test(header.trim())) &&
      statusCells.some((cell) => classifier.classify(cell) === 'pass'),
    mostlyRunning: mostly(statusCells, (cell) => /\brunning\b/i.test(cell)),
    carriedByVote: status >= 0 && /^(?:[\w-]+\s+)?votes?$/i.test(headers[status].trim()) && mostly(statusCells, (cell) => classifier.classify(cell) === 'pass'),
    label,
    gate,
    headedAsGate: gate >= 0 || gateHoldsVerdicts,
    run: runColumns.find((index) => /\bid\b/i.test(headers[index])) ?? runColumns.find((index) => !/(?:number|#)\s*$/i.test(headers[index].trim())) ?? runColumns[0] ?? -1,
    pull: headers.findIndex(isPullLabel),
    job: status >= 0 ? headers.findIndex(isJobColumn) : -1,
    notes: headers.flatMap((header, index) => (context.isNotesColumn(header) ? [index] : [])),
    dispositions: headers.flatMap((header, index) => (index !== status && isDispositionColumn(header) ? [index] : [])),
    target,
    measuredStatus,
    measured: target < 0 ? -1 : measuredStatus ? status : (measuredColumns[0] ?? -1),
    measuredAlone: target >= 0 ? -1 : (measuredColumns[0] ?? -1),
    files: headers.map((header) => context.isFileColumn(header)),
    newName,
    oldName: newName < 0 ? -1 : headers.findIndex((header) => OLD_NAME_COLUMN.test(header.trim())),
  };
}

/**
 * A column of signatures in use: at least half of its cells are filled, and most of those are signatures. A
 * column signed for a few rows only (`| Item | Status | Signed |`, signed where a row needed it) demands none.
 */
const signsMostRows = (cells: readonly string[]) => {
  const filled = cells.filter(Boolean);
  return filled.length * 2 >= cells.length && mostly(filled, isSignature);
};

/** Over half of the filled cells pass `test`. */
export const mostly = (cells: readonly string[], test: (cell: string) => boolean) => {
  const filled = cells.filter(Boolean);
  return filled.length > 0 && filled.filter(test).length * 2 > filled.length;
};

/** A column of counts (`| Passed | Failed |` holding `311` and `0`) is no status. */
const holdsCounts = (cells: readonly string[]) => cells.some((cell) => /^\d/.test(cell)) && mostly(cells, (cell) => /^(?:\d[\d.,]*|[—–-])$/.test(cell));

/** Cells that are mostly ticket keys (`PAY-101`, `DEF-7`): a tracker's rows, not gates. */
const mostlyTickets = (cells: readonly string[]) => mostly(cells, (cell) => /^[A-Z][A-Z0-9]+-\d+\b/.test(cell));

const SYMBOLS = new RegExp(SYMBOL, 'gu');
const SYMBOL_AT = new RegExp(SYMBOL, 'u');

/**
 * A short verdict: `words` when it is one in words (`✅ Pass`, `❌ Fail`, `Approved`), `symbol` when a
 * symbol alone (`✅`, `❌`, `✅ 120 ms`), which in a support matrix or an attendance list means yes or
 * no; not a yes or a no in words (`Yes`, `OK`).
 */
function shortVerdict(cell: string, classifier: StatusClassifier): 'words' | 'symbol' | undefined {
  if (!cell || cell.split(/\s+/).length > 4) return undefined;
  const found = classifier.statusWords(cell);
  const words = found.replace(SYMBOLS, ' ').trim();
  if (words !== '' && !/^(?:yes|no|y|n|ok|n\/?a)$/i.test(words)) return 'words';
  // `OK` is a verdict, like a symbol: a column of `OK` and `NOK` (`| Check | iOS | Android |`) holds results.
  return SYMBOL_AT.test(found) || /^ok$/i.test(words) ? 'symbol' : undefined;
}

/**
 * The column that names a table's rows: the first of the columns `allowed` that is not an index, a
 * priority, a date, a measurement or a group (`#`, `Priority`, `Date`, `Duration`, `Area`, or cells of
 * numbers, dates and durations such as `7 h 40 min`), else the first that holds more than numbers, else the first allowed one.
 */
function nameColumn(headers: readonly string[], cellsOf: (index: number) => string[], allowed: (index: number) => boolean): number {
  const candidates = headers.flatMap((_, index) => (allowed(index) ? [index] : []));
  const numbers = (index: number) => mostly(cellsOf(index), (cell) => NOT_A_NAME_CELL.test(cell));
  const names = candidates.find((index) => !NOT_A_NAME_HEADER.test(headers[index].trim()) && !numbers(index));
  // Else a group's name (`Area`) before an index (`#`).
  return names ?? candidates.find((index) => !numbers(index)) ?? candidates[0] ?? -1;
}

/** Headers of columns that do not name a row: `#`, `No.`, `Priority`, `Date`, `Duration`, or a group of rows (`Area`, `Category`, `Owner`). */
const NOT_A_NAME_HEADER =
  /^(?:#|no\.?|nr\.?|n°|seq|priority|prio|severity|sev|date|dated|when|time|duration|elapsed|area|category|group|domain|section|phase|stream|workstream|type|kind|owner|team|assignee)$/i;

/** Cells that do not name a row: a number, a date, a time, a duration (`12`, `2025-02-12`, `7 h 40 min`, `338 ms`). */
const NOT_A_NAME_CELL = /^(?:[\d\s#.,:/-]+|\d[\d.,]*\s*(?:ms|s|sec|min|h|hrs?|d|days?)\b[\d\s.,a-z]*)$/i;

/** A column header that numbers runs or attempts: `Run 2`, `Attempt 3`, `2nd run`, `Round 2`. */
const ATTEMPT = /\b(?:runs?|attempts?|tries|try|rounds?|iterations?|passes|pass|submissions?)\b/i;

/** A column of requirement or test identifiers (`Req ID`, `Test case`, `Control`), which look like ticket keys. */
const NAMES_REQUIREMENTS =
  /\b(?:req|reqs|requirements?|tests?|test\s+cases?|cases?|controls?|criteri(?:on|a)|checks?)\b|(?<![\p{L}])(?:prüf|kriteri|anforderung|crit[èe]re|exigence|cas\s+de\s+test|points?\s+de\s+contr[ôo]le|requisito|criterio|crit[ée]rio|casos?\s+de\s+(?:prueba|teste)|(?:prueba|teste)s?(?![\p{L}]))/iu;

/** A cell that opens with its verdict (`✅ pass`, `Failed`), not a criterion that uses the words (`> 0.5 % failed installs`). */
const OPENS_WITH_VERDICT = /^[^\p{L}\p{N}]*(?:pass(?:ed)?|fail(?:ed)?|met|not\s+met|go|no-go|ok|done|approved|rejected|blocked)\b|^\s*(?:✅|✔️?|☑️?|❌|✗|✘|⛔|🔴|🟢|🟡|⏳)\s*$/iu;

/** A result that says it failed in so many words or with its symbol: `❌`, `Fail`, `FAILED (2 of 40)`. */
const SAID_FAILED = /^[^\p{L}\p{N}]*(?:❌|✗|✘|fail(?:ed|s|ing|ure)?\b)/iu;

/** A column naming tests or checks: `Test`, `Test step`, `Test case ID`, `Test description`, `Check`, `Scenario`. */
const TESTS_COLUMN = /^(?:tests?|checks?|scenarios?|cases?)(?:\s+(?:cases?|steps?|names?|scenarios?|descriptions?|titles?|ids?|#|no\.?))*$/i;

/** A column of what a retest or a rescan found, row by row: `Retest result`, `Rescan status`, `Re-verification outcome`. */
const RETEST_RESULT = /^(?:re-?tests?|re-?scans?|re-?checks?|re-?verification)\s+(?:results?|status|outcome|verdict)$/i;

/** A first column that makes a table a log, a legend or a comparison: times, attempts, ratings, candidates. */
const LOG_OR_LEGEND =
  /^(?:time|timestamp|date|when|attempt|try|run|rating|ratings|grade|score|model|candidate|option|alternative|release|version|result|verdict|outcome|status|tentativ[oi]|tentatives?|versuch[e]?|intentos?|poging(?:en)?|datum|fecha|zeitpunkt)(?![\p{L}])/iu;
/** A first column of the steps, actions or events of a run, a drill or a log. */
const STEPS = /^(?:#|no\.?|steps?|actions?|events?|activit(?:y|ies)|tasks?|phases?|stages?)$/i;
/** A column that explains what each status means: a legend. */
const LEGEND_COLUMN = /^(?:meaning|definition|description of (?:the )?(?:rating|result)|explanation|criteria for (?:the )?rating)$/i;

/**
 * A column headed as nothing but verdicts: `Result`, `Verdict`, `Pass/Fail`, and in other languages
 * `Ergebnis`, `Résultat`, `Resultado`, `Resultaat`, `Esito`. Not the `Answer` of a list of questions:
 * whether its yes passes depends on the question, and a questionnaire is judged only where its heading
 * makes it a gate or results.
 */
const VERDICT_COLUMN = new RegExp(
  String.raw`^(?:results?|verdicts?|outcomes?|pass\s*\/\s*fail|ergebnis(?:se)?|r[ée]sultats?|resultados?|resultaat|resultaten|uitslag|esito|risultato|veredicto|verdetto|${RESULT_NAMES})$`,
  'iu',
);

/** A column of results, not of a ticket's state: `Retest result`, `Verdict`, `Pass/Fail`, `Prüfergebnis`, `Résultat`. */
const RESULT_COLUMN = new RegExp(
  String.raw`\b(?:results?|verdict|outcome)\b|^pass\s*\/\s*fail|^(?:\p{L}*ergebnis|r[ée]sultats?|resultados?|veredicto|bewertung|${RESULT_NAMES})$`,
  'iu',
);

/** A column of what happened, to hold against what was expected: `Actual result`, `Observed`. */
const OBSERVED_COLUMN = /^(?:actual|observed|measured|achieved|found|detected|value)\b/i;

/** A ticket's state in a tracker, not a verdict on the row: `Closed`, `In review`, `Open (FW-840)`. */
const isTrackerState = (cell: string) =>
  /^[^\p{L}]*(?:open|closed|in[ -]progress|in[ -]review|under\s+review|resolved|to[ -]?do|backlog|new|assigned|re-?opened|won'?t\s+fix|duplicate|triaged|ready\s+for\s+\w+|in\s+(?:qa|test|testing|development|dev))(?![\p{L}])/iu.test(cell);

/** A column of a property of each row, not how it went: `Blocking`, `Automated?`, `Mandatory`, `In CI`. */
const PROPERTY_COLUMN =
  /^(?:blocking|blocker|gating|automated|automation|manual|required|mandatory|optional|critical|enabled|enforced|applies|applicable|in\s+(?:ci|scope)|owner|type|kind|category|priority|severity|risk|present|attended|attendance|voting|supported|available|anwendbar|relevant|aplicable|aplic[áa]vel|pertinent)\??$|^(?:needs?|requires?|required)\b|\b(?:needed|required)\??$/i;

/** A column of a state compared with another: `Before`, `After`, `Old behaviour`, `Baseline`. */
const COMPARED_COLUMN = /^(?:before|after|old|new|previous|baseline|current|prior|original)\b/i;

/** A column that records a ticket's workflow state: `Jira status`, `Ticket`, `Story state`. */
const TRACKER_COLUMN = /^(?!.*\b(?:result|results|verdict|outcome|approval|decision)\b).*\b(?:jira|tickets?|issues?|stor(?:y|ies)|trackers?|workflow|servicenow|change\s+requests?)\b/i;

/** The column of a file's old name, beside one of its new name: `Old path`, `Previous file`, `Before`, `From`. */
const OLD_NAME_COLUMN = /^(?:(?:old|previous|former|original)(?:\s+(?:path|file|name|location))?|before|from|renamed\s+from)$/i;
const NEW_NAME_COLUMN = /^(?:(?:new|current)(?:\s+(?:path|file|name|location))?|after|to|renamed\s+to|replaced\s+by|replacement)$/i;

/** A status column that a later one takes over from: `Result` before `Retest result`, `Re-run`, `Final`. */
const TAKES_OVER =
  /\b(?:re-?tests?|re-?tested|re-?runs?|re-?checks?|re-?checked|re-?verifi\w*|re-?verif(?:y|ied)|final|current|latest|after\s+(?:the\s+)?fix(?:es)?)\b|(?<![\p{L}])(?:nachtest|nachprüfung|wiederholungs\p{L}*|contre-visite|re-?contr[ôo]le|re-?prueba|reteste|novo\s+teste|aktuell\p{L}*|actuel\p{L}*)(?![\p{L}])/iu;

/** A column header that numbers a run, an attempt, a submission, a candidate, a version or a date: `Run 2`, `RC3`, `Submission 2`, `Result (2.4)`, `2024-06-01`. */
const SEQUENCE_HEADER =
  /\b(?:run|attempt|try|round|iteration|cycle|pass|rc|sprint|retest|wave|day|week|build|submission|v)[\s#-]*\d|\b\d+(?:st|nd|rd|th)\s+(?:run|attempt|try|round|pass|submission)\b|^(?=.*\b(?:result|results|status|verdict|outcome)\b).*(?:\d+\.\d+|\d{4}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})/i;

/** A header with its numbers blanked, ordinals too: `Run 2 result` and `1st run` as `run # result`, `# run`. */
const shapeOf = (header: string) => header.toLowerCase().replace(/\d+(?:st|nd|rd|th)?\b|\d+/g, '#');

/**
 * The columns of `candidates` that state where a row stands now: none before a column that takes
 * over (`Retest result`, `Final status`), and of columns named alike but for a number that counts
 * runs, candidates, versions or dates (`Run 1 result`, `Run 2 result`; `RC1`, `RC2`; `Result (2.3)`,
 * `Result (2.4)`) the greatest. Columns numbered otherwise (`DC1 status`, `DC2 status`) stand side by side.
 */
function currentColumns(headers: readonly string[], candidates: readonly number[]): number[] {
  const takeover = candidates.findLast((index) => TAKES_OVER.test(headers[index]));
  // A date compares by year, month and day however it is written (`15.05.2024`, `2024-06-01`).
  const numbers = (index: number) => {
    const date = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(headers[index]);
    return date ? [Number(date[3]), Number(date[2]), Number(date[1])] : (headers[index].match(/\d+/g) ?? []).map(Number);
  };
  const greater = (a: number[], b: number[]) => {
    for (let at = 0; at < Math.min(a.length, b.length); at++) if (a[at] !== b[at]) return a[at] > b[at];
    return a.length > b.length;
  };
  // The greatest of each sequence, by the header's shape with its numbers blanked.
  const latest = new Map<string, number>();
  for (const index of candidates) {
    if (!SEQUENCE_HEADER.test(headers[index])) continue;
    const shape = shapeOf(headers[index]);
    const best = latest.get(shape);
    if (best === undefined || greater(numbers(index), numbers(best))) latest.set(shape, index);
  }
  return candidates.filter((index) => {
    if (takeover !== undefined && index < takeover) return false;
    if (!SEQUENCE_HEADER.test(headers[index])) return true;
    return latest.get(shapeOf(headers[index])) === index;
  });
}

/**
 * Of the columns that may hold a table's status (in order of preference), the one whose cells are
 * most of all statuses, the first of those on a tie; -1 if there is none. `| Result | Status |`
 * may hold a measurement and a verdict (`98.6 %`, `Met`), `| Verified in | Status |` a test range
 * and a verdict: the verdicts are the status.
 */
function bestStatusColumn(candidates: readonly number[], statuses: (index: number) => number): number {
  let best = -1;
  let most = -1;
  for (const index of candidates) {
    const count = candidates.length > 1 ? statuses(index) : 0;
    if (count > most) [best, most] = [index, count];
  }
  return best;
}
