import {posix} from 'node:path';
import {describe, expect, it} from 'vitest';
import {changedScope} from '../src/action/scope.js';
import {citesRemoved, resolveCitedPath} from '../src/checks/paths.js';
import type {FileCitation} from '../src/model/types.js';
import {sectionsCiting} from '../src/parse/excerpt.js';
import {createAnalyser} from '../src/parse/analyse.js';
import {resolvePolicy} from '../src/policy/policy.js';
import {corpusCommits, listReports, readCorpusReport} from './support/workspace.js';

const analyse = createAnalyser(resolvePolicy(undefined));
const removedFile = (path: string) => ({paths: new Set([path]), names: new Set([posix.basename(path)])});
const citationKey = (citation: FileCitation) => JSON.stringify([citation.line, citation.column, citation.cited, citation.kind, citation.base, citation.link, citation.reference]);

/** The lines an excerpt keeps, by number. */
const keptLines = (excerpt: string) => excerpt.split('\n').flatMap((line, index) => (line === '' ? [] : [index + 1]));

describe('sectionsCiting', () => {
  const report = [
    '# Release 2.4 evidence', // 1
    '',
    '**Owner:** release team', // 3
    '',
    '## Gates', // 5
    '',
    '| Criterion | Status |',
    '|---|---|',
    '| Tests | ✅ |', // 9
    '',
    '## Delivered files', // 11
    '',
    '- `docs/runbooks/recovery.md`: recovery steps', // 13
    '- [Rollback](../runbooks/rollback.md)',
    '',
    '### Scripts', // 16
    '',
    '- `scripts/deploy.sh`', // 18
    '',
    '[guide]: ../guides/guide.md', // 20
    '',
  ].join('\n');

  it('keeps the sections naming a needle, every heading and definition, each at its own line', () => {
    const excerpt = sectionsCiting(report, ['recovery.md']);
    expect(excerpt.split('\n')).toHaveLength(report.split('\n').length);
    expect(keptLines(excerpt)).toEqual([1, 5, 11, 13, 14, 16, 20]);
    expect(keptLines(sectionsCiting(report, ['deploy.sh']))).toEqual([1, 5, 11, 16, 18, 20]);
    expect(keptLines(sectionsCiting(report, ['Release team', 'nowhere.md']))).toEqual([1, 5, 11, 16, 20]);
    expect(keptLines(sectionsCiting(report, ['release team']))).toEqual([1, 3, 5, 11, 16, 20]);
  });

  it('keeps a section whose heading names a needle', () => {
    expect(keptLines(sectionsCiting('# R\n\n## `ops/run.md` review\n\nText.\n\n## Other\n\nMore.\n', ['run.md']))).toEqual([1, 3, 5, 7]);
  });

  it('keeps front matter, and reads a heading-like line inside a fence as code', () => {
    const text = '---\ntitle: x\n---\n\n## A\n\n```sh\n# not a heading\n```\n`a.md`\n\n## B\n\n`b.md`\n';
    expect(keptLines(sectionsCiting(text, ['a.md']))).toEqual([1, 2, 3, 5, 7, 8, 9, 10, 12]);
    expect(keptLines(sectionsCiting(text, ['nothing']))).toEqual([1, 2, 3, 5, 12]);
  });

  it('gives the whole text when its headings cannot be told from its blocks', () => {
    const whole = (text: string) => expect(sectionsCiting(text, ['a.md'])).toBe(text);
    whole('# R\n\nSome text\n---\n\n`a.md`\n'); // a setext heading
    whole('# R\n\nSome text\n===\n\n`a.md`\n');
    whole('# R\n\n- item\n  ## Heading in a list item\n\n`a.md`\n');
    whole('# R\n\n> ## Heading in a quote\n\n`a.md`\n');
    whole('# R\n\n  ## Indented heading\n\n`a.md`\n');
    whole('# R\n\n- step\n  ```sh\n# a heading: it ends the list item and its fence\n  ```\n\n`a.md`\n');
    whole('# R\n\n- item\n  <!-- a comment in a list item, which the heading ends\n## Heading\n`a.md`\n-->\n');
    whole('# R\n\n<details>\n## Inside the HTML block\n</details>\n\n`a.md`\n');
    whole('# R\n\n```\nopen fence\n\n## a.md\n');
    whole('# R\n\nText\n[x]: a.md\n'); // a definition can't interrupt a paragraph
    whole('# R\n\n[x]:\n  a.md\n');
    // Headings, underlines and definitions in nested containers, whose sections a cut would lose.
    whole('# R\n\n## Removed\n\n- - ## Current\n\n### Runbooks\n\n`a.md`\n');
    whole('# R\n\n## Removed\n\n- > ## Current\n\n`a.md`\n');
    whole('# R\n\n## Removed\n\n-   Current\n    ---\n\n`a.md`\n');
    whole('# R\n\n## Removed\n\n> Approved by J. Smith\n> ---\n\n`a.md`\n');
    whole('# R\n\n## Links\n\n- [pr]: https://example.com/pull/1\n\n## Files\n\n`a.md` [here][pr]\n');
    whole('# R\n\n[pr]: https://example.com/pull/1 "a title that\ngoes on"\n\n`a.md`\n');
    whole('# R\n\n[Status]: ✅ approved by QA\n---\n\n`a.md`\n'); // no definition: a setext heading
    // Fences and raw HTML that run on where a loose reading would end them.
    whole('# R\n\n```text\n    ```\n## Removed\n```\n\n`a.md`\n');
    whole('# R\n\n```text\n\t```\n## Removed\n```\n\n`a.md`\n');
    whole('# R\n\n<pre/>\ntext\n## Removed\n\n`a.md`\n');
    whole('# R\n\n<span>x</span> text\n```\n\n# in a fence\n```\n\n`a.md`\n');
    whole('# R\n\n## Removed\n\n- `old.sh`\r## Current\n\n`a.md`\n'); // a lone carriage return ends a line
  });

  it('reads a comment or instruction that ends where it starts, and a front matter fence with trailing spaces', () => {
    expect(keptLines(sectionsCiting('# R\n\n## Removed\n\n<!-->\n## Current\n\n`a.md`\n', ['a.md']))).toEqual([1, 3, 6, 8]);
    expect(keptLines(sectionsCiting('# R\n\n## Removed\n\n<?>\n## Current\n\n`a.md`\n', ['a.md']))).toEqual([1, 3, 6, 8]);
    expect(keptLines(sectionsCiting('--- \ntitle: x\n# not a heading\n---\n\n# R\n\n`a.md`\n', ['nothing']))).toEqual([1, 2, 3, 4, 6]);
  });

  it('stays linear on a line of thousands of spaces', () => {
    const text = `# R\n\n${' '.repeat(200_000)}x\n\n## A\n\n\`a.md\`\n`;
    const started = performance.now();
    const excerpt = sectionsCiting(text, ['a.md']);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(keptLines(excerpt)).toEqual([1, 5, 7]);
  });

  it('cuts around closed HTML blocks and fences', () => {
    const text = '# R\n\n<!-- a note -->\n\n<pre>\n# code\n</pre>\n\n## A\n\n`a.md`\n\n## B\n\n<div>\nb\n</div>\n\n<!--\n## Old\n`a.md`\n-->\n';
    expect(keptLines(sectionsCiting(text, ['a.md']))).toEqual([1, 9, 11, 13, 15, 16, 17, 19, 20, 21, 22]);
    expect(keptLines(sectionsCiting(text, ['b']))).toEqual([1, 9, 13, 15, 16, 17, 19, 20, 21, 22]);
    expect(keptLines(sectionsCiting(text, ['code']))).toEqual([1, 3, 5, 6, 7, 9, 13]);
  });
});

describe('citesRemoved', () => {
  const citation = (cited: string, extra: Partial<FileCitation> = {}): FileCitation => ({cited, line: 1, kind: 'claim', base: 'root', link: false, ...extra});
  const removed = removedFile('docs/runbooks/recovery.md');
  const report = 'docs/evidence/R.md';

  it('matches a citation read as the file checks read it', () => {
    expect(citesRemoved(citation('docs/runbooks/recovery.md'), report, removed)).toBe(true);
    expect(citesRemoved(citation('../runbooks/recovery.md', {link: true, base: 'report'}), report, removed)).toBe(true);
    expect(citesRemoved(citation('/docs/runbooks/recovery.md', {link: true, base: 'report'}), report, removed)).toBe(true);
    expect(citesRemoved(citation('../runbooks/recovery.md'), report, removed)).toBe(true);
    expect(citesRemoved(citation('recovery.md'), report, removed)).toBe(true);
    expect(citesRemoved(citation('main/docs/runbooks/recovery.md', {link: true, repository: 'o/r', host: 'github.com'}), report, removed)).toBe(true);
  });

  it('does not match another file of the same name, or a link from the wrong folder', () => {
    expect(citesRemoved(citation('ops/recovery.md'), report, removed)).toBe(false);
    expect(citesRemoved(citation('runbooks/recovery.md', {link: true, base: 'report'}), report, removed)).toBe(false);
    expect(citesRemoved(citation('docs/runbooks/recovery.md.bak'), report, removed)).toBe(false);
  });
});

describe('changedScope', () => {
  const files = {changed: ['docs/evidence/CHANGED.md'], removed: ['docs/runbooks/disaster recovery.md', 'ops/x']};

  it('verifies a changed report whole, and finds the others by a removed path, its name or their link forms', () => {
    const select = changedScope(files);
    expect(select('docs/evidence/CHANGED.md', Buffer.from(''))).toEqual({whole: true});
    expect(select('docs/evidence/A.md', Buffer.from('nothing removed here'))).toBeUndefined();
    expect(select('docs/evidence/A.md', Buffer.from('[DR](../runbooks/disaster%20recovery.md)'))).toMatchObject({whole: false});
    expect(select('docs/evidence/A.md', Buffer.from('`disaster recovery.md`'))).toMatchObject({whole: false});
    // A one-letter name finds nothing, but the whole path does.
    expect(select('docs/evidence/A.md', Buffer.from('x marks the spot'))).toBeUndefined();
    expect(select('docs/evidence/A.md', Buffer.from('see ops/x'))).toMatchObject({whole: false});
  });

  it('finds a name beyond ASCII in the bytes, as written and as a link encodes it', () => {
    const select = changedScope({changed: [], removed: ['docs/runbooks/procédure de reprise.md']});
    expect(select('docs/evidence/A.md', Buffer.from('Livré : `procédure de reprise.md` ✅'))).toMatchObject({whole: false});
    expect(select('docs/evidence/A.md', Buffer.from('[Reprise](../runbooks/proc%C3%A9dure%20de%20reprise.md)'))).toMatchObject({whole: false});
    expect(select('docs/evidence/A.md', Buffer.from('`procedure de reprise.md`'))).toBeUndefined();
  });

  it('counts a folder the removals leave empty as removed, with its citations', () => {
    const select = changedScope(files, (path) => path !== 'docs/runbooks');
    const selection = select('docs/evidence/A.md', Buffer.from('- [Runbooks](../runbooks/)'));
    expect(selection).toMatchObject({whole: false});
    const removed = (selection as {removed: Parameters<typeof citesRemoved>[2]}).removed;
    expect(citesRemoved({cited: '../runbooks/', line: 1, kind: 'claim', base: 'report', link: true}, 'docs/evidence/A.md', removed)).toBe(true);
    expect(changedScope(files)('docs/evidence/A.md', Buffer.from('- [Runbooks](../runbooks/)'))).toBeUndefined();
  });
});

describe('the excerpt of a real report', () => {
  it('gives the citations of each file it cites as the whole report does', () => {
    let compared = 0;
    for (const commit of corpusCommits()) {
      for (const path of listReports(commit)) {
        const text = readCorpusReport(commit, path);
        const whole = analyse(text, path);
        const cited = new Set(
          whole.files.flatMap((citation) => {
            const resolved = resolveCitedPath(citation.cited, citation.base, path, citation.link);
            return resolved.inside && citation.repository === undefined ? [resolved.path] : [];
          }),
        );
        for (const file of cited) {
          // As the changed scope finds the report and cuts it, for a pull request that removes the file.
          const selection = changedScope({changed: [], removed: [file]})(path, Buffer.from(text));
          expect(selection, `${path}: ${file}`).toMatchObject({whole: false});
          const {removed, needles} = selection as {removed: Parameters<typeof citesRemoved>[2]; needles: readonly string[]};
          const of = (files: readonly FileCitation[]) => files.filter((citation) => citesRemoved(citation, path, removed)).map(citationKey).sort();
          expect(of(analyse(sectionsCiting(text, needles), path).files), `${path}: ${file}`).toEqual(of(whole.files));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
