#!/usr/bin/env node
// Regenerates the README pictures of the job summary and the sticky pull request comment.
//
//   npm run build && node scripts/screenshots.mjs
//
// Runs the compiled engine (lib/) offline on examples/, renders the summary and the comment with
// the real renderers, turns their Markdown into HTML with micromark + GFM tables/task lists (about
// what GitHub does), and wraps each in a GitHub-like frame. The Markdown and the HTML pages are
// written to $SCREENSHOTS_TMP (default: a fresh directory under the OS temp dir). When a
// `chromium` binary is on PATH (Debian: `apt-get install chromium fonts-noto-core
// fonts-noto-color-emoji`), the pages are screenshot into docs/images/{summary,comment}.png and,
// when `pngquant` is there too, compressed. Not part of the build or the tests.

import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {micromark} from 'micromark';
import {gfmTable, gfmTableHtml} from 'micromark-extension-gfm-table';
import {gfmTaskListItem, gfmTaskListItemHtml} from 'micromark-extension-gfm-task-list-item';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = (path) => import(pathToFileURL(join(repo, 'lib', path)).href);
if (!existsSync(join(repo, 'lib', 'engine.js'))) {
  console.error('lib/ is missing: run `npm run build` (or `npx tsc -p tsconfig.build.json`) first.');
  process.exit(2);
}

const {verify} = await lib('engine.js');
const {renderSummary} = await lib('render/markdown.js');
const {renderComment} = await lib('render/comment.js');
const {resolvePolicy} = await lib('policy/policy.js');
const {discoverReports} = await lib('workspace/discover.js');
const {loadPolicyFile} = await lib('workspace/policy-file.js');
const {createFileResolver} = await lib('workspace/resolver.js');

// The settings a run of the action in this (made-up) repository would have.
const serverUrl = 'https://github.com';
const repository = 'example-org/payments';
const runUrl = `${serverUrl}/${repository}/actions/runs/21000000042`;

// The engine over the bundled example, as the action runs it with `verify-runs: false`: offline.
const root = join(repo, 'examples');
const policyFile = await loadPolicyFile(root, undefined);
const policy = resolvePolicy(policyFile?.value);
const reports = await discoverReports({root, patterns: policy.reports, exclude: policy.exclude, strict: false});
const setting = {repository, serverHost: new URL(serverUrl).host, allowedRepositories: policy.allowedRepositories};
const result = await verify({
  root,
  policy,
  policyFile,
  reports,
  resolver: createFileResolver(root),
  failOn: 'error',
  runs: async () => setting,
  skipped: ['Cited CI runs and pull requests were not looked up: `verify-runs` is false.'],
});

const summaryMd = renderSummary(result, {serverUrl, repository});
const commentMd = renderComment(result, {runUrl});

const toHtml = (markdown) =>
  micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfmTable(), gfmTaskListItem()],
    htmlExtensions: [gfmTableHtml(), gfmTaskListItemHtml()],
  });

const CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; background: #ffffff; }
body {
  width: 900px; padding: 16px;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 14px; line-height: 1.5; color: #1f2328;
}
.frame { border: 1px solid #d0d7de; border-radius: 6px; background: #ffffff; }
.frame-header {
  background: #f6f8fa; border-bottom: 1px solid #d0d7de; border-radius: 6px 6px 0 0;
  padding: 8px 16px; color: #59636e; display: flex; align-items: center; gap: 6px; min-height: 40px;
}
.frame-header strong { color: #1f2328; font-weight: 600; }
.summary-title { font-size: 16px; font-weight: 600; color: #1f2328; }
.label {
  display: inline-block; padding: 0 7px; font-size: 12px; font-weight: 500; line-height: 18px;
  border: 1px solid #d0d7de; border-radius: 2em; color: #59636e;
}
.comment { display: flex; gap: 16px; align-items: flex-start; }
.comment .frame { flex: 1; min-width: 0; }
.avatar { width: 40px; height: 40px; border-radius: 50%; flex: none; }
.markdown-body { padding: 16px; font-size: 14px; line-height: 1.5; word-wrap: break-word; }
.markdown-body > *:first-child { margin-top: 0 !important; }
.markdown-body > *:last-child { margin-bottom: 0 !important; }
.markdown-body h2 {
  font-size: 1.5em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px;
  padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3;
}
.markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details { margin-top: 0; margin-bottom: 16px; }
.markdown-body ul { padding-left: 2em; }
.markdown-body summary { display: list-item; cursor: pointer; }
.markdown-body details > summary { margin-bottom: 16px; }
.markdown-body details:not([open]) > summary { margin-bottom: 0; }
.markdown-body a { color: #0969da; text-decoration: underline; text-underline-offset: .2rem; }
.markdown-body strong { font-weight: 600; }
.markdown-body code {
  padding: .2em .4em; margin: 0; font-size: 85%; white-space: break-spaces;
  background-color: rgba(175,184,193,.2); border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
.markdown-body table {
  border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%;
  overflow: auto; font-variant: tabular-nums;
}
.markdown-body th { font-weight: 600; background-color: #f6f8fa; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d0d7de; }
.markdown-body tr { background-color: #ffffff; border-top: 1px solid #d1d9e0b3; }
.markdown-body tbody tr:nth-child(2n) { background-color: #f6f8fa; }
`;

// GitHub Actions' mark, drawn as the bot's avatar.
const AVATAR = `<svg class="avatar" viewBox="0 0 40 40" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">
<circle cx="20" cy="20" r="20" fill="#2088ff"/>
<circle cx="20" cy="20" r="10" fill="none" stroke="#ffffff" stroke-width="2.5"/>
<path d="M17.5 15.5 L25 20 L17.5 24.5 Z" fill="#ffffff"/>
</svg>`;

// Records the rendered height so the screenshot can be cut to fit.
const MEASURE = `<script>
document.fonts.ready.then(() => { document.body.dataset.height = String(Math.ceil(document.documentElement.getBoundingClientRect().height)); });
</script>`;

const page = (title, body) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head>\n<body>\n${body}\n${MEASURE}\n</body></html>\n`;

const summaryHtml = page(
  'evidence-gate summary',
  `<div class="frame">
<div class="frame-header"><span class="summary-title">evidence-gate summary</span></div>
<div class="markdown-body">
${toHtml(summaryMd)}
</div>
</div>`,
);

const commentHtml = page(
  'evidence-gate comment',
  `<div class="comment">
${AVATAR}
<div class="frame">
<div class="frame-header"><strong>github-actions</strong><span class="label">bot</span><span>commented</span></div>
<div class="markdown-body">
${toHtml(commentMd)}
</div>
</div>
</div>`,
);

const work = process.env.SCREENSHOTS_TMP ? resolve(process.env.SCREENSHOTS_TMP) : mkdtempSync(join(tmpdir(), 'evidence-gate-screenshots-'));
mkdirSync(work, {recursive: true});
const files = {
  summaryMd: join(work, 'summary.md'),
  commentMd: join(work, 'comment.md'),
  summaryHtml: join(work, 'summary.html'),
  commentHtml: join(work, 'comment.html'),
};
writeFileSync(files.summaryMd, summaryMd);
writeFileSync(files.commentMd, commentMd);
writeFileSync(files.summaryHtml, summaryHtml);
writeFileSync(files.commentHtml, commentHtml);
console.log(`Markdown and HTML written to ${work}`);

const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0);
if (!chromium) {
  console.log('No chromium on PATH: open the HTML pages in a browser, or install chromium and run again for the PNGs.');
  process.exit(0);
}

const WIDTH = 900;
const profiles = [];
process.on('exit', () => profiles.forEach((dir) => rmSync(dir, {recursive: true, force: true})));
const chromiumFlags = () => [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  `--user-data-dir=${profiles[profiles.push(mkdtempSync(join(tmpdir(), 'evidence-gate-chromium-'))) - 1]}`,
];

function measure(html) {
  const dom = execFileSync(chromium, [...chromiumFlags(), `--window-size=${WIDTH},4000`, '--virtual-time-budget=5000', '--dump-dom', pathToFileURL(html).href], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 60_000,
  });
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!height) throw new Error(`could not measure ${html}`);
  return height;
}

function screenshot(html, png) {
  const height = measure(html);
  const shot = join(work, 'shot.png');
  rmSync(shot, {force: true});
  execFileSync(chromium, [...chromiumFlags(), `--window-size=${WIDTH},${height}`, `--screenshot=${shot}`, pathToFileURL(html).href], {
    stdio: 'ignore',
    timeout: 60_000,
  });
  if (!existsSync(shot)) throw new Error(`chromium wrote no screenshot of ${html}`);
  mkdirSync(dirname(png), {recursive: true});
  const quantised = `${shot}.q.png`;
  const pngquant = spawnSync('pngquant', ['--force', '--quality=70-95', '--speed=1', '--strip', '--output', quantised, shot]);
  renameSync(pngquant.status === 0 && existsSync(quantised) ? quantised : shot, png);
  rmSync(shot, {force: true});
  console.log(`${png.slice(repo.length + 1)}: ${WIDTH}x${height}, ${Math.round(readFileSync(png).length / 1024)} KB`);
}

screenshot(files.summaryHtml, join(repo, 'docs', 'images', 'summary.png'));
screenshot(files.commentHtml, join(repo, 'docs', 'images', 'comment.png'));
