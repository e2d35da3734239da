import {z} from 'zod';
import {RULES} from '../model/types.js';

const statusWords = z.array(z.string().min(1)).optional();

const severityOrOff = z.enum(['error', 'warning', 'notice', 'off']);

/** The policy file, `.github/evidence-gate.yml`. Every key is optional; unknown keys are errors. */
export const policySchema = z
  .strictObject({
    reports: z.array(z.string().min(1)).min(1).optional().describe('Globs of the reports to verify.'),
    exclude: z.array(z.string().min(1)).optional().describe('Globs of files that are not reports (templates).'),
    'required-files': z
      .array(z.string().min(1))
      .optional()
      .describe('Files the repository must contain, such as the runbooks every release needs.'),
    'status-words': z
      .strictObject({pass: statusWords, fail: statusWords, pending: statusWords, 'not-applicable': statusWords})
      .optional()
      .describe('Extra status words or symbols, per verdict.'),
    'gate-columns': z.array(z.string().min(1)).optional().describe('Extra table column names that hold a gate.'),
    'gate-headings': z.array(z.string().min(1)).optional().describe('Extra heading words under which tables are gates.'),
    'status-columns': z.array(z.string().min(1)).optional().describe("Extra table column names that hold a row's status."),
    'note-columns': z.array(z.string().min(1)).optional().describe('Extra table column names read as notes on a row.'),
    'file-headings': z.array(z.string().min(1)).optional().describe('Extra heading and label words under which cited files are claimed.'),
    'file-columns': z.array(z.string().min(1)).optional().describe('Extra table column names that hold claimed files.'),
    'removal-words': z.array(z.string().min(1)).optional().describe('Extra words that say a cited file was removed.'),
    'set-aside-words': z
      .array(z.string().min(1))
      .optional()
      .describe('Extra words that set a section, a list or a table aside from the acceptance (deferred, out of scope).'),
    'sign-off-columns': z.array(z.string().min(1)).optional().describe('Extra table column names that hold signatures.'),
    'negation-words': z
      .array(z.string().min(1))
      .optional()
      .describe("Extra words that negate a pending word in a note, so it says nothing is waiting (aucun, sin, geen)."),
    'not-applicable': z.enum(['pass', 'fail']).optional().describe('Whether a not-applicable gate row passes.'),
    rules: z
      .partialRecord(z.enum(RULES), severityOrOff)
      .optional()
      .describe('Severity per rule, or off.'),
    'max-report-size': z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Largest report read, in bytes; a larger one is refused unread.'),
    'allowed-repositories': z
      .array(z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/repo'))
      .optional()
      .describe('Repositories whose CI runs may be cited; the current repository is always allowed.'),
  })
  .describe('evidence-gate policy');

export type PolicyFile = z.infer<typeof policySchema>;

export type SeverityOrOff = z.infer<typeof severityOrOff>;
