import {describe, expect, it} from 'vitest';
import {parsePolicy, PolicyError} from '../src/policy/load.js';
import {resolvePolicy} from '../src/policy/policy.js';

const FILE = '.github/evidence-gate.yml';

function errorOf(text: string): PolicyError {
  try {
    parsePolicy(text, FILE);
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('expected a policy error');
}

describe('the policy file', () => {
  it('is optional: an empty file gives the defaults', () => {
    const policy = resolvePolicy(parsePolicy('', FILE).value);
    expect(policy.reports).toEqual(['docs/evidence/**/*.md']);
    expect(policy.exclude).toEqual(['**/*TEMPLATE*.md']);
    expect(policy.notApplicable).toBe('pass');
  });

  it('reads every key', () => {
    const loaded = parsePolicy(
      [
        'reports: ["evidence/**/*.md"]',
        'exclude: ["**/draft-*.md"]',
        'required-files:',
        '  - docs/runbooks/ROLLBACK.md',
        'status-words:',
        '  pass: [SHIPPED]',
        '  not-applicable: [DESCOPED]',
        'gate-columns: [Control]',
        'gate-headings: [Release Checklist]',
        'not-applicable: fail',
        'rules:',
        '  run-not-ancestor: error',
        '  file-mention-missing: "off"',
        'max-report-size: 1048576',
        'allowed-repositories: [org/shared-ci]',
      ].join('\n'),
      FILE,
    );
    expect(loaded.requiredFiles).toEqual([{path: 'docs/runbooks/ROLLBACK.md', line: 4}]);
    const policy = resolvePolicy(loaded.value);
    expect(policy.vocabulary.pass).toContain('SHIPPED');
    expect(policy.vocabulary.notApplicable).toContain('DESCOPED');
    expect(policy.contextWords.gateColumns).toContain('Control');
    expect(policy.severities).toEqual({'run-not-ancestor': 'error', 'file-mention-missing': 'off'});
    expect(policy.maxReportSize).toBe(1048576);
    expect(policy.allowedRepositories).toEqual(['org/shared-ci']);
  });

  it.each([
    ['reports: [a\nexclude: b', 2, 'invalid YAML'],
    ['reports:\n  - a\nrequired_files: [x]', 3, 'unknown key `required_files`; known keys: reports, exclude, required-files'],
    ['status-words:\n  pass: [OK]\n  maybe: [x]', 3, 'unknown key `status-words.maybe`'],
    ['max-report-size: big', 1, '`max-report-size`'],
    ['rules:\n  gate-unsatisfied: fatal', 2, '`rules.gate-unsatisfied`'],
    ['rules:\n  no-such-rule: error', 2, 'rules'],
    ['allowed-repositories: [just-a-name]', 1, 'expected owner/repo'],
    ['- a list', 1, 'the policy'],
  ])('rejects %j with the key and its line', (text, line, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.message).toContain(`${FILE}:${line}: `);
    expect(error.message).toContain(message);
  });
});

describe('the published JSON Schema', () => {
  it('is the one the zod schema gives', async () => {
    const {readFileSync} = await import('node:fs');
    const {z} = await import('zod');
    const {policySchema} = await import('../src/policy/schema.js');
    const published = JSON.parse(readFileSync(new URL('../schema/evidence-gate.schema.json', import.meta.url), 'utf8'));
    const {$id, title, ...rest} = published;
    expect($id).toMatch(/evidence-gate\.schema\.json$/);
    expect(title).toContain('evidence-gate');
    expect(rest).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(policySchema, {io: 'input'}))));
  });
});
