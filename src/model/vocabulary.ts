import type {Verdict} from './types.js';

/** Status words and symbols per verdict. Words match whole words, case-insensitively. */
export interface Vocabulary {
  pass: readonly string[];
  fail: readonly string[];
  pending: readonly string[];
  notApplicable: readonly string[];
}

/**
 * Portuguese pass and failure words: before them `no` is `in the` (`Concluído no prazo aprovado`), never
 * a negation, which in Portuguese is `não`.
 */
const PORTUGUESE_FAIL = ['REPROVADO', 'REPROVADA', 'FALHOU', 'REJEITADO', 'REJEITADA'];
const PORTUGUESE_PASS = [
  'APROVADO', 'APROVADA', 'CONCLUÍDO', 'CONCLUÍDA', 'CONCLUIDO', 'CONCLUIDA', 'ATENDIDO', 'ATENDE', 'FECHADO', 'FECHADA', 'CORRIGIDO', 'RESOLVIDO', 'CUMPRIDO', 'CUMPRIDA', 'HOMOLOGADO', 'HOMOLOGADA', 'FAVORÁVEL', 'DE ACORDO', 'SEM RESSALVAS', 'SEM PENDÊNCIAS', 'NADA PENDENTE',
];

/**
 * The common status words of German, French, Spanish, Portuguese, Dutch, Italian, Swedish, Polish and Japanese reports:
 * a team writing in one of them gets its gates read without a policy (a policy adds its own words, or moves one of these).
 */
const OTHER_LANGUAGES: Vocabulary = {
  pass: [
    'BESTANDEN', 'ERFÜLLT', 'ERLEDIGT', 'ABGESCHLOSSEN', 'UMGESETZT', 'FREIGEGEBEN', 'GENEHMIGT', 'BEHOBEN', 'ERFOLGREICH', 'KONFORM', 'GEPRÜFT', 'AKZEPTIERT',
    'ABGENOMMEN', 'GESCHLOSSEN', 'WIRKSAM', 'I.O.', 'I. O.', 'IN ORDNUNG', 'DURCHGEFÜHRT', 'OHNE FESTSTELLUNGEN', 'OHNE BEFUND', 'OHNE MÄNGEL',
    'OHNE AUFLAGEN', 'NICHTS OFFEN', 'KEINE OFFENEN PUNKTE', 'EINGEHALTEN', 'ERREICHT',
    'CONFORME', 'VALIDÉ', 'VALIDÉE', 'RÉUSSI', 'RÉUSSIE', 'TERMINÉ', 'TERMINÉE', 'RÉALISÉ', 'RÉALISÉE', 'MIS EN ŒUVRE', 'MISE EN ŒUVRE', 'APPROUVÉ', 'APPROUVÉE', 'ACCEPTÉ', 'ACCEPTÉE', 'CORRIGÉ', 'FAVORABLE', 'CLOS', 'CLÔTURÉ', 'CLÔTURÉE',
    'ATTEINT', 'ATTEINTE', 'LEVÉE', 'LEVÉ', 'LEVÉES', 'LEVÉS', 'RÉSERVE LEVÉE', 'RÉSERVES LEVÉES', 'SANS RÉSERVE', 'SANS RÉSERVES', 'AUCUNE RÉSERVE',
    'RIEN EN ATTENTE', 'EN ORDRE', 'COMPLÉTÉ', 'COMPLÉTÉE', 'RESPECTÉ', 'RESPECTÉE', 'RESPECTÉS', 'RESPECTÉES',
    'APROBADO', 'APROBADA', 'CUMPLE', 'CUMPLIDO', 'COMPLETADO', 'COMPLETADA', 'SUPERADO', 'SUPERADA', 'SUPERADOS', 'SUPERADAS', 'CUMPLIDOS', 'CUMPLIDAS', 'CORRECTO', 'CERRADO', 'CERRADA', 'IMPLEMENTADO', 'IMPLEMENTADA', 'VALIDADO', 'VALIDADA', 'CORREGIDO', 'RESUELTO',
    'ACEPTADO', 'ACEPTADA', 'CORREGIDA', 'RESUELTA', 'EXITOSO', 'EXITOSA', 'HECHO', 'CUADRA', 'CONCILIADO', 'CONCILIADA', 'LISTO', 'MITIGADO', 'MITIGADA', 'SIN OBSERVACIONES', 'SIN PENDIENTES', 'NADA PENDIENTE',
    ...PORTUGUESE_PASS,
    'JA', 'OUI', 'SÍ', 'SÌ',
    'GESLAAGD', 'GEHAALD', 'BEHAALD', 'VOLDAAN', 'VOLDOET', 'GOEDGEKEURD', 'AKKOORD', 'OPGELOST', 'AFGEROND', 'GEREED', 'GEACCEPTEERD', 'GEVALIDEERD', 'GESLOTEN', 'IN ORDE', 'UITGEVOERD',
    'GEÏMPLEMENTEERD', 'GEIMPLEMENTEERD', 'ZONDER BEVINDINGEN',
    'SUPERATO', 'SUPERATA', 'COMPLETATO', 'COMPLETATA', 'APPROVATO', 'APPROVATA', 'ESEGUITO', 'ESEGUITA', 'VERIFICATO', 'VERIFICATA', 'RISOLTO', 'RISOLTA', 'CHIUSO', 'CHIUSA',
    'GODKÄND', 'GODKÄNT', 'GODKÄNDA', 'LYCKADES', 'LYCKAD', 'GENOMFÖRD', 'GENOMFÖRT', 'UPPFYLLD', 'UPPFYLLT', 'KLAR', 'KLART', 'ÅTGÄRDAD', 'ÅTGÄRDAT', 'STÄNGD',
    'ZALICZONY', 'ZALICZONE', 'ZALICZONA', 'POZYTYWNY', 'POZYTYWNIE', 'ZATWIERDZONY', 'ZATWIERDZONE', 'ZAAKCEPTOWANY', 'ZAAKCEPTOWANE', 'ZGODNY', 'ZGODNE',
    'SPEŁNIONY', 'SPEŁNIONE', 'ZAKOŃCZONY', 'ZAKOŃCZONE', 'WYKONANY', 'WYKONANE', 'WYKONANO', 'SUKCES', 'NAPRAWIONY', 'ZAMKNIĘTY',
    '合格', '完了', '成功', '適合', '承認', '承認済み', '承認済', '良好', '問題なし', '対応済み', '対応済', '確認済み', '確認済',
  ],
  fail: [
    'NICHT BESTANDEN', 'NICHT ERFÜLLT', 'NICHT EINGEHALTEN', 'NICHT ERREICHT', 'NON RESPECTÉ', 'NON RESPECTÉE', 'NO SUPERADO', 'NO SUPERADA', 'FEHLGESCHLAGEN', 'ABGELEHNT', 'NICHT KONFORM', 'MANGELHAFT', 'N.I.O.', 'N. I. O.', 'NICHT IN ORDNUNG', 'NEIN',
    'NON CONFORME', 'NON-CONFORME', 'PAS CONFORME', 'ÉCHEC', 'ÉCHOUÉ', 'ÉCHOUÉE', 'REFUSÉ', 'REFUSÉE', 'DÉFAVORABLE', 'NON RÉALISÉ', 'NON RÉALISÉE',
    'NO CUMPLE', 'FALLIDO', 'FALLIDA', 'FALLÓ', 'RECHAZADO', 'RECHAZADA', 'NO CONFORME', 'REPROBADO', 'REPROBADA', 'NO REALIZADO', 'NO REALIZADA',
    ...PORTUGUESE_FAIL, 'NÃO ATENDE', 'NÃO ATENDIDO', 'NÃO CONFORME', 'NÃO REALIZADO', 'NÃO REALIZADA',
    'NIET GESLAAGD', 'NIET GEHAALD', 'NIET BEHAALD', 'GEFAALD', 'FAALDE', 'FAALT', 'MISLUKT', 'AFGEKEURD', 'NIET VOLDAAN', 'VOLDOET NIET', 'GEWEIGERD', 'NIET AKKOORD', 'ONVOLDOENDE',
    'NON SUPERATO', 'NON SUPERATA', 'FALLITO', 'FALLITA', 'RESPINTO', 'RESPINTA',
    'UNDERKÄND', 'UNDERKÄNT', 'MISSLYCKADES', 'MISSLYCKAD', 'MISSLYCKAT', 'EJ GODKÄND', 'EJ GODKÄNT', 'EJ UPPFYLLD', 'EJ UPPFYLLT', 'AVVISAD', 'AVSLAGEN',
    'INTE GODKÄND', 'INTE GODKÄNT', 'ICKE GODKÄND', 'ICKE GODKÄNT', 'LYCKADES INTE', 'INTE UPPFYLLD', 'INTE UPPFYLLT',
    'NIEZALICZONY', 'NIEZALICZONE', 'NIE ZALICZONY', 'NIE ZALICZONE', 'NIE ZALICZONO', 'NEGATYWNY', 'NEGATYWNIE', 'NIEZGODNY', 'NIEZGODNE', 'NIESPEŁNIONY', 'NIESPEŁNIONE', 'NIE SPEŁNIONO', 'ODRZUCONY', 'ODRZUCONE', 'NIEPOWODZENIE',
    '不合格', '失敗', '不適合', '却下', '否認', '差戻し', '差し戻し', 'ＮＧ',
  ],
  pending: [
    'OFFEN', 'PENDENT', 'AUSSTEHEND', 'IN BEARBEITUNG', 'IN ARBEIT', 'IN KLÄRUNG', 'GEPLANT', 'TEILWEISE', 'TEILWEISE ERFÜLLT', 'NOCH NICHT',
    'NICHT DURCHGEFÜHRT',
    'EN COURS', 'EN ATTENTE', 'À FAIRE', 'À REPRENDRE', 'SOUS RÉSERVE', 'AVEC RÉSERVE', 'AVEC RÉSERVES', 'RÉSERVE', 'RÉSERVES',
    'MIT VORBEHALT', 'UNTER VORBEHALT', 'CON RESERVAS', 'CON SALVEDADES', 'COM RESSALVA', 'COM RESSALVAS', 'ONDER VOORBEHOUD', 'MET VOORBEHOUD',
    'CON RISERVA', 'CON RISERVE',
    'PLANIFIÉ', 'PLANIFIÉE', 'PARTIELLEMENT', 'PARTIEL', 'PARTIELLE', 'OUVERT', 'OUVERTE', 'PAS ENCORE', 'NON EFFECTUÉ', 'NON EFFECTUÉE',
    'PENDIENTE', 'EN CURSO', 'EN PROGRESO', 'EN REVISIÓN', 'EN ANÁLISIS', 'PLANIFICADO', 'PARCIAL', 'PARCIALMENTE', 'ABIERTO', 'ABIERTA',
    'NO EJECUTADO', 'NO EJECUTADA',
    'PENDENTE', 'EM ANDAMENTO', 'EM CURSO', 'EM PROGRESSO', 'EM ANÁLISE', 'PLANEJADO', 'ABERTO', 'ABERTA', 'AGUARDANDO',
    'NÃO EXECUTADO', 'NÃO EXECUTADA',
    'OPENSTAAND', 'IN BEHANDELING', 'LOPEND', 'GEPLAND', 'NOG NIET', 'IN UITVOERING', 'GEDEELTELIJK', 'IN AFWACHTING', 'NIET UITGEVOERD', 'ONDER VOORWAARDEN',
    'IN ATTESA', 'DA ESEGUIRE', 'DA COMPLETARE', 'APERTO', 'APERTA', 'PIANIFICATO', 'NON ESEGUITO', 'NON ESEGUITA', 'PARZIALE', 'PARZIALMENTE',
    'PÅGÅR', 'PÅGÅENDE', 'EJ PÅBÖRJAD', 'EJ GENOMFÖRD', 'EJ UTFÖRD', 'VÄNTAR', 'PLANERAD', 'PLANERAT', 'DELVIS', 'ÖPPEN', 'EJ KLAR',
    'W TOKU', 'W TRAKCIE', 'OCZEKUJE', 'OCZEKUJĄCY', 'OCZEKUJĄCE', 'OTWARTY', 'OTWARTE', 'CZĘŚCIOWO', 'ZAPLANOWANY', 'ZAPLANOWANE', 'NIEWYKONANY', 'NIE WYKONANO',
    '保留', '未完了', '対応中', '実施中', '未実施', '確認中', '未確認', '承認待ち', '未対応', '一部',
  ],
  notApplicable: [
    'ENTFÄLLT', 'NICHT ANWENDBAR', 'NICHT MEHR ANWENDBAR', 'NICHT ZUTREFFEND', 'SANS OBJET', 'NON APPLICABLE', 'NO APLICA', 'NO APLICABLE',
    'NO CORRESPONDE', 'NÃO APLICÁVEL', 'NÃO SE APLICA', 'N.A.', 'NIET VAN TOEPASSING', 'N.V.T.', 'NVT', 'NON APPLICABILE',
    'NICHT ERFORDERLICH', 'NON REQUIS', 'NON REQUISE', 'NON NÉCESSAIRE', 'NO REQUERIDO', 'NO REQUERIDA', 'NO NECESARIO', 'NÃO REQUERIDO',
    'NÃO NECESSÁRIO', 'NON RICHIESTO', 'NON RICHIESTA', 'NON NECESSARIO', 'NIET VEREIST', 'NIET NODIG',
    'EJ TILLÄMPLIG', 'EJ TILLÄMPLIGT', 'EJ APPLICERBAR', 'EJ AKTUELL', 'EJ AKTUELLT', 'NIE DOTYCZY', 'NIE WYMAGANE', '対象外', '該当なし', '不要',
  ],
};

const ENGLISH: Vocabulary = {
  pass: [
    '✅', '✔️', '✔', '✓', '☑️', '☑', '🟢', '🟩', '[x]',
    ':white_check_mark:', ':heavy_check_mark:', ':ballot_box_with_check:', ':green_circle:',
    'PASS', 'PASSED', 'PASSING', 'SUCCESS', 'SUCCEEDED', 'SUCCESSFUL', 'COMPLETE', 'COMPLETED',
    'MET', 'MEETS', 'DONE', 'OK', 'YES', 'Y', 'APPROVED', 'APPROVE', 'RECEIVED', 'NO OBJECTION', 'NO OBJECTIONS', 'VERIFIED', 'GREEN', 'PRESENT', 'ACCEPTED', 'ACCEPT', 'GRANTED', 'SATISFIED', 'SIGNED',
    'CONFIRMED', 'SIGNED OFF', 'GO', 'PROCEED', 'COMPLIANT', 'IMPLEMENTED', 'EFFECTIVE', 'OPERATING EFFECTIVELY', 'READY',
    'RESOLVED', 'REMEDIATED', 'FIXED', 'CLOSED', 'SUPPORTS', 'NO EXCEPTIONS NOTED', 'NO EXCEPTIONS', 'NO EXCEPTION NOTED',
    'SATISFACTORY', 'NO DEVIATIONS', 'NO DEVIATION', 'IN PLACE', 'RECONCILED', 'CONFORMING', 'CONFORMS', 'CONFORMANT', 'ACCEPTABLE', 'TOLERABLE',
    'VALIDATED', 'RELEASED', 'CERTIFIED', 'OBSERVATION', 'OPPORTUNITY FOR IMPROVEMENT', 'OFI', 'MATCHED', 'MATCH', 'MITIGATED', 'FAVOURABLE', 'CLEAN',
    'READY FOR RELEASE', 'READY FOR PRODUCTION', 'READY FOR PROD', 'READY FOR GO-LIVE', 'READY FOR LAUNCH', 'READY FOR DEPLOYMENT',
    'READY TO RELEASE', 'READY TO SHIP', 'READY TO DEPLOY', 'READY TO GO LIVE',
    'ACHIEVED', 'FULFILLED', 'WIN', 'NO FINDINGS', 'NO FINDINGS NOTED', 'NONE OPEN', 'NO CONCERNS', 'OBTAINED', 'ADEQUATE',
    'WITHIN TOLERANCE', 'WITHIN LIMITS', 'WITHIN SPEC', 'WITHIN SPECIFICATION',
  ],
  fail: [
    '❌', '✗', '✘', '✖️', '✖', '⛔', '🔴', '🟥', '🚫', '❎',
    ':x:', ':no_entry:', ':no_entry_sign:', ':red_circle:', ':heavy_multiplication_x:', ':negative_squared_cross_mark:',
    'FAIL', 'FAILED', 'FAILING', 'FAILURE', 'NOT MET', 'UNMET', 'BLOCKED', 'MISSING', 'REJECTED', 'REJECT',
    'BROKEN', 'NOT PASSED', 'NO-GO', 'ABSENT', 'NOK', 'MISSED', 'NON-COMPLIANT', 'NONCOMPLIANT', 'NOT IMPLEMENTED',
    'INEFFECTIVE', 'DOES NOT SUPPORT', 'EXCEPTION NOTED', 'EXCEPTIONS NOTED', "WON'T FIX", 'WONT FIX', 'WILL NOT FIX',
    'WITHOUT FIX', 'WITHOUT A FIX', 'UNSATISFACTORY', 'ABORTED', 'CANCELLED', 'CANCELED',
    'DECLINED', 'UNSIGNED', 'NOT SIGNED', 'NEEDS CHANGES', 'CHANGES REQUESTED', 'DEVIATION', 'DEVIATIONS',
    'MISMATCH', 'MISMATCHED', 'BREACHED', 'ERRORED', 'DEGRADED', 'OVERDUE', 'WITHDRAWN', 'OBJECTED', 'OBJECTION', 'OBJECTIONS', 'OBJECTS TO', 'NOT IN PLACE', 'RED',
    'UNSUCCESSFUL', 'DOES NOT MEET', "DOESN'T MEET", 'DOESN’T MEET', 'FAILS TO MEET', 'MATERIAL WEAKNESS', 'SIGNIFICANT DEFICIENCY', 'NOT RECONCILED', 'OFF TRACK', 'DID NOT MEET',
    'NONCONFORMING', 'NON-CONFORMING', 'NONCONFORMANT', 'NON-CONFORMANT', 'DOES NOT CONFORM', 'UNACCEPTABLE', 'INADEQUATE',
    'OUT OF TOLERANCE', 'OUTSIDE TOLERANCE', 'OUT OF SPEC', 'OUT OF SPECIFICATION',
  ],
  pending: [
    '⏳', '⌛', '🔄', '☐', '🟡', '🟠', '🟨', '🟧', '⚠️', '⚠', '🚧', '[ ]',
    ':hourglass:', ':hourglass_flowing_sand:', ':warning:', ':construction:', ':yellow_circle:', ':orange_circle:',
    ':arrows_counterclockwise:',
    'PENDING', 'IN PROGRESS', 'IN-PROGRESS', 'WIP', 'TODO', 'TO DO', 'TBD', 'TBC', 'NOT STARTED',
    'AWAITING APPROVAL', 'AWAITING', 'AWAITED', 'WAITING', 'CONDITIONAL', 'PLANNED', 'PARTIAL', 'PARTIALLY', 'INCOMPLETE',
    'DEFERRED', 'IN REVIEW', 'UNDER REVIEW', 'IN REMEDIATION', 'ON HOLD', 'NOT YET', 'QUEUED', 'RUNNING', 'UNRESOLVED', 'OPEN', 'MOSTLY', 'LARGELY',
    'ON TRACK', 'AT RISK', 'READY FOR', 'READY TO', 'WILL BE', 'TO BE', 'NEXT RELEASE', 'WITH EXCEPTIONS', 'WITH EXCEPTION',
    'NEEDS IMPROVEMENT', 'HOLD', 'ON-HOLD', 'WITH DEVIATION', 'WITH DEVIATIONS', 'WITH RESERVATIONS', 'WITH RESERVATION', 'OUTSTANDING', 'REQUESTED',
    'NOT RUN', 'NOT EXECUTED', 'NOT TESTED', 'AMBER', 'YELLOW', 'UNDER OBSERVATION',
    'TO APPROVE', 'WILL APPROVE', 'APPROVE ONCE', 'APPROVE AFTER', 'APPROVE WHEN', 'APPROVE IF', 'NO OBJECTION EXPECTED', 'NO OBJECTIONS EXPECTED',
  ],
  notApplicable: ['➖', ':heavy_minus_sign:', 'N/A', 'NA', 'SKIPPED', 'SKIP', 'NOT APPLICABLE', 'WAIVED', 'EXEMPT', 'NOT REQUIRED', 'NOT NEEDED', 'NOT DUE', 'OUT OF SCOPE', 'NOT IN SCOPE', 'ABSTAINED'],
};

/** The built-in words: English, and the common status words of the languages of `OTHER_LANGUAGES`. */
export const DEFAULT_VOCABULARY: Vocabulary = {
  pass: [...ENGLISH.pass, ...OTHER_LANGUAGES.pass],
  fail: [...ENGLISH.fail, ...OTHER_LANGUAGES.fail],
  pending: [...ENGLISH.pending, ...OTHER_LANGUAGES.pending],
  notApplicable: [...ENGLISH.notApplicable, ...OTHER_LANGUAGES.notApplicable],
};

/** What follows a not-applicable status to give its reason: a dash, a colon, a semicolon or a bracket. */
const NA_WITH_REASON = /^\s*(?:[—–:;(]|-\s)/u;
/**
 * The NFC text in capitals, character for character: a token's index in it is its index in the text,
 * also where a capital is longer than its letter (`ß` is `SS`), which keeps its own.
 */
function upperCase(text: string): string {
  const normalised = text.normalize('NFC');
  const upper = normalised.toUpperCase();
  if (upper.length === normalised.length) return upper;
  return Array.from(normalised, (char) => {
    const capital = char.toUpperCase();
    return capital.length === char.length ? capital : char;
  }).join('');
}

/** A note after a `No` that says why nothing was needed: `no schema change`, `nothing to migrate`, `first release`, `covered by CC6.2`. */
const NOT_NEEDED_NOTE =
  /^(?:no|nothing|none|n\/?a|first\s+(?:release|run|version|deployment)|superseded|duplicate|de-?scoped|covered\s+(?:by|under|in)|handled\s+(?:by|in|under)|done\s+(?:by|in|elsewhere)|already)\b/i;

/** Words that say a gate was not run: a wait alone, a note after a pass or a skip. */
const RESTATES_SKIP = /^(?:NOT RUN|NOT EXECUTED|NOT TESTED)$/i;
/** Failure words that a not-applicable status's reason cannot explain away. */
const OUTRIGHT_FAILURE = /^(?:FAIL|FAILS|FAILED|FAILING|FAILURE|MISSING|NOT MET|BLOCKED|NO-GO|NOK|BROKEN)$/i;
/** A status symbol, as a pattern's source: `✅`, `⏳`, `:white_check_mark:`. */
export const SYMBOL = String.raw`:[\w+-]+:|\p{Extended_Pictographic}\uFE0F?|[✓✗✔✘☐☑➖]`;

/**
 * The words that say a gate does not apply, as opposed to one skipped or waived: in a status they open
 * a reason (`N/A — requirement withdrawn`), in a checklist item's note they stand alone.
 */
export const DOES_NOT_APPLY = String.raw`N\/A|NOT APPLICABLE|NOT REQUIRED|NOT NEEDED|NOT DUE|OUT OF SCOPE|NOT IN SCOPE`;
const NOT_APPLICABLE_WORD = new RegExp(String.raw`^(?:${DOES_NOT_APPLY}|NA|➖)$`, 'i');

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
  /** Worked out from a count (`3/5 passed`): a symbol in the same text outranks it. */
  inferred?: boolean;
  index: number;
  end: number;
}

/**
 * A negation right before a status word: `not`, `no`, `0`, `nothing`, `never`, `isn't`, `didn't`, and
 * `nicht`, `non`, `no`, `não`, `kein`, `aucun`, `ningún`, `nessun`, `niet`, `geen` of the other languages, where they come before the word (not `ohne`, `sans`,
 * `sin` or `sem`, which also stand before what is absent: `Ohne Befund abgeschlossen`); then perhaps
 * `yet` (group 3, or `noch`, `aún`, `ainda` before the negation, group 2) and up to two words (`has not
 * been`, `not all tests`, `no new`). A `0` of a number (`2.0 approved`, `10 passed`) is none.
 */
const NEGATION =
  /(?<![\p{L}\p{N}_.,/-])((?:(NOCH|AÚN|AUN|TODAVÍA|AINDA)[ \t]+)?(?:NOT|NO|NONE|NOTHING|NEVER|NON|NICHT|NÃO|KEINE?|AUCUNE?|NINGUNA|NINGÚN|NESSUNA?|NIET|GEEN|WITHOUT|W\/O|CANNOT|UNABLE TO|FAILED TO|0|ZERO|(?:IS|WAS|ARE|WERE|DID|DOES|DO|HAS|HAVE|HAD|CA|WO)N['’]T)[ \t]+(?:(YET)[ \t]+)?(?:[\p{L}-]{1,20}[ \t]+){0,2})$/u;

/** An earlier attempt and what became of it: `the first scan failed on a false positive`, `1. Lauf nicht bestanden, behoben`. */
const EARLIER_ATTEMPT = String.raw`\b(?:THE[ \t]+)?(?:FIRST|INITIAL|ORIGINAL|1ST|EARLIER|PRIOR|PREVIOUS)[ \t]+(?:[A-ZÀ-Ý-]+[ \t]+)?(?:ATTEMPT|TRY|RUN|SCAN|EXECUTION|BUILD|ROUND)S?\b[^;()]{0,120}|(?:\b1\.|\bERSTER|\bERSTE|\bPREMIER|\bPRIMER|\bPRIMERA)[ \t]*(?:LAUF|DURCHLAUF|VERSUCH|ESSAI|PASSAGE|INTENTO|EJECUCIÓN)\b[^;()]{0,120}`;

/**
 * What a status says it no longer is: struck through (`~~❌~~ ✅`), given as history (`✅ PASSED
 * (previously ❌ in rc1)`, `Was failing, now passes`), an earlier attempt's (`PASS (re-run; the first scan
 * failed …)`) or left behind an arrow (`❌ → ✅`). Blanked out, so only the current status is read.
 */
const SUPERSEDED = new RegExp(String.raw`~~[^~\n]{1,200}~~|<DEL>[^<]{0,200}<\/DEL>|\((?:PREVIOUSLY|PREVIOUS|FORMERLY|WAS|WERE|INITIALLY|ORIGINALLY|EARLIER|BEFORE|UNTIL|ZUVOR|VORHER|AUPARAVANT|PRÉCÉDEMMENT|ANTERIORMENTE|ANTES)(?![A-ZÀ-Ý])[^()]{0,200}\)|\b(?:PREVIOUSLY|FORMERLY|INITIALLY|ORIGINALLY|WAS)\b[^,;()]{0,120}[,;]|${EARLIER_ATTEMPT}|^[ \t]*[^\s→]{1,20}(?:[ \t]+[^\s→]{1,20})?[ \t]*(?:→|->)`, 'g');

/** A count right before a pass word, perhaps with what was counted: `3/5 passed`, `4 of 6 checks met`. */
const COUNT_BEFORE = /(?<![\p{L}\p{N}_./-])((\d{1,3}(?:,\d{3})+|\d{1,7})[ \t]*(?:\/|OF|OUT OF)[ \t]*(\d{1,3}(?:,\d{3})+|\d{1,7})[ \t]+(?:[\p{L}-]{1,20}S[ \t]+)?)$/u;

/** A count right after a pass word: `Passed 3/5`, `Met 4 of 6`, `Passed (1,204/1,210)`. */
const COUNT_AFTER = /^[ \t]*:?[ \t]*(\d{1,3}(?:,\d{3})+|\d{1,7})[ \t]*(?:\/|OF|OUT OF)[ \t]*(\d{1,3}(?:,\d{3})+|\d{1,7})(?![\p{N}./-])/u;

/**
 * A share short of all, right before or after a pass word: `50% complete`, `Complete (80%)`, `Passed 95%`,
 * `Passed (97% of cases)`. Not a share of something else measured beside it: `Pass (0.003 % mismatch)`,
 * `Passed (0.3% error rate)`.
 */
const SHARE_BEFORE = /(?<![\p{N}.])(\d{1,2}(?:\.\d+)?[ \t]*%[ \t]*)$/u;
const SHARE_AFTER =
  /^[ \t]*[:(]?[ \t]*(\d{1,2}(?:\.\d+)?)[ \t]*%(?![ \t]*(?!(?:OF|COMPLETE|COMPLETED|DONE|PASS|PASSED|PASSING|SUCCESS|SUCCESSFUL|MET|COVERED|TESTED|VERIFIED|MIGRATED|DEPLOYED|ROLLED|EXECUTED|FINISHED)(?![\p{L}]))\p{L})/u;

/** A share right before a word: what the word names was measured (`0.003 % mismatch`). */
const SHARE_OF_WORD = /\d[ \t]*%[ \t]*$/;
/** The target a measured rate is given with: `, target < 0.01 %`, `(SLO ≤ 0.1 %)`. */
const RATE_TARGET = /^[^;]*?(?:\b(?:TARGET|THRESHOLD|SLO|LIMIT|BUDGET)\b|[<≤])/;

/** A zero right after a status word: `Failures: 0`, `Missed 0`, `missing = 0`. */
const ZERO_AFTER = /^[ \t]*[:=]?[ \t]*(?:0(?![\p{N}%/]|[.,]\p{N})|NONE\b|NIL\b)/u;

/** What may follow a negated pass word for the negation to be about it: the end, punctuation, `yet`. */
const NEGATED_END = /^[ \t]*(?:$|[.,;:!?)\]—–|]|-[ \t]|(?:YET|SO FAR)(?![\p{L}]))/u;

/** A partial count reads as one only when it is not a date (`05/2024`) or a fraction of something. */
const isPartial = (done: string, total: string) => {
  const [a, b] = [Number(done.replaceAll(',', '')), Number(total.replaceAll(',', ''))];
  return a < b && !/^0\d/.test(done) && !(total.length === 4 && a <= 12);
};

/** Words a date often stands beside: with them, a small `a/b` is a day and a month (`Closed 3/14`), not a count. */
const DATED = new Set(['RESOLVED', 'REMEDIATED', 'FIXED', 'CLOSED']);

/** The pass words a count qualifies (`3/5 passed`); an approval with a number beside it is dated (`Approved 5/12`). */
const COUNTED = new Set([
  'PASS', 'PASSED', 'PASSING', 'MET', 'COMPLETE', 'COMPLETED', 'DONE', 'SUCCESS', 'SUCCEEDED', 'SUCCESSFUL', 'GREEN', 'IMPLEMENTED',
  ...DATED,
]);

/** After `TO BE`: a participle and a repeat, `reviewed again`, `monitored further`; not one that waits, `verified again once the patch lands`. */
const REPEATED_AFTER =
  /^[ \t]+[\p{L}-]+[ \t]+(?:AGAIN|FURTHER|ROUTINELY|CONTINUOUSLY|ON[ \t]+AN[ \t]+ONGOING[ \t]+BASIS|THROUGH[ \t]+(?:ROUTINE|ONGOING|REGULAR|PERIODIC))\b(?![ \t]+(?:ONCE|AFTER|WHEN|UNTIL|BEFORE|AS[ \t]+SOON)\b)/u;
/** After `PLANNED`: a later release, `for 3.2`, `for release 4.0`, `for the next release`. */
const LATER_RELEASE = /^[ \t]+FOR[ \t]+(?:(?:RELEASE|VERSION)[ \t]+|V)?\d+(?:\.\d+)+\b|^[ \t]+FOR[ \t]+(?:THE[ \t]+|A[ \t]+)?(?:NEXT|LATER|FUTURE)[ \t]+(?:RELEASE|VERSION|PHASE|INCREMENT)\b/;

/** A failover is no failure: `Failed over to eu-west-2 in 4 min`, `failed over and failed back`; not `failed over the weekend`. */
const FAILED_OVER = /^[ \t]+(?:OVER|BACK)(?:[ \t]*(?:$|[.,;:)])|[ \t]+(?:TO|FROM|AND|SUCCESSFULLY|CLEANLY|AUTOMATICALLY|MANUALLY|IN|WITHIN)\b)/;

/** A failure of none, said right before the failure word at the start of a clause: `0 failed`, `No failures`, `none failed`. */
const NONE_BEFORE = /(?:^|[.,;:(|—–]|\s-)[ \t]*[^\p{L}\p{N}\s]*[ \t]*(?:0|ZERO|NO|NONE)[ \t]+$/u;

/** What may follow a zero for it to say none: the end of its clause (`Failed: 0`, `Open: 0 (3 closed)`), not a qualifier (`0 critical, 4 high`). */
const ZERO_ENDS = /^[ \t]*(?:$|[.,;)(|—–]|-[ \t])/;

/** Some problems, counted: `4 errors`, `2 defects`, `1 blocked`. */
const SOME_PROBLEMS = /(?<![\d.,])[1-9][\d,]*[ \t]+(?:[\p{L}-]+[ \t]+)?(?:errors?|failures?|failed|failing|blocked|broken|defects?|issues?|bugs?)\b/iu;

/**
 * Words that are statuses only where `isColourStatus` places them: RAG colours, `In place` (not `Upgraded in place`;
 * also `In place with CCW`), and nouns and adjectives of a result that also name things (`Observation (OBS-2)`, not
 * `Observation period` nor `Observation: none`; `Mitigated`, not `Mitigated risks register`).
 */
const COLOURS = new Set(['RED', 'AMBER', 'YELLOW', 'IN PLACE']);
const RESULT_NOUNS = new Set(['OBSERVATION', 'OPPORTUNITY FOR IMPROVEMENT', 'OFI', 'CERTIFIED', 'MITIGATED', 'MATCHED', 'MATCH', 'ACCEPTABLE', 'TOLERABLE', 'FAVORABLE', 'FAVOURABLE', 'CLEAN']);
const PLACED = new Set([...COLOURS, ...RESULT_NOUNS]);
/** A letter that is a status only as the whole text: `Y` in a `Met?` or `Y/N` column; not `Y/N`, `Option Y`, `Y axis`. */
const ALONE = new Set(['Y']);
const PORTUGUESE_WORDS = new Set([...PORTUGUESE_PASS, ...PORTUGUESE_FAIL]);

/**
 * A RAG colour opens its status or follows its label (`Red`, `🔴 Red, 2 blockers`, `RAG: Amber (2 risks)`)
 * and ends its clause; not where it names something (`Red team`, `outlined in red`, `(amber)`) or turns (`red → green`).
 */
const isColourStatus = (before: string, after: string) =>
  /(?:^|[:;|—–/])[ \t]*[^\p{L}\p{N}\s()/]*[ \t]*$/u.test(before) && /^[ \t]*(?:$|[^\p{L}\p{N}\s])/u.test(after) && !/^[ \t]*(?:→|->)/.test(after);

/** Whether `a/b` beside a dated word reads as a date. */
const isDate = (word: string, count: string, done: string, total: string) =>
  DATED.has(word) && count.includes('/') && Number(done.replaceAll(',', '')) <= 31 && Number(total.replaceAll(',', '')) <= 31;

/** How far before a status word a negation or a count is looked for: longer than either can be. */
const LOOK_BEHIND = 80;

/** Hyphens join words, so `Fail-Fast` holds no `FAIL` and `NO-GO` is one word. */
const isWordChar = (char: string | undefined) => {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  // ASCII, nearly every character of a report, without a pattern.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x2d;
  return WORD_CHAR.test(char);
};
/** Letters, digits, `_` and `-`; not a superscript digit, a footnote's marker (`PASS¹`). */
const WORD_CHAR = /(?![¹²³⁴⁵⁶⁷⁸⁹⁰])[\p{L}\p{N}_-]/u;

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
      // `Pass w/ deviation` says `with deviation`.
      if (text.startsWith('WITH ')) entries.push({text: `W/ ${text.slice(5)}`, verdict, word, symbol: false}, {text: `W/${text.slice(5)}`, verdict, word, symbol: false});
    }
  }
  entries.sort((a, b) => b.text.length - a.text.length);
  // Entries by their first character, longest first: a position is tried only against those that can start there.
  const byFirstChar = new Map<string, typeof entries>();
  for (const entry of entries) {
    const list = byFirstChar.get(entry.text[0]);
    if (list) list.push(entry);
    else byFirstChar.set(entry.text[0], [entry]);
  }

  function tokens(text: string): Token[] {
    let upper = upperCase(text);
    if (/~~|\(|<DEL>|FORMERLY|WAS|FIRST|INITIAL|ORIGINAL|1ST|EARLIER|PRIOR|PREVIOUS|1\.[ \t]*[A-Z]|ERSTE|PREMIER|PRIMER|→|->/.test(upper)) upper = upper.replace(SUPERSEDED, (part) => ' '.repeat(part.length));
    const found: Token[] = [];
    let index = 0;
    while (index < upper.length) {
      const char = upper[index];
      const candidates = byFirstChar.get(char);
      if (!candidates || (isWordChar(char) && isWordChar(upper[index - 1]))) {
        index++;
        continue;
      }
      const match = candidates.find(
        (entry) =>
          upper.startsWith(entry.text, index) && (!entry.word || !isWordChar(upper[index + entry.text.length])),
      );
      if (match) {
        const end = index + match.text.length;
        const token = match.symbol ? {verdict: match.verdict, symbol: true, index, end} : wordToken(upper, index, end, match.verdict, found);
        if (token) found.push(token);
        index = end;
      } else {
        index++;
      }
    }
    return found;
  }

  /**
   * A status word read in its context; undefined when it states no verdict of its own.
   * - Negated: a pass is no pass (`Not done`, `No Go` fail, `not yet verified` is pending) when the
   *   negation is about it (`no approved deviations` is about the deviations: no verdict); a failure
   *   or a wait states none (`not blocked`), and a failure of none right before it says a pass (`0
   *   failed`, `no failures`), which any other status word outranks.
   * - Counted: `3/5 suites passed` and `Passed 3 of 5` fail; `Failures: 0` and `Defects open: 0` pass
   *   where the zero ends the clause (not `Open: 0 critical, 4 high`), `Passed: 0` fails.
   */
  function wordToken(upper: string, index: number, end: number, verdict: Verdict, found: Token[]): Token | undefined {
    // Negations and counts stand right next to the word: bounded windows keep this linear.
    const before = upper.slice(Math.max(0, index - LOOK_BEHIND), index);
    const after = upper.slice(end, end + LOOK_BEHIND);
    const word = upper.slice(index, end);
    const negation = NEGATION.exec(before);
    if (negation && !(/^NO[ \t]/.test(negation[1]) && PORTUGUESE_WORDS.has(word))) {
      // `0 failed`, `no failures`: none did, said right before it at the start of a clause (not `Shard 0 failed`).
      if (verdict === 'fail' && NONE_BEFORE.test(before) && NEGATED_END.test(after)) return {verdict: 'pass', symbol: false, inferred: true, index: index - negation[1].length, end};
      if (verdict !== 'pass' || !NEGATED_END.test(after)) return undefined;
      const start = index - negation[1].length;
      // The negation may itself be a status (`Not yet` done): the two are one status.
      while (found.length > 0 && found[found.length - 1].end > start) found.pop();
      return {verdict: negation[2] || negation[3] ? 'pending' : 'fail', symbol: false, index: start, end};
    }
    // A rate measured against the target given with it, not a result: `0.003 % mismatch, target < 0.01 %` (whether it
    // meets the target is the threshold check's). Without a target, `12 % failure rate` still fails.
    if (verdict === 'fail' && (SHARE_OF_WORD.test(before) || /^[ \t]+RATE\b/.test(after)) && /^(?:MISMATCH|FAILURE|ERROR)/.test(word) && RATE_TARGET.test(after)) return undefined;
    // A failure known and set aside is no verdict of its own: `✅ 1 known mismatch xfail'd, rest green`.
    if (verdict === 'fail' && /\bKNOWN[ \t]+$/.test(before)) return undefined;
    // A noun of a result before a colon labels a count or a list (`Observations: none`), and states nothing.
    if (RESULT_NOUNS.has(word) && /^[ \t]*:/.test(after)) return undefined;
    const zero = ZERO_AFTER.exec(after);
    if (zero) {
      if (verdict === 'pass') return {verdict: 'fail', symbol: false, index, end};
      // `Failed: 0`, `Defects open: 0 (5 raised, all fixed)`: none, where the zero ends its clause.
      const none = (verdict === 'fail' || verdict === 'pending') && ZERO_ENDS.test(after.slice(zero[0].length));
      return none ? {verdict: 'pass', symbol: false, inferred: true, index, end: end + zero[0].length} : undefined;
    }
    // `0/5 failed`: none did.
    if (verdict !== 'pass' && COUNT_BEFORE.exec(before)?.[2] === '0') return undefined;
    // Done as planned is no plan: `Rolled back as planned`.
    if (word === 'PLANNED' && /\bAS[ \t]+$/.test(before)) return undefined;
    // A repeat of what was done is no wait for it: `Approved; to be reviewed again in 12 months`, `to be monitored further
    // through routine surveillance`, `next rollback drill planned for Q1 2025`.
    if ((word === 'TO BE' || word === 'WILL BE') && REPEATED_AFTER.test(after)) return undefined;
    if (word === 'PLANNED' && /\bNEXT[ \t]+(?:[\p{L}-]+[ \t]+){0,3}$/u.test(before)) return undefined;
    // What a later release will do, after a status that says this one does not apply: `N/A — not in scope of 3.1 (planned for 3.2)`.
    if (word === 'PLANNED' && LATER_RELEASE.test(after) && /\b(?:N\/A|NOT[ \t]+APPLICABLE|(?:NOT[ \t]+IN|OUT[ \t]+OF)[ \t]+SCOPE)\b/.test(before)) return undefined;
    // `Success criteria`, `Success metrics`: the name of a list, not a result.
    if (word === 'SUCCESS' && /^[ \t]+(?:CRITERI|METRIC|MEASURE|FACTOR|INDICATOR)/.test(after)) return undefined;
    if (/^FAIL/.test(word) && FAILED_OVER.test(after)) return undefined;
    if (PLACED.has(word) && !isColourStatus(before, after) && !(word === 'IN PLACE' && /^[ \t]+WITH\b/.test(after))) return undefined;
    if (ALONE.has(word) && !(/^[ \t]*$/.test(before) && /^[ \t]*[.!]?[ \t]*$/.test(after))) return undefined;
    if (verdict === 'pass' && COUNTED.has(word)) {
      const counted = COUNT_BEFORE.exec(before);
      if (counted && isPartial(counted[2], counted[3]) && !isDate(word, counted[1], counted[2], counted[3])) {
        return {verdict: 'fail', symbol: false, inferred: true, index: index - counted[1].length, end};
      }
      const countedAfter = COUNT_AFTER.exec(after);
      if (countedAfter && isPartial(countedAfter[1], countedAfter[2]) && !isDate(word, countedAfter[0], countedAfter[1], countedAfter[2])) {
        return {verdict: 'fail', symbol: false, inferred: true, index, end: end + countedAfter[0].length};
      }
      const share = SHARE_BEFORE.exec(before);
      if (share) return {verdict: 'fail', symbol: false, inferred: true, index: index - share[1].length, end};
      const shareAfter = SHARE_AFTER.exec(after);
      if (shareAfter) return {verdict: 'fail', symbol: false, inferred: true, index, end: end + shareAfter[0].length};
    }
    return {verdict, symbol: false, index, end};
  }

  /** The tokens that stand as alternatives to a neighbour of another verdict: `✅/❌`, `PASS | FAIL`, `GO or NO-GO`. */
  function alternatives(text: string, found: Token[]): Set<Token> {
    const upper = upperCase(text);
    const paired = new Set<Token>();
    for (let i = 1; i < found.length; i++) {
      const between = upper.slice(found[i - 1].end, found[i].index).trim();
      if ((between === '/' || between === '|' || between === 'OR') && found[i - 1].verdict !== found[i].verdict) {
        paired.add(found[i - 1]).add(found[i]);
      }
    }
    return paired;
  }

  /** Whether `word` is one status word or symbol, whole. */
  function isStatusWord(word: string): boolean {
    const found = tokens(word);
    return found.length === 1 && found[0].index === 0 && found[0].end === word.normalize('NFC').length;
  }

  function select(text: string, options?: ClassifyOptions): Token[] {
    let found = tokens(text);
    const normalised = text.normalize('NFC');
    const word = (token: Token) => normalised.slice(token.index, token.end);
    // `✅ Pass (IE11 not tested, unsupported)`, `Skipped (not run in CI)`, `N/A — not run`: in a bracket
    // after a pass, or after a status that opens not applicable, words that say something was not run
    // are its note, not a wait (`Design effective; operating effectiveness not tested` still waits).
    const bracketed = (token: Token) => normalised.lastIndexOf('(', token.index) > normalised.lastIndexOf(')', token.index);
    found = found.filter(
      (token, index) =>
        !RESTATES_SKIP.test(word(token)) ||
        !(bracketed(token) || found[0]?.verdict === 'not-applicable') ||
        !found.slice(0, index).some((before) => before.verdict === 'pass' || before.verdict === 'not-applicable'),
    );
    // `Not tested — not applicable`, `Not run (N/A: no new systems)`: a skip that gives not applicable
    // as its reason does not apply, as `N/A — not tested` does not.
    let opening = 0;
    if (
      found.length > 1 &&
      RESTATES_SKIP.test(word(found[0])) &&
      !/[\p{L}\p{N}]/u.test(normalised.slice(0, found[0].index)) &&
      NOT_APPLICABLE_WORD.test(word(found[1])) &&
      /^[\s—–:;(,-]*$/u.test(normalised.slice(found[0].end, found[1].index))
    ) {
      opening = found[0].end;
      found = found.slice(1);
    }
    // `N/A — requirement withdrawn`: a status that opens with not applicable and gives its reason; the
    // reason's words (`withdrawn`) are why, not a verdict of their own. Not `Skipped — failed on the
    // runner`, a reason that fails outright (`N/A: evidence MISSING`, `N/A — ❌`) or one that waits
    // (`N/A — pending the committee's decision`).
    const first = found[0];
    if (
      first?.verdict === 'not-applicable' &&
      NOT_APPLICABLE_WORD.test(word(first)) &&
      !/[\p{L}\p{N}]/u.test(normalised.slice(opening, first.index)) &&
      NA_WITH_REASON.test(normalised.slice(first.end)) &&
      !found.some((token) => token.verdict === 'pending' || (token.verdict === 'fail' && (token.symbol || OUTRIGHT_FAILURE.test(word(token)))))
    ) {
      found = [first];
    }
    // A count is read only when it is all the status says: `PASS (phase 1/2 complete)` is a pass with a note; a symbol
    // beside it says no more than its words (`✅ Passed 1,204 of 1,210` passed some).
    if (found.some((token) => token.inferred) && found.some((token) => !token.inferred && !token.symbol)) found = found.filter((token) => !token.inferred);
    // A pass read from a failure of none is no pass beside a count of other problems: `0 failed, 4 errors`.
    if (found.length > 0 && found.every((token) => token.inferred && token.verdict === 'pass') && SOME_PROBLEMS.test(normalised)) found = [];
    if (options?.heading) {
      // `Gate 3 pass/fail criteria` names a review; `Gate 2 Result: PASS / FAIL` and `Gate 6 — Approved /
      // Rejected` are a slot left unfilled: after a result label, or all that follows a colon or a dash.
      const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('—'), text.lastIndexOf('–'));
      const labelled = /^(.*?\b(?:result|status|outcome|verdict|conclusion|decision)\b[^:]*):/i.exec(text)?.[1].length;
      const after = text.slice(colon + 1).split(/\s*(?:\/|\||\bor\b)\s*/i).map((word) => word.trim());
      const slot = labelled ?? (colon >= 0 && after.length > 1 && after.every(isStatusWord) ? colon : Infinity);
      const paired = alternatives(text, found);
      found = found.filter((token) => token.symbol || !paired.has(token) || token.index > slot);
    }
    return (options?.symbolsFirst || options?.heading) && found.some((token) => token.symbol) ? found.filter((token) => token.symbol) : found;
  }

  /**
   * Alternatives make an unfilled legend when they are all the status says (`✅/❌`, `PASS / FAIL`),
   * or when they are symbols; words given as alternatives beside another status name something
   * (`✅ Approved at the Go/No-Go meeting`) and are set aside.
   */
  function verdicts(text: string, options?: ClassifyOptions): Verdict[] {
    // A bare `No` or `N` (a Yes/No column; `Non`, `Nee`, `Não` in French, Dutch, Portuguese) is a no, also before a note
    // (`No — see finding F-1`, `No — fixed in 4.2.1`), unless the note says why it was not needed (`No — not required`,
    // `No — no schema change in this release`); `No` before other words is a negation or a note.
    if (!options?.heading) {
      const no = /^\s*(?:(?:no|non|nee|não)\s*(?:[.(]|$)|n\s*\.?\s*$)|^\s*(?:no|non|nee|não|n)\s*(?:[;—–]|-\s)(.*)$/is.exec(text);
      if (no && no[1] !== undefined && (NOT_NEEDED_NOTE.test(no[1].trim()) || verdicts(no[1], options).includes('not-applicable'))) return ['not-applicable'];
      if (no) return ['fail'];
    }
    // `Red/Amber/Green`: a legend even where only some of its words are status words; not a path (`✅ docs/runbooks/R.md`).
    if (/^[^/\n\d]{1,20}(?:\/[^/\n\d]{1,20}){2,}$/.test(text.trim()) && !/\s\S+\s/.test(text.trim()) && !/\.\w{1,8}`?$/.test(text.trim())) return [];
    let found = select(text, options);
    const paired = alternatives(text, found);
    if (paired.size > 0) {
      if (paired.size === found.length || [...paired].some((token) => token.symbol)) return [];
      found = found.filter((token) => !paired.has(token));
    }
    return [...new Set(found.map((token) => token.verdict))];
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
