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

/** The built-in words of a kind, and the policy's after them: a policy adds words, never replaces them. */
const withBuiltIn = (kind: keyof ContextWords, extra: readonly string[] | undefined): string[] => [...DEFAULT_CONTEXT_WORDS[kind], ...(extra ?? [])];

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
      gateColumns: withBuiltIn('gateColumns', file['gate-columns']),
      gateHeadings: withBuiltIn('gateHeadings', file['gate-headings']),
      statusColumns: withBuiltIn('statusColumns', file['status-columns']),
      noteColumns: withBuiltIn('noteColumns', file['note-columns']),
      fileHeadings: withBuiltIn('fileHeadings', file['file-headings']),
      fileColumns: withBuiltIn('fileColumns', file['file-columns']),
      removalWords: withBuiltIn('removalWords', file['removal-words']),
      waitWords: withBuiltIn('waitWords', words.pending),
      notApplicableWords: withBuiltIn('notApplicableWords', words['not-applicable']),
      setAsideWords: withBuiltIn('setAsideWords', file['set-aside-words']),
      signOffColumns: withBuiltIn('signOffColumns', file['sign-off-columns']),
      negationWords: withBuiltIn('negationWords', file['negation-words']),
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
