/**
 * Words that give a heading, a label or a table column its meaning for the model.
 * Kept together so the policy can extend them and a reader finds every rule of thumb in one place.
 */

export interface ContextWords {
  /** Table columns that hold a gate or criterion: one makes a table with a status column a gate table. */
  gateColumns: readonly string[];
  /** Headings (and label lines) under which a table with a status column, or a checklist, is a gate. */
  gateHeadings: readonly string[];
  /** The policy's own names for columns that hold a row's status (`Stand`, matched whole), beside `isStatusColumn`'s (which knows `Ergebnis`). */
  statusColumns: readonly string[];
  /** Other languages' and the policy's own names for notes columns (`Bemerkung`), beside `isNotesColumn`'s. */
  noteColumns: readonly string[];
  /** Other languages' and the policy's own words for headings and labels that claim the files under them (`Lieferumfang`). */
  fileHeadings: readonly string[];
  /** Other languages' and the policy's own names for columns of claimed files (`Datei`). */
  fileColumns: readonly string[];
  /** Other languages' and the policy's own words that say a file was removed (`gelöscht`, `entfernt`). */
  removalWords: readonly string[];
  /** Other languages' and the policy's own pending words, which a note beside a passed row may also use (`noch offen`). */
  waitWords: readonly string[];
  /** Other languages' and the policy's own not-applicable words, which the note of an unticked item may open with (`sans objet`). */
  notApplicableWords: readonly string[];
  /** Other languages' and the policy's own words that set a section, a list or a table aside (`reportés`, `fuera de alcance`). */
  setAsideWords: readonly string[];
  /** Other languages' and the policy's own names for columns of signatures (`Unterschrift`; a policy's `Firma`). */
  signOffColumns: readonly string[];
  /** Other languages' and the policy's own words that negate a wait in a note (`aucune réserve en attente`, `nada pendiente`). */
  negationWords: readonly string[];
}

/**
 * The built-in words: English, and the common words of German, French, Spanish, Portuguese, Dutch, Italian, Swedish, Polish and Japanese reports
 * (their status words are in the vocabulary). A policy adds its own to these.
 */
export const DEFAULT_CONTEXT_WORDS: ContextWords = {
  gateColumns: [
    'gate', 'gates', 'criterion', 'criteria', 'requirement', 'requirements', 'req.', 'condition', 'conditions', 'control', 'controls',
    'kriterium', 'kriterien', 'anforderung', 'anforderungen', 'kontrolle', 'critère', 'critères', 'exigence', 'exigences', 'contrôle',
    'criterio', 'criterios', 'requisito', 'requisitos', 'critério', 'critérios', 'controle',
  ],
  gateHeadings: [
    'gate', 'gates', 'acceptance', 'criteria', 'criterion', 'sign-off', 'signoff', 'sign off', 'exit criteria',
    'definition of done', 'readiness', 'sign-offs', 'signoffs', 'sign offs', 'go/no-go', 'approvals',
    'authorization decision', 'authorisation decision', 'ato decision', 'reviewer decisions', 'review decisions', 'board decision',
    'board decisions', 'committee decision', 'committee decisions', 'cab decision', 'approver decisions',
    'critères', "critères d'acceptation", 'recette',
    'criterios', 'criterios de aceptación', 'aceptación', 'critérios', 'critérios de aceite', 'aceite', 'homologação', 'homologación',
    'approbation', 'approbations', 'aprobación', 'aprobaciones', 'aprovação', 'aprovações', 'approvazione', 'approvazioni',
    'goedkeuring', 'goedkeuringen', 'besluitvorming', 'acceptatie', 'acceptatiecriteria',
    'godkännande', 'godkännanden', 'acceptanskriterier', 'zatwierdzenie', 'zatwierdzenia', 'kryteria akceptacji', 'odbiór', '承認', '合否判定', '受入基準',
  ],
  statusColumns: [],
  noteColumns: [
    'bemerkung', 'bemerkungen', 'anmerkung', 'anmerkungen', 'kommentar', 'kommentare', 'hinweis', 'hinweise', 'nachweis',
    'remarque', 'remarques', 'commentaire', 'commentaires', 'preuve', 'preuves', 'observación', 'observaciones', 'comentario',
    'comentarios', 'evidencia', 'evidencias', 'observação', 'observações', 'comentário', 'comentários', 'evidência', 'evidências',
  ],
  fileHeadings: ['lieferumfang', 'nachweise', 'dateien', 'livrables', 'fichiers', 'entregables', 'archivos', 'entregáveis', 'arquivos'],
  fileColumns: ['datei', 'pfad', 'fichier', 'chemin', 'archivo', 'arquivo', 'caminho'],
  removalWords: [
    'gelöscht', 'entfernt', 'supprimé', 'supprimée', 'eliminado', 'eliminada', 'borrado', 'borrada', 'removido', 'removida', 'verwijderd',
    'rimosso', 'rimossa', 'eliminato', 'eliminata', 'borttagen', 'borttaget', 'usunięty', 'usunięto', '削除',
  ],
  waitWords: [
    'offen', 'ausstehend', 'in bearbeitung', 'in klärung', 'noch nicht', 'nicht durchgeführt', 'nicht erfolgt', 'en attente',
    'pas encore', 'non effectué', 'non effectuée', 'non réalisé', 'non réalisée', 'pendiente', 'todavía no', 'aún no',
    'no realizado', 'no realizada', 'no ejecutado', 'no ejecutada', 'pendente', 'em andamento', 'ainda não', 'aguardando',
    'não executado', 'não executada', 'não realizado', 'não realizada',
  ],
  notApplicableWords: [
    'entfällt', 'nicht anwendbar', 'nicht zutreffend', 'sans objet', 'non applicable', 'no aplica', 'no aplicable', 'não se aplica', 'não aplicável',
    'ej tillämplig', 'nie dotyczy', '対象外', '該当なし',
  ],
  setAsideWords: [
    'zurückgestellt', 'außerhalb des umfangs', 'reporté', 'reportés', 'reportée', 'reportées', 'hors périmètre', 'hors du périmètre',
    'fuera de alcance', 'pospuesto', 'aplazado', 'adiado', 'fora do escopo',
  ],
  signOffColumns: ['unterschrift', 'assinatura'],
  negationWords: [
    'kein', 'keine', 'keinen', 'nichts', 'nicht mehr', 'aucun', 'aucune', 'rien', 'plus rien', 'sans', 'ningún', 'ninguna', 'ninguno', 'nada',
    'sin', 'ya no', 'nenhum', 'nenhuma', 'sem', 'já não',
  ],
};

const escapeWords = (words: readonly string[]) =>
  words.map((word) => word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/\//g, '\\s*/\\s*')).join('|');

/**
 * A test for any of `words`, in the pattern `source` makes of their alternation; a test that is false
 * without a look at the text when there are none (the policy adds status columns, usually none).
 */
function wordTest(words: readonly string[], source: (alternation: string) => string): (text: string) => boolean {
  if (words.length === 0) return () => false;
  const pattern = new RegExp(source(escapeWords(words)), 'iu');
  return (text) => pattern.test(text);
}

/** The pattern of any of `words`, whole, anywhere in a text. */
const WHOLE_WORD = (alternation: string) => `(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`;

/** Any of `words`, whole, anywhere in a text. */
const anyWord = (words: readonly string[]) => wordTest(words, WHOLE_WORD);

/** A column named one of `names`, whole (`Ergebnis`, not `Erwartetes Ergebnis`), perhaps with `?` or `:`. */
const wholeName = (names: readonly string[]) => {
  const test = wordTest(names, (alternation) => `^(?:${alternation})[ \\t]?[?:]?$`);
  return (header: string) => test(header.trim());
};

export interface ContextMatchers {
  isGateColumn(header: string): boolean;
  isGateHeading(text: string): boolean;
  /**
   * The columns that may hold a table's status, in order of preference: the ones the policy names
   * if any; else those that are not a past state (`Current status` over `Prior-year status`,
   * `Retest result` over `Status at original test`), or the past ones if there are no others.
   */
  statusColumns(headers: readonly string[]): number[];
  isNotesColumn(header: string): boolean;
  isFileColumn(header: string): boolean;
  isClaimContext(text: string): boolean;
  isRemovalContext(text: string): boolean;
  /** A cell that says, in the policy's words, that a file was removed (`gelöscht`). */
  saysRemoved(cell: string): boolean;
  /** Text right after a path that notes it removed in the policy's words (` wurde entfernt`, ` (gelöscht)`). */
  notedRemovedAfter(text: string): boolean;
  /**
   * What a note beside a passed row says is not done: `notDoneIn`, or a clause that begins or ends with a
   * wait word of another language or the policy, or holds one of several words (`pas encore reçu`), and no such negation (`nada pendiente`).
   */
  notDoneIn(note: string): string | undefined;
  /** A clause of a note that opens with such a not-applicable word (`sans objet, lot 2 only`). */
  saysNotApplicable(clause: string): boolean;
  /** A heading or an introduction with such a set-aside word (`Points reportés`, `Fuera de alcance`). */
  setsAside(text: string): boolean;
  /** A column of signatures: `isSignOffColumn`'s, or one the policy names. */
  isSignOffColumn(header: string): boolean;
}

/** German gate headings, also in compounds: `Prüfkriterien`, `Abnahme`, `Produktfreigabe`. */
const GERMAN_GATE_HEADING = /(?:kriterien|abnahme|freigaben?)(?![\p{L}\p{N}])/iu;

export function createContextMatchers(words: ContextWords): ContextMatchers {
  const column = anyWord(words.gateColumns);
  const heading = anyWord(words.gateHeadings);
  const statusColumn = wholeName(words.statusColumns);
  const noteColumn = wholeName(words.noteColumns);
  const fileHeading = anyWord(words.fileHeadings);
  const fileColumn = wholeName(words.fileColumns);
  const removal = anyWord(words.removalWords);
  // The word is all the cell says, perhaps with a symbol or a bracketed note: `gelöscht`, `🗑️ entfernt (alt)`.
  const removedCell = wordTest(words.removalWords, (alternation) => `^[^\\p{L}\\p{N}]*(?:${alternation})\\s*(?:\\(.*\\))?$`);
  // Not negated in English: `— not retired, still serving v1`, `(never retired)`.
  const removedAfter = wordTest(
    words.removalWords,
    (alternation) => `^\\s*(?:[(\\[—–:,-]\\s*)?(?:(?!(?:not|never|no)\\b)[\\p{L}-]+\\s+){0,2}(?:${alternation})(?![\\p{L}\\p{N}])`,
  );
  const wait = wordTest(words.waitWords, (alternation) => `^(?:${alternation})(?![\\p{L}\\p{N}])|(?:^|[^\\p{L}\\p{N}])(?:${alternation})$`);
  const waitPhrase = anyWord(words.waitWords.filter((word) => /\s/.test(word.trim())));
  // Most notes hold none of these words: their clauses are not looked at.
  const anyWait = anyWord(words.waitWords);
  // A negation counts before what it negates: `aucune réserve en attente`, not `en attente, aucun retour`.
  const negationBefore = (others: readonly string[]) => {
    if (words.negationWords.length === 0 || others.length === 0) return () => false;
    const negation = new RegExp(WHOLE_WORD(escapeWords(words.negationWords)), 'iu');
    const other = anyWord(others);
    // Found once each, not by one pattern whose `.*` between them backtracks over a long text.
    return (text: string) => {
      const found = negation.exec(text);
      return found !== null && other(text.slice(found.index + found[0].length));
    };
  };
  const negatedWait = negationBefore(words.waitWords);
  const negatedAside = negationBefore(words.setAsideWords);
  // Not when negated right after it: `entfällt nicht`.
  const notApplicable = wordTest(
    words.notApplicableWords,
    (alternation) => `^[^\\p{L}\\p{N}]*(?:${alternation})(?![\\p{L}\\p{N}])(?!\\s+(?:not|never${words.negationWords.length > 0 ? `|${escapeWords(words.negationWords)}` : ''})(?![\\p{L}\\p{N}]))`,
  );
  const setAside = anyWord(words.setAsideWords);
  const signOffColumn = wholeName(words.signOffColumns);
  return {
    // A gate column is named by its word, perhaps after two others (`Exit criteria`, `SOC 2 control`), not
    // one that only compares with it (`Conversion vs control`).
    isGateColumn: (text) =>
      column(text) &&
      !/\b(?:vs|versus|against|than)\b|\bchange\s+(?:control|request|record)s?\b/i.test(text) &&
      // A bracket after the name says which: `Requirement (SLSA v1.0 Build track)`.
      text.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).length <= 4,
    // `## FAI Approval`, `## Release approval`: a heading that ends naming one (not `## Approval history`).
    isGateHeading: (text) => heading(text) || /\bapproval\s*$/i.test(text) || GERMAN_GATE_HEADING.test(text),
    statusColumns(headers) {
      const indexes = (test: (header: string) => boolean) => headers.flatMap((header, index) => (test(header) ? [index] : []));
      const named = indexes(statusColumn);
      if (named.length > 0) return named;
      const current = indexes((header) => isStatusColumn(header) && !PAST_STATE.test(header));
      return current.length > 0 ? current : indexes(isStatusColumn);
    },
    isNotesColumn: (header) => isNotesColumn(header) || noteColumn(header),
    isFileColumn: (header) => isFileColumn(header) || fileColumn(header),
    isClaimContext: (text) => isClaimContext(text) || fileHeading(text),
    isRemovalContext: (text) => isRemovalContext(text) || removal(text),
    saysRemoved: removedCell,
    notedRemovedAfter: removedAfter,
    notDoneIn: (note) =>
      notDoneIn(note) ?? (anyWait(note) ? notDoneClause(note, (clause) => (wait(clause) || waitPhrase(clause)) && !negatedWait(clause)) : undefined),
    saysNotApplicable: notApplicable,
    setsAside: (text) => setAside(text) && !negatedAside(text),
    isSignOffColumn: (header) => isSignOffColumn(header) || signOffColumn(header),
  };
}

/** A column of how a row stood before: `Prior-year status`, `Status at original test`, `Previous result`. */
const PAST_STATE =
  /\b(?:prior|previous|original|initial|baseline|old|former|last[- ]year|prior[- ]year)\b|(?<![\p{L}])(?:erst\p{L}*|ursprünglich\p{L}*|vorherig\p{L}*|pr[ée]c[ée]dent\p{L}*|ancien\p{L}*|anterior|inicial)(?![\p{L}])/iu;

/** A column of what should happen, not how it went: `Expected result`, `Target state`, `Required`. */
export const WANTED_COLUMN = /^(?:expected|target|required|desired|planned)\b/i;

/** A column whose cells say how a row stands. */
export const isStatusColumn = (header: string) =>
  !WANTED_COLUMN.test(header.trim()) &&
  // `Verified by`, `Verified in`, `Verification method`, `Result date`: who, where, how or when, not how it went.
  !/^(?:verified|verification|validated|validation|checked|tested|approved|result|results|status|state)\s+(?:by|in|on|at|date|dated|when|where|method|owner|link|evidence|reference|ref)\s*[?:]?$/i.test(
    header.trim(),
  ) &&
  (/(?:^|\W)(?:status|state|result|results|verdict|outcome|verified|verification|conclusion|compliant|compliance)(?:\W|$)|^pass\s*\/\s*fail(?:\s*\/\s*[\w-]+)*$|^go\s*\/\s*no[- ]?go$|^(?:rag|rag status|met|met\?|passed|passed\?|pass\?|done|done\?|closed|closed\?|resolved|resolved\?|complete|complete\?|completed|achieved\?|in place\?|implemented\??|approved|approved\?|(?:design|operating)\s+effective(?:ness)?\??|answer|response|y\/n|yes\/no|✅|✓|✔️?)$/iu.test(
    header.trim(),
  ) ||
    OTHER_STATUS_COLUMN.test(header.trim()) ||
    // A question of trouble, answered row by row: `Triggered?`, `Issues found?`.
    asksAfterTrouble(header)) &&
  !OTHER_WANTED_COLUMN.test(header.trim());

/** A column of results in Swedish, Polish and Japanese: `Resultat`, `Utfall`, `Wynik`, `結果`, `判定`, `合否`. */
export const RESULT_NAMES = String.raw`resultat|utfall|wynik|wyniki|結果|判定|合否`;

/**
 * A status column in German, French, Spanish, Portuguese, Dutch, Italian, Swedish, Polish or Japanese: `Ergebnis`,
 * `Prüfergebnis`, `Umsetzungsstatus`, `Statut`, `Résultat`, `Estado`, `Situação`, `Resultaat`, `Oordeel`, `Esito`, `Utfall`,
 * `Wynik`, `結果`.
 */
const OTHER_STATUS_COLUMN = new RegExp(
  String.raw`^(?:\p{L}*ergebnis|bewertung|zustand|ampel|wirksam|statut|r[ée]sultat|[ée]tat|atteint|estado|estatus|resultado|situaci[óo]n|situa[çc][ãa]o|conformidade?|conformit[ée]|resultaat|resultaten|uitslag|uitkomst|(?:eind)?oordeel|beoordeling|esito|risultato|stato|¿?cumple\??|erfüllt\??|voldaan\??|rispettato\??|atende\??|${RESULT_NAMES}|ocena|状態|ステータス|\p{L}+status)(?![\p{L}\p{N}])`,
  'iu',
);

/** What should happen, in those languages: `Erwartetes Ergebnis`, `Soll`, `Résultat attendu`, `Resultado esperado`. */
const OTHER_WANTED_COLUMN = /^(?:erwartet\p{L}*|soll|ziel\p{L}*)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:attendue?s?|esperad[oa]s?|previst[oa]s?|cible|objetivo|meta)(?![\p{L}\p{N}])/iu;

/** A gate line names a gate in its label or heading: `**Gate 2**:`, `### Gate 3 Result: ✅`, `**All Gates**:`. */
export const namesGate = (text: string) => /(?:^|[^\p{L}])gates?(?![\p{L}])/iu.test(text);

/**
 * A heading that opens by naming one numbered control, criterion, requirement or check, or by a control's
 * id: `### 🔴 Control 3: Dependency scanning`, `## Requirement 6.2.3 — ✅`, `### CC6.1 Logical access — ❌ Exception noted`.
 */
export const namesNumberedCheck = (text: string) =>
  /^[^\p{L}\p{N}]*(?:[A-Z]{1,4}[-.]?\d+(?:\.\d+)+\b|[A-Z]{2,4}-\d+\b)/u.test(text) ||
  /^[^\p{L}\p{N}]*(?:control|criterion|requirement|check)\s+#?[A-Z]{0,4}[-.]?\d/iu.test(text);

/** Headings and labels under which cited files are claimed as delivered or as evidence. */
export const isClaimContext = (text: string) =>
  /\b(?:deliverables?|(?<!\b(?:to|will|shall|would)\s+be\s+|\bnot\s+)delivered(?!\s+by\b)|files?|evidence|artifacts?|artefacts?|outputs?|added|modified|created|updated|changed|touched|location|path)\b/i.test(
    text,
  );

/** Headings, labels and status cells for files that were removed: they are not expected to exist. */
export const isRemovalContext = (text: string) => /\b(?:deleted|removed|delete|remove|del|deprecated|superseded|retired)\b/i.test(text);

/**
 * Columns that hold a decision (`CAB decision`, `Approval`, `Conformance level`): a status column
 * when their cells are mostly statuses, not the free text of a design decision.
 */
export const isDecisionColumn = (header: string) =>
  /^(?:[\w-]+\s+){0,2}(?:decision|approval|vote)(?:\s+status)?(?:\s*\([^)]*\))?$|^(?:conformance(?:\s+level)?|assessment|evaluation)$|^(?:d[ée]cision|decisi[óo]n|decis[ãa]o|entscheidung)$/i.test(
    header.trim(),
  );

/** Columns that can record a file change: a status column, or Change / Action / Operation / Type. */
export const isChangeColumn = (header: string) => isStatusColumn(header) || /\b(?:change|changes|action|operation|op|type|git)\b/i.test(header);

/** Status cells that record a file change (ADD / MOD), not a verdict. */
export const isChangeWord = (text: string) =>
  /^(?:add|added|new|mod|modified|modify|changed|change|updated|update|created|create|deleted|delete|del|removed|remove|renamed|rename|moved|a|m|d|r)$/i.test(
    text.trim(),
  );

/** Status cells that record a setting's value (`❌ Disabled` may be the desired state), not a verdict. */
export const isSettingValue = (text: string) =>
  /\b(?:enabled|disabled|on|off|configured|allowed|disallowed|active|inactive|true|false|optional)\b/i.test(text);

/**
 * Labels of a run that the report says failed on purpose (a demonstration that a gate blocks): the
 * failure word describes the run (`Drift Failure Run`, `Failing CI run`), not what it was about
 * (`CI run after fixing the failing test`).
 */
export const saysFailure = (text: string) => /\b(?:fail|failure|failed|failing|broken)\s+(?:[\w-]+\s+)?(?:ci\s+|workflow\s+)?run\b/i.test(text);

/** Words that say something was done or left out on purpose: `by design`, `as designed`, `intentionally`. */
export const ON_PURPOSE = String.raw`by\s+design|as\s+designed|as\s+intended|intentionally|on\s+purpose|deliberately`;

/** Phrases that say a run was meant to fail; see `expectsFailure`. */
const PLANNED_FAILURE = new RegExp(
  String.raw`(?<![\w\u00C0-\u024F])(?:expected\s+(?:to\s+)?fail(?:ure|ing)?|expected\s+(?:refusal|rejection|denial)|(?:failure|refusal|rejection|denial)\s+(?:(?:is|was)\s+)?(?:expected|intended)\b(?!\s+to\b)|(?:fail(?:s|ed|ing)?|blocked|rejected|refused|denied)(?:,?\s+(?!(?:was|is|were|now|but|and|fixed|passed|then)\b)[\w-]+){0,4},?\s+\(?(?:as\s+expected|${ON_PURPOSE})|red\s+(?:as\s+expected|${ON_PURPOSE})|\bred(?:\s+(?:status|result|outcome|conclusion|build))?(?:\s+(?:on|of|for)\s+(?:that|this|the)\s+(?:run|job|build|workflow))?\s+(?:is|was)\s+(?:expected|intended)\b(?!\s+to\b)|(?:deliberately|intentionally|purposely|purposefully)\s+fail(?:s|ed|ing)?|fail(?:s|ed|ing)?\s+(?:deliberately|intentionally|on\s+purpose)|correctly\s+(?:failed|blocked|rejected|denied)|fail(?:s|ed|ure)?\s*\(\s*(?:expected|intended|on\s+purpose|by\s+design)\s*\)|fail(?:ure|ing)\s+demonstrations?|(?:fehlgeschlagen|[ée]chou[ée]e?|[ée]chec|fallid[oa]s?|fall[oó](?!\w)|fallit[oa]|fallisc(?:e|ono))(?!\s*[:=]?\s*0\b)[^.;(]{0,60}?\b(?:erwartet|erwartungsgem\S*|attendue?|pr[ée]vue?|esperad[oa]|previst[oa])|erwartungsgem\S*\s+(?:fehl|abgebrochen)|degraded\s+as\s+expected|fail(?:s|ed|ing|ure)?\b[^.;]{0,80}?\b(?:was|is)\s+(?:the\s+|an?\s+)?(?:intended|expected|desired)\s+(?:outcome|result|behaviou?r)\b|(?:(?:that|which)\s+|\b(?:this|the)\s+run\s+)(?:should|must|is\s+(?:meant|supposed|designed)\s+to|was\s+(?:meant|supposed|designed)\s+to)\s+fail\b(?!\s+(?:if|when|whenever|unless|below|above|under|over|on|for)\b))`,
  'gi',
);

/**
 * What, right before such a phrase, says it is not so: a negation at most two words before (`not
 * expected to fail`, `wasn't blocked …, as expected`, `none of the 1,204 tests failed, as expected`),
 * or history (`previously expected to fail`).
 */
const NOT_PLANNED =
  /\bpas\s+d['’]\s*$|(?:\b(?:not|never|no|nothing|zero|0|no\s+longer|previously|formerly|(?:is|was|are|were|did|does|do|has|have|had)n['’]t|keine?|kein|aucun|nessun|ning[úu]n|sin|sem|nenhum|sans|pas\s+de)(?:\s+[\w-]+){0,2}|\bnone\s+of(?:\s+[\w-]+(?:,\d+)*){0,3})\s+$/i;

/** A condition before `… must fail` makes it a rule, not a run's plan: `If coverage drops, the run must fail`. */
const CONDITION = /\b(?:if|when|whenever|unless)\b[^.;!?]*$/i;

/** How far before a planned-failure phrase `NOT_PLANNED` is looked for. */
const PLANNED_LOOK_BEHIND = 80;

/**
 * Words that say a run was meant to fail, wherever they stand (a heading, the run's line, its row):
 * `expected to fail`, `fails as expected`, `refusal expected`, `deliberately failing`, `red by design`, `blocked by the
 * policy gate, as intended`, `correctly failed`, `this run should fail`. (`PRs with CVEs must fail` and
 * `the run must fail below 80%` say what a gate does, not what a run did; in `failed last week, was
 * fixed as expected` the failure is not what was expected; `Red team found issues, as expected` is no
 * run.) The phrase is found first and what stands before it is read in a bounded window, so a long
 * text costs one pass.
 */
export function expectsFailure(text: string): boolean {
  return plannedFailures(text).length > 0;
}

/** `text` without its phrases of a planned failure (see `expectsFailure`): what is left may still give a verdict. */
export function withoutPlannedFailures(text: string): string {
  let left = text;
  for (const match of plannedFailures(text).reverse()) left = `${left.slice(0, match.index)}${' '.repeat(match[0].length)}${left.slice(match.index + match[0].length)}`;
  // A failure made on purpose names what the section does (`Deliberate Failure Proof`, a game day's `deliberate failure of one
  // AZ`): no verdict, though its runs may well be meant to pass. So does the failure of a part it puts the system through
  // (`Gate PT-4 Broker failure`, `Disk failure drill`); not `Gate 3 Failure` nor `Overall failure`.
  return left
    .replace(/\b(?:deliberate|intentional|injected|simulated)\s+fail(?:ure|ing)s?\b/gi, (phrase) => ' '.repeat(phrase.length))
    .replace(PART_FAILURE, (phrase, part: string, failure: string) => (VERDICT_WORD_BEFORE.test(part) ? phrase : `${part}${' '.repeat(failure.length)}`));
}

/** A failure after the word for what failed: `Broker failure`, `power-supply failures`. */
const PART_FAILURE = /(?<![\p{L}\p{N}])(\p{L}[\p{L}-]*\s+)(failures?)(?![\p{L}\p{N}])/giu;
/** Words that make the failure after them a verdict: `Result failure`, `Overall failure`. */
const VERDICT_WORD_BEFORE = /^(?:result|status|outcome|verdict|overall|total|complete|gate|test|check)\s/i;

/** The phrases of `text` that say a run was meant to fail, not denied or made a rule by what stands before them. */
function plannedFailures(text: string): RegExpExecArray[] {
  // Every phrase holds one of these: most text holds none, and a plain search skips it cheaply.
  if (!/fail|block|reject|refus|denie|denial|red\s|fehlgeschlagen|erwartungsgem|[ée]ch[eo]|fall[ioó]/i.test(text)) return [];
  return [...text.matchAll(PLANNED_FAILURE)].filter((match) => {
    const before = text.slice(Math.max(0, match.index - PLANNED_LOOK_BEHIND), match.index);
    return !NOT_PLANNED.test(before) && !(/\b(?:should|must)\b/i.test(match[0]) && CONDITION.test(before));
  });
}

/** Words, besides failure words, that tell a run failed: `timed out`, `errored`, `broke`, Dutch `faalde`, Swedish `misslyckades`. */
export const TOLD_FAILED = String.raw`timed\s+out|errored|broke|faalde|mislukte|misslyckades`;

/**
 * The text right after a run citation says that run failed: `CI run 21000000001, which failed on …`, `(run N) and
 * failed on two findings`, `run (N) failed the latency gate`,
 * `[the run](…) ❌ failed`, `… failed only on that test`. The report tells a red run as red; it does not claim
 * it green; nor a run it says `was cancelled` (by a concurrency group, a newer push). Not `failed to reproduce`, `failed jobs re-run`, `failed 0`, `Failed → Passed` or `had failed before`.
 */
export const saidFailedAfter = (text: string) => SAID_FAILED_AFTER.test(text);
const SAID_FAILED_AFTER = new RegExp(
  String.raw`^[\s,:;)\]—–-]*(?:\(\s*)?(?:❌\s*)?(?:(?:which|that|and)\s+)?(?:(?:also|then|first)\s+)?(?:(?:has|had|a|ha|hat|ist|è|é|sono)\s+)?(?:failed|failure|went\s+red|was\s+red|(?:was|were|got)\s+cancell?ed(?:\s+by\s+[^.;,()]{1,60}?)?|${TOLD_FAILED}|[ée]chec|[ée]chou[ée]e?|fallid[oa]|fallit[oa]|fehlgeschlagen|schlug(?:en)?\s+(?:[^.;:]{0,80}?\s)?fehl)(?!\s*:?\s*(?:none|nessuno|0\b)|\s+(?:on|of|in)\s+0\b)(?:\s+again)?(?:\s+(?:only|just))?(?=\s*(?:$|[.,;:!()❌]|[—–-]\s|(?:on|at|with|in|during|because|due|after|when|as|and|the|op|bij|tijdens|på|vid|i|sul|sulla|nel|nella|al|alla|durante|per|en|sur|dans|lors|por|con|bei|im|am|auf)\b))(?!\s*,?\s*(?:and|but)\s+(?:was|is|then|now)\b)`,
  'iu',
);

/** Lines that state how something went: `**Status**:`, `### Job Status: ❌ FAILED`, `**Result**:`. */
export const isStatusLabel = (text: string) => /\b(?:status|result|conclusion|outcome)\b/i.test(text);

/**
 * A heading or line that introduces a list of CI checks (`All Gates Passing`, `CI checks`), not a
 * list of criteria (`Gate criteria`, `Acceptance gates`), whose items are statements, not job names.
 */
export const introducesChecks = (text: string) =>
  /\b(?:checks?|gates?|jobs?|ci|pipeline|workflows?)\b/i.test(text) &&
  !/\b(?:criteri(?:a|on)|requirements?|conditions?|acceptance)\b/i.test(text);

/** Table columns that hold cited files. */
export const isFileColumn = (header: string) =>
  /\b(?:files?|paths?|locations?|artifacts?|artefacts?|deliverables?|evidence|documents?|workpapers?|attachments?)\b/i.test(header);

/**
 * Labels that give a decision, read by its first words: `Decision`, `CAB decision`, `Final verdict`,
 * `Go/No-Go`, `Decision Go/No-Go`, `Go/No-Go (2024-11-20)`, `Go/No-Go on 2024-11-20`, `Decision by
 * CAB`, `Go/No-Go (final)`, `Go/No-Go call` (not `Decision (ADR-014)`, a design decision); and labels
 * that say whether the criteria were met (`Test exit criteria met`, `Entry and exit criteria met`; not
 * `Entry criteria met`, which opens a phase).
 */
export const isDecisionLabel = (label: string) =>
  /^(?:[\w-]+\s+){0,2}(?:decision|verdict|go\s*\/\s*no[- ]?go)(?:\s+(?:decision|call|outcome|result|verdict))?(?:\s*\((?![^()]*\b(?:adr|rfc|design|option|options|proposal|architecture)\b)[^()]{1,40}\)|\s+by\s+(?:the\s+)?[\p{L}&/ -]{2,30}|\s+(?:on|at)\s+\d[\d./-]*)?$|^(?!entry\s+criteria\b)(?:[\w-]+\s+){0,3}(?:criteria|criterion|gates?|conditions?)\s+(?:met|passed|satisfied|fulfilled)\??$/iu.test(
    label.trim(),
  );

/**
 * Labels of a verdict on the whole report or on one review: `Result`, `Test result`, `Outcome`, `Assessment`,
 * `Conclusion`, `Overall status`, `Final status`, `Overall RAG`, `RAG status`, `Acceptance status`; not
 * `Status` alone, often the document's own (`Draft`, `Living document`), nor what was expected or observed (`Expected
 * result`, `Actual outcome`) or a rating of risk (`Risk assessment`).
 */
export const isVerdictLabel = (label: string) =>
  /^(?!(?:expected|actual|observed|measured|target|desired|planned|intended|previous|prior|initial|original|risk|inherent|residual)\b)(?:(?:[\w-]+\s+){0,2}(?:results?|outcomes?|assessment|conclusion|rag)|(?:overall|final|acceptance|rag)\s+status)$/i.test(
    label.trim(),
  ) || OTHER_VERDICT_LABEL.test(label.trim());

/**
 * The same in German, French, Spanish, Portuguese, Dutch and Italian: `Ergebnis`, `Gesamtergebnis`, `Résultat global`,
 * `Resultado final`, `Estado final`, `Eindoordeel`, `Esito finale`.
 */
const OTHER_VERDICT_LABEL =
  /^(?:(?:gesamt|prüf|test)?ergebnis(?:\s+(?!erst|ursprüngl|vorherig)[\p{L}-]+){0,2}|fazit|(?:gesamt)?bewertung|(?:gesamt)?beurteilung|r[ée]sultat|conclusi[óo]n|conclus[ãa]o|veredicto|veredito|resultado|parecer|avis|(?:eind)?oordeel|(?:eind)?resultaat|(?:eind)?beoordeling|conclusie|uitslag|esito|conclusione|(?:statut|estado|status)\s+(?:final|global|geral|general))(?:\s+(?:global|globale|final|finale|g[ée]n[ée]ral|g[ée]n[ée]rale|geral|general)|\s+(?:du|de\s+la|de\s+l'|del|de|da|do)\s*[\p{L}-]+)?$/iu;

/**
 * A question whose good answer is no: it asks after trouble (`Issues found?`, `Rollback needed?`, `Customer
 * impact?`, `Open P1/P2 defects?`, `Any records older than the cut-off remaining?`, a `Triggered?` column);
 * not one that asks whether it was dealt with or is absent (`All defects closed?`, `Rollback plan tested?`,
 * `Crash-free sessions ≥ 99.5%?`, `No open P1s?`).
 */
export const asksAfterTrouble = (question: string) =>
  /\?\s*$/.test(question) && (ASKS_ANY.test(question) || WINDOW_EXCEEDED.test(question) || namesTrouble(question));
/** A name of trouble, not of its having been dealt with: `Open critical or major issues`, `Failed tests`; not `All defects closed`. */
export const namesTrouble = (text: string) => TROUBLE.test(text) && !TROUBLE_DEALT_WITH.test(text);
/**
 * A question after any of something: `Any policy violations?`, `Did any alarm fire during the window?`, `Were any BGP
 * sessions still down?`, `Is any ePHI stored unencrypted?`. A question about a control names it without `any`
 * (`Did the high-CPU alert fire during the load test?`, `Alarms routed to the control centre?`).
 */
const ASKS_ANY = /\bany\b(?!\s+(?:time|stage|point|of\s+(?:the|these|them))\b)/i;
/** A change that overran its window: `Did the change exceed the approved window?`. */
const WINDOW_EXCEEDED = /\b(?:exceed(?:ed|s)?|overr[au]n)\s+(?:the\s+)?(?:approved\s+|change\s+|maintenance\s+)?window\b/i;
const TROUBLE =
  /\b(?:issues?|defects?|bugs?|incidents?|errors?|failures?|failed|failing|regressions?|complaints?|blockers?|exceptions?|deviations?|vulnerabilit(?:y|ies)|violations?|breach(?:es|ed)?|outages?|roll[- ]?backs?|rolled\s+back|back[- ]?outs?|backed\s+out|reverted|loss(?:es)?\s+of|hotfix(?:es)?|workarounds?|data\s+loss|interventions?|impact(?:ed)?|crash(?:es|ed)?|downtime|leaks?|triggered|fired|remaining|left\s+over|escalat\w*|unresolved|unplanned|undocumented|unauthori[sz]ed|unapproved|unreviewed|lost)\b/i;
const TROUBLE_DEALT_WITH =
  /\b(?:all|every|complete[d]?|respected|tested|passed|green|within|implemented|as\s+planned|resolved|closed|fixed|remediated|mitigated|addressed|documented|in\s+place|ready|approved|signed|none|zero|no|without|successful(?:ly)?|working|healthy|restored|verified|reviewed|checked|confirmed|configured|enabled|polic(?:y|ies)|rejected|blocked|denied)\b|-free\b/i;

/** Labels that give sign-offs, read whole: `**Sign-off:** QA ✅, Security ⏳` waits for Security. */
export const isSignOffLabel = (label: string) => /^(?:[\w-]+\s+){0,2}(?:sign[- ]?offs?|approvals?|signed(?:\s+by)?|signature)(?:\s*\([^()]*\))?$/i.test(label.trim());

/**
 * Columns that hold sign-offs (`Sign-off`, `Reviewer sign-off`, `Signed off?`, `Signature`): a name,
 * initials or a date there is a signature, so a pass; an empty cell is still unsigned.
 */
export const isSignOffColumn = (header: string) =>
  /^(?:[\w-]+\s+){0,2}(?:sign[- ]?off|signed(?:\s+off)?\??|signature)(?:\s*\([^)]*\))?$/i.test(header.trim());

/**
 * A signature in a sign-off cell that holds no status word: a name, initials, a handle, a date, a
 * reference, a note that it is kept elsewhere, or a ditto mark (`Jane Doe (CTO)`, `JD, BL`, `@jdoe`,
 * `2024-05-01`, `李雷`, `see CAB-12`, `[Signature on file]`, `[Redacted]`, `〃`). Not a blank to fill in
 * (`[Name]`, `<name>`, `____`, `Name`, `Name Surname`, `dd/mm/yyyy`, `xxx`, `Signature`, `Approver`), nor
 * `Required` or `To sign`, which ask for one, nor `Sent for signature`, `TBA`, `None` or a name `(proposed)`.
 */
export const isSignature = (text: string) => {
  const value = text.trim();
  if (/^(?:〃|"|''|ditto|do\.)$/i.test(value)) return true;
  // A role in a bracket after the line to sign on is no signature: `____ (Head of GRC)`.
  const bare = value.replace(/^(_{3,})\s*\([^()]*\)$/, '$1').replace(/^\[\s*(.*?)\s*\]$|^<\s*(.*?)\s*>$/, '$1$2');
  return (
    /[\p{L}\p{N}]/u.test(bare) &&
    !/^_+$/.test(bare) &&
    !SIGNATURE_BLANK.test(bare) &&
    !/\((?:proposed|tbc|tbd|to\s+confirm)\)\s*$/i.test(bare)
  );
};

/** What a sign-off cell holds before it is signed: a blank's words, a date's pattern, a request for a signature. */
const SIGNATURE_BLANK =
  /^(?:(?:name|signature|sign here|approver|signer|signatory|owner|reviewer|role|date|initials|required|tba|tbd|tbc|none|nil|x+|\?+)|(?:first\s*name|name)\s+(?:last\s*name|surname)|(?:dd|mm)[/.-](?:mm|dd)[/.-]yy(?:yy)?|yyyy-mm-dd|to\s+(?:be\s+)?sign(?:ed)?\b.*|sent\s+for\s+signature\b.*|awaiting\b.*)$/i;

/**
 * Headings of results (`Test results`, `Retest outcome` but not `Possible outcomes` nor `Outcome definitions`, a legend,
 * `Post-implementation review`, `Post-upgrade verification`, `Smoke checks`, `Objectives`, `Test of
 * operating effectiveness`, `Go-live checklist`): a table there with a column of verdicts is a gate, and
 * so is a list of boxes once one is ticked. Weaker than a gate heading; see `visitTable` and `visitList`.
 */
export const isResultsHeading = (text: string) =>
  /\b(?:results?|(?<!\b(?:possible|expected|desired|intended|target|key)\s)outcomes?(?!\s+(?:definitions?|legend|key|meanings?|scale))|post[- ]?implementation\s+reviews?|verification|verifications|validation|checks|objectives|thresholds|smoke\s+tests?|control\s+tests?|tests?\s+of|testing|effectiveness|check\s*lists?|coverage|compliance|certifications?)\b/i.test(
    text,
  ) || OTHER_RESULTS_HEADING.test(text);

/**
 * The same in German (also in compounds: `Testergebnisse`, `Abnahmeprüfung`), Dutch (`Testresultaten`, `Resultaat per
 * winkelgroep`), French, Spanish, Portuguese and Italian: `Résultats des tests`, `Verificación`, `Lista de verificação`,
 * `Risultati dei test`.
 */
const OTHER_RESULTS_HEADING =
  /(?:ergebnis(?:se)?|prüfung(?:en)?|checkliste|(?:installations|funktions|leistungs|betriebs)qualifizierung|resultaat|resultaten|uitkomsten)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:risultat[io]|esiti|verifiche|collaudo|soll-ist-vergleich|(?:installation|operational|performance|design)\s+qualification|qualification\s+(?:d['’]installation|op[ée]rationnelle|de\s+performance)|r[ée]sultats?|v[ée]rifications?|essais|liste\s+de\s+contr[ôo]le|resultados?|verificaci[óo]n(?:es)?|validaci[óo]n|pruebas|lista\s+de\s+(?:verificaci[óo]n|comprobaci[óo]n|chequeo|verifica[çc][ãa]o)|verifica[çc](?:[ãa]o|[õo]es)|valida[çc][ãa]o|testes)(?![\p{L}\p{N}])/iu;

/**
 * Columns of notes beside a row's status: `Notes`, `Comments / Evidence`, `Auditor remarks`,
 * `Follow-up`, and `Evidence`, whose text may say what is still missing (`3 of 41 tables mismatched;
 * investigating with the DBA`); `Remediation`, `Resolution` and `Action taken`, which may say the fix is
 * not done (`2 of 5 hosts patched; remaining 3 scheduled for the 14 Nov window`).
 */
export const isNotesColumn = (header: string) =>
  /\b(?:notes?|comments?|remarks?|observations?|follow[- ]?ups?|evidence|remediations?|resolution|action(?:s|\(s\))?\s+taken|exceptions?\s+noted)\b/i.test(header);

/**
 * Columns that tell what became of a deviation or a finding: `Deviation`, `NCR`, `CAPA`, and the notes
 * columns `Remediation`, `Resolution`, `Action taken`. Their text describes what went wrong (`DEV-21:
 * reviewer signature not yet applied at step 9`, `order remained Pending`), so only a clause that says the
 * deviation itself is still open holds a passed row back (see `openDeviationIn`).
 */
export const isDispositionColumn = (header: string) =>
  /\b(?:deviations?|non-?conformances?|ncrs?|capas?|remediations?|resolution|action(?:s|\(s\))?\s+taken)\b/i.test(header);

/**
 * The clause of a deviation's or finding's record that says it is still open: `DEV-0415 open`, `DEV-14
 * (open)`, `Open — DEV-14`, `CAPA open`, `root cause TBD`, `under investigation`, `DEV-14 under QA review`,
 * `protocol amendment to be approved by QA`; not `DEV-12 open at execution, closed before approval`, nor
 * what the deviation was (`order remained Pending`).
 */
export function openDeviationIn(text: string): string | undefined {
  return text
    .split(/[;,()\[\]—–]|:(?!\d)|\s-\s/)
    .map((clause) => clause.trim())
    .find((clause) => DEVIATION_OPEN.test(clause));
}
/** What a deviation's record says when it is still open: `open`, `(still) pending`, `TBD`, `under QA review`, `not yet closed`. */
const STILL_OPEN = String.raw`(?:is\s+|still\s+|remains?\s+)*(?:open|pending|tbd|under\s+(?:investigation|(?:qa\s+)?review)|not\s+(?:yet\s+)?closed|in\s+progress)`;
const DEVIATION_OPEN = new RegExp(
  String.raw`^(?:(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+|capa|deviation|dev|ncr?|root\s+cause|investigation|impact\s+assessment)\s+)?${STILL_OPEN}$|^(?:[\w-]+\s+){0,3}?(?:to\s+be\s+(?:approved|closed|completed|reviewed|investigated)|awaiting)\b`,
  'i',
);

/** Work that can wait: `pending review`, `retest pending after the fix`. */
const WORK =
  String.raw`review|approval|sign-?off|confirmation|fix|merge|deployment|retest|re-test|re-?execution|verification|validation|window|go-live|release|run|re-?run|slot|test|tests|check|scan|audit|decision|response|feedback|acknowledge?ment|attestation|signature|upload|rollout|patch|upgrade|migration|translations?|documentation|docs|training|handover|cutover|backup|restore|drill|rehearsal|remediation`;

/** Verbs that show a clause goes on after its subject: `jobs still running at shutdown are drained`. */
const MAIN_VERB = String.raw`\b(?:are|is|were|was|stay|stays|remain|remains|get|gets|will|can|must|see|sees|expire|expires|receive|receives)\b`;

/**
 * The clause goes on with a verb after its subject (`users not yet enrolled see the PIN`), before any
 * `until`, `before`, `once` that starts what the wait is for (`retest pending after the fix is merged` waits).
 */
const GOES_ON = String.raw`(?!(?:(?!\b(?:until|till|before|after|once|when|if|unless|because|since|so)\b).)*${MAIN_VERB})`;

/** The clause has a verb anywhere after a state: `sessions still open after 30 days are expired` describes them. */
const GOES_ON_ANYWHERE = String.raw`(?!.*${MAIN_VERB})`;

/** A month's name, whole or short: `June`, `Jun`, `Sept.`. */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;

/** A day of the week: `Thursday`. */
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`;

/** A day or a date to come: `Thursday`, `tomorrow`, `next week`, `12 June`, `June 12`, `2024-07-11`, `w/c 3 March`. */
const WHEN = String.raw`${DAY}|tomorrow\b|tonight\b|next\s+(?:week|sprint|month|${DAY})\b|this\s+(?:week|afternoon|evening)\b|w\/c\b|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d|\d{4}-\d{2}-\d{2}`;

/** Words of a duty that recurs: `to be reviewed annually`, `managers to review access quarterly`. */
const CYCLE = String.raw`annually|quarterly|monthly|weekly|yearly|periodically|regularly|every|each`;

/** `to be reviewed annually`, `to be reviewed again in 12 months`, `to be shared on request`, `to be reviewed next quarter`: a cycle or a condition, not a wait. */
const RECURRING = String.raw`(?!\s+(?:${CYCLE}|(?:again|further)(?!\s+(?:once|after|when|until|before|as\s+soon)\b)|routinely|continuously|as\s+(?:needed|required)|at\s+least|on\s+a|(?:on|upon)\s+request|if|when|where|whenever|next\s+(?:quarter|year|cycle|period))\b)`;

/** What is still to be done to something: `to be confirmed by Finance`, `yet to be circulated`. */
const TO_BE = String.raw`(?:to\s+be|will\s+be(?=\s+\w+\s+(?:(?:later|soon|shortly|once|after|next|tomorrow|before)\b|by\s+(?:${WHEN}|end\b|eod\b|cob\b))))\s+(?:done|completed|confirmed|fixed|added|scheduled|verified|tested|merged|deployed|signed|reviewed|written|run|rerun|re-run|published|uploaded|circulated|finali[sz]ed|attached|shared|sent|provided|submitted)\b${RECURRING}`;

/**
 * A clause of a note that states the work is not done: it begins so (`still open: POAM-118`, `not done,
 * see JIRA-44`, `not received`, `pending Jane's review`, `pending load-test slot on Friday`, `pending
 * until 5 July`, `scheduled for review`, `awaiting PM review`, `still awaiting …`, `waiting on docs`, `yet to be written`,
 * `deferred to next sprint`, `on hold until Q3`, `blocked by the vendor`, `needs retest`, `draft only`,
 * `investigating with the DBA`, `TODO: …`) or ends so (`restore test pending`, `AI-3 in progress`), says
 * something is still so (`POAM-118 still open past its date`), waits on someone (`Pending from client
 * side`), will come (`Will do in next sprint`, `mail will come`), names what waits (`review not done
 * yet`, `retest pending after the fix`), or is `TBD` or `WIP` alone; not when it says
 * none is (`nothing pending`). Words that only name something are no state: `TODO comments removed`,
 * `in progress bar fixed`, `pending security patches applied`, `drained all pending`.
 */
const NOT_DONE_START = new RegExp(
  String.raw`^(?:(?:is|are)\s+)?(?:still\s+)?(?:not\s+(?:yet|done|started|complete|completed|received|provided|submitted|delivered)\b|no\s+(?:response|reply|answer|decision|approval|feedback|confirmation|sign-?off)\s+(?:yet|received)\b|pending\s+until\b|scheduled\s+for\s+(?:${WORK})\b|pending\s+(?:[\w'’-]+\s+){0,2}(?:${WORK})(?=$|\s+(?:by|from|of|in|on|until|before|after|next|this|at|for)\b)|pending\s+(?:from|at|with)\s+\S|will\s+(?:do|come|follow|arrive)\b|will\s+be\s+done\b|(?:planned|booked)\s+for\s+(?:the\s+)?next\s+(?:sprint|week)\b|(?:in\s+)?(?:the\s+)?next\s+sprint$|awaits?\s|awaiting\s|waiting\s+(?:on|for)\s+(?:(?:[\w'’-]+\s+){0,2}[\w'’.-]+(?=$|\s+(?:from|by|until|since|before|after|to)\b)|(?:[\w'’-]+\s+){3,6}[\w'’.-]+$)|(?:yet\s+)?${TO_BE}|in\s+progress(?=$|\s+(?:with|by|at|on|since|until|for)\b)|partially\s+(?:verified|complete|completed|done|tested|deployed|migrated|implemented|rolled\s+out|reviewed|signed)\b|deferred(?=$|\s+(?:to|until|till|by|for|per|pending)\b)|on\s+hold\b|blocked\s+(?:by|on)\b(?!\s+(?:the\s+|a\s+|our\s+)?(?:default|waf|firewall|rule|policy|filter|control|proxy|gateway)\b)|needs\s+(?!no\b|nothing\b)[\w-]+|draft(?=$|\s+(?:only|version|stage|state|copy|until|for)\b)|investigating(?=$|\s+(?:with|by|since|further|root|the\s+cause))|todo$|tbd$|wip$)`,
  'i',
);
const NOT_DONE_END = new RegExp(
  String.raw`(?:^|\s)(?<!\b(?:all|any|no|the)\s)(?:pending|in\s+progress|outstanding|awaited|not\s+done|not\s+(?:[\w-]+\s+){0,2}yet|todo|to\s+follow|will\s+come|(?<!\b(?:clean-?up|follow-?up|tidy-?up|tech[- ]debt|removal)\s)(?:review|approval|sign-?off|audit|investigation|ticket|request|question|finding|action)\s+(?:still\s+)?open)$`,
  'i',
);

/**
 * A short subject, then its wait: `Retest pending after the fix`, `sign-off outstanding until Friday`,
 * `Not run yet`, `test case not yet written`, `review not done yet for 2.1.3`, `managers haven't
 * replied yet`. Not a noun phrase the clause goes on about (`accounts not yet verified stay on the
 * old flow`, `payments pending for 24h are flagged`, `alerts for jobs not yet finished after 2 h`),
 * nor a subject that is not work (`tickets left pending after deploy`, `it was pending until the
 * exception was granted`).
 */
const SUBJECT_WAITS = new RegExp(
  String.raw`^(?!(?:all|any|no|the|nothing|none|next)\s)(?:` +
    // `Retest pending after the fix`, `sign-off outstanding until Friday`, `sign-off expected next week`, `sign-off due Monday`
    String.raw`(?:[\w'’-]+\s+){0,2}?(?:${WORK})\s+(?:(?:pending|outstanding)(?=$|\s+(?:after|until|on|for|from|by|before|once)\b)|expected\s+(?:next|by|on|this|in|later|tomorrow)\b|due\b)` +
    // `Screenshot pending upload`, `Approved pending security sign-off`, `DE waiting for the translator`, `Docs PR awaiting merge`;
    // not `jobs awaiting approval now time out`
    String.raw`|(?:[\w'’-]+\s+){1,2}?(?:pending\s+(?:[\w'’-]+\s+){0,2}?(?:${WORK})(?=$|\s+(?:after|until|on|for|from|by|before)\b)|(?:awaiting|waiting\s+(?:on|for))\s+(?:[\w'’-]+\s+)?[\w'’.-]+(?=$|\s+(?:from|by|until|on|since|before|after|to)\b))` +
    // `test case not yet written`, `review not done yet for 2.1.3`, `attestation not received from …`, `report yet to be circulated`;
    // not after a plural subject (`points not yet redeemed …`) or a past one (`rollback was to be run if …`)
    String.raw`|(?:(?!(?:for|of|on|in|with|to|from|about|at|by|was|were|had|been)\s)[\w'’-]+\s+){0,3}?(?:(?<![^\s]s\s)not\s+(?:(?:[\w-]+\s+)?yet(?:\s+[\w-]+){0,2}|received|provided|submitted|delivered)|yet\s+${TO_BE}|${TO_BE})(?=$|\s+(?:for|in|on|at|by|until|since|as|from|with|after|before|to|later|soon|shortly|next|tomorrow|once)\b)` +
    // `NVDA pass booked for Thursday`, `retest scheduled for 12 June`, `retest scheduled 2026-03-18`; not a schedule (`backups scheduled for 2 am daily`,
    // `Q4 test is scheduled for 19 November per the DR policy`), nor the review that follows a change (`Retrospective CAB review scheduled for …`)
    String.raw`|(?!(?:[\w'’-]+\s+){0,2}(?:retrospective|post-implementation|post-incident|pir|lessons[- ]learned)\b)(?:(?!(?:was|were|been|had)\s)[\w'’-]+\s+){1,3}?(?:booked|scheduled|planned)\s+(?:(?:for|on)\s+)?(?:the\s+)?(?:${WHEN})(?!.*\b(?:succeeded|passed|completed|done|executed|held|ran|green|finished|${CYCLE}|daily|nightly|hourly|per\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:policy|schedule|calendar|plan))\b)` +
    // `legal sign-off hasn't come through yet`; not `haven't needed it yet`
    String.raw`|(?:[\w'’-]+\s+){0,3}?\w+n[’']t\s+(?!(?:needed|seen|noticed|observed|hit|had\s+(?:any|a\s+single))\b)(?:[\w-]+\s+){0,2}yet\b` +
    // `Jane to confirm the KYC mapping`, `legal to confirm before GA`, `Ops to review the runbook after go-live`
    // (not `able to confirm`, `had to check twice`, nor a duty that recurs: `managers to review access quarterly`)
    String.raw`|(?:(?!(?:able|unable|used|going|have|has|had|need|needs|want|wants|easy|hard|possible|ready|time|way|we|I|you|they)\s)[\w'’-]+\s+){1,2}?to\s+(?:confirm|decide|check|review|approve|sign\s+off|follow\s+up)\b(?!.*\b(?:${CYCLE}|daily)\b)` +
    String.raw`)${GOES_ON}`,
  'i',
);

/**
 * `still open`, `two still failing`, `still being checked`, `still awaiting`, anywhere in a clause; not
 * `no users still pending`. `still running` and `still with …` are left out: a replica still running,
 * a config still with prod's values, are states, not waits.
 */
const STILL_NOT_DONE = new RegExp(
  String.raw`(?<!\b(?:no|none|nothing|zero|(?<![\d.,])0)\s+(?:[\w-]+\s+){0,2})(?<!\b(?:was|were)\s+)\bstill\s+(?:open|failing|pending|in\s+progress|outstanding|missing|broken|blocked|red|under\s+review|un(?:patched|resolved|fixed|remediated|mitigated|addressed|tested|verified|deployed|merged|approved|reviewed)(?!\s+upstream)|to\s+do|to\s+come|being\s+[\w-]+|awaiting|waiting|awaited|needs|to\s+be\s+[\w-]+|chasing)\b${GOES_ON_ANYWHERE}`,
  'i',
);

/**
 * An activity still running: `Canary still running in eu-west`, `the integrity scan is still running`, a
 * clause that is only `still running`; not a system (`replica still running`) nor a schedule (`backups
 * still running nightly`).
 */
const STILL_RUNNING = new RegExp(
  String.raw`^still\s+running$|\b(?:${WORK}|canary|backfill|import|export|sync|reindex|rebuild)\s+(?:is\s+|are\s+)?still\s+running\b(?!\s+(?:nightly|daily|hourly|weekly|as\s+(?:scheduled|expected|planned))\b)`,
  'i',
);

const TO_BE_CLAUSE = new RegExp(TO_BE, 'i');

/** What is to be done, which the sentence goes on to call the plan: `to be published with the relaunch on 1 July, as planned`. */
const AS_PLANNED = /^[\s,;—–-]*(?:as\s+(?:planned|scheduled)|by\s+design)\b/i;

/** A clause that tells history: `was pending until 10 March`, `previously awaiting CAB approval`. */
const HISTORY = /^(?:was|were|had\s+been|previously|formerly|originally|initially|earlier|war|waren|zuvor|vorher|[ée]tait|[ée]taient|auparavant|estaba|estaban|estava|estavam|antes|anteriormente)(?![\p{L}])/iu;

/** A clause about renewing what was granted, not a wait on it: `to be reviewed for renewal on 2025-03-31`, `renewal review due 2025-02-15`. */
const RENEWAL = /\b(?:renewal|renew|re-?review|periodic\s+review|annual\s+review)\b/i;
/** A renewal that has not happened: `renewal not yet tabled`, `expired, renewal pending`. */
const LAPSED = /\b(?:not|yet|overdue|expired|lapsed|missing|pending|awaiting)\b/i;

/** A clause that names what is left, with the next clause saying what: `Remaining: EU bucket rule`, `Left: the runbook link`. */
const LEFT_LABEL = /^(?:left|remaining|still\s+open|open\s+items?|to\s+do|todo)$/i;

/** A clause that says none is: `nothing pending`, `no users still pending`, `none still red`. */
const NONE_LEFT =
  /^(?:no(?!\s+(?:realizad|ejecutad|completad|aprobad|terminad|finalizad|verificad|validad|implementad)[oa]s?(?![\p{L}]))|nothing|none|zero|0|keine?|nichts|aucune?|rien|nada|ning[úu]n[oa]?|nenhuma?)(?![\p{L}\p{N}])/iu;

/**
 * What a note beside a passed row says is not done yet (see `NOT_DONE_START`), clause by clause, or
 * undefined when it says none. Read in a note only, never in a row's name: `Alert on jobs still
 * running` names a check.
 */
export function notDoneIn(note: string): string | undefined {
  return notDoneClause(
    note,
    (clause) =>
      // `waiver requested from the platform holder, no response yet`; not `Waiver requested 2024-04-20; approved by CISO`.
      (WAIVER_ASKED.test(clause) && !/\b(?:approved|granted|signed|accepted)\b/i.test(note)) ||
      DEVIATION_ID_OPEN.test(clause) ||
      ONGOING.test(clause) ||
      NOT_DONE_START.test(clause) ||
      NOT_DONE_END.test(clause) ||
      SUBJECT_WAITS.test(clause) ||
      ((STILL_NOT_DONE.test(clause) || STILL_RUNNING.test(clause)) && !CONDITION_STILL.test(clause)),
  );
}

/** Sent to someone for a decision: `goes to the Risk Committee on 28 Nov for approval`, `submitted to the CISO for sign-off`. */
const SENT_FOR_APPROVAL = String.raw`(?:goes|going|sent|submitted|routed|escalated|referred)\s+to\s+[^;]{1,80}?\s+for\s+(?:approval|sign-?off|decision|ratification)`;

/** A deviation or corrective action named by its id and said to be open: `DEV-12 open`, `CAPA-2024-017 open`, `NCR-7 still open`. */
const DEVIATION_ID_OPEN = new RegExp(
  String.raw`^(?:dev|deviation|capa|ncr?|car)[-\s]?[\w-]*\d[\w-]*\s+${STILL_OPEN}$|^open\s+(?:deviation|capa|ncr|nonconformance|non-conformance)\b`,
  'i',
);

/**
 * A waiver or an exception only asked for: `waiver requested from the platform holder`, `exception submitted`, `waiver
 * WV-19 was submitted to the CISO for approval`, `risk acceptance RA-2291 goes to the Operational Risk Committee on 28 Nov
 * for approval`; or a request for approval alone: `Submitted to CAB for approval` (a clause that opens with `was` is told
 * as history before this is tried).
 */
const WAIVER_ASKED = new RegExp(
  String.raw`^(?:(?:a|the)\s+)?(?:(?:waiver|exception|exemption|risk\s+acceptance)(?:\s+[\w-]*\d[\w-]*)?\s+(?:(?:was|were|has\s+been|is)\s+)?(?:requested|submitted|raised|pending|${SENT_FOR_APPROVAL})|(?:(?:was|were|has\s+been|is)\s+)?${SENT_FOR_APPROVAL})\b`,
  'i',
);

/** Work said to go on: `investigation ongoing`, `remediation still ongoing`. */
const ONGOING = /\b(?:investigation|analysis|remediation|rework|fix|review|rollout|migration|testing|retest)\s+(?:is\s+)?(?:still\s+)?(?:ongoing|under\s*way)$/i;

/** `fires when jobs are still running after 1 h`: a condition, not a state. */
const CONDITION_STILL = /\b(?:when|whenever|if|while|unless|until)\b[^]*\bstill\b/i;

/**
 * The first clause of a note (at most its first 600 characters, split at punctuation and dashes) that
 * `says` is not done, unless it says none is (`nothing pending`) or is a label counted as none by the
 * clause after it (`Pending migrations: none`, `Hosts not yet patched: 0`).
 */
function notDoneClause(note: string, says: (clause: string) => boolean): string | undefined {
  // Quoted text is a name (`JIRA-12 "Retest pending after fix" closed`): blanked, so it says nothing, and
  // the clause is quoted from the note as written. A time's colon (`06:00`) and an initial's full stop
  // after a preposition (`from J. Ortiz`; not `plan B. Awaiting approval`) split nothing.
  const written = note.slice(0, 600);
  const text = written.replace(/"[^"\n]*"|“[^”\n]*”|(?<=^|[\s(])'[^'\n]+'(?=$|[\s.,;:)])/g, (quoted) => ' '.repeat(quoted.length));
  const parts = text.split(/([,;()\[\]—–]|:(?!\d)|\s-\s|(?<!(?:^|[\s(])(?:by|from|to|with|and|or|of|for|per|cc)\s+\p{Lu})\.(?:\s|$))/iu);
  const starts: number[] = [];
  parts.reduce((offset, part) => (starts.push(offset), offset + part.length), 0);
  const quote = (from: number, to = from) => written.slice(starts[from], starts[to] + parts[to].length).trim();
  const words = (index: number) => (parts[index] ?? '').trim().split(/\s+/).filter(Boolean).length;
  const single = (at: number) => words(at) === 1;
  // A word with a comma and another single word on that side: an item of a list.
  const inList = (at: number, step: number) => parts[at + step / 2] === ',' && single(at + step);
  for (let index = 0; index < parts.length; index += 2) {
    const clause = parts[index].trim();
    if (!clause || NONE_LEFT.test(clause) || HISTORY.test(clause) || (RENEWAL.test(clause) && !LAPSED.test(clause))) continue;
    let next = index + 2;
    while (next < parts.length && parts[next].trim() === '') next += 2;
    const labelled = /^[:—–]$/.test(parts[index + 1] ?? '') && next < parts.length;
    const countedNone = labelled && NONE_LEFT.test(parts[next].trim());
    if (LEFT_LABEL.test(clause) && labelled && !countedNone) return quote(index, next);
    // One word in a list of three or more single words is an item of it: `States tested: Draft, Pending, Approved`.
    const listed =
      single(index) &&
      ((inList(index, -2) && inList(index, 2)) || (inList(index, -2) && inList(index - 2, -2)) || (inList(index, 2) && inList(index + 2, 2)));
    if (countedNone || listed || !says(clause) || toldAsPast(index)) continue;
    return quote(index);
  }
  return undefined;

  /**
   * A wait told inside a past sentence is history: `The canary was held a day, awaiting the weekend
   * traffic, as planned`, `the record, pending until the review, was updated the same afternoon`.
   */
  function toldAsPast(index: number): boolean {
    const sentenceEnd = (at: number) => /^\.(?:\s|$)/.test(parts[at] ?? '');
    let from = index;
    while (from > 0 && !sentenceEnd(from - 1)) from -= 2;
    let to = index;
    while (to + 1 < parts.length && !sentenceEnd(to + 1)) to += 2;
    const before = text.slice(starts[from], starts[index]);
    const after = text.slice(starts[index] + parts[index].length, starts[Math.min(to, parts.length - 1)] + (parts[to]?.length ?? 0));
    const planned = TO_BE_CLAUSE.test(parts[index]) && AS_PLANNED.test(after);
    return (from < index && PAST_BEFORE.test(before) && WAIT_PHRASE.test(parts[index].trim())) || COMPLETED_AFTER.test(after) || planned;
  }
}

/** A wait that lasted a while, before a wait phrase: `was held one extra day`, `were paused for two weeks` (not `was delayed`). */
const PAST_BEFORE =
  /\b(?:was|were|had\s+been)\s+(?:held|paused|kept|parked)\s+(?:for\s+)?(?:a|an|one|two|three|four|five|\d+)\s+(?:extra\s+|more\s+)?(?:hour|day|week|month)s?\b/i;
/** A phrase that opens with its wait, as a phrase set in a sentence does: `awaiting …`, `pending …`, `on hold until …`. */
const WAIT_PHRASE = /^(?:awaiting|pending|waiting|on\s+hold|in\s+progress|blocked)\b/i;
/** What a sentence says was done after its wait: `was updated the same afternoon`, `and completed on 19 July`. */
const COMPLETED_AFTER =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:completed|done|made|updated|granted|approved|closed|finished|resolved|merged|deployed|signed|confirmed|received|run|performed|executed|applied|delivered)|(?:and|then)\s+(?:completed|done|closed|finished|resolved|merged|deployed|approved|granted|updated)|completed\s+on)\b/i;

/** Table columns that name CI jobs: `Job`, `CI job`, `Job name`, `Workflow job`. */
export const isJobColumn = (header: string) => /^(?:(?:ci|workflow|github actions)\s+)?jobs?(?:\s+name)?$/i.test(header.trim());

/** Table columns that hold run ids. */
/** Words right before a name that say it is a repository: `All runs are in `owner/repo``, `the repository `owner/repo``. */
export const NAMES_REPOSITORY = /\b(?:repo|repository|repositories|runs?\s+(?:are|is|were|was)\s+(?:all\s+)?in|fork(?:ed)?\s+(?:of|from)?)\s*:?\s*$/i;

export const isRunColumn = (header: string) =>
  /^(?:(?:ci |workflow )?run(?: id| #| number)?|ci run(?: id)?|(?:(?:example|sample|last|first) )?(?:failing|failed|red) (?:ci )?run(?: id)?)$/i.test(header.trim());

/** A run column that says its runs failed: `Failing run`, `Example failing run`. */
export const isFailedRunColumn = (header: string) => /\b(?:failing|failed|red) (?:ci )?run\b/i.test(header);
