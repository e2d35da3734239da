import {DEFAULT_CONTEXT_WORDS, type ContextWords} from '../parse/context.js';
import type {RuleId, Severity} from '../model/types.js';
import {DEFAULT_VOCABULARY, extendVocabulary, type Vocabulary} from '../model/vocabulary.js';
import type {PolicyFile, SeverityOrOff} from './schema.js';

/** The policy with every default filled in: what the engine and the checks read. */
export interface Policy {
  reports: string[];
  exclude: string[];
  requiredFiles: string[];
  vocabulary: Vocabulary;
  contextWords: ContextWords;
  notApplicable: 'pass' | 'fail';
  severities: Partial<Record<RuleId, SeverityOrOff>>;
  maxReportSize: number;
  allowedRepositories: string[];
}

export const DEFAULT_REPORTS = ['docs/evidence/**/*.md'];
export const DEFAULT_EXCLUDE = ['**/*TEMPLATE*.md'];
/** 1 MiB: fifteen times the largest real report seen, well within what a parse can afford. */
export const DEFAULT_MAX_REPORT_SIZE = 1024 * 1024;

export function resolvePolicy(file: PolicyFile = {}): Policy {
  const words = file['status-words'] ?? {};
  return {
    reports: file.reports ?? DEFAULT_REPORTS,
    exclude: file.exclude ?? DEFAULT_EXCLUDE,
    requiredFiles: file['required-files'] ?? [],
    vocabulary: extendVocabulary(DEFAULT_VOCABULARY, {
      pass: words.pass,
      fail: words.fail,
      pending: words.pending,
      notApplicable: words['not-applicable'],
    }),
    contextWords: {
      gateColumns: [...DEFAULT_CONTEXT_WORDS.gateColumns, ...(file['gate-columns'] ?? [])],
      gateHeadings: [...DEFAULT_CONTEXT_WORDS.gateHeadings, ...(file['gate-headings'] ?? [])],
      statusColumns: [...DEFAULT_CONTEXT_WORDS.statusColumns, ...(file['status-columns'] ?? [])],
      noteColumns: [...DEFAULT_CONTEXT_WORDS.noteColumns, ...(file['note-columns'] ?? [])],
      fileHeadings: [...DEFAULT_CONTEXT_WORDS.fileHeadings, ...(file['file-headings'] ?? [])],
      fileColumns: [...DEFAULT_CONTEXT_WORDS.fileColumns, ...(file['file-columns'] ?? [])],
      removalWords: [...DEFAULT_CONTEXT_WORDS.removalWords, ...(file['removal-words'] ?? [])],
      waitWords: [...DEFAULT_CONTEXT_WORDS.waitWords, ...(words.pending ?? [])],
      notApplicableWords: [...DEFAULT_CONTEXT_WORDS.notApplicableWords, ...(words['not-applicable'] ?? [])],
      setAsideWords: [...DEFAULT_CONTEXT_WORDS.setAsideWords, ...(file['set-aside-words'] ?? [])],
      signOffColumns: [...DEFAULT_CONTEXT_WORDS.signOffColumns, ...(file['sign-off-columns'] ?? [])],
      negationWords: [...DEFAULT_CONTEXT_WORDS.negationWords, ...(file['negation-words'] ?? [])],
    },
    notApplicable: file['not-applicable'] ?? 'pass',
    severities: file.rules ?? {},
    maxReportSize: file['max-report-size'] ?? DEFAULT_MAX_REPORT_SIZE,
    allowedRepositories: file['allowed-repositories'] ?? [],
  };
}

/** The severity a rule reports at under this policy, or undefined when the policy turns it off. */
export function severityOf(policy: Policy, rule: RuleId, fallback: Severity): Severity | undefined {
  const configured = policy.severities[rule];
  if (configured === 'off') return undefined;
  return configured ?? fallback;
}
