import {posix} from 'node:path';
import {describe, expect, it} from 'vitest';
import {citesRemoved, resolveCitedPath} from '../src/checks/paths.js';
import type {FileCitation} from '../src/model/types.js';
import {sectionsCiting} from '../src/parse/excerpt.js';
import {createAnalyser} from '../src/parse/analyse.js';
import {resolvePolicy} from '../src/policy/policy.js';
import {corpusCommits, listReports, readCorpusReport} from './support/workspace.js';

const analyse = createAnalyser(resolvePolicy(undefined));
const removedFile = (path: string) => ({paths: new Set([path]), names: new Set([posix.basename(path)])});
const needlesOf = (path: string) => [...new Set([path, posix.basename(path)])];
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
          const excerpt = sectionsCiting(text, needlesOf(file));
          const of = (files: readonly FileCitation[]) => files.filter((citation) => citesRemoved(citation, path, removedFile(file))).map(citationKey).sort();
          expect(of(analyse(excerpt, path).files), `${path}: ${file}`).toEqual(of(whole.files));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
