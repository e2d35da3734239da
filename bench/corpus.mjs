/**
 * Benchmark corpora, all deterministic (a seeded PRNG drives every choice):
 *
 * - the "real" tree: the real reports of the corpus (one folder per commit, see the corpus README)
 *   in one workspace, with every path of every commit's manifest created as a small file so the
 *   files the reports cite exist. Other reports named by the manifests are not in the corpus; they
 *   are not created (a stub would be verified as a report), so citations of them stay missing.
 * - generated trees: N reports made by varying the real ones. Each generated report takes a real
 *   report as its base and gets its own folder and name, its own run ids, its own copies of the
 *   files it cites (renamed per module, laid out in the tree) and, for a deterministic few, a gate
 *   that is pending or failed. A deterministic set of citations is left missing on purpose (a
 *   runbook cited by some reports through a relative link AND inline code; a per-report CI log
 *   cited by a relative link); the generator returns that set so the runner can check every tool
 *   reported it.
 */
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, posix} from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

export const REPOSITORY = 'cgtqwmwkhp-rgb/quality-governance-platform';
export const MISSING_RUNBOOK = 'docs/runbooks/evidence-recovery.md';

const EVIDENCE = 'docs/evidence';
const STREAMS = ['platform', 'security', 'release', 'data', 'governance'];
const REPORTS_PER_FOLDER = 25;
const FOLDERS_PER_MODULE = 4;
const OUTSIZED_BYTES = 32 * 1024;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads the corpus: every report (sorted by commit, then name) and the union of the manifests. */
export function loadCorpus(dir) {
  const commits = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
  if (commits.length === 0) throw new Error(`no commit folders in ${dir}`);
  const reports = [];
  const manifest = new Set();
  for (const commit of commits) {
    for (const line of readFileSync(join(dir, commit, 'manifest.txt'), 'utf8').split('\n')) if (line.trim()) manifest.add(line.trim());
    const evidence = join(dir, commit, EVIDENCE);
    for (const name of readdirSync(evidence).filter((file) => file.endsWith('.md')).sort()) {
      const text = readFileSync(join(evidence, name), 'utf8');
      reports.push({commit, name, path: `${EVIDENCE}/${name}`, text, ...citationsOf(text)});
    }
  }
  return {commits, reports, manifest: [...manifest].sort()};
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** The inline code values and link destinations of a report, read from its syntax tree. */
function citationsOf(text) {
  const codes = new Set();
  const links = new Set();
  const stack = [parser.parse(text)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === 'inlineCode') codes.add(node.value);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) links.add(node.url);
    if (node.children) stack.push(...node.children);
  }
  return {codes: [...codes], links: [...links]};
}

const FILE_EXTENSIONS = new Set(
  (
    'md markdown mdx txt rst adoc pdf png jpg jpeg gif svg webp ico log csv tsv json jsonl yml yaml toml ini cfg ' +
    'conf env xml html htm css scss less js mjs cjs ts tsx jsx mts cts vue svelte py pyi ipynb rb php go rs java kt ' +
    'kts scala swift c h cc cpp hpp cs fs sh bash zsh ps1 bat sql prisma graphql gql proto tf tfvars hcl lock mako ' +
    'j2 tpl dockerfile gradle properties plist zip gz tar sarif lcov patch diff'
  ).split(' '),
);
const CODE_SUFFIX = /(?:(?:::[\w.[\]-]+)+|#L\d+(?:-L?\d+)?|:\d+(?:[-–]\d+)?)$/;

/**
 * Reads inline code as a repository path (root-relative), or undefined for anything else
 * (commands, identifiers, endpoints, globs, placeholders). Line suffixes such as `:12-40` are kept apart.
 */
export function codePath(code) {
  let text = code.trim();
  const suffix = CODE_SUFFIX.exec(text)?.[0] ?? '';
  text = text.slice(0, text.length - suffix.length).replace(/[,;]$/, '');
  if (!text || /\s/.test(text) || /^[a-z][a-z0-9+.-]*:/i.test(text) || /[*?<>{}[\]$]|\.\.\./.test(text)) return undefined;
  if (!/^[\w./@~+%-]+$/.test(text) || /^[/~]/.test(text)) return undefined;
  const path = posix.normalize(text);
  if (path === '.' || path === './' || path.startsWith('..')) return undefined;
  if (path.includes('/')) return {path, suffix, bare: false};
  const extension = /\.([A-Za-z][A-Za-z0-9]{0,9})$/.exec(path)?.[1];
  if (extension && FILE_EXTENSIONS.has(extension.toLowerCase())) return {path, suffix, bare: true};
  return undefined;
}

/** A link destination as a root-relative path seen from `folder`, or undefined for URLs and anchors. */
function linkPath(url, folder) {
  if (!url || url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const [, target, rest] = /^([^?#]*)(.*)$/.exec(url);
  if (!target) return undefined;
  const absolute = target.startsWith('/');
  const path = posix.normalize(absolute ? target.slice(1) : posix.join(folder, target));
  if (path.startsWith('..') || path === '.') return undefined;
  return {path: target.endsWith('/') && !path.endsWith('/') ? `${path}/` : path, rest, absolute};
}

/** Writes files (path → content) and directories (paths ending in `/`); a path that is another's folder becomes a folder. */
function writeLayout(root, entries) {
  const dirs = new Set();
  for (const path of entries.keys()) {
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) dirs.add(path.slice(0, slash));
  }
  for (const dir of [...dirs].sort()) mkdirSync(join(root, dir), {recursive: true});
  let files = 0;
  for (const [path, content] of entries) {
    if (path.endsWith('/') || dirs.has(path)) continue;
    writeFileSync(join(root, path), content);
    files++;
  }
  return files;
}

const placeholder = (path) => `placeholder for ${path}\n`;
const isEvidenceReport = (path) => path.startsWith(`${EVIDENCE}/`) && /\.md$/i.test(path);

/** Writes the real tree: the corpus reports over their manifests' paths. Returns its report paths. */
export function writeRealTree(root, corpus) {
  const entries = new Map();
  for (const path of corpus.manifest) if (!isEvidenceReport(path)) entries.set(path, placeholder(path));
  for (const report of corpus.reports) entries.set(report.path, report.text);
  const files = writeLayout(root, entries);
  return {reports: corpus.reports.map((report) => report.path).sort(), files, expectedMissing: []};
}

/**
 * Writes a generated tree of `count` reports. Options:
 * - `seed`: PRNG seed; the same seed and options give the same tree, byte for byte.
 * - `runbookEvery`: every n-th report (index % n === 3) cites the missing runbook (link + inline code).
 * - `logEvery`: every n-th report (index % n === 11) links a CI log that is missing; 0 for none.
 * - `statusEvery`: in every n reports one gets a pending (⏳) gate and one a failed (❌) gate.
 * - `runPool`: when set, every run id is drawn from this many distinct ids, and each report cites one.
 * Returns the report paths, the deliberately missing citations and the reports with changed statuses.
 */
export function writeGeneratedTree(root, corpus, options) {
  const {count, seed, runbookEvery = 20, logEvery = 100, statusEvery = 50, runPool} = options;
  const random = createRandom(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const specs = planReports(count, corpus, pick);
  const folders = groupByFolder(specs);
  const pool = runPool ? Array.from({length: runPool}, (_, index) => 21_000_000_000 + index * 7919) : undefined;
  const newRunId = () => (pool ? pick(pool) : 20_000_000_000 + Math.floor(random() * 9_000_000_000));

  const entries = new Map();
  for (const path of corpus.manifest) if (!path.startsWith(`${EVIDENCE}/`)) entries.set(path, placeholder(path));
  const expectedMissing = [];
  const statusChanged = [];
  for (const spec of specs) {
    const variant = varyReport(spec, {folders, newRunId, entries});
    let text = variant.text;
    if (pool) text += `\n\n**CI Run**: https://github.com/${REPOSITORY}/actions/runs/${pool[spec.index % pool.length]}\n`;
    const status = statusEvery && spec.index % statusEvery === 7 ? '⏳' : statusEvery && spec.index % statusEvery === 32 ? '❌' : undefined;
    if (status) {
      const changed = changeFirstStatus(text, status);
      if (changed !== text) statusChanged.push({report: spec.path, status});
      text = changed;
    }
    const missing = missingSection(spec, {runbook: runbookEvery > 0 && spec.index % runbookEvery === 3, log: logEvery > 0 && spec.index % logEvery === 11});
    text += missing.text;
    expectedMissing.push(...missing.expected);
    entries.set(spec.path, text);
  }
  for (const {target} of expectedMissing) entries.delete(target);
  const files = writeLayout(root, entries);
  return {reports: specs.map((spec) => spec.path).sort(), files, expectedMissing, statusChanged};
}

/**
 * Decides every report's base, folder, name and module before any text is written. Outsized real
 * reports (the corpus's broken 69 KB one) are a deterministic 1 in 100 rather than 1 in 16, so one
 * pathological file does not decide the whole tree's cost; the others are picked uniformly.
 */
function planReports(count, corpus, pick) {
  const usual = corpus.reports.filter((report) => report.text.length <= OUTSIZED_BYTES);
  const outsized = corpus.reports.filter((report) => report.text.length > OUTSIZED_BYTES);
  return Array.from({length: count}, (_, index) => {
    const base = outsized.length > 0 && index % 100 === 50 ? outsized[Math.floor(index / 100) % outsized.length] : pick(usual);
    const group = Math.floor(index / REPORTS_PER_FOLDER);
    const folder = `${EVIDENCE}/${STREAMS[group % STREAMS.length]}/batch-${String(group).padStart(4, '0')}`;
    const name = `${base.name.replace(/\.md$/i, '')}-${String(index).padStart(5, '0')}.md`;
    return {index, base, folder, path: `${folder}/${name}`, module: Math.floor(group / FOLDERS_PER_MODULE)};
  });
}

function groupByFolder(specs) {
  const folders = new Map();
  for (const spec of specs) {
    if (!folders.has(spec.folder)) folders.set(spec.folder, []);
    folders.get(spec.folder).push(spec);
  }
  return folders;
}

/** The generated report a citation of another real report points at: one of the same folder, same base when there is one. */
function siblingReport(citedPath, spec, folders) {
  const siblings = folders.get(spec.folder);
  const name = posix.basename(citedPath);
  const same = siblings.find((sibling) => sibling.base.name === name && sibling !== spec);
  if (same) return same.path;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return siblings[hash % siblings.length].path;
}

/** Per-module copy of a cited path: `src/api/health.py` → `src/api/health-m7.py`. Workflows and the evidence folder are shared. */
function modulePath(path, module) {
  if (path.startsWith('.github/') || path === `${EVIDENCE}/` || path === EVIDENCE) return path;
  const dir = path.endsWith('/');
  const clean = dir ? path.slice(0, -1) : path;
  const slash = clean.lastIndexOf('/');
  const name = clean.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  return `${clean.slice(0, slash + 1)}${stem}-m${module}${extension}${dir ? '/' : ''}`;
}

/** Rewrites a base report for its new place: cited paths, report links and run ids. Adds the cited files to `entries`. */
function varyReport(spec, {folders, newRunId, entries}) {
  let text = spec.base.text;
  const created = new Set();
  const create = (path) => {
    created.add(posix.basename(path.replace(/\/$/, '')));
    if (!entries.has(path)) entries.set(path, placeholder(path));
  };
  const target = (path) => (isEvidenceReport(path) && !path.slice(EVIDENCE.length + 1).includes('/') ? siblingReport(path, spec, folders) : undefined);

  const codes = spec.base.codes.map((code) => ({code, parsed: codePath(code)})).filter((entry) => entry.parsed);
  for (const {code, parsed} of codes.filter((entry) => !entry.parsed.bare)) {
    let path = target(parsed.path);
    if (!path) {
      path = modulePath(parsed.path, spec.module);
      create(path);
    }
    text = text.replaceAll(`\`${code}\``, `\`${path}${parsed.suffix}\``);
  }
  for (const {code, parsed} of codes.filter((entry) => entry.parsed.bare)) {
    const name = modulePath(parsed.path, spec.module);
    if (!created.has(name)) create(`${spec.folder}/${name}`);
    text = text.replaceAll(`\`${code}\``, `\`${name}${parsed.suffix}\``);
  }
  for (const url of spec.base.links) {
    const link = linkPath(url, EVIDENCE);
    if (!link) continue;
    const report = target(link.path);
    let replacement;
    if (report) {
      replacement = posix.relative(spec.folder, report);
    } else {
      const path = modulePath(link.path, spec.module);
      create(path);
      replacement = (link.absolute ? `/${path}` : posix.relative(spec.folder, path) || '.') + link.rest;
    }
    text = text.replaceAll(`](${url})`, `](${replacement})`).replaceAll(`](${url} "`, `](${replacement} "`).replaceAll(`]: ${url}`, `]: ${replacement}`);
  }
  const runIds = new Map();
  text = text.replace(/\b\d{10,12}\b/g, (id) => {
    if (!runIds.has(id)) runIds.set(id, String(newRunId()));
    return runIds.get(id);
  });
  return {text};
}

/** Turns the first ✅ of a table row (else of the report) into `status`: a gate that is pending or failed. */
function changeFirstStatus(text, status) {
  const lines = text.split('\n');
  const row = lines.findIndex((line) => /^\s*\|/.test(line) && line.includes('✅'));
  if (row >= 0) {
    lines[row] = lines[row].replace('✅', status);
    return lines.join('\n');
  }
  return text.replace('✅', status);
}

/** The section that cites the deliberately missing files, and what each tool must report for it. */
function missingSection(spec, {runbook, log}) {
  if (!runbook && !log) return {text: '', expected: []};
  const lines = ['', '', '## Evidence files', ''];
  const expected = [];
  if (runbook) {
    const url = posix.relative(spec.folder, MISSING_RUNBOOK);
    lines.push(`- \`${MISSING_RUNBOOK}\` - recovery steps if this evidence goes stale`);
    lines.push(`- [Recovery runbook](${url}) for the on-call engineer`);
    expected.push({report: spec.path, target: MISSING_RUNBOOK, cited: MISSING_RUNBOOK, link: false});
    expected.push({report: spec.path, target: MISSING_RUNBOOK, cited: url, link: true});
  }
  if (log) {
    const url = `logs/ci-${String(spec.index).padStart(5, '0')}.log`;
    lines.push(`- [Raw CI log](${url}) of the final run`);
    expected.push({report: spec.path, target: `${spec.folder}/${url}`, cited: url, link: true});
  }
  return {text: `${lines.join('\n')}\n`, expected};
}

/** Total size in bytes of the reports of a tree. */
export function reportBytes(root, reports) {
  return reports.reduce((total, path) => total + statSync(join(root, path)).size, 0);
}
