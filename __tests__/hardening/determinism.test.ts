/**
 * Findings are deterministic: the same tree and the same API answers give byte-identical JSON, run
 * after run, whether the reports are parsed on this thread or on the worker pool, and from the CLI
 * and the action alike.
 */
import {copyFileSync, mkdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {POOL_MIN_BYTES} from '../../src/parse/pool.js';
import {renderJson} from '../../src/render/json.js';
import {REPOSITORY, runAction} from '../support/action-runner.js';
import {shaOf, startFakeGitHub, type FakeGitHub} from '../support/github-api.js';
import {CORPUS_DIR, corpusCommits, listReports, makeTempDir, materialise, removeTempDirs} from '../support/workspace.js';
import {verifyOffline} from '../support/verify.js';
import {cli} from './support/helpers.js';

afterAll(removeTempDirs);

/** Real reports, copied until there is just enough text for the worker pool (no manifest: files are missing, which is fine). */
function corpusWorkspace(): {root: string; bytes: number} {
  const root = makeTempDir('determinism-');
  let bytes = 0;
  for (let copy = 0; bytes <= POOL_MIN_BYTES * 1.05; copy++) {
    for (const commit of corpusCommits()) {
      for (const report of listReports(commit)) {
        if (bytes > POOL_MIN_BYTES * 1.05) break;
        const target = join(root, `copy${copy}`, commit, report);
        mkdirSync(dirname(target), {recursive: true});
        copyFileSync(join(CORPUS_DIR, commit, report), target);
        bytes += readFileSync(target).length;
      }
    }
  }
  return {root, bytes};
}

describe('the JSON result', () => {
  it('is byte-identical from the CLI (parsed on the worker pool) and from the engine (parsed on this thread)', async () => {
    const {root, bytes} = corpusWorkspace();
    expect(bytes).toBeGreaterThan(POOL_MIN_BYTES);
    const first = await cli(['--root', root, '--format', 'json', '--offline', '**/docs/evidence/**/*.md']);
    expect(first.code).toBe(1);
    const inline = renderJson(await verifyOffline(root, {patterns: ['**/docs/evidence/**/*.md']}));
    expect(first.stdout).toBe(inline);
    expect(JSON.parse(first.stdout).counts.reports).toBeGreaterThan(15);
  });

  describe('with the same API answers', () => {
    let github: FakeGitHub;
    const HEAD = shaOf('determinism-head');
    beforeEach(async () => {
      github = await startFakeGitHub();
      github.addRun(REPOSITORY, {id: 20696090612, head_sha: shaOf('run'), conclusion: 'failure'});
      github.setCompare(REPOSITORY, shaOf('run'), HEAD, 'diverged');
      github.addRun(REPOSITORY, {id: 20695400867, head_sha: HEAD});
      github.addPull(REPOSITORY, {number: 3, head: {sha: HEAD}});
    });
    afterEach(() => github.close());

    it('is byte-identical from the CLI and from the action, run twice each', async () => {
      const root = materialise('85ef96342');
      const args = ['--root', root, '--format', 'json', '--repository', REPOSITORY];
      const env = {GITHUB_TOKEN: 'ghs_determinism', GITHUB_API_URL: github.url};
      const [first, second] = [await cli(args, env), await cli(args, env)];
      expect(first.code).toBe(1);
      expect(second.stdout).toBe(first.stdout);
      expect(first.stdout).toContain('run-failed');

      const act = () => runAction({root, apiUrl: github.url, inputs: {scope: 'all', comment: 'never'}, event: {number: 3, headSha: HEAD}});
      const [one, two] = [await act(), await act()];
      const json = (run: Awaited<ReturnType<typeof act>>) => readFileSync(run.outputs.json, 'utf8');
      expect(json(two)).toBe(json(one));
      expect(json(one)).toContain('run-not-ancestor');
    });
  });
});
