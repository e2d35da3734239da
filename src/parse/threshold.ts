/**
 * A gate row's measured value against its target: `| p99 latency | ≤ 200 ms | 340 ms | ✅ |` claims a
 * pass its own numbers deny. Only a target that is one bound (`≤ 200 ms`, `max 20 min`, `at least
 * 97 %`) or zero (`0`: none left) and a value that starts with one number in the same unit are
 * compared (`2,7 s` against `≤ 2,0 s` too: a comma with one or two digits after it is a decimal one; `1.2 s`
 * against `≤ 800 ms`: units of time convert), and a value with its tolerance (`37,0 ± 0,5 °C`); anything
 * else (ranges, prose, other units, `95 %` without a bound) is left to the reader.
 */

/** A threshold or a measure, not a name: `≥ 97 %`, `0.8 – 1.25`, `< 200 ms`, `100 %`. */
export const isThreshold = (cell: string) => /^[≥≤<>=~±]|^\d[\d.,]*\s*(?:%|[a-zµ]{1,3}\b|[-–—]\s*\d|(?:°[CF]\s*)?±)/iu.test(cell);

/** A column of targets: `Target`, `Threshold`, `Limit`, `Criterion`, `Acceptance criteria`, `SLO`. */
export const isTargetColumn = (header: string) =>
  // `Allowed deviation`, `Max delta vs baseline`: a change from a baseline, not a value to reach.
  !/\b(?:deviation|delta|difference|diff|change|increase|decrease|regression|drift|vs\.?|versus)\b/i.test(header) &&
  (OTHER_TARGET_COLUMN.test(header.trim()) ||
  /^(?:(?:error\s+|quality\s+gate\s+)?threshold|target|expected|expectation|limit|limits|goal|objective|budget|slo|max(?:imum)?\s+allowed|allowed|acceptance(?:\s+criteri(?:on|a))?|criterion|criteria|required|requirement|spec|specification|pass\s+criteri(?:on|a))\b/i.test(
    header.trim(),
  ));

/** A column of measured values: `Measured`, `Actual`, `Observed`, `Result`, `Value`, `Achieved`, `Found`, `Count`, `Detected`, `Canary` (beside a `Baseline`). */
export const isMeasuredColumn = (header: string) =>
  OTHER_MEASURED_COLUMN.test(header.trim()) ||
  /^(?:measured|actual|observed|result|results|value|achieved|measurement|found|count|detected|canary|candidate|score)\b/i.test(header.trim()) ||
  // `June actual / forecast`, `Q3 measured`
  /^(?!(?:last|how|when|date|baseline|prior|previous|before|expected|target|planned)\b)[\w-]+\s+(?:actual|measured|observed|achieved)\b/i.test(header.trim());

/** The same in German, French, Spanish, Portuguese and Dutch: `Zielwert`, `Soll`, `Cible`, `Seuil`, `Objetivo`, `Meta`, `Norm`. */
const OTHER_TARGET_COLUMN = /^(?:ziel\p{L}*|soll(?:wert)?|grenzwert|vorgabe|cible|objectif|seuil|objetivo|meta|umbral|l[íi]mite|norm|doel|streefwaarde|grenswaarde)(?![\p{L}\p{N}])/iu;
/** `Istwert`, `Messwert`, `Ergebnis`, `Mesuré`, `Résultat`, `Valeur mesurée`, `Resultado`, `Valor obtenido`, `Medido`, `Medição`. */
const OTHER_MEASURED_COLUMN = /^(?:ist(?:wert)?|messwert|gemessen|ergebnis|r[ée]sultat|resultado|gemeten|meetwaarde|mesur[ée]e?|mesure|valeur|obtenu|medido|valor|obtenido|medi[çc][ãa]o|real|realizado|atingido|alcanzado)(?![\p{L}\p{N}])/iu;

type Bound = 'max' | 'below' | 'min' | 'above';

const BOUNDS: ReadonlyArray<[RegExp, Bound]> = [
  [/^(?:≤|<=|=<|m[aá]x\.?|maximum|maximal|maximaal|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|h[öo]chstens|au\s+plus|como\s+m[aá]ximo|hoogstens|ten\s+hoogste|al\s+massimo)$/i, 'max'],
  [/^(?:<|under|below|less\s+than|unter|moins\s+de|menos\s+de)$/i, 'below'],
  [/^(?:≥|>=|=>|m[ií]n\.?|minimum|minimaal|at\s+least|no\s+less\s+than|not\s+less\s+than|mindestens|au\s+moins|al\s+menos|como\s+m[ií]nimo|ten\s+minste|almeno)$/i, 'min'],
  [/^(?:>|above|over|more\s+than)$/i, 'above'],
];

/** A number as written in a report: `1,204`, `1 720` (grouped with spaces), `0.02`, or with a decimal comma of one or two places, `2,7` (German, French, …). */
const NUMBER = String.raw`[-+]?(?:\d+,\d{1,2}(?![\d,])|(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?)`;
/** Words that follow a number and are no unit: `0.83 on the July holdout`, `3 of them`. */
const LITTLE_WORD = String.raw`(?:on|in|at|of|to|for|and|or|the|over|per|by|vs|from|with|as|via)`;
/** A unit: `ms`, `%`, `°C`, one per something, `req/s`, `orders/s`, `USD/month`, and time in words, `4 hours`; not a little word (`on`). */
const UNIT = String.raw`(?:%|°[CF]|(?:hours?|minutes?|seconds?|days)(?![\w/])|(?!${LITTLE_WORD}(?![a-z]))(?:[a-zµ]{1,4}|[a-z]{5,10}(?=\/))(?:\/[a-z]{1,5})?)`;
/** A bound and its value, and the words for what it counts: `≤ 200 ms`, `máx. 2 incidentes críticos`. */
const TARGET = new RegExp(String.raw`^(≤|<=|=<|<|≥|>=|=>|>|\p{L}+(?:\s+\p{L}+){0,2}\.?)?\s*(${NUMBER})\s*(${UNIT})?(?:\s+(\p{L}[\p{L}\s-]*))?$`, 'iu');
const MEASURED = new RegExp(String.raw`^[~≈]?\s*(${NUMBER})\s*(${UNIT})?(?![\w.,/-])(.*)$`, 'is');

/** A cell that is a measured value and nothing more: `612 ms`, `2,400`, `99.97 %`, `~1.2 s (p95)`, `91/100`. */
export const isMeasurement = (cell: string) => MEASUREMENT.test(cell.trim()) || /^\d{1,7}\s*\/\s*\d{1,7}$/.test(cell.trim());
const MEASUREMENT = new RegExp(String.raw`^[~≈]?\s*${NUMBER}\s*${UNIT}?(?:\s*\([^()]*\))?$`, 'i');

/** A value with its tolerance: `37,0 ± 0,5 °C`, `5.0 ± 0.3 %`, `500 ms ± 10 %` (a share of the value). */
const TOLERANCE = new RegExp(String.raw`^(${NUMBER})(?:\s*(${UNIT}))?\s*±\s*(${NUMBER})(?:\s*(${UNIT}))?$`, 'i');

const SECOND = 1000;
const HOUR = 3_600_000;
/** Milliseconds per unit of time, so that `1.2 s` compares with `≤ 800 ms` and `5 hours` with `≤ 4 h`. */
const TIME_UNITS: Readonly<Record<string, number>> = {
  ms: 1, s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND,
  min: 60 * SECOND, mins: 60 * SECOND, minute: 60 * SECOND, minutes: 60 * SECOND,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR, day: 24 * HOUR, days: 24 * HOUR,
};
/** Requests per second in each way of writing a request rate, so that `rps` compares with `req/s`. */
const RATE_UNITS: Readonly<Record<string, number>> = {'rps': 1, 'req/s': 1, 'r/s': 1, 'rpm': 1 / 60, 'req/min': 1 / 60};

/**
 * Bytes per unit of size, as written (`Mb` is a megabit, no size): `KiB`, `MiB`, … are powers of 1,024; `KB`, `MB`, … are
 * read both ways, powers of 1,000 and of 1,024, as reports use them for either.
 */
const SIZE_UNITS: Readonly<Record<string, readonly number[]>> = Object.fromEntries([
  ['B', [1]],
  ...['K', 'M', 'G', 'T'].flatMap((prefix, index) => {
    const [decimal, binary] = [1000 ** (index + 1), 1024 ** (index + 1)];
    return [[`${prefix}iB`, [binary]], [`${prefix}B`, [decimal, binary]], ...(prefix === 'K' ? [['kB', [decimal, binary]]] : [])];
  }),
]);

/**
 * `value` in `unit` expressed in `target`'s unit, every way the two may be read: the same unit as written (`Mb/s` is not
 * `MB/s`), both of time, both a request rate or both a size (`1.2 GB` against `512 MB`: both readings of `GB` and `MB`);
 * undefined otherwise.
 */
function inUnit(value: number, unit: string, target: string): number[] | undefined {
  if (unit === target) return [value];
  for (const units of [TIME_UNITS, RATE_UNITS]) {
    const [from, to] = [units[unit.toLowerCase()], units[target.toLowerCase()]];
    if (from && to) return [(value * from) / to];
  }
  const [from, to] = [SIZE_UNITS[unit], SIZE_UNITS[target]];
  if (!from || !to) return undefined;
  // Each reading of one unit with the same reading of the other where both have it (`MB` and `GB` both decimal, or both binary).
  return from.length === to.length ? from.map((bytes, index) => (value * bytes) / to[index]) : from.flatMap((bytes) => to.map((per) => (value * bytes) / per));
}

/** A decimal comma in a row's numbers (`2,7 s`, `1.204,37`): its `1.500` is then fifteen hundred and its `1,250` one and a quarter. */
const DECIMAL_COMMA = /\d,\d{1,2}(?!\d)|\d\.\d{3},\d/;

/**
 * `≥ 10.000 Zyklen` beside `8500 Zyklen`: a number grouped by dots in threes (not opening with 0) beside a plain one of three
 * digits or more is grouped as German and Dutch write thousands, not a decimal.
 */
function groupedByDots(target: string, measured: string): boolean {
  const [a, b] = [FIRST_NUMBER.exec(target)?.[0] ?? '', FIRST_NUMBER.exec(measured)?.[0] ?? ''];
  return (DOT_GROUPED.test(a) && PLAIN_NUMBER.test(b)) || (DOT_GROUPED.test(b) && PLAIN_NUMBER.test(a));
}
const FIRST_NUMBER = /\d[\d.,]*\d|\d/;
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const PLAIN_NUMBER = /^\d{3,}$/;

/** A number's value; `0,125` has a decimal comma whatever the notation, a thousands group never opens with 0. */
function valueOf(written: string, decimalComma = false): number {
  const number = written.replace(/[ \u00A0\u202F]/g, '');
  if (decimalComma || /^[-+]?0,\d+$/.test(number) || /^[-+]?\d+,\d{1,2}$/.test(number)) return Number(number.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));
  return Number(number.replace(/,/g, ''));
}

/** Rounding after a conversion (`8.05 s` is `8050.000000000001 ms`) is no miss. */
const slack = (limit: number) => 1e-9 * Math.max(1, Math.abs(limit));

/** A count as a target (`12/12`, `≥ 9/10`, `at least 9 of 10`) and as a measure (`11/12 passed`). */
const TARGET_COUNT = /^(?:≥|>=|=>|min\.?|minimum|at\s+least)?\s*(\d{1,7})\s*(?:\/|of)\s*(\d{1,7})$/i;
const MEASURED_COUNT = /^(\d{1,12})\s*(?:\/|of)\s*(\d{1,12})(?![\d/.,])/i;
/** A target of none of what it names: `No findings with CVSS ≥ 4.0`, `0 critical vulnerabilities`, `Zero open P1 defects`. */
const NONE_OF =
  /^(?:no|zero|0)\s+(?:[\p{L}-]+\s+){0,2}(findings?|vulnerabilit(?:y|ies)|defects?|incidents?|issues?|errors?|failures?|bugs?|cves?|alerts?|violations?|crashes|outages?)(?:\s(?:with|where|at|of|above|over|rated)\s.*)?$/iu;

/** A criterion that ends with a count to reach: `Score ≥ 80/100`. */
const TRAILING_COUNT = /\s((?:≥|>=|=>|min\.?|minimum|at\s+least)\s*\d{1,7}\s*(?:\/|of)\s*\d{1,7})$/i;
/** A target of all: `100 %`, `all pass`, `all RCMs verified`, `All SRS items traced`, `Tous les tests réussis`. */
const ALL_TARGET = /^(?:(?:=|≥|>=)\s*)?100\s*%$|^(?:all|alle|tous|toutes|todos|todas)\b/i;

/** A criterion that ends with its bound in symbols: `Pedal step to pressure command ≤ 10 ms`, `Restore time (target ≤ 4 hours)`. */
const TRAILING_BOUND = new RegExp(String.raw`\s\(?(?:(?:target|SLO|goal|limit|threshold|ziel|zielwert|soll|grenzwert|cible|objectif|seuil|objetivo|meta|umbral|l[íi]mite)\s*:?\s*)?((?:≤|<=|=<|<|≥|>=|=>|>)\s*${NUMBER}\s*${UNIT}?)\)?$`, 'iu');

/** A target of one bound (`≤ 200 ms`, also at the end of its criterion), or a target of none at all (`0`: no rows left, no failures). */
function boundOf(target: string, decimalComma = false): {bound: Bound; limit: number; unit: string; counted?: string; change: boolean} | undefined {
  // `No findings with CVSS ≥ 4.0`, `0 vulnerabilities with CVSS ≥ 7.0`: the bound says which are counted, and the target is none.
  const none = NONE_OF.exec(target.trim());
  if (none) return {bound: 'max', limit: 0, unit: '', counted: none[1], change: false};
  const wanted = TARGET.exec(target.trim()) ?? TARGET.exec(TRAILING_BOUND.exec(target.trim())?.[1] ?? '');
  if (!wanted) return undefined;
  const limit = valueOf(wanted[2], decimalComma);
  const bound = wanted[1] === undefined ? (limit === 0 ? 'max' : undefined) : BOUNDS.find(([words]) => words.test(wanted[1].trim()))?.[1];
  return bound ? {bound, limit, unit: wanted[3] ?? '', counted: wanted[4], change: wanted[2].startsWith('+')} : undefined;
}

/**
 * A target written as a bare value (`| Recovery time objective (RTO) | 15 minutes | 22 minutes |`), with the bound its
 * metric's name implies: a time to recover, a latency or a count of errors is at most its target; availability,
 * coverage or throughput at least. Unchanged when the name implies neither, or both, or tells a change or a margin.
 */
export function withImpliedBound(target: string, metric: string): string {
  if (!isMeasurement(target) || boundOf(target) !== undefined || CHANGE_OR_MARGIN.test(metric)) return target;
  const [most, least] = [AT_MOST_METRIC.test(metric), AT_LEAST_METRIC.test(metric)];
  return most === least ? target : `${most ? '≤' : '≥'} ${target.trim()}`;
}
const AT_MOST_METRIC =
  /\b(?:latency|response\s+times?|p(?:50|90|95|99|999)|rto|rpo|recovery\s+time|restore\s+time|time\s+to\s+(?:restore|recover|detect|repair|mitigate)|mttr|mttd|downtime|error\s+rate|errors|5xx|failure\s+rate|failed\s+requests|incidents|defects|vulnerabilit(?:y|ies)|cves?|replication\s+lag|rollback\s+time)\b/i;
const AT_LEAST_METRIC = /\b(?:availability|uptime|coverage|success\s+rate|pass\s+rate|throughput|accuracy|precision|recall|auc|f1|hit\s+rate|apdex)\b/i;
/** `Errors fixed`, `Latency reduction`, `Error budget remaining`: a name whose bound is not what its metric's is. */
const CHANGE_OR_MARGIN =
  /\b(?:budget|remaining|headroom|margin|reduction|reduced|improvement|improved|saved|savings|decrease|increase|delta|change|closed|fixed|resolved|remediated|detected|caught|blocked|handled|injected|simulated|tested|covered|budgeted)\b/i;

/** A cell that states a target `missedTarget` can compare with. */
export const isBound = (cell: string) =>
  boundOf(cell) !== undefined || TOLERANCE.test(cell.trim()) || TARGET_COUNT.test(cell.trim()) || TRAILING_COUNT.test(cell.trim()) || ALL_TARGET.test(cell.trim());

/** A metric named before its bound or its value: `p99 < 800 ms`, `errors 0.31 %`, `Branch: ≥ 90 %`. */
const NAMED_METRIC = /^(\p{L}[\p{L}\p{N}_-]*)\s*:?\s+(\S.*)$/u;

/**
 * The target `measured` misses, as written (`≤ 200 ms`), or undefined when it meets it or the two
 * cannot be compared. Several metrics, each named, are compared name by name: `p99 < 800 ms, errors
 * < 0.5 %` against `p99 1,140 ms, errors 0.31 %` misses `p99 < 800 ms`.
 */
export function missedTarget(target: string, written: string): string | undefined {
  // `1,140 ms → 640 ms`: the value now is the last.
  const measured = written.split(/\s*(?:→|->|⇒)\s*/).pop()!;
  const targets = target.split(/\s*[,;]\s+/);
  if (targets.length > 1) {
    const values = new Map<string, string>();
    for (const clause of measured.split(/\s*[,;]\s+/)) {
      const named = NAMED_METRIC.exec(clause.trim());
      if (named) values.set(named[1].toLowerCase(), named[2]);
    }
    const pairs = targets.flatMap((clause) => {
      const named = NAMED_METRIC.exec(clause.trim());
      const value = named && values.get(named[1].toLowerCase());
      return named && value ? [{clause: clause.trim(), bound: named[2], value}] : [];
    });
    if (pairs.length > 0) return pairs.find(({bound, value}) => missedOneTarget(bound, value) !== undefined)?.clause;
  }
  return missedOneTarget(target, measured);
}

function missedOneTarget(target: string, measured: string): string | undefined {
  // All of them (`100 %`, `all RCMs verified`) against a count or a share short of all: `57/58 verified`, `96 % (48/50)`.
  if (ALL_TARGET.test(target.trim())) {
    const count = MEASURED_COUNT.exec(measured.trim().replace(/,(?=\d{3}\b)/g, ''));
    const share = /^(\d{1,3}(?:\.\d+)?)\s*%/.exec(measured.trim());
    const short = count ? Number(count[1]) < Number(count[2]) : share ? Number(share[1]) < 100 : false;
    return short ? target.trim() : undefined;
  }
  // A count against a count of the same total: `11/12 passed` against `12/12`, or `≥ 9/10`.
  const wantedCount = TARGET_COUNT.exec(target.trim()) ?? TARGET_COUNT.exec(TRAILING_COUNT.exec(target.trim())?.[1] ?? '');
  const gotCount = wantedCount && MEASURED_COUNT.exec(measured.trim());
  if (wantedCount && gotCount) return gotCount[2] === wantedCount[2] && Number(gotCount[1]) < Number(wantedCount[1]) ? target.trim() : undefined;
  const got = MEASURED.exec(measured.trim());
  if (!got) return undefined;
  const unit = got[2] ?? '';
  const decimalComma = DECIMAL_COMMA.test(target) || DECIMAL_COMMA.test(measured) || groupedByDots(target, measured);
  // Outside its tolerance: `37,8 °C` against `37,0 ± 0,5 °C`; `560 ms` against `500 ms ± 10 %`.
  const tolerance = TOLERANCE.exec(target.trim());
  if (tolerance) {
    const [centre, width] = [valueOf(tolerance[1], decimalComma), valueOf(tolerance[3], decimalComma)];
    const share = tolerance[4] === '%' && tolerance[2] !== undefined && tolerance[2] !== '%';
    const values = inUnit(valueOf(got[1], decimalComma), unit, tolerance[2] ?? tolerance[4] ?? '');
    const allowed = share ? (Math.abs(centre) * width) / 100 : width;
    return values?.every((value) => Math.abs(value - centre) > allowed + slack(centre)) ? target.trim() : undefined;
  }
  const wanted = boundOf(target, decimalComma);
  const values = wanted && inUnit(valueOf(got[1], decimalComma), unit, wanted.unit);
  if (!wanted || values === undefined || !countsSameThing(wanted.counted, got[3])) return undefined;
  // `≤ +10 ms` against `144 ms`: a change from a baseline is compared with a change (`+3 ms`), not with a value.
  if (wanted.change && !/^[~≈]?\s*[-+]/.test(measured.trim())) return undefined;
  const {bound, limit} = wanted;
  const margin = slack(limit);
  // `5 h 10 min` is more than its first number, by less than one of its unit: a miss only when certain.
  const more = /^\s*\d/.test(got[3]);
  const steps = inUnit(1, unit, wanted.unit)!;
  // A miss in every reading of the units (a `GB` of 10⁹ bytes and of 2³⁰).
  const misses = values.every((value, reading) => {
    const step = steps[reading];
    return {
      max: more ? value >= limit - margin : value > limit + margin,
      below: value >= limit - margin,
      min: more ? value + step <= limit + margin : value < limit - margin,
      above: more ? value + step <= limit + margin : value <= limit + margin,
    }[bound];
  });
  return misses ? target.trim() : undefined;
}

/** `0 failures` against `2 failures` or `2`, not against `2 errors`: a value that names what it counts names the target's. */
function countsSameThing(counted: string | undefined, rest: string): boolean {
  const word = (text: string) => /^\s*(\p{L}+)/u.exec(text)?.[1].toLowerCase().replace(/e?s$/, '');
  const named = word(rest);
  return counted === undefined || named === undefined || named === word(counted);
}

/**
 * A note that opens with the value a target in another column asks for, in the target's unit, and misses
 * it: `78% line coverage (pytest-cov)` against `Unit test coverage ≥ 85%`. Undefined otherwise.
 */
export function missedByNote(target: string, note: string, leading = LEADING_VALUE): {measured: string; target: string} | undefined {
  const wanted = boundOf(target);
  const value = wanted?.unit ? leading.exec(note) : undefined;
  if (!value || (value[3].toLowerCase() !== wanted!.unit.toLowerCase() && inUnit(1, value[3], wanted!.unit) === undefined)) return undefined;
  const measured = value[1];
  const missed = missedTarget(target, measured);
  return missed ? {measured, target: TRAILING_BOUND.exec(missed)?.[1] ?? missed} : undefined;
}

/**
 * A passed status that opens with its value, against the bound its row's criterion ends with (`| Restore time ≤ 4 hours |
 * ✅ 5 hours |`, `| p95 ≤ 1.2 s | PASS — hit 1.3 s |`), or a count short of the all it asks for (`| All UAT scripts
 * passed | ✅ 187/196 |`). Not a value told as a margin (`✅ 200 req/s above target`).
 */
export function missedByCriterion(criterion: string, status: string): {measured: string; target: string} | undefined {
  if (ALL_TARGET.test(criterion.trim())) {
    const count = STATUS_COUNT.exec(status);
    return count && missedTarget(criterion, count[1]) ? {measured: count[1], target: criterion.trim()} : undefined;
  }
  return missedByNote(criterion, status, STATUS_VALUE);
}
/** At most one word (the verdict, `PASS`, `Met`) and a verb of measuring before the value. */
const STATUS_LEAD = String.raw`^[^\p{L}\d]*(?:\p{L}+[^\p{L}\d]+)??(?:(?:measured|actual|observed|achieved|hit|reached|came\s+in\s+at)\s*:?\s*)?`;
const MARGIN_AFTER = String.raw`(?!\s+(?:above|below|over|under|more|less|faster|slower|better|worse|ahead|behind|lower|higher|than|of\s+(?:headroom|margin)|headroom|margin|to\s+spare|left|remaining|short|improvement)\b)`;
const STATUS_VALUE = new RegExp(String.raw`${STATUS_LEAD}([~≈]?\s*(${NUMBER})\s*(${UNIT}))(?![\w.,/-])${MARGIN_AFTER}`, 'iu');
const STATUS_COUNT = new RegExp(String.raw`${STATUS_LEAD}(\d{1,12}\s*(?:\/|of)\s*\d{1,12})(?![\d/.,])`, 'iu');

/**
 * A gate line's value, told as measured in its note, against the bound its title sets: `**Gate 4 — insert overhead
 * ≤ 5 ms p95:** PASS — staging measured 7.9 ms p95`, `**Gate 3 — TPR gap ≤ 0.05: PASS** (worst gap 0.071)`.
 */
export function missedByMeasurement(title: string, note: string): {measured: string; target: string} | undefined {
  const bound = BOUND_IN.exec(title)?.[0];
  const value = bound ? MEASURED_VALUE.exec(note) : undefined;
  if (!bound || !value) return undefined;
  const measured = (value[1] ?? value[2]).trim();
  return missedTarget(bound, measured) ? {measured, target: bound} : undefined;
}
/** Words of a value from before, or of a bound, not of what was measured now. */
const BEFORE_OR_BOUND = String.raw`(?:baseline|previous(?:ly)?|prior|last|before|was|were|from|vs\.?|versus|target|budget|limit|slo|sla|threshold|goal|max(?:imum)?|min(?:imum)?|up|down|since|of)\b`;
const BOUND_IN = new RegExp(String.raw`(?:≤|<=|=<|<|≥|>=|=>|>)\s*${NUMBER}(?:\s*${UNIT})?(?![\w.,/-])`, 'iu');
/**
 * A value in the first words of a note after a word that says it was measured (`staging measured 7.9 ms`, `(worst gap
 * 0.071`), or with its unit opening the bracket after the status, perhaps after a word or two for where (`PASS (412 ms)`,
 * `✅ PASS (canary 0.4 % over the window)`); not a value of before or of a bound (`(down from 412 ms)`, `(412 ms baseline)`,
 * `(budget 1 %)`).
 */
const MEASURED_VALUE = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:measured|observed|actual|achieved|worst(?:\s+[\p{L}-]+)?|came\s+in\s+at)\s*:?\s*([~≈]?\s*${NUMBER}(?:\s*${UNIT})?)(?![\w./-]|,\d)` +
    String.raw`|^[^.;()]{0,40}?\(\s*(?:(?!${BEFORE_OR_BOUND})\p{L}[\p{L}\p{N}-]*\s+){0,2}?([~≈]?\s*${NUMBER}\s*${UNIT})(?![\w./-]|,\d)(?!\s*(?:${BEFORE_OR_BOUND}))`,
  'iu',
);

/** A note's opening value, perhaps after the word for it: `78% line coverage`, `Measured 7 min 40 s`; its whole, number and unit. */
const LEADING_VALUE = new RegExp(String.raw`^\s*(?:(?:measured|actual|observed|achieved)\s*:?\s*)?([~≈]?\s*(${NUMBER})\s*(${UNIT}))(?![\w.,/-])`, 'i');

/**
 * A value with its target in a bracket after it (in English or another language: `objetivo`, `Ziel`, `cible`), or after a
 * comma: `78 % (target ≥ 80 %)`, `640 ms (SLO: < 500 ms)`, `0.02 % mismatch, target < 0.01 %`; what it was measured over
 * may stand between them: `3.4 % over 30 min (exit target < 1 %)`, `212 ms at peak (target ≤ 250 ms)`.
 */
const VALUE_AND_TARGET = new RegExp(
  String.raw`(?<![\w.,-])(${NUMBER}(?:\s*${UNIT})?)(?:(?:\s+(?:over|during|across|for|in|at|under|on)(?:\s+(?:the|a|an))?\s+(?:${NUMBER}\s*)?[\p{L}-]+){0,2}\s*\(\s*(?:(?:exit|release|agreed|our|the)\s+)?(?:target|threshold|goal|slo|sla|required|limit|objetivo|objectif|cible|ziel|zielwert|doel|obiettivo|meta|mål|cel|目標)\s*:?\s*([^()]{1,40})\)|(?:\s+[\p{L}-]+){0,2}\s*[,;]\s*(?:target|threshold|goal|slo|sla|limit)\s*:?\s*((?:≤|<=|<|≥|>=|>)\s*${NUMBER}\s*${UNIT}?))`,
  'giu',
);

/** A name with its target in a bracket, then its value after a colon: `Line coverage (at least 90%): 87.4%`. */
const TARGET_THEN_VALUE = new RegExp(
  String.raw`\(\s*(?:(?:target|goal|slo|required)\s*:?\s*)?((?:≤|<=|<|≥|>=|>|at\s+least|at\s+most|min\.?|max\.?)\s*${NUMBER}\s*${UNIT}?)\s*\)\s*:\s*(${NUMBER}(?:\s*${UNIT})?)(?![\w.,/-])`,
  'giu',
);

/**
 * A bound, then what was measured against it: `≥ 99.5% — measured 99.1%`, `≤ 250 ms; actual 312 ms`, `min 95%;
 * actual 91%`, `Required 100% — measured 98.7%` (a required share of all of it).
 */
const TARGET_AND_VALUE = new RegExp(
  String.raw`((?:≤|<=|<|≥|>=|>)\s*${NUMBER}\s*${UNIT}?|\b(?:min(?:imum)?|max(?:imum)?|at\s+least|at\s+most)\.?(?:\s+required)?(?:\s+of)?\s*:?\s*${NUMBER}\s*${UNIT}?|(?<=\b(?:required|target|threshold)\s*:?\s*)${NUMBER}\s*${UNIT}?)(?![\w./-]|,\d)\s*(?:[—–,;:(]|-\s)?\s*(?:measured|actual|achieved|observed|recorded)\s*:?\s*(${NUMBER}(?:\s*${UNIT})?)(?![\w.,/-])`,
  'giu',
);

/**
 * A value measured against a bound is this release's, and what the row stands on: not one followed by
 * when it was measured before (`measured 99.1% last quarter; 99.7% this release`, `312 ms on rc1, 190 ms on
 * rc2`), by what it counts (`observed 10 consecutive runs, 0 flaky`), nor one a waiver accepts (`actual 312
 * ms (risk accepted, RA-9)`).
 */
function measuredNow(text: string, end: number, measured: string): boolean {
  const rest = text.slice(end);
  const unit = /[^\d\s.,]+$/.exec(measured.trim())?.[0];
  // A bare number followed by a word counts that thing: `observed 10 consecutive runs`.
  if (!unit && /^\s+(?!(?:this|the|at|in|on|over|for|during|across)\b)\p{L}/iu.test(rest)) return false;
  if (/^[^;]*?\b(?:on|in|at|during|from)\s+(?:the\s+)?(?:rc\d*|beta|alpha|canary|staging)\b|^\s*(?:\(\s*)?(?:last|previous|prior|earlier|before|initially|first)\b/i.test(rest)) return false;
  if (unit && new RegExp(String.raw`\d\s*${unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\p{L}])`, 'u').test(rest)) return false;
  return !/\b(?:waived|waiver|risk[- ]accept\w*|exception\s+granted)\b/i.test(text);
}

/**
 * A bound of no unit right after a value is in the value's: `78 min (target ≤ 60)` asks for 60 min. Only for the first
 * value of its clause: in `180 ms at 2000 rps (target ≤ 250)` the bound is of the 180 ms.
 */
function inUnitOf(target: string, measured: string, before: string): string {
  const unit = VALUE_UNIT.exec(measured)?.[1];
  const first = !/\d/.test(before.split(/[,;:(]/).pop() ?? '');
  return unit && first && /^\s*(?:≤|<=|=<|<|≥|>=|=>|>)\s*[\d.,]+\s*$/.test(target) ? `${target.trim()} ${unit}` : target;
}
const VALUE_UNIT = new RegExp(String.raw`\d\s*(${UNIT})\s*$`, 'iu');

/** A clause naming an earlier build than this one: `The beta measured`, `rc1 had`, `On the previous build`. */
const EARLIER_BUILD = /\b(?:beta|alpha|rc\s?\d*|previous|prior|earlier|former|old)\s+(?:(?:build|release|run|version|candidate|image)\s+)?(?:measured|had|showed|gave|took|reached|scored|ran|came\s+in\s+at)\b|\b(?:on|in|for|with)\s+(?:the\s+)?(?:beta|alpha|rc\s?\d*|previous\s+\w+|prior\s+\w+|earlier\s+\w+)\b/i;

/**
 * The first value in `text` that misses the target written beside it (in a bracket after it, or before it
 * as a bound that the value was measured against), with that target; undefined when none
 * does. Not a value its clause gives as history: `Was 78 % (target ≥ 80 %) at rc1; now 84 %`.
 */
export function missedTargetIn(text: string): {measured: string; target: string} | undefined {
  // Most cells hold no bracket nor bound: no pattern is run over them.
  if (!text.includes('(') && !/[≤<≥>]|\b(?:measured|actual|achieved|observed|recorded)\b/i.test(text)) return undefined;
  const pairs = [
    ...[...text.matchAll(VALUE_AND_TARGET)]
      // `annual drill 2024 (target ≤ 60)`: a year is no measurement.
      .filter((match) => !/^(?:19|20)\d\d$/.test(match[1].trim()))
      .map((match) => ({index: match.index, measured: match[1], target: inUnitOf(match[2] ?? match[3], match[1], text.slice(0, match.index))})),
    ...[...text.matchAll(TARGET_THEN_VALUE)].map((match) => ({index: match.index, target: match[1], measured: match[2]})),
    ...[...text.matchAll(TARGET_AND_VALUE)]
      .filter((match) => measuredNow(text, match.index + match[0].length, match[2]))
      // `Minimum required: 95%`, `minimum of 99.5%` are `minimum 95%`, `minimum 99.5%`.
      .map((match) => ({index: match.index, target: match[1].replace(/\s+(?:required|of)\b|:/gi, ''), measured: match[2]})),
  ];
  for (const {index, measured, target} of pairs) {
    const clause = text.slice(0, index).split(/[;.!?]\s/).pop() ?? '';
    if (/\b(?:was|were|previously|formerly|initially|originally|earlier|before)\b/i.test(clause)) continue;
    // `✅ 700 ms (target ≤ 800 ms). The beta measured 950 ms (…)`: after this release's value, one of an earlier build.
    if (EARLIER_BUILD.test(clause) && pairs.some((other) => other.index < index)) continue;
    // `p99 1.4 s (SLO 800 ms)`: a bare target has the bound its metric implies.
    const missed = missedTarget(withImpliedBound(target, clause), measured);
    if (missed) return {measured: measured.trim(), target: missed};
  }
  return undefined;
}
