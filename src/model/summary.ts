import type {GateRow} from './types.js';

/** Words that narrow no set of gates, or name every gate's kind: `all the remaining in-scope criteria`, `all acceptance criteria`. */
const NOT_A_SCOPE =
  /^(?:the|of|our|its|these|those|other|in-scope|applicable|listed|above|below|defined|remaining|relevant|mandatory|required|blocking|stated|agreed|acceptance|exit|entry|quality|release|go-live|launch|readiness|success|key)$/i;

const COUNTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The number a word counts (`6`, `six`), or undefined. */
const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : COUNTS.includes(word) ? COUNTS.indexOf(word) + 1 : undefined);

/**
 * How many gates a summary counts (`all six gates met`), or undefined. A count that is not the report's number of
 * gates sums up some of them, which the report does not say: `all six gates met` of Gates 0–5, beside a pending Gate 6.
 */
export function summaryCount(scope: readonly string[]): number | undefined {
  // The count comes first (`all five fairness gates`); a number after a word names (`All Stage 8 gates`).
  return countOf(scope[0] ?? '');
}

/** The words between `all` and `gates` that narrow which gates: `residency` of `All residency gates`, none of `All five`. */
export const summaryScope = (words: string) =>
  words
    .split(/\s+/)
    .filter((word) => word && !NOT_A_SCOPE.test(word))
    .map((word) => word.toLowerCase());

/** A summary that names what did not pass itself: `5/5 gates met, but Gate 1 is pending`, `all met except Gate 6`. */
export const TELLS_EXCEPTION =
  /\b(?:but|except|apart\s+from|other\s+than|save|pending|blocked|awaiting|waiting|open|not|fail(?:s|ed|ing)?|non-blocking|waiv(?:er|ed)|requested|warn(?:s|ings?)?|amber|deferred)\b/i;

/**
 * A gate a summary narrowed by `scope` speaks for: each of its words names the row, its gate or the report
 * (`All residency gates` sums up `R4` of `## Residency gates`; `All Engineering Gates` not `CAB approval`).
 * A word counts by its first five letters, so `residency` names `Residency`, `gates` names `gate`.
 */
export function sumsUpRow(scope: readonly string[], row: GateRow, gateTitle: string, reportTitle: string): boolean {
  const words = scope.filter((word) => countOf(word) === undefined);
  if (words.length === 0) return true;
  const named = `${row.label} ${row.status} ${gateTitle} ${reportTitle}`.toLowerCase();
  return words.every((word) => named.includes(word.slice(0, 5)));
}
