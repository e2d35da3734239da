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
  /(?<!\b(?:no|without)\s+)\bexceptions?\b|\b(?:but|except|apart\s+from|other\s+than|save|pending|blocked|awaiting|waiting|open|not|fail(?:s|ed|ing)?|non-blocking|waiv(?:er|ed)|requested|warn(?:s|ings?)?|amber|deferred|au(?:ß|ss)er|bis\s+auf|ausstehend|offen|sauf|hormis|except[ée]|salvo|excepto|menos|pendiente)\b/i;

/** A number or a letter that names one of several (`1` of `Stage 1`, `A` of `Gate A`, `2b`, `5.0`), bound to the word before it. */
const ORDINAL = /^(?:\d+(?:\.\d+)*[a-z]?|[a-z])$/i;

/**
 * The terms of a scope, each a pattern a gate's names must hold: a word by its first five letters at the start of a
 * word (`residency` names `Residency`, `gates` names `gate`; `UI` not `Liquidity`, `build` not `Rebuilding`), with the
 * number or letter after it (`Stage 1` names `Stage 1 — Build`, not `Stage 10` nor `Stage 2`). The count a scope opens
 * with (`all five`) names no gate.
 */
function scopeTerms(scope: readonly string[]): RegExp[] {
  const words = summaryCount(scope) === undefined ? scope : scope.slice(1);
  const terms: RegExp[] = [];
  for (let index = 0; index < words.length; index++) {
    const stem = words[index].slice(0, 5).replace(/\./g, '\\.');
    const ordinal = words[index + 1] !== undefined && ORDINAL.test(words[index + 1]) ? words[++index] : undefined;
    terms.push(new RegExp(`(?<![\\p{L}\\p{N}])${stem}${ordinal === undefined ? '' : `[\\p{L}.]*[\\s#:-]*${ordinal}(?![\\p{L}\\p{N}])`}`, 'iu'));
  }
  return terms;
}

/**
 * A gate a summary narrowed by `scope` speaks for: each of its terms names the row, its gate or the report
 * (`All residency gates` sums up `R4` of `## Residency gates`; `All Engineering Gates` not `CAB approval`).
 */
export function sumsUpRow(scope: readonly string[], row: GateRow, gateTitle: string, reportTitle: string): boolean {
  const named = `${row.label} ${row.status} ${gateTitle} ${reportTitle}`;
  return scopeTerms(scope).every((term) => term.test(named));
}

/** Whether a scope narrows by words, beyond a count: `All residency gates`, not `All five gates` nor `All gates`. */
export const narrowsByWords = (scope: readonly string[]) => scopeTerms(scope).length > 0;
