/**
 * Report text on the PR page, in the job summary and in the log is inert: it cannot inject HTML,
 * close a `<details>`, break a table row, ping a person or team, link anywhere, forge the sticky
 * comment's marker, or send terminal escapes to the log. The exact output is pinned, and the output
 * is also read back as GitHub reads Markdown, to find anything report text could have added.
 */
import {describe, expect, it} from 'vitest';
import type {VerificationResult} from '../../src/model/result.js';
import {toAnnotations} from '../../src/render/annotations.js';
import {COMMENT_MARKER, renderComment, renderUnverifiedComment} from '../../src/render/comment.js';
import {code, inert, message} from '../../src/render/escape.js';
import {renderSummary} from '../../src/render/markdown.js';
import {renderText} from '../../src/render/text.js';
import {CLEAN, CONTROL, problemsOf} from './support/rendered.js';

const Z = '\u200b';
const RUN_URL = 'https://github.com/acme/widgets/actions/runs/9';

const HOSTILE = {
  path: 'docs/evidence/<img src=x onerror=alert(1)>|@org.md',
  title: '</details><!-- evidence-gate: sticky comment -->',
  label: 'Deploy | @acme/release-team\nsecond line',
  status: '✅ [ok](https://e.example) ![x](https://e.example/p.png)',
  message:
    'Gate row "</details>@here @org/team | x" <script>alert(1)</script> see https://evil.example, www.evil.example or me@evil.example \u001b[2J\u001b[32mPASS\u001b[0m \u202eevil',
  cited: 'docs/a|b@c.md',
};

function hostileResult(): VerificationResult {
  return {
    passed: false,
    failOn: 'error',
    counts: {reports: 1, errors: 1, warnings: 0, notices: 0},
    skipped: ['Cited CI runs were not looked up: see @org/team <b>now</b>'],
    reports: [
      {
        path: HOSTILE.path,
        passed: false,
        model: {
          path: HOSTILE.path,
          metadata: [],
          gates: [{title: HOSTILE.title, kind: 'table', line: 3, rows: [{label: HOSTILE.label, status: HOSTILE.status, verdict: 'pending', line: 5}]}],
          files: [],
          runs: [{id: 21000000001, repository: 'acme/widgets', text: 'CI run 21000000001', placeholder: false, expected: 'success', jobs: [], line: 7}],
          pulls: [],
          summaries: [],
        },
        files: [{citation: {cited: HOSTILE.cited, line: 9, kind: 'claim', base: 'root', link: false}, exists: false}],
        findings: [{rule: 'gate-unsatisfied', severity: 'error', message: HOSTILE.message, line: 5, column: 3, subject: HOSTILE.label}],
      },
    ],
  };
}

const PATH_CODE = `<code>docs/evidence/&lt;img src=x onerror=alert(1)&gt;&#124;@${Z}org.md</code>`;
const MESSAGE_CELL =
  `Gate row &quot;&lt;/details&gt;@${Z}here @${Z}org/team &#124; x&quot; &lt;script&gt;alert(1)&lt;/script&gt; ` +
  `see https\\:${Z}//evil.example, www${Z}.evil.example or me@${Z}evil.example \\[2J\\[32mPASS\\[0m evil`;

describe('the sticky comment', () => {
  it('renders hostile report text inert, exactly', () => {
    expect(renderComment(hostileResult(), {runUrl: RUN_URL})).toBe(
      [
        COMMENT_MARKER,
        '## ❌ evidence-gate: evidence does not hold',
        '',
        'FAIL\\: 1 report verified, 1 error, 0 warnings, 0 notices',
        '',
        `<details open><summary>❌ ${PATH_CODE}: 1 error</summary>`,
        '',
        '| Line | Severity | Rule | Message |',
        '|---|---|---|---|',
        `| 5 | ❌ error | gate-unsatisfied | ${MESSAGE_CELL} |`,
        '',
        '</details>',
        '',
        '',
        `Full details: [the job summary](${RUN_URL}).`,
      ].join('\n'),
    );
  });

  it('read as GitHub reads it, holds no HTML, link, image, mention or broken row of the report\'s, and one marker', () => {
    expect(problemsOf(renderComment(hostileResult(), {runUrl: RUN_URL}), [RUN_URL])).toEqual({...CLEAN, markers: 1});
  });

  it('when the run reached no verdict, says so inertly', () => {
    const body = renderUnverifiedComment('the GitHub API failed: HTTP 500 <b>@org/team</b> | x', {runUrl: RUN_URL});
    expect(body).toBe(
      [
        COMMENT_MARKER,
        '## ❌ evidence-gate: the evidence could not be verified',
        '',
        `the GitHub API failed\\: HTTP 500 &lt;b&gt;@${Z}org/team&lt;/b&gt; &#124; x`,
        '',
        `This run reached no verdict; an earlier one shown here no longer holds. Details: [the job summary](${RUN_URL}).`,
      ].join('\n'),
    );
    expect(problemsOf(body, [RUN_URL])).toEqual({...CLEAN, markers: 1});
  });
});

describe('the job summary', () => {
  const summary = () => renderSummary(hostileResult(), {serverUrl: 'https://github.com', repository: 'acme/widgets'});

  it('renders every table row and cell inert, exactly', () => {
    const lines = summary().split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '## ❌ evidence-gate: evidence does not hold',
      '',
      'FAIL\\: 1 report verified, 1 error, 0 warnings, 0 notices',
      '',
      '| Report | Verdict | Gate rows | Files | Runs | Findings |',
      '|---|---|---|---|---|---|',
      `| ${PATH_CODE} | ❌ fail | 0/1 | 0/1 | 1 | 1 error |`,
    ]);
    expect(lines).toContain(`| 5 | ❌ error | gate-unsatisfied | ${MESSAGE_CELL} |`);
    expect(lines).toContain(
      `| &lt;/details&gt;&lt;\\!-- evidence-gate\\: sticky comment --&gt; | Deploy &#124; @${Z}acme/release-team second line | ` +
        `<code>✅ &#91;ok&#93;(https:${Z}//e.example) &#33;&#91;x&#93;(https:${Z}//e.example/p.png)</code> | pending | 5 |`,
    );
    expect(lines).toContain(`| <code>docs/a&#124;b@${Z}c.md</code> | claim | ❌ | 9 |`);
    expect(lines).toContain('| [21000000001](https://github.com/acme/widgets/actions/runs/21000000001) | acme/widgets | success | 7 |');
    expect(lines).toContain(`- Cited CI runs were not looked up\\: see @${Z}org/team &lt;b&gt;now&lt;/b&gt;`);
    expect(lines.filter((line) => line.startsWith('<details')).length).toBe(lines.filter((line) => line === '</details>').length);
  });

  it('read as GitHub reads it, holds nothing of the report\'s but text, and no marker', () => {
    expect(problemsOf(summary(), ['https://github.com/acme/widgets/actions/runs/'])).toEqual(CLEAN);
  });
});

describe('the log and the terminal', () => {
  it('get one plain line per finding: no escape sequences, no bidirectional overrides, no line breaks', () => {
    const text = renderText(hostileResult());
    expect(text).toBe(
      'docs/evidence/<img src=x onerror=alert(1)>|@org.md:5:3 error gate-unsatisfied Gate row "</details>@here @org/team | x" <script>alert(1)</script> ' +
        'see https://evil.example, www.evil.example or me@evil.example [2J[32mPASS[0m evil\n' +
        '\n' +
        'FAIL: 1 report verified, 1 error, 0 warnings, 0 notices\n' +
        'note: Cited CI runs were not looked up: see @org/team <b>now</b>\n',
    );
    const [annotation] = toAnnotations(hostileResult());
    expect(annotation.message).not.toMatch(CONTROL);
    expect(annotation.message).toBe(text.split('\n')[0].replace(/^.* gate-unsatisfied /, ''));
  });
});

describe('the escapes themselves', () => {
  it.each([
    ['@octocat', `@${Z}octocat`],
    ['@org/team', `@${Z}org/team`],
    ['ops@example.com', `ops@${Z}example.com`],
    ['https://evil.example/x', `https\\:${Z}//evil.example/x`],
    ['WWW.evil.example', `WWW${Z}.evil.example`],
    ['<!-- evidence-gate: sticky comment -->', '&lt;\\!-- evidence-gate\\: sticky comment --&gt;'],
    ['a | b', 'a &#124; b'],
    ['line\r\nbreak\u2028here', 'line break here'],
    ['**bold** [x](y) `c` ~s~ #1 :x:', '\\*\\*bold\\*\\* \\[x\\](y) \\`c\\` \\~s\\~ \\#1 \\:x\\:'],
  ])('inert(%j) is %j', (input, output) => {
    expect(inert(input)).toBe(output);
    expect(problemsOf(`| a |\n|---|\n| ${inert(input)} |\n`)).toEqual(CLEAN);
  });

  it.each([
    ['docs/@scope/a.md', `<code>docs/@${Z}scope/a.md</code>`],
    ['a|b', '<code>a&#124;b</code>'],
    ['`x` *y* _z_ [l](u) ![i](u) ~s~ \\', '<code>&#96;x&#96; &#42;y&#42; &#95;z&#95; &#91;l&#93;(u) &#33;&#91;i&#93;(u) &#126;s&#126; &#92;</code>'],
    ['</code><b>x</b>', '<code>&lt;/code&gt;&lt;b&gt;x&lt;/b&gt;</code>'],
  ])('code(%j) is %j', (input, output) => {
    expect(code(input)).toBe(output);
    expect(problemsOf(`| a |\n|---|\n| ${code(input)} |\n`)).toEqual(CLEAN);
  });

  it.each([
    ['Claimed file `docs/runbooks/ON_CALL.md` does not exist.', 'Claimed file <code>docs/runbooks/ON_CALL.md</code> does not exist.'],
    ['status `⏳ WIP` is not a verdict: add it to `status-words`', 'status <code>⏳ WIP</code> is not a verdict\\: add it to <code>status-words</code>'],
    ['cited `</code><b>@org/team</b>|x` here', `cited <code>&lt;/code&gt;&lt;b&gt;@${Z}org/team&lt;/b&gt;&#124;x</code> here`],
    ['one ` backtick from a report, `x`', 'one \\` backtick from a report, \\`x\\`'],
  ])('message(%j) is %j', (input, output) => {
    expect(message(input)).toBe(output);
    expect(problemsOf(`| a |\n|---|\n| ${message(input)} |\n`)).toEqual(CLEAN);
  });

  it('shows a span cut at the length limit as text, not as an open code element', () => {
    const cut = message(`see \`${'a'.repeat(40)}\``, 20);
    expect(cut).toBe(`see \\\`${'a'.repeat(14)}…`);
    expect(problemsOf(`| a |\n|---|\n| ${cut} |\n`)).toEqual(CLEAN);
  });

  it('cuts long text without splitting an emoji', () => {
    const cut = inert(`${'a'.repeat(8)}✅😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}✅…`);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
