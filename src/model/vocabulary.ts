import type {Verdict} from './types.js';

/** Status words and symbols per verdict. Words match whole words, case-insensitively. */
export interface Vocabulary {
  pass: readonly string[];
  fail: readonly string[];
  pending: readonly string[];
  notApplicable: readonly string[];
}

export const DEFAULT_VOCABULARY: Vocabulary = {
  pass: [
    '✅', '✔️', '✔', '✓', '☑️', '☑', '🟢', '[x]',
    ':white_check_mark:', ':heavy_check_mark:', ':ballot_box_with_check:', ':green_circle:',
    'PASS', 'PASSED', 'PASSING', 'SUCCESS', 'SUCCEEDED', 'SUCCESSFUL', 'COMPLETE', 'COMPLETED',
    'MET', 'DONE', 'OK', 'YES', 'APPROVED', 'VERIFIED', 'GREEN', 'PRESENT', 'ACCEPTED', 'SATISFIED',
    'CONFIRMED', 'SIGNED OFF', 'SIGNED', 'GO', 'CLOSED', 'RESOLVED', 'FIXED', 'IMPLEMENTED', 'EFFECTIVE',
    'COMPLIANT', 'APPROVE',
  ],
  fail: [
    '❌', '✗', '✘', '✖️', '✖', '⛔', '🔴', '🚫', '❎',
    ':x:', ':no_entry:', ':no_entry_sign:', ':red_circle:', ':heavy_multiplication_x:', ':negative_squared_cross_mark:',
    'FAIL', 'FAILED', 'FAILING', 'FAILURE', 'NOT MET', 'UNMET', 'BLOCKED', 'MISSING', 'REJECTED',
    'BROKEN', 'NOT PASSED', 'NO-GO', 'ABSENT', 'NOK', 'REJECT', 'MISSED', 'NON-COMPLIANT', 'NONCOMPLIANT',
  ],
  pending: [
    '⏳', '⌛', '🔄', '☐', '🟡', '🟠', '⚠️', '⚠', '🚧', '[ ]',
    ':hourglass:', ':hourglass_flowing_sand:', ':warning:', ':construction:', ':yellow_circle:', ':orange_circle:',
    ':arrows_counterclockwise:',
    'PENDING', 'IN PROGRESS', 'IN-PROGRESS', 'WIP', 'TODO', 'TO DO', 'TBD', 'TBC', 'NOT STARTED',
    'AWAITING APPROVAL', 'AWAITING', 'WAITING', 'PLANNED', 'PARTIAL', 'PARTIALLY', 'INCOMPLETE',
    'DEFERRED', 'IN REVIEW', 'ON HOLD', 'NOT YET', 'QUEUED', 'RUNNING', 'UNRESOLVED',
  ],
  notApplicable: ['➖', ':heavy_minus_sign:', 'N/A', 'NA', 'SKIPPED', 'SKIP', 'NOT APPLICABLE', 'WAIVED', 'EXEMPT', 'NOT REQUIRED'],
};

/** A status that mixes verdicts takes the worst: a pass cannot hide a failure or a wait. */
const WORST_FIRST: readonly Verdict[] = ['fail', 'pending', 'pass', 'not-applicable'];

const VERDICT_KEYS: ReadonlyArray<[keyof Vocabulary, Verdict]> = [
  ['pass', 'pass'],
  ['fail', 'fail'],
  ['pending', 'pending'],
  ['notApplicable', 'not-applicable'],
];

/** Merges policy words into the defaults. A word named by the policy moves to its new verdict. */
export function extendVocabulary(base: Vocabulary, extra: Partial<Vocabulary>): Vocabulary {
  const moved = new Set(Object.values(extra).flat().filter((word) => word !== undefined).map(normaliseWord));
  const result = {} as Record<keyof Vocabulary, string[]>;
  for (const [key] of VERDICT_KEYS) {
    result[key] = [...base[key].filter((word) => !moved.has(normaliseWord(word))), ...(extra[key] ?? [])];
  }
  return result;
}

function normaliseWord(word: string): string {
  return word.normalize('NFC').trim().toUpperCase();
}

/**
 * How to read a status text. `symbolsFirst`: symbols decide when there are any, so the words of a
 * label's value do not. `heading`: the text is a title as well; besides putting symbols first, it
 * drops words given as alternatives, because there they name a kind of thing (`Gate 3 pass/fail
 * criteria`, `Go/No-Go review`) and are not an unfilled verdict.
 */
export interface ClassifyOptions {
  symbolsFirst?: boolean;
  heading?: boolean;
}

export interface StatusClassifier {
  /** The verdict of a status text: the worst it names. `unknown` when it names none or is an unfilled legend. */
  classify(text: string, options?: ClassifyOptions): Verdict;
  /** Every verdict a status text names; none for an unfilled legend. */
  verdicts(text: string, options?: ClassifyOptions): Verdict[];
  /** True when the text contains at least one status word or symbol. */
  hasStatus(text: string, options?: ClassifyOptions): boolean;
  /** The status words and symbols in a text as written, e.g. `Pending` of a heading. */
  statusWords(text: string, options?: ClassifyOptions): string;
}

interface Token {
  verdict: Verdict;
  symbol: boolean;
  index: number;
  end: number;
}

/**
 * A negation right before a status word: `not`, `no`, `0`, `nothing`, `never`, `isn't`, `didn't`, … and up to one
 * softening word (`not yet`, `has not been`, `not fully`). Group 2 holds `yet`.
 */
const NEGATION =
  /(?:^|[^\p{L}\p{N}_-])((?:NOT|NO|NOTHING|NEVER|NON|WITHOUT|CANNOT|0|ZERO|(?:IS|WAS|ARE|WERE|DID|DOES|DO|HAS|HAVE|HAD|CA|WO)N['’]T)[ \t]+(?:(YET)[ \t]+|(?:BEEN|BE|FULLY|ALL|EVER)[ \t]+)?)$/u;

/**
 * What a status says it no longer is: struck through (`~~❌~~ ✅`) or given as history
 * (`✅ PASSED (previously ❌ in rc1)`). Blanked out, so only the current status is read.
 */
const SUPERSEDED = /~~[^~\n]+~~|\((?:PREVIOUSLY|FORMERLY|WAS|WERE|INITIALLY|ORIGINALLY|EARLIER|BEFORE|UNTIL)\b[^)]*\)/g;

/** A count right before a pass word, with up to two words between: `3/5 passed`, `4 of 6 checks met`. */
const PARTIAL_COUNT = /(?:^|[^\p{L}\p{N}_-])((\d+)[ \t]*(?:\/|OF|OUT OF)[ \t]*(\d+)[ \t]+(?:[\p{L}-]+[ \t]+){0,2})$/u;

/** Hyphens join words, so `Fail-Fast` holds no `FAIL` and `NO-GO` is one word. */
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_-]/u.test(char);

/**
 * Builds a classifier for a vocabulary. Tokens are found left to right, longest first, so
 * `NOT MET` wins over `MET`. A cell that mixes a pass with a fail or pending token takes the worst;
 * alternatives joined by `/` or `|` (`✅/❌`, `PASS / FAIL`) are an unfilled legend: unknown.
 */
export function createClassifier(vocabulary: Vocabulary): StatusClassifier {
  const entries: Array<{text: string; verdict: Verdict; word: boolean; symbol: boolean}> = [];
  for (const [key, verdict] of VERDICT_KEYS) {
    for (const raw of vocabulary[key]) {
      const text = normaliseWord(raw);
      if (!text) continue;
      const word = isWordChar(text[0]) && isWordChar(text.at(-1));
      // Emoji, and GitHub's `:shortcode:` emoji, are symbols: in free text they outrank words.
      entries.push({text, verdict, word, symbol: !/[\p{L}\p{N}]/u.test(text) || /^:[\w+-]+:$/.test(text)});
    }
  }
  entries.sort((a, b) => b.text.length - a.text.length);
  const firstChars = new Set(entries.map((entry) => entry.text[0]));

  function tokens(text: string): Token[] {
    const upper = text.normalize('NFC').toUpperCase().replace(SUPERSEDED, (part) => ' '.repeat(part.length));
    const found: Token[] = [];
    let index = 0;
    while (index < upper.length) {
      const char = upper[index];
      if (!firstChars.has(char) || (isWordChar(char) && isWordChar(upper[index - 1]))) {
        index++;
        continue;
      }
      const match = entries.find(
        (entry) =>
          upper.startsWith(entry.text, index) && (!entry.word || !isWordChar(upper[index + entry.text.length])),
      );
      if (match) {
        const before = upper.slice(0, index);
        const negation = match.symbol ? null : NEGATION.exec(before);
        const count = match.verdict === 'pass' && !match.symbol ? PARTIAL_COUNT.exec(before) : null;
        if (count && Number(count[2]) < Number(count[3])) {
          // `3/5 suites passed` is no pass: some did not.
          found.push({verdict: 'fail', symbol: false, index: index - count[1].length, end: index + match.text.length});
        } else if (!negation) found.push({verdict: match.verdict, symbol: match.symbol, index, end: index + match.text.length});
        else if (match.verdict === 'pass') {
          // `Not done` and `No Go` are no pass: failed, or pending when it says `not yet`.
          const start = index - negation[1].length;
          // The negation may itself be a status (`Not yet` done): the two are one status.
          while (found.length > 0 && found[found.length - 1].end > start) found.pop();
          found.push({verdict: negation[2] ? 'pending' : 'fail', symbol: false, index: start, end: index + match.text.length});
        }
        // A negated failure or wait (`not blocked`, `no failure`) states no verdict of its own.
        index += match.text.length;
      } else {
        index++;
      }
    }
    return found;
  }

  /** The tokens that stand as alternatives to a neighbour of another verdict: `✅/❌`, `PASS | FAIL`, `GO or NO-GO`. */
  function alternatives(text: string, found: Token[]): Set<Token> {
    const upper = text.normalize('NFC').toUpperCase();
    const paired = new Set<Token>();
    for (let i = 1; i < found.length; i++) {
      const between = upper.slice(found[i - 1].end, found[i].index).trim();
      if ((between === '/' || between === '|' || between === 'OR') && found[i - 1].verdict !== found[i].verdict) {
        paired.add(found[i - 1]).add(found[i]);
      }
    }
    return paired;
  }

  function select(text: string, options?: ClassifyOptions): Token[] {
    let found = tokens(text);
    if (options?.heading) {
      const paired = alternatives(text, found);
      found = found.filter((token) => token.symbol || !paired.has(token));
    }
    return (options?.symbolsFirst || options?.heading) && found.some((token) => token.symbol) ? found.filter((token) => token.symbol) : found;
  }

  function verdicts(text: string, options?: ClassifyOptions): Verdict[] {
    const found = select(text, options);
    return alternatives(text, found).size > 0 ? [] : [...new Set(found.map((token) => token.verdict))];
  }

  return {
    hasStatus: (text, options) => select(text, options).length > 0,
    statusWords(text, options) {
      const normalised = text.normalize('NFC');
      return select(text, options).map((token) => normalised.slice(token.index, token.end)).join(' ');
    },
    verdicts,
    classify(text, options) {
      const named = verdicts(text, options);
      return WORST_FIRST.find((verdict) => named.includes(verdict)) ?? 'unknown';
    },
  };
}
