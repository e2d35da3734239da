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
