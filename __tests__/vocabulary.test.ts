import {describe, expect, it} from 'vitest';
import {createClassifier, DEFAULT_VOCABULARY, extendVocabulary} from '../src/model/vocabulary.js';

const classifier = createClassifier(DEFAULT_VOCABULARY);

describe('status vocabulary', () => {
  it.each([
    // every status word and symbol seen in real gate tables and gate lines
    ['✅', 'pass'], ['✓', 'pass'], ['PASS', 'pass'], ['PASSED', 'pass'], ['SUCCESS', 'pass'], ['COMPLETE', 'pass'],
    ['MET', 'pass'], ['✅ MET (skipped)', 'pass'], ['✅ Complete', 'pass'], ['**PASS**', 'pass'], ['✅ Present', 'pass'],
    ['[x]', 'pass'], ['Gate 3 - PASSED', 'pass'],
    ['❌', 'fail'], ['✗', 'fail'], ['FAIL', 'fail'], ['FAILED', 'fail'], ['BLOCKED', 'fail'], ['❌ **FAILED**', 'fail'],
    ['Not Met', 'fail'], ['NOT MET', 'fail'],
    ['⏳', 'pending'], ['⚠️', 'pending'], ['🔄', 'pending'], ['☐', 'pending'], ['🟡', 'pending'], ['[ ]', 'pending'],
    ['PENDING', 'pending'], ['IN PROGRESS', 'pending'], ['NOT STARTED', 'pending'], ['AWAITING APPROVAL', 'pending'],
    ['⏳ **PENDING**', 'pending'], ['TBD', 'pending'],
    ['➖', 'not-applicable'], ['N/A', 'not-applicable'], ['SKIPPED', 'not-applicable'],
    // a release readiness review's go / no-go column
    ['GO', 'pass'], ['NO-GO', 'fail'],
    // control testing, RAG status
    ['Compliant', 'pass'], ['Non-compliant', 'fail'], ['Not implemented', 'fail'], ['NOK', 'fail'], ['Missed', 'fail'],
    ['Unresolved', 'pending'], ['Green', 'pass'], ['✅ Passed; no new failures', 'pass'], ['✅ Green (previous failures fixed)', 'pass'],
    ['✅ Passed; no new failure', 'pass'], ['✅ Green (previous failure fixed)', 'pass'],
    ['Implemented', 'pass'], ['Implemented 8/10', 'fail'], ['No', 'fail'], ['No (see exception EX-12)', 'fail'], ['No issues', 'unknown'],
    // dates beside a status
    ['✅ 12/05/2024', 'pass'], ['Approved 05/12/2024', 'pass'], ['Approved 5/12', 'pass'], ['Passed 12/05/2024', 'pass'],
    // red and amber are RAG statuses where they end a clause, and words of notes elsewhere (`red team`, `amber alert`, `red → green`)
    ['✅ Passed — red team exercise closed', 'pass'], ['✅ Passed (amber alert threshold tuned)', 'pass'], ['Red', 'fail'], ['🔴 Red', 'fail'],
    ['Red, 2 blockers', 'fail'], ['RAG: Amber (2 risks)', 'pending'], ['Red team exercise', 'unknown'], ['✅ Done, CI went red → green', 'pass'],
    // PCI DSS's reporting words; a failover is no failure
    ['In place', 'pass'], ['In place with CCW', 'pass'], ['Not in place', 'fail'], ['Failed over to eu-west-2 in 4 min', 'unknown'],
    // counts: a pass of some is no pass, a failure of none is no failure
    ['3/5 suites passed', 'fail'], ['0/5 passed', 'fail'], ['4 of 6 checks met', 'fail'], ['Passed 3 of 5', 'fail'],
    ['5/5 passed', 'pass'], ['6 of 6 met', 'pass'], ['✅ 0 failures', 'pass'], ['0 failed', 'pass'], ['10 failed', 'fail'],
    ['Failed: 0', 'pass'], ['Defects open: 0', 'pass'], ['0 failed, 2 blocked', 'fail'], ['0 failed, 4 errors', 'unknown'],
    // a zero of something else, and a count that is no zero
    ['Shard 0 failed.', 'unknown'], ['Zero downtime cutover failed.', 'unknown'], ['Open: 0 critical, 4 high', 'unknown'],
    ['Failed over the 12 h window', 'fail'], ['FAIL over 3 attempts', 'fail'], ['✅ Passed initially; failed over the weekend soak', 'fail'],
    ['Upgraded in place', 'unknown'], ['Largely in place', 'pending'], ['Red/Amber', 'unknown'], ['✅ Fired (amber)', 'pass'],
    ['Ready for release', 'pass'], ['Ready for review', 'pending'], ['Rolled back as planned', 'unknown'],
    ['✅ Missed: 0', 'pass'], ['Failed: 0, Passed: 12', 'pass'], ['Passed: 0', 'fail'],
    // numbers that are not counts
    ['Release 2.0 approved', 'pass'], ['v1.0 verified', 'pass'], ['SOC 2 audit 05/2024 passed', 'pass'], ['1/2 day soak passed', 'pass'],
    ['✅ 2 of 3 reviewers approved (quorum is 2)', 'pass'], ['Passed 1,204 of 1,210', 'fail'], ['Passed: 3/5', 'fail'],
    ['0/5 failed', 'unknown'], ['Not all tests passed', 'fail'], ['No tests passed', 'fail'], ['None passed', 'fail'],
    ['Unable to pass', 'fail'], ['Previously ❌, now ✅', 'pass'], ['<del>❌</del> ✅', 'pass'],
    // pass words in their plain forms, and after a footnote's marker
    ['Yellow', 'pending'], ['Yellow — 2 of 9 regions still reconciling', 'pending'], ['Yellow card issued', 'unknown'], ['Win', 'pass'], ['Achieved', 'pass'], ['Not achieved', 'fail'], ['Fulfilled', 'pass'], ['No findings', 'pass'], ['None open', 'pass'], ['Reviewed — no concerns', 'pass'],
    ['Respecté', 'pass'], ['Non respecté', 'fail'], ['Superadas', 'pass'], ['eingehalten', 'pass'], ['nicht erreicht', 'fail'], ['PASS¹', 'pass'], ['Green*', 'pass'],
    // a repeat of what was done, or what a later release plans after a status that does not apply, is no wait
    ['Approved; to be reviewed again in 12 months', 'pass'], ['Effective; to be monitored further through routine surveillance', 'pass'],
    ['PASS — rollback tested; next rollback drill planned for Q1 2025.', 'pass'], ['N/A — not in scope of release 3.1 (planned for 3.2)', 'not-applicable'],
    // what an earlier attempt did
    ['PASS (re-run; the first scan failed on a false-positive SAST rule, suppressed under SEC-412).', 'pass'],
    ['bestanden (2. Lauf; 1. Lauf wegen Kaltstart-Timeout nicht bestanden, behoben)', 'pass'], ['FAILED (first run)', 'fail'],
    ['Approved; to be reviewed by Legal', 'pending'], ['PASS; DR drill planned for Friday', 'pending'], ['Planned for 3.2', 'pending'], ['Approved; to be verified again once the patch lands', 'pending'],
    ['✅ Approved at the Go/No-Go meeting', 'pass'], ['✅ Passed (pass/fail threshold 5%)', 'pass'],
    // a count or a share is read only when it is all the status says
    ['Approved (2/3 reviewers)', 'pass'], ['PASS (phase 1/2 complete; phase 2 out of scope)', 'pass'], ['Passed — 2/3 reviewers approved', 'pass'],
    ['50% complete', 'fail'], ['Complete (80%)', 'fail'], ['Passed 95% (target 99%)', 'fail'], ['100% complete', 'pass'],
    ['Passed (97% of cases)', 'fail'], ['Pass (0.003 % mismatch, target < 0.01 %)', 'pass'], ['Passed (0.3% error rate)', 'pass'],
    ['Red/Amber/Green', 'unknown'], ['✅ docs/runbooks/R.md', 'pass'], ['❌ `ops/runbooks/failover.md`', 'fail'], ['Failed: none', 'pass'], ['❌ → ✅', 'pass'], ['Amber -> Green', 'pass'],
    ['Was failing, now passing', 'pass'], ['✅ Passed (staging -> prod)', 'pass'],
    // GitHub's emoji shortcodes, as teams type them
    [':white_check_mark:', 'pass'], [':heavy_check_mark: Done', 'pass'], [':x:', 'fail'], [':hourglass_flowing_sand:', 'pending'],
    [':warning: partial', 'pending'], [':heavy_minus_sign:', 'not-applicable'],
    // control tests, pen-test trackers, accessibility conformance, readiness reviews
    ['Effective', 'pass'], ['Operating effectively', 'pass'], ['Not effective', 'fail'], ['Ineffective', 'fail'],
    ['Remediated', 'pass'], ['Resolved', 'pass'], ['Closed', 'pass'], ['Open', 'pending'], ['3 open, 5 closed', 'pending'],
    ['14 fixed, 2 still open', 'pending'], ['Resolved 3 of 5', 'fail'], ['Not yet remediated', 'pending'],
    ['Supports', 'pass'], ['Partially Supports', 'pending'], ['Does Not Support', 'fail'],
    ['Ready', 'pass'], ['Not ready', 'fail'], ['Ready for review', 'pending'], ['Under review', 'pending'],
    ['Mostly done', 'pending'], ['On track', 'pending'], ['At risk', 'pending'],
    ['Closed (won\'t fix)', 'fail'], ['Closed without fix', 'fail'], ['Fixed in next release', 'pending'], ['Will be fixed in 3.1', 'pending'],
    ['Ready for CAB', 'pending'], ['Ready to run', 'pending'], ['Remediated? To be confirmed', 'pending'],
    ['Closed 3/14', 'pass'], ['Fixed 5/12', 'pass'],
    ['Satisfactory', 'pass'], ['Unsatisfactory', 'fail'], ['Needs improvement', 'pending'], ['Hold', 'pending'], ['Aborted', 'fail'],
    ['Cancelled', 'fail'], ['Pass with deviation', 'pending'], ['✅ (aborted at 5 h)', 'fail'], ['Declined', 'fail'],
    ['Effective with exceptions', 'pending'], ['Effective — 2 exceptions noted', 'fail'], ['Exception noted', 'fail'], ['No exceptions noted', 'pass'],
    // ISO audits conform or not; a test not run because it does not apply does not apply; success criteria are a list's name
    ['Conforming', 'pass'], ['Conforming after NC-01 closure', 'pass'], ['Conforms', 'pass'], ['Partially conforms', 'pending'],
    ['Nonconforming', 'fail'], ['Non-conforming', 'fail'], ['Not conforming', 'fail'], ['Does not conform', 'fail'],
    ['Not tested — not applicable', 'not-applicable'], ['Not run (N/A: no new systems)', 'not-applicable'],
    ['Not tested — not applicable; pending decision', 'pending'], ['Not tested', 'pending'], ['Success criteria, Level AA', 'unknown'],
    // German, French, Spanish and Portuguese, with their negations
    ['Bestanden', 'pass'], ['Nicht bestanden', 'fail'], ['Erfüllt', 'pass'], ['Teilweise erfüllt', 'pending'], ['Nicht umgesetzt', 'fail'],
    ['Offen', 'pending'], ['Entfällt', 'not-applicable'], ['Conforme', 'pass'], ['Non conforme', 'fail'], ['pas conforme', 'fail'],
    ['Mise en œuvre', 'pass'], ['En cours', 'pending'], ['Sans objet', 'not-applicable'], ['Aprobado', 'pass'], ['No cumple', 'fail'],
    ['Cerrado, pendiente de validación', 'pending'], ['No aplica', 'not-applicable'], ['Concluído', 'pass'], ['Não concluído', 'fail'],
    ['Em andamento', 'pending'], ['Não se aplica', 'not-applicable'], ['i.O.', 'pass'], ['n.i.O.', 'fail'], ['In Klärung', 'pending'],
    ['Abgenommen', 'pass'], ['Atteint', 'pass'], ['Non atteint', 'fail'], ['Levée partielle', 'pending'], ['Validé sans réserve', 'pass'],
    ['Sous réserve', 'pending'], ['À reprendre', 'pending'], ['Cuadra', 'pass'], ['En revisión', 'pending'], ['Cumprido', 'pass'],
    ['Homologado', 'pass'], ['Em análise', 'pending'], ['Acceptable', 'pass'], ['Unacceptable', 'fail'],
    // Dutch, and approvals given as a vote or a consent
    ['Geslaagd', 'pass'], ['Niet geslaagd', 'fail'], ['Gehaald', 'pass'], ['Niet gehaald', 'fail'], ['Niet behaald', 'fail'], ['Niet OK', 'fail'], ['✅ Opgelost', 'pass'], ['Voldoet niet', 'fail'], ['In behandeling', 'pending'],
    ['Niet van toepassing', 'not-applicable'], ['n.v.t.', 'not-applicable'], ['Approve', 'pass'], ['No objection', 'pass'],
    ['Goedgekeurd onder voorwaarden', 'pending'], ['Will approve after the retest', 'pending'], ['Sent to the PO to approve', 'pending'], ['No objections expected', 'pending'],
    ['Received', 'pass'], ['Pass (missing = 0)', 'pass'], ['missing = 3', 'fail'],
    // a yes or a no in one letter, as the whole status only
    ['Y', 'pass'], ['N', 'fail'], ['n.', 'fail'], ['Y/N', 'unknown'], ['Option Y', 'unknown'], ['N = 30 samples', 'unknown'],
    // more words of a result
    ['Obtained', 'pass'], ['Adequate', 'pass'], ['Within tolerance', 'pass'], ['🟩', 'pass'], ['Match', 'pass'], ['Clean', 'pass'],
    ['Favourable', 'pass'], ['Inadequate', 'fail'], ['Not adequate', 'fail'], ['Out of tolerance', 'fail'], ['🟥', 'fail'], ['🟨', 'pending'],
    ['Approved with reservations', 'pending'], ['Aprovado com ressalvas', 'pending'], ['Freigegeben mit Vorbehalt', 'pending'],
    ['Teruggedraaid naar 11.3 (pinkoppeling faalde)', 'fail'], ['No match found', 'unknown'], ['Clean-up pending', 'pending'],
    // a count of some beside a symbol is still some
    ['✅ Passed 1,204 of 1,210', 'fail'], ['✅ 3/5 passed', 'fail'], ['✅ 5/5 passed', 'pass'], ['✅ Closed 3/14', 'pass'],
    // yes and no in other languages
    ['Oui', 'pass'], ['Ja', 'pass'], ['Sí', 'pass'], ['Sì', 'pass'], ['Non', 'fail'], ['Nee', 'fail'], ['Não', 'fail'],
    ['Non — sans objet', 'not-applicable'], ['Non conforme', 'fail'],
    // Italian
    ['Non requise', 'not-applicable'], ['Nicht erforderlich', 'not-applicable'], ['Aucune vulnérabilité critique ouverte', 'unknown'], ['Geen bevindingen open', 'unknown'],
    ['Superato', 'pass'], ['Non superato', 'fail'], ['Fallito', 'fail'], ['In attesa', 'pending'], ['Non applicabile', 'not-applicable'], ['✅ Done (de, fr, ja, ko)', 'pass'], ['Verified, 1204 objects scanned', 'pass'], ['Objection received', 'fail'],
    // ISO audit results besides conformity, and other words of a pass
    ['Observation (OBS-24-02)', 'pass'], ['Opportunity for improvement (OFI-24-02)', 'pass'], ['Under observation', 'pending'],
    ['Tolerable', 'pass'], ['Validated', 'pass'], ['Released to production', 'pass'], ['Certified', 'pass'], ['Not validated', 'fail'],
    ['Matched', 'pass'], ['Mitigated', 'pass'], ['En ordre', 'pass'], ['Complété', 'pass'], ['Listo', 'pass'], ['Reprobado', 'fail'],
    ['Durchgeführt', 'pass'], ['Nicht durchgeführt', 'pending'], ['Ohne Feststellungen', 'pass'], ['pendent', 'pending'],
    ['No corresponde', 'not-applicable'], ['De acordo', 'pass'],
    // words that also mean something else in English, or stand before what is absent
    ['Done, but SIN check failed', 'fail'], ['SEM images approved', 'pass'], ['PAs verified', 'pass'], ['✅ Pass (Wi-Fi only, no SIM)', 'pass'],
    ['Ohne Befund abgeschlossen', 'pass'], ['Sans réserve validé', 'pass'], ['Sin observaciones aprobado', 'pass'], ['Réserves levées', 'pass'],
    ['noch nicht erledigt', 'pending'], ['aún no aprobado', 'pending'], ['ainda não aprovado', 'pending'], ['no realizado', 'fail'],
    ['Bestanden (zuvor nicht bestanden in RC1)', 'pass'], ['Passed; observation: none', 'pass'], ['Observation period (48 h)', 'unknown'],
    ['Favorable – les mesures sont mises en œuvre', 'pass'], ['Favorable unit economics', 'unknown'],
    ['s.o.', 'unknown'], ['Concluído no prazo aprovado', 'pass'], ['Aprovado em DEV, no QA reprovado', 'fail'], ['No aprobado', 'fail'],
  ])('%s is %s', (text, verdict) => {
    expect(classifier.classify(text)).toBe(verdict);
  });

  it.each(['', '   ', 'Screenshots', '5 runbooks delivered', '✅/❌', '✅ / ❌', 'PASS/FAIL', 'PASS / FAIL / PENDING', '[ ] / [x]'])(
    '%j has no verdict (empty, unrecognised, or an unfilled legend)',
    (text) => {
      expect(classifier.classify(text)).toBe('unknown');
    },
  );

  it('reads the current status, not one struck through or given as history', () => {
    expect(classifier.classify('~~❌~~ ✅')).toBe('pass');
    expect(classifier.classify('~~PENDING~~ ✅ PASSED')).toBe('pass');
    expect(classifier.classify('✅ PASSED (previously ❌ in rc1)')).toBe('pass');
    expect(classifier.classify('❌ FAILED (was ✅ in rc1)')).toBe('fail');
    expect(classifier.classify('✅ PASSED (❌ on retry)')).toBe('fail');
  });

  it('takes the worst of mixed signals, so a pass cannot hide a failure', () => {
    expect(classifier.classify('✅ done, ❌ docs missing')).toBe('fail');
    expect(classifier.classify('✅ PASSED (⏳ sign-off pending)')).toBe('pending');
    expect(classifier.classify('Skipped — failed on the runner')).toBe('fail');
  });

  it.each([
    // not applicable with its reason: the reason's words are why, unless it waits
    ['N/A — requirement withdrawn in SRS 7.4', 'not-applicable'], ['n/a: feature removed', 'not-applicable'],
    ['Not applicable (decommissioned)', 'not-applicable'], ['Not needed', 'not-applicable'], ['Out of scope', 'not-applicable'],
    ['Skipped (not run in CI)', 'not-applicable'], ['N/A — pending a decision by the committee', 'pending'], ['❌ N/A — x', 'fail'],
    ['N/A: evidence MISSING', 'fail'], ['Out of scope — FAIL on pen test', 'fail'], ['N/A — Maßnahme not run', 'not-applicable'],
    ['Design effective; operating effectiveness not tested', 'pending'],
    // a pass with a note of what was not run is a pass
    ['✅ Pass (IE11 not tested, unsupported)', 'pass'], ['✅ Passed (2 quarantined tests not run)', 'pass'],
    // `w/` is with, `w/o` without
    ['Pass w/ deviation', 'pending'], ['Pass w/deviation', 'pending'], ['Approved w/ exceptions', 'pending'], ['PASS w/o deviation', 'pass'],
  ])('reads %j as %s', (text, verdict) => {
    expect(classifier.classify(text)).toBe(verdict);
  });

  it('reads a test not run as waiting', () => {
    for (const text of ['Not run', 'Not executed', 'Not tested']) expect(classifier.classify(text), text).toBe('pending');
  });

  it.each([
    ['Not done', 'fail'], ['NOT COMPLETE', 'fail'], ['Not approved', 'fail'], ['not verified', 'fail'], ['No Go', 'fail'],
    ["Didn't pass", 'fail'], ['Hasn’t passed', 'fail'], ['has not been approved', 'fail'], ['Not signed off', 'fail'],
    ['Not done yet', 'fail'], ['Not approved.', 'fail'],
    ['Not yet done', 'pending'], ['not yet verified', 'pending'], ['✅ Tests, not approved', 'fail'],
  ])('a negated pass, %j, is no pass: %s', (text, verdict) => {
    expect(classifier.classify(text)).toBe(verdict);
  });

  it('reads a negation that is about something else as no verdict', () => {
    expect(classifier.classify('✅ Compliant — no approved deviations')).toBe('pass');
    expect(classifier.classify('Not approved by CAB')).toBe('unknown');
  });

  it('reads a negated failure or wait as no verdict of its own', () => {
    expect(classifier.classify('not blocked')).toBe('unknown');
    expect(classifier.classify('✅ no failure')).toBe('pass');
    expect(classifier.classify('✅ nothing missing, not pending')).toBe('pass');
    // the vocabulary's own `NOT …` entries stay what they are
    expect(classifier.classify('NOT MET')).toBe('fail');
    expect(classifier.classify('Not started')).toBe('pending');
    expect(classifier.classify('Not applicable')).toBe('not-applicable');
    expect(classifier.statusWords('Not yet done')).toBe('Not yet done');
  });

  it('matches whole words: hyphenated and longer words are not verdicts', () => {
    expect(classifier.hasStatus('Fail-Fast Proof')).toBe(false);
    expect(classifier.hasStatus('Metrics')).toBe(false);
    expect(classifier.hasStatus('Blocker')).toBe(false);
    expect(classifier.classify('Failure')).toBe('fail');
  });

  it('lets symbols decide in free text such as a heading', () => {
    expect(classifier.classify('Gate 2: Fail-Safe Rollback ✅', {symbolsFirst: true})).toBe('pass');
    expect(classifier.classify('Gate 4: Missing Tests Resolved ✅', {symbolsFirst: true})).toBe('pass');
    expect(classifier.statusWords('Blocker: Gate 1 Pending Execution', {symbolsFirst: true})).toBe('Pending');
    expect(classifier.classify('Gate 2: Failover Drill :white_check_mark:', {symbolsFirst: true})).toBe('pass');
  });

  it('in a heading, reads words given as alternatives as a name, and symbols given so as an unfilled legend', () => {
    const heading = {heading: true};
    expect(classifier.hasStatus('Gate 3 pass/fail criteria', heading)).toBe(false);
    expect(classifier.hasStatus('Gate 2 Go / No-Go review', heading)).toBe(false);
    expect(classifier.classify('Gate 2 Go / No-Go review: ❌ NO-GO', heading)).toBe('fail');
    expect(classifier.classify('Gate 3 pass/fail criteria: PASSED', heading)).toBe('pass');
    expect(classifier.classify('Gate 4: ✅/❌', heading)).toBe('unknown');
    // after a result label, or as all that follows the colon, word alternatives are a slot left unfilled
    expect(classifier.classify('Gate 2 Result: PASS / FAIL', heading)).toBe('unknown');
    expect(classifier.hasStatus('Gate 2 Result: PASS / FAIL', heading)).toBe(true);
    expect(classifier.hasStatus('Gate 4: GO / NO-GO', heading)).toBe(true);
    expect(classifier.hasStatus('Gate 3: Go/No-Go review', heading)).toBe(false);
    expect(classifier.classify('Gate 6 — Approved / Rejected', heading)).toBe('unknown');
    // in a label's value, a word legend is an unfilled template
    expect(classifier.classify('PASS / FAIL', {symbolsFirst: true})).toBe('unknown');
  });

  it('is extended by the policy, and a word the policy names moves to its verdict', () => {
    const extended = createClassifier(extendVocabulary(DEFAULT_VOCABULARY, {pass: ['SHIPPED', '🚀'], fail: ['PARTIAL'], pending: undefined}));
    expect(extended.classify('SHIPPED')).toBe('pass');
    expect(extended.classify('🚀 live')).toBe('pass');
    expect(extended.classify('PARTIAL')).toBe('fail');
    expect(classifier.classify('PARTIAL')).toBe('pending');
    expect(classifier.classify('SHIPPED')).toBe('unknown');
  });
});
