import {describe, expect, it} from 'vitest';
import {findJob} from '../src/checks/runs.js';

const jobs = [{name: 'lint'}, {name: 'unit-tests'}, {name: 'Integration_Tests'}, {name: 'build / compile'}, {name: 'E2E (Chromium)'}];

describe('the job a listed check names', () => {
  it.each([
    ['lint', 'lint'],
    ['Unit tests', 'unit-tests'],
    ['integration tests', 'Integration_Tests'],
    ['CI / lint (pull_request)', 'lint'],
    ['build / compile', 'build / compile'],
    ['Release / build / compile (push)', 'build / compile'],
    ['E2E (Chromium) — 212 specs', 'E2E (Chromium)'],
    ['lint (new rules)', 'lint'],
  ])('%j is %j', (listed, job) => {
    expect(findJob(listed, jobs)?.name).toBe(job);
  });

  it.each(['contract-tests', 'lint-fix', 'CI / contract tests', 'unit'])('%j is none', (listed) => {
    expect(findJob(listed, jobs)).toBeUndefined();
  });
});
