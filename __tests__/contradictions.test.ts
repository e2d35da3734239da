import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {reportOf, ruleLines, verifyOffline} from './support/verify.js';
import {makeTempDir, removeTempDirs} from './support/workspace.js';

afterAll(removeTempDirs);

async function findingsOf(markdown: string) {
  const root = makeTempDir();
  mkdirSync(join(root, 'docs/evidence'), {recursive: true});
  writeFileSync(join(root, 'docs/evidence/R.md'), markdown);
  const report = reportOf(await verifyOffline(root), 'docs/evidence/R.md');
  return report.findings.filter((finding) => finding.rule !== 'run-unverified');
}

describe('run-contradicted', () => {
  it('is an error at the row that claims the run passed, naming the line that says it failed, offline', async () => {
    const findings = await findingsOf(
      [
        '## CI evidence',
        '',
        '| Check | Run | Result |',
        '|---|---|---|',
        '| Unit tests | 25820066714 | ✅ Passed |',
        '| Contract probe (staging) | 25821430993 | ✅ Passed |',
        '',
        'Note: the staging contract probe in run 25821430993 failed on `test_v1_sunset_header_present`;',
        'it has to be re-run after the next staging deploy.',
        '',
      ].join('\n'),
    );
    expect(ruleLines(findings)).toEqual(['run-contradicted@6']);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toContain('CI run 25821430993 is claimed as passed here, but line 8 of this report says it did not succeed');
  });

  it('is not raised for a run meant to fail, nor for one re-run after its failure', async () => {
    const table = '## CI evidence\n\n| Check | Run | Result |\n|---|---|---|\n| Drift guard blocks a bad schema | 25820067035 | ✅ Passed |\n\n';
    expect(await findingsOf(`${table}Run 25820067035 failed as expected: the guard refused the drifted schema.\n`)).toEqual([]);
    expect(await findingsOf(`${table}Run 25820067035 failed on a flaky test at first and was re-run; attempt 2 passed.\n`)).toEqual([]);
  });
});

describe('a sentence that says every gate passed', () => {
  const gates = '## Residency gates\n\n| Gate | Check | Status |\n|---|---|---|\n| R1 | Data at rest in UK South | ✅ |\n| R4 | Backups pinned to UK South | ⏳ PENDING |\n';

  it('is an error at its line while a gate it sums up does not pass', async () => {
    const findings = await findingsOf(`# Data residency evidence\n\n**All residency gates passed ✅** — ready to sign the addendum.\n\n${gates}`);
    expect(ruleLines(findings)).toEqual(['gate-unsatisfied@3', 'gate-unsatisfied@10']);
    expect(findings[0].message).toBe('"All residency gates passed" says every gate passed, but "R4" at line 10 is still pending. Correct the summary, or the gate.');
    expect(ruleLines(await findingsOf(`${gates}\nAll acceptance criteria met.\n`))).toEqual(['gate-unsatisfied@6', 'gate-unsatisfied@8']);
  });

  it('is no claim under a condition, negated, naming the exception, or counting some of the gates', async () => {
    for (const sentence of [
      'Once all gates are green, the addendum is signed.',
      'Not all residency gates passed: R4 waits for the vault move.',
      'All gates passed except R4, which is pending.',
      'Were all criteria met?',
      'All three infrastructure gates passed on Monday.',
    ]) {
      expect(ruleLines(await findingsOf(`${gates}\n${sentence}\n`)), sentence).toEqual(['gate-unsatisfied@6']);
    }
  });

  it('sums up only the gates its words name', async () => {
    const table = '# Stage 5.0 acceptance pack\n\n## Gate summary\n\n| Gate | Criterion | Status |\n|---|---|---|\n| Gate 1 | Alert guard fires in staging | ✅ PASSED |\n| Gate 5 | CAB approval for the production drill | ⏳ PENDING |\n\n';
    expect(ruleLines(await findingsOf(`${table}**All Engineering Gates**: ✅ PASSED\n`))).toEqual(['gate-unsatisfied@8']);
    expect(ruleLines(await findingsOf(`${table}**All Stage 5.0 gates**: ✅ PASSED\n`))).toEqual(['gate-unsatisfied@8', 'gate-unsatisfied@10']);
    expect(ruleLines(await findingsOf(`${table}All two gates passed.\n`))).toEqual(['gate-unsatisfied@8', 'gate-unsatisfied@10']);
  });
});

describe('a summary in other words and labels', () => {
  it('is `every` or `each` gate, and an overall rating or result in English, French, Spanish, German, Dutch or Italian', async () => {
    const gates = '## Gates\n\n| Gate | Status |\n|---|---|\n| Unit tests | ✅ Pass |\n| DR drill | ⏳ Pending |\n';
    for (const summary of [
      'Every gate is green.',
      'Each criterion was met.',
      '**Overall RAG:** 🟢 Green',
      '**Résultat global :** ✅ Validé',
      '**Resultado final:** ✅ Aprobado',
      '**Gesamtergebnis:** ✅ Bestanden',
      '**Eindoordeel:** Geslaagd — de migratie wordt geaccepteerd.',
      '**Esito finale:** Superato',
      'Alle Quality Gates bestanden.',
      'Tous les critères sont respectés.',
      'Todos los criterios se cumplen.',
    ]) {
      expect(ruleLines(await findingsOf(`${gates}\n${summary}\n`)), summary).toEqual(['gate-unsatisfied@6', 'gate-unsatisfied@8']);
    }
    for (const sentence of [
      'A release ships when every gate is green.',
      'Alle Gates müssen bestanden sein, bevor wir freigeben.',
      'Tous les critères seront validés avant la mise en production.',
      'Todos los criterios se cumplen salvo el simulacro.',
    ]) {
      expect(ruleLines(await findingsOf(`${gates}\n${sentence}\n`)), sentence).toEqual(['gate-unsatisfied@6']);
    }
  });
});

describe('what a summary sums up', () => {
  const stages = '## Stage 1 gates\n\n| Gate | Status |\n|---|---|\n| Contract tests | ✅ PASS |\n| UI snapshot tests | ✅ PASS |\n\n## Stage 2 gates\n\n| Gate | Status |\n|---|---|\n| Liquidity failover drill | ⏳ PENDING |\n';

  it('is the gates its words name, whole words and numbers, or the gates of its own section when it names none', async () => {
    for (const sentence of ['All Stage 1 gates passed.', 'All UI gates passed.', 'All Gate A criteria passed.']) {
      expect(ruleLines(await findingsOf(`${stages}\n${sentence}\n`)), sentence).toEqual(['gate-unsatisfied@12']);
    }
    expect(ruleLines(await findingsOf(`${stages}\nAll Stage 2 gates passed.\n`))).toEqual(['gate-unsatisfied@12', 'gate-unsatisfied@14']);
    const regression = '## Test results\n\n### Regression\n\n| Test | Result |\n|---|---|\n| Renew | ✅ Pass |\n| Cancel | ✅ Pass |\n\n**Overall result**: PASS\n\n## Release gates\n\n| Gate | Status |\n|---|---|\n| Reinsurer sign-off | ⏳ Pending |\n';
    expect(ruleLines(await findingsOf(regression))).toEqual(['gate-unsatisfied@16']);
    expect(ruleLines(await findingsOf(`${regression}\n**Overall result**: PASS\n`))).toEqual(['gate-unsatisfied@16', 'gate-unsatisfied@18']);
  });

  it('is nothing for a plan, a hope, a rule, another release, a counterfactual, or one named exception', async () => {
    for (const sentence of [
      'We expect all gates to be green by Friday.',
      'Release rule: all gates must be green before the CAB meets.',
      'We hope all gates are green by Friday.',
      'Last year all gates passed two weeks early.',
      'In sprint 41 all gates passed on the first attempt.',
      'Had all gates passed, we would have shipped on Monday.',
      'All gates passed with one exception: the failover drill.',
    ]) {
      expect(ruleLines(await findingsOf(`# Release 7 evidence\n\n${stages}\n${sentence}\n`)), sentence).toEqual(['gate-unsatisfied@14']);
    }
    expect(ruleLines(await findingsOf(`# Sprint 41 evidence\n\n${stages}\nIn sprint 41 all gates passed.\n`))).toEqual(['gate-unsatisfied@14', 'gate-unsatisfied@16']);
  });
});

describe('a sentence that sums up controls', () => {
  it('counts and names the controls it sums up', async () => {
    const controls = Array.from({length: 8}, (_, index) => `| C${index + 1} | Control ${index + 1} | ${index === 3 ? 'NOT RUN' : '✅ Pass'} |`).join('\n');
    const table = `# REMIT release evidence\n\n## Controls\n\n| ID | Control | Result |\n|---|---|---|\n${controls}\n\n`;
    expect(ruleLines(await findingsOf(`${table}All eight REMIT controls passed; the release is Go.\n`))).toEqual(['gate-unsatisfied@10', 'gate-unsatisfied@16']);
    expect(ruleLines(await findingsOf(`${table}All seven controls we own passed.\n`))).toEqual(['gate-unsatisfied@10']);
  });
});
