import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isMeasuredColumn, isTargetColumn, withImpliedBound, missedByCriterion, missedByMeasurement, missedByNote, missedTarget, missedTargetIn} from '../src/parse/threshold.js';
import {toJsonResult} from '../src/render/json.js';
import {reportOf, verifyOffline} from './support/verify.js';
import {makeTempDir, removeTempDirs} from './support/workspace.js';

describe('a measured value against its target', () => {
  it.each([
    ['≤ 200 ms', '340 ms'],
    ['max 20 min', '27 min'],
    ['≥ 97 %', '91.2 %'],
    ['≥ 0.80', '0.78'],
    ['< 1 s', '1.2 s p99'],
    ['at least 1,000', '998'],
    ['≥ +1.0%', '+0.4%'],
    ['0', '37'],
    ['≤ 4 h', '5 h 10 min'],
    ['≤ 4 h', '4 h 30 min'],
    ['≥ 4 h', '3 h 0 min'],
    // a count against a count of the same total
    ['5/5', '4/5'],
    ['12/12', '11/12 passed'],
    ['≥ 9 of 10', '8 of 10'],
    // a decimal comma, of one or two places (three are thousands: `1,204`)
    ['≤ 1,2 s', '1,5 s'],
    ['≥ 99,95 %', '99,9 %'],
    ['≤ 200 ms', '1,204 ms'],
    // units of time convert, a unit may be per something, a value may have its tolerance
    ['≤ 800 ms', '1.2 s'],
    ['≤ 200 ms', '0.3 s'],
    ['≤ 2 h', '2 h 45 min'],
    ['≥ 1,200 req/s', '1,180 req/s'],
    ['37,0 ± 0,5 °C', '37,8 °C'],
    ['5.0 ± 0.3 %', '4.6 %'],
    // a count of the thing the target names
    ['0 failures', '2 failures'],
    ['0 remaining', '3 remaining'],
    ['≤ +10 ms', '+14 ms'],
    ['Score ≥ 80/100', '71/100'],
    ['No findings with CVSS ≥ 4.0', '2'],
    ['minimaal 7,5', '6,8'],
    ['≥ 1,200 orders/s', '1,100 orders/s'],
    // thousands grouped by dots beside a plain number (`10.000` is ten thousand beside `8500`)
    ['≥ 10.000 Zyklen', '8500 Zyklen'],
    ['≤ 1.500 ms', '1800 ms'],
    ['≤ 0.500 s', '650 ms'],
    // sizes convert, a miss however `MB` and `GB` are read (powers of 1,000 or of 1,024)
    ['≤ 512 MB', '1.2 GB'],
    ['≤ 2 MB', '2,300 KB'],
    ['≥ 16 GiB', '12,000 MiB'],
    ['≤ 1 GB', '1,100 MB'],
  ])('%s is missed by %s', (target, measured) => {
    expect(missedTarget(target, measured)).toBe(target);
  });

  it.each([
    ['≤ 2 MB', '900 KB'],
    ['≥ 10.000 Zyklen', '12500 Zyklen'],
    ['≤ 1.500 ms', '1200 ms'],
    // within the limit in one reading of the units: no miss
    ['≤ 1 GB', '1,020 MB'],
    ['≤ 1,000 MB', '0.98 GB'],
    ['≥ 16 GB', '15.5 GiB'],
    // a megabit is no size, and `mb` no unit of one
    ['≤ 10 MB', '40 Mb'],
    ['≤ 10 MB', '40 mb'],
  ])('%s is not missed by %s', (target, measured) => {
    expect(missedTarget(target, measured)).toBeUndefined();
  });

  it('reads a bare target in a bracket with the bound its metric implies', () => {
    expect(missedTargetIn('Load test at 2× peak (4,800 req/s) — p99 1.4 s (SLO 800 ms)')).toEqual({measured: '1.4 s', target: '≤ 800 ms'});
    expect(missedTargetIn('Coverage 78 % (target 80 %)')).toEqual({measured: '78 %', target: '≥ 80 %'});
    expect(missedTargetIn('p99 600 ms (SLO 800 ms)')).toBeUndefined();
    // a metric that implies no bound: not compared
    expect(missedTargetIn('Build 1.4 s (target 800 ms)')).toBeUndefined();
  });

  it('reads a value with its target in a bracket after it', () => {
    expect(missedTargetIn('Coverage 78 % (target ≥ 80 %), mutation 63 %')).toEqual({measured: '78 %', target: '≥ 80 %'});
    expect(missedTargetIn('p95 640 ms (SLO: < 500 ms)')).toEqual({measured: '640 ms', target: '< 500 ms'});
    expect(missedTargetIn('Pass (0.02 % mismatch, target < 0.01 %)')).toEqual({measured: '0.02 %', target: '< 0.01 %'});
    expect(missedByNote('Unit test coverage for the package ≥ 85%', '78% line coverage (`pytest --cov`)')).toEqual({measured: '78%', target: '≥ 85%'});
    expect(missedByNote('Unit test coverage for the package ≥ 85%', '91% line coverage')).toBeUndefined();
    expect(missedByNote('p95 latency ≤ 250 ms', '78% of requests cached')).toBeUndefined();
    expect(missedByNote('Scope locked', '12 ms')).toBeUndefined();
    expect(missedTarget('p99 < 800 ms, errors < 0.5 %', 'p99 1,140 ms, errors 0.31 %')).toBe('p99 < 800 ms');
    expect(missedTarget('p99 < 800 ms, errors < 0.5 %', 'p99 640 ms, errors 0.31 %')).toBeUndefined();
    expect(missedTargetIn('Pass (0.003 % mismatch, target < 0.01 %)')).toBeUndefined();
    expect(missedTargetIn('p99 310 ms; SLO ≤ 250 ms')).toEqual({measured: '310 ms', target: '≤ 250 ms'});
    expect(missedTargetIn('p95 420 ms (SLO: < 500 ms); 1.2 s (target ≤ 2 s)')).toBeUndefined();
    // units of time convert
    expect(missedTargetIn('1,450 ms (target ≤ 1.2 s)')).toEqual({measured: '1,450 ms', target: '≤ 1.2 s'});
    expect(missedTargetIn('950 ms (target ≤ 1.2 s)')).toBeUndefined();
    expect(missedTargetIn('5 hours (target ≤ 4 h)')).toEqual({measured: '5 hours', target: '≤ 4 h'});
    expect(missedTarget('≤ 4 hours', '5 hours')).toBe('≤ 4 hours');
    expect(missedTarget('≤ 4 hours', '3.5 h')).toBeUndefined();
    expect(missedTarget('< 2 days', '36 hours')).toBeUndefined();
    // a request rate however it is written
    expect(missedTarget('≥ 1,000 req/s', '850 rps')).toBe('≥ 1,000 req/s');
    expect(missedTarget('≥ 1,000 req/s', '1,200 rps')).toBeUndefined();
    expect(missedTarget('≥ 1,000 rps', '70,000 rpm')).toBeUndefined();
    // a count of the same thing, a bound in other languages, and a little word after a value is no unit
    expect(missedTarget('máx. 2 incidentes críticos', '3 incidentes críticos')).toBe('máx. 2 incidentes críticos');
    expect(missedTarget('at most 2 critical incidents', '1 critical incident')).toBeUndefined();
    expect(missedTarget('mindestens 3 Knoten', '2 Knoten')).toBe('mindestens 3 Knoten');
    expect(missedTarget('au moins 95 %', '97 %')).toBeUndefined();
    expect(missedTargetIn('ROC-AUC ≥ 0.85 — measured 0.83 on the July holdout')).toEqual({measured: '0.83', target: '≥ 0.85'});
    expect(missedTargetIn('Line coverage (at least 90%): 87.4% — PASS')).toEqual({measured: '87.4%', target: 'at least 90%'});
    expect(missedTargetIn('Mutation score (at least 60%): 66% — PASS')).toBeUndefined();
    // a bound of no unit is in the value's, and the target may be named in another language
    expect(missedTargetIn('RTO total medido: 78 min (objetivo ≤ 60)')).toEqual({measured: '78 min', target: '≤ 60 min'});
    expect(missedTargetIn('RTO 52 min (Ziel ≤ 60)')).toBeUndefined();
    expect(missedTargetIn('78 % (target ≥ 80)')).toEqual({measured: '78 %', target: '≥ 80 %'});
    // a ticket, a year or a load before the bracket is not what was measured
    // after this release's value, one of an earlier build is history; alone, or first, it is what the row stands on
    expect(missedTargetIn('✅ 700 ms (target ≤ 800 ms). The beta measured 950 ms (target ≤ 800 ms).')).toBeUndefined();
    expect(missedTargetIn('700 ms (target ≤ 800 ms); on rc1 950 ms (target ≤ 800 ms)')).toBeUndefined();
    expect(missedTargetIn('The beta measured 950 ms (target ≤ 800 ms).')).toEqual({measured: '950 ms', target: '≤ 800 ms'});
    expect(missedTargetIn('700 ms (target ≤ 800 ms); the failover measured 950 ms (target ≤ 800 ms)')).toEqual({measured: '950 ms', target: '≤ 800 ms'});
    for (const text of ['45 min, CHG-20931 (target ≤ 60)', '52 min, ver INC-4411 (objetivo ≤ 60)', '45 min, annual drill 2024 (target ≤ 60)', '180 ms at 2000 rps (target ≤ 250)']) {
      expect(missedTargetIn(text), text).toBeUndefined();
    }
  });

  it('reads a bare target with the bound its metric implies, and only then', () => {
    expect(withImpliedBound('15 minutes', 'Recovery time objective (RTO)')).toBe('≤ 15 minutes');
    expect(withImpliedBound('99.95%', 'Login availability')).toBe('≥ 99.95%');
    expect(withImpliedBound('5,000 msg/s', 'Sustained throughput')).toBe('≥ 5,000 msg/s');
    // a bound as written, a name that implies none or both, a change or a margin, and what is no value
    for (const [target, metric] of [
      ['≤ 15 min', 'RTO'], ['24 hours', 'Soak duration'], ['120', 'Regression cases'], ['10', 'Errors fixed'], ['20 %', 'Latency reduction'],
      ['99.9 %', 'Error budget remaining'], ['2024-05-01', 'Code freeze'], ['Q3', 'Availability'],
    ]) {
      expect(withImpliedBound(target, metric), `${metric} | ${target}`).toBe(target);
    }
  });

  it('holds the value a passed status opens with to the bound its criterion ends with', () => {
    expect(missedByCriterion('Restore time ≤ 4 hours', '✅ 5 hours')).toEqual({measured: '5 hours', target: '≤ 4 hours'});
    expect(missedByCriterion('Throughput ≥ 1,000 req/s', '✅ 850 rps')).toEqual({measured: '850 rps', target: '≥ 1,000 req/s'});
    expect(missedByCriterion('p95 latency ≤ 1.2 s', '✅ hit 1.3 s in the soak')).toEqual({measured: '1.3 s', target: '≤ 1.2 s'});
    expect(missedByCriterion('All UAT scripts passed', '✅ 187/196')).toEqual({measured: '187/196', target: 'All UAT scripts passed'});
    expect(missedByCriterion('Restore time (target ≤ 4 hours)', 'PASS 5 hours')).toEqual({measured: '5 hours', target: '≤ 4 hours'});
    // met, told as a margin, history, or no value at its start
    for (const [criterion, status] of [
      ['Restore time ≤ 4 hours', '✅ 3.5 h'], ['p95 ≤ 1.2 s', '✅ 900 ms'], ['All UAT scripts passed', '✅ 196/196'],
      ['Throughput ≥ 1,000 req/s', '✅ 200 req/s above target'], ['Restore time ≤ 4 hours', '✅ Met — down from 5 hours'],
      ['p95 ≤ 1.2 s', '✅ 2 runs, 0.9 s'], ['Soak ≥ 24 hours', '✅ 36 hours'], ['Restore time (target ≤ 4 hours)', '✅ 3 hours'],
    ]) {
      expect(missedByCriterion(criterion, status), `${criterion} | ${status}`).toBeUndefined();
    }
  });

  it("holds a gate line's measured value to the bound its title sets", () => {
    expect(missedByMeasurement('Gate 4 — insert overhead ≤ 5 ms p95', 'PASS — staging measured 7.9 ms p95 over 20k inserts')).toEqual({measured: '7.9 ms', target: '≤ 5 ms'});
    expect(missedByMeasurement('Gate 3 — TPR gap ≤ 0.05', 'PASS (worst gap 0.071, dual-eligible vs. not)')).toEqual({measured: '0.071', target: '≤ 0.05'});
    expect(missedByMeasurement('Gate 4 — insert overhead ≤ 5 ms p95', 'PASS — staging measured 4.1 ms p95')).toBeUndefined();
    // a number that is no measurement, and a title with no bound
    expect(missedByMeasurement('Gate 4 — insert overhead ≤ 5 ms p95', 'PASS — over 20k inserts, 9 ms budget left')).toBeUndefined();
    expect(missedByMeasurement('Gate 2 — rollback drill', 'PASS — measured 7.9 ms')).toBeUndefined();
    // a value with its unit opening the bracket after the status, perhaps after where it was measured
    expect(missedByMeasurement('Gate 4 — p95 latency ≤ 300 ms', '✅ PASS (412 ms)')).toEqual({measured: '412 ms', target: '≤ 300 ms'});
    expect(missedByMeasurement('Gate 3 — HTTP 5xx error rate < 0.1 %', '✅ PASS (canary 0.4 % over the window)')).toEqual({measured: '0.4 %', target: '< 0.1 %'});
    expect(missedByMeasurement('Gate 4 — p95 latency ≤ 300 ms', '✅ PASS (212 ms)')).toBeUndefined();
    // not a value from before, a bound, a count of something else, or a number without its unit
    for (const note of ['PASS (down from 412 ms)', 'PASS (412 ms baseline)', 'PASS (budget 400 ms)', 'PASS (2 runs, 0.2 s)', 'PASS (see run 412)']) {
      expect(missedByMeasurement('Gate 4 — p95 latency ≤ 300 ms', note), note).toBeUndefined();
    }
    expect(missedByMeasurement('Gate 3 — TPR gap ≤ 0.05', 'PASS (run 2, 0.04)')).toBeUndefined();
  });

  it.each([
    ['≤ 200 ms', '180 ms'],
    ['≥ 97 %', '98.6 % (493/500)'],
    ['< 0.5 %', '0.04%'],
    ['at least 1,000', '1,204'],
    // not comparable: another unit, a range, a decimal comma, a ratio, counts of other totals
    ['0.8 – 1.25', '1.4 – 1.6'],
    ['≤ 1,2 s', '1,15 s'],
    ['≤ 0.5 pt', 'max 0.71 pt'],
    ['≥ 3.8/5', '3.1/5'],
    ['0', '0'],
    ['95 %', '93 %'],
    ['0 remaining', '0 remaining'],
    ['0 failures', '2 errors'],
    ['5/5', '5/5'],
    ['5/5', '4/6'],
    ['≤ 4 h', '3 h 50 min'],
    ['≥ 4 h', '4 h 10 min'],
    ['≤ 800 ms', '0.7 s'],
    ['< 500 USD/month', '212 USD/month'],
    ['37,0 ± 0,5 °C', '37,4 °C'],
    ['5.0 ± 0.3 %', '5.3 %'],
    ['≤ 10 GB', '12 MB'],
    // a change from a baseline is no value to reach
    ['≤ +10 ms', '144 ms'],
    // the bound says which findings are counted, and none is the target
    ['No findings with CVSS ≥ 4.0', '0'],
    ['0 vulnerabilities with CVSS ≥ 7.0', '0'],
    ['no regression', '4,650'],
  ])('%s is met by %s, or cannot be compared with it', (target, measured) => {
    expect(missedTarget(target, measured)).toBeUndefined();
  });

  it('knows the columns of targets and of measured values', () => {
    expect(['Target', 'Threshold', 'Limit', 'Acceptance criteria', 'SLO'].every(isTargetColumn)).toBe(true);
    expect(['Measured', 'Actual', 'Observed', 'Result', 'Value'].every(isMeasuredColumn)).toBe(true);
    expect(isMeasuredColumn('Expected result')).toBe(false);
  });
});

describe('a gate row that misses its target', () => {
  afterAll(removeTempDirs);

  it('has a finding and a JSON row that quote the measured value and the target', async () => {
    const root = makeTempDir('threshold-');
    mkdirSync(join(root, 'docs/evidence'), {recursive: true});
    const report = '## Readiness criteria\n\n| Criterion | Target | Measured | Status |\n|---|---|---|---|\n| p99 latency | ≤ 200 ms | 340 ms | ✅ |\n';
    writeFileSync(join(root, 'docs/evidence/R.md'), report);
    const verification = await verifyOffline(root);
    const result = reportOf(verification, 'docs/evidence/R.md');
    expect(toJsonResult(verification).reports[0].gates[0].rows[0]).toMatchObject({verdict: 'fail', shortfall: {measured: '340 ms', target: '≤ 200 ms'}});
    expect(result.findings.map((finding) => `${finding.line}: ${finding.message}`)).toEqual([
      '5: Gate row "p99 latency" in "Readiness criteria" failed: status `✅`, but it measured `340 ms` against the target `≤ 200 ms`. Record the result once what failed is fixed, or the decision that accepts it.',
    ]);
  });
});

describe('a gate table whose result column holds what was measured against a target column', () => {
  afterAll(removeTempDirs);

  const table = (chart: string) =>
    `## Gates\n\n**Gate 3 — Performance: PASS**\n\n| Scenario | Target | Result |\n|---|---|---|\n| Chart load p95 | < 800 ms | ${chart} |\n| Concurrent users | ≥ 2,000 | 2,400 |\n| Error budget | ≤ 0.5 % | n/a (no errors) |\n`;

  it('judges each value on its target: one that meets it is no missing verdict, one that misses it fails', async () => {
    const root = makeTempDir('measured-status-');
    mkdirSync(join(root, 'docs/evidence'), {recursive: true});
    writeFileSync(join(root, 'docs/evidence/met.md'), table('612 ms'));
    writeFileSync(join(root, 'docs/evidence/missed.md'), table('912 ms'));
    const verification = await verifyOffline(root);
    expect(reportOf(verification, 'docs/evidence/met.md').findings).toEqual([]);
    expect(reportOf(verification, 'docs/evidence/missed.md').findings.map((finding) => `${finding.line}: ${finding.message}`)).toEqual([
      '7: Gate row "Chart load p95" in "Gates" failed: status `912 ms`, but it measured `912 ms` against the target `< 800 ms`. Record the result once what failed is fixed, or the decision that accepts it.',
    ]);
  });
});
