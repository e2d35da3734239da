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
    // GitHub's emoji shortcodes, as teams type them
    [':white_check_mark:', 'pass'], [':heavy_check_mark: Done', 'pass'], [':x:', 'fail'], [':hourglass_flowing_sand:', 'pending'],
    [':warning: partial', 'pending'], [':heavy_minus_sign:', 'not-applicable'],
  ])('%s is %s', (text, verdict) => {
    expect(classifier.classify(text)).toBe(verdict);
  });

  it.each(['', '   ', 'Screenshots', '5 runbooks delivered', '✅/❌', '✅ / ❌', 'PASS/FAIL', 'PASS / FAIL / PENDING', '[ ] / [x]'])(
    '%j has no verdict (empty, unrecognised, or an unfilled legend)',
    (text) => {
      expect(classifier.classify(text)).toBe('unknown');
    },
  );

  it('takes the worst of mixed signals, so a pass cannot hide a failure', () => {
    expect(classifier.classify('✅ done, ❌ docs missing')).toBe('fail');
    expect(classifier.classify('✅ PASSED (⏳ sign-off pending)')).toBe('pending');
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

  it('is extended by the policy, and a word the policy names moves to its verdict', () => {
    const extended = createClassifier(extendVocabulary(DEFAULT_VOCABULARY, {pass: ['GO', '🚀'], fail: ['PARTIAL'], pending: undefined}));
    expect(extended.classify('GO')).toBe('pass');
    expect(extended.classify('🚀 shipped')).toBe('pass');
    expect(extended.classify('PARTIAL')).toBe('fail');
    expect(classifier.classify('PARTIAL')).toBe('pending');
    expect(classifier.classify('GO')).toBe('unknown');
  });
});
