#!/usr/bin/env node
/**
 * evidence-gate benchmark. `npm run bench` (full) or `node bench/run.mjs --quick` (CI smoke size).
 *
 * What it measures, every figure in the same run on this machine (nothing is written into the code):
 *   - full scan: evidence-gate (`dist/cli/index.js --offline --format json`) against three peers
 *     run on the same trees: a bare parse (bench/bare-parse.mjs: remark-parse + remark-gfm over
 *     every report, one thread, nothing else), remark-cli with remark-gfm and
 *     remark-validate-links (offline: `repository: false`), and markdownlint-cli2. The bare parse
 *     and remark run the published packages: evidence-gate's patched dependencies (patches/) are
 *     swapped back to stock copies for them (bench/stock.mjs).
 *   - scaling: evidence-gate's time per report on the largest tree over that on the middle one.
 *   - memory: evidence-gate's peak RSS on the largest tree.
 *   - cold start: the action (`dist/index.js`) with a reports glob that matches nothing, or the
 *     CLI on an empty root when the action is not built, against `node -e 0`.
 *   - PR check and API fan-out: through the GitHub Action, see bench/action.mjs (the hook).
 *
 * How: the trees are generated in a temporary directory (removed at the end) from the real
 * reports in the corpus (bench/corpus.mjs; seeded, so identical between runs): the real reports in
 * a workspace built from their manifests, and generated trees of 1,000 and 10,000 reports
 * (--quick: 50 and 150, so the smoke run stays short). dist/ is copied there first, so one build
 * is measured throughout. Each figure is the median of N whole-process runs (N = 5, --quick 3),
 * spawned fresh each time, the tools taking turns round-robin; wall time from spawn to exit with
 * process.hrtime.bigint(). Each comparison is a ratio of two medians from the same run. Before any
 * figure is trusted, the peers' outputs are checked for the same work: remark-validate-links and
 * evidence-gate must both report every deliberately missing link target (evidence-gate also the
 * missing runbook cited as inline code), markdownlint and the bare parse must have read every
 * report. A peer that did nothing fails the benchmark (exit 1).
 *
 * Writes bench/results.json (machine, mode, every median, ratio and check) and bench/chart.svg
 * (--quick: bench/results/, which git ignores).
 * Options: --quick, --keep (keep the temporary trees), --sizes A,B (the two generated tree sizes),
 * --rounds N, --corpus DIR (default $EVIDENCE_GATE_CORPUS, else ../shared/corpus/qgp beside the
 * repository, else the test fixtures' copy).
 */
import {createHash} from 'node:crypto';
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {measureActionFigures} from './action.mjs';
import {loadCorpus, MISSING_RUNBOOK, REPOSITORY, reportBytes, writeGeneratedTree, writeRealTree} from './corpus.mjs';
import {peakRss, timeRoundRobin} from './measure.mjs';
import {prepareStockModules, removeStockModules, STOCK_DIR, stockImportArgs} from './stock.mjs';
import {notMeasuredRow, ratioRow, renderChart, renderTable, seconds} from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const NODE = process.execPath;
const DIST = join(ROOT, 'dist');
const BARE_PARSE = join(BENCH, 'bare-parse.mjs');
const REMARK = join(ROOT, 'node_modules/remark-cli/cli.js');
const REMARK_GFM = join(ROOT, 'node_modules/remark-gfm/index.js');
const REMARK_VALIDATE_LINKS = join(ROOT, 'node_modules/remark-validate-links/index.js');
const MARKDOWNLINT = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const TOOLS = ['evidence-gate', 'bare parse', 'remark', 'markdownlint'];

const TARGETS = {bare: 0.5, remark: 0.5, markdownlint: 0.25, prCheck: 0.05, scaling: 1.2, memoryMiB: 256, coldStart: 3};

const log = (message) => process.stderr.write(`${message}\n`);

function options() {
  const {values} = parseArgs({
    options: {
      quick: {type: 'boolean', default: false},
      keep: {type: 'boolean', default: false},
      corpus: {type: 'string'},
      sizes: {type: 'string'},
      rounds: {type: 'string'},
    },
  });
  const quick = values.quick;
  const sizes = values.sizes?.split(',').map(Number);
  if (sizes && (sizes.length !== 2 || sizes.some((size) => !Number.isInteger(size) || size < 1))) throw new Error('--sizes takes two report counts, e.g. 1000,10000');
  return {
    quick,
    keep: values.keep,
    corpus: values.corpus ?? process.env.EVIDENCE_GATE_CORPUS ?? defaultCorpus(),
    sizes: sizes ?? (quick ? [50, 150] : [1_000, 10_000]),
    rounds: values.rounds ? Number(values.rounds) : quick ? 3 : 5,
    coldRounds: quick ? 5 : 15,
    prTree: quick ? {count: 200, runbookEvery: 40} : {count: 2_000, runbookEvery: 40},
    apiTree: quick ? {count: 100, runPool: 20} : {count: 1_000, runPool: 200},
  };
}

/** The shared corpus beside the repository, else the copy the tests use. */
function defaultCorpus() {
  const shared = resolve(ROOT, '..', 'shared', 'corpus', 'qgp');
  return existsSync(shared) ? shared : join(ROOT, '__tests__', 'fixtures', 'qgp');
}

/**
 * Copies dist/ into the work directory, so every run uses one build even if dist/ is rebuilt
 * while the benchmark runs (the bundles are self-contained). Returns the copies' entry points.
 */
function snapshotBuild(work) {
  if (!existsSync(join(DIST, 'cli/index.js'))) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  const dist = join(work, 'dist');
  cpSync(DIST, dist, {recursive: true});
  const action = join(dist, 'index.js');
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    // not a git checkout
  }
  return {
    cli: join(dist, 'cli/index.js'),
    action: existsSync(action) ? action : undefined,
    fingerprint: {cli: fingerprint(join(dist, 'cli')), action: existsSync(action) ? fingerprint(dist) : null, builtAt: statSync(join(DIST, 'cli/index.js')).mtime.toISOString(), commit},
  };
}

const fileText = (path) => readFileSync(path, 'utf8');

/** The bare parse prints the mdast-util-from-markdown it loaded: the stock copy when evidence-gate patches it. */
function stockCheck(output) {
  if (!existsSync(STOCK_DIR)) return undefined;
  return output.includes('.evidence-gate-stock') ? undefined : 'the bare parse did not load the stock mdast-util-from-markdown';
}
const outputOf = (run) => fileText(run.stdoutPath) + fileText(run.stderrPath);

/** The four commands of the full-scan comparison, for one tree. Each checks that a run did its work, cheaply. */
function peerCommands(tree, build) {
  return [
    {
      name: 'evidence-gate',
      cmd: NODE,
      args: [build.cli, '--root', tree.root, '--offline', '--format', 'json'],
      cwd: tree.root,
      validate: (run) => (statSync(run.stdoutPath).size > 0 && fileText(run.stderrPath).trim() === '' ? undefined : 'no JSON on stdout, or errors on stderr'),
    },
    {
      name: 'bare parse',
      cmd: NODE,
      args: [...stockImportArgs(), BARE_PARSE, tree.root],
      cwd: tree.root,
      okStatus: [0],
      validate: (run) => (/parsed \d+ files/.test(fileText(run.stdoutPath)) ? stockCheck(fileText(run.stdoutPath)) : 'no summary line'),
    },
    {
      name: 'remark',
      cmd: NODE,
      args: [...stockImportArgs(), REMARK, '--no-color', '--no-stdout', '--quiet', '--frail', '--use', REMARK_GFM, '--use', `${REMARK_VALIDATE_LINKS}=repository:false`, 'docs/evidence'],
      cwd: tree.root,
      validate: (run) => (/Cannot process file|^\s*at /m.test(fileText(run.stderrPath)) ? 'remark failed on a file' : undefined),
    },
    {name: 'markdownlint', cmd: NODE, args: [MARKDOWNLINT, 'docs/evidence/**/*.md'], cwd: tree.root, validate: (run) => (/Linting: \d+ file/.test(outputOf(run)) ? undefined : 'no "Linting:" line')},
  ];
}

/** Builds every tree the benchmark needs under `work`. */
function buildTrees(corpus, work, settings) {
  const make = (name, write) => {
    const root = join(work, name);
    mkdirSync(root, {recursive: true});
    const started = process.hrtime.bigint();
    const tree = {name, root, ...write(root)};
    tree.bytes = reportBytes(root, tree.reports);
    log(`tree ${name}: ${tree.reports.length} reports, ${(tree.bytes / 1024 / 1024).toFixed(1)} MiB of Markdown, ${tree.files} files (${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)`);
    return tree;
  };
  const scan = [make('real', (root) => writeRealTree(root, corpus))];
  settings.sizes.forEach((count, index) => scan.push(make(`generated-${count}`, (root) => writeGeneratedTree(root, corpus, {count, seed: 1000 + index}))));

  const pr = make(`pr-${settings.prTree.count}`, (root) => writeGeneratedTree(root, corpus, {...settings.prTree, seed: 7, logEvery: 0}));
  pr.deleted = MISSING_RUNBOOK;
  pr.citing = [...new Set(pr.expectedMissing.filter((entry) => entry.target === MISSING_RUNBOOK).map((entry) => entry.report))];
  pr.changed = pickChanged(pr.reports, pr.citing);
  const api = make(`api-${settings.apiTree.count}`, (root) => writeGeneratedTree(root, corpus, {...settings.apiTree, seed: 11, runbookEvery: 0, logEvery: 0}));
  api.distinctRuns = settings.apiTree.runPool;
  return {scan, pr, api};
}

/** Two reports the pull request modifies: deterministic, and not among those citing the runbook. */
function pickChanged(reports, citing) {
  const candidates = reports.filter((path) => !citing.includes(path));
  return [candidates[Math.floor(candidates.length / 3)], candidates[Math.floor((2 * candidates.length) / 3)]];
}

// ---- Checks: every peer did the same work.

const parsedJson = new Map();
/** evidence-gate's JSON output of a run, parsed once. */
function egResult(run) {
  if (!parsedJson.has(run.stdoutPath)) parsedJson.set(run.stdoutPath, JSON.parse(readFileSync(run.stdoutPath, 'utf8')));
  return parsedJson.get(run.stdoutPath);
}

function checkEvidenceGate(tree, run) {
  const result = egResult(run);
  const findings = new Map(result.reports.map((report) => [report.path, report.findings]));
  const missed = tree.expectedMissing.filter(({report, cited, link}) => {
    const rule = link ? 'link-broken' : 'file-missing';
    return !(findings.get(report) ?? []).some((finding) => finding.rule === rule && finding.subject === cited);
  });
  const fileRules = new Set(['file-missing', 'link-broken', 'file-mention-missing']);
  const fileFindings = result.reports.reduce((total, report) => total + report.findings.filter((finding) => fileRules.has(finding.rule)).length, 0);
  const ok = result.counts.reports === tree.reports.length && missed.length === 0;
  return {
    tool: 'evidence-gate',
    ok,
    detail: `${result.counts.reports}/${tree.reports.length} reports verified; ${tree.expectedMissing.length - missed.length}/${tree.expectedMissing.length} deliberately missing citations reported; ${fileFindings} missing-file findings in all; ${result.counts.errors} errors, ${result.counts.warnings} warnings`,
  };
}

function checkBareParse(tree, run) {
  const parsed = Number(/parsed (\d+) files/.exec(readFileSync(run.stdoutPath, 'utf8'))?.[1] ?? -1);
  return {tool: 'bare parse', ok: parsed === tree.reports.length, detail: `${parsed}/${tree.reports.length} reports parsed`};
}

/** remark's reporter: a line naming the file, then its messages; a missing file reads "Cannot find file `X`". */
function remarkMissingFiles(run) {
  const missingByFile = new Map();
  let current;
  let warnings = 0;
  for (const line of readFileSync(run.stderrPath, 'utf8').split('\n')) {
    const text = line.trim();
    if (/^\S.*\.md$/.test(text) && !/^\d/.test(text)) current = text;
    const missing = /Cannot find file `([^`]+)`/.exec(text);
    if (missing && current) {
      if (!missingByFile.has(current)) missingByFile.set(current, new Set());
      missingByFile.get(current).add(missing[1]);
    }
    if (/\bwarning\b/.test(text)) warnings++;
  }
  return {missingByFile, warnings};
}

function checkRemark(tree, run) {
  const {missingByFile, warnings} = remarkMissingFiles(run);
  const expected = tree.expectedMissing.filter((entry) => entry.link);
  const found = expected.filter(({report, cited}) => missingByFile.get(report)?.has(cited));
  const ok = found.length === expected.length && (expected.length > 0 || run.status === 0 || warnings > 0);
  return {tool: 'remark', ok, detail: `${found.length}/${expected.length} deliberately missing link targets reported; ${warnings} warnings, missing files in ${missingByFile.size} reports`};
}

/** Informational: the broken links evidence-gate and remark-validate-links each reported, per report and target. */
function linkAgreement(egRun, remarkRun) {
  const result = egResult(egRun);
  const eg = new Set(result.reports.flatMap((report) => report.findings.filter((finding) => finding.rule === 'link-broken').map((finding) => `${report.path}\0${finding.subject}`)));
  const remark = new Set([...remarkMissingFiles(remarkRun).missingByFile].flatMap(([file, urls]) => [...urls].map((url) => `${file}\0${url}`)));
  const both = [...eg].filter((key) => remark.has(key)).length;
  return {tool: 'broken links, evidence-gate vs remark', ok: true, informational: true, detail: `${both} reported by both, ${eg.size - both} only by evidence-gate, ${remark.size - both} only by remark`};
}

function checkMarkdownlint(tree, run) {
  const output = readFileSync(run.stdoutPath, 'utf8') + readFileSync(run.stderrPath, 'utf8');
  const linted = Number(/Linting: (\d+) file\(s\)/.exec(output)?.[1] ?? -1);
  const summary = /Summary: (\d+) error\(s\)/.exec(output)?.[1] ?? '?';
  return {tool: 'markdownlint', ok: linted === tree.reports.length, detail: `${linted}/${tree.reports.length} files linted, ${summary} rule violations`};
}

const CHECKS = {'evidence-gate': checkEvidenceGate, 'bare parse': checkBareParse, remark: checkRemark, markdownlint: checkMarkdownlint};

// ---- Measurements.

async function measureScans(trees, settings, outDir, build) {
  const scans = [];
  for (const tree of trees) {
    log(`timing ${tree.name} (${settings.rounds} rounds)`);
    const results = await timeRoundRobin(peerCommands(tree, build), {rounds: settings.rounds, warmup: tree.name === 'real' && !settings.quick ? 1 : 0, outDir, tag: tree.name, log});
    const checks = TOOLS.map((tool) => ({tree: tree.name, ...CHECKS[tool](tree, results.get(tool).last)}));
    checks.push({tree: tree.name, ...linkAgreement(results.get('evidence-gate').last, results.get('remark').last)});
    for (const check of checks) log(`  check ${check.tool}: ${check.ok ? 'ok' : 'FAILED'} - ${check.detail}`);
    parsedJson.clear();
    scans.push({tree, results, checks});
  }
  return scans;
}

/** Cold start: the action on a glob that matches nothing (or the CLI on an empty root), against `node -e 0`. */
async function measureColdStart(work, settings, outDir, build) {
  const empty = join(work, 'empty');
  mkdirSync(empty, {recursive: true});
  const action = build.action !== undefined;
  const subject = action
    ? {
        name: 'cold start',
        cmd: NODE,
        args: [build.action],
        cwd: empty,
        env: {GITHUB_WORKSPACE: empty, INPUT_REPORTS: 'no-such-folder/**/*.md', 'INPUT_GITHUB-TOKEN': '', INPUT_COMMENT: 'never', GITHUB_EVENT_NAME: 'push'},
        validate: (run) => (/no report matches/.test(outputOf(run)) ? undefined : 'the action did not report the empty glob'),
      }
    : {name: 'cold start', cmd: NODE, args: [build.cli, '--root', empty], cwd: empty, validate: (run) => (/0 reports/.test(outputOf(run)) ? undefined : 'no summary line')};
  log(`timing cold start (${settings.coldRounds} rounds)`);
  const results = await timeRoundRobin([subject, {name: 'node -e 0', cmd: NODE, args: ['-e', '0'], cwd: empty, okStatus: [0]}], {
    rounds: settings.coldRounds,
    warmup: 1,
    outDir,
    tag: 'cold',
    log: () => {},
  });
  return {
    how: action ? '`node dist/index.js`, INPUT_REPORTS matching nothing ÷ `node -e 0`' : 'action not built: `node dist/cli/index.js --root EMPTY_DIR` ÷ `node -e 0`',
    subjectMs: results.get('cold start').median,
    nodeMs: results.get('node -e 0').median,
    subjectTimes: results.get('cold start').times,
    nodeTimes: results.get('node -e 0').times,
  };
}

// ---- Figures, table, files.

function figures({scans, rss, cold, action, settings}) {
  const [mid, large] = scans.slice(-2);
  const eg = (scan) => scan.results.get('evidence-gate').median;
  const peer = (scan, tool) => scan.results.get(tool).median;
  const n = large.tree.reports.length.toLocaleString('en-US');
  const rows = [
    ratioRow('full scan vs bare parse', `evidence-gate ÷ bare remark-parse+gfm, ${n} reports`, eg(large) / peer(large, 'bare parse'), TARGETS.bare, `${seconds(eg(large))} vs ${seconds(peer(large, 'bare parse'))}`),
    ratioRow('vs remark', `evidence-gate ÷ remark-cli + gfm + validate-links, ${n} reports`, eg(large) / peer(large, 'remark'), TARGETS.remark, `${seconds(peer(large, 'remark'))}`),
    ratioRow('vs markdownlint', `evidence-gate ÷ markdownlint-cli2, ${n} reports`, eg(large) / peer(large, 'markdownlint'), TARGETS.markdownlint, `${seconds(peer(large, 'markdownlint'))}`),
  ];
  if (action.prCheck.measured) {
    const pr = action.prCheck;
    rows.push(ratioRow('PR check', `action scope: changed (2 changed + ${pr.verified - 2} citing the deleted runbook) ÷ scope: all, ${pr.reports.toLocaleString('en-US')} reports`, pr.ratio, TARGETS.prCheck, `${seconds(pr.changedMs)} vs ${seconds(pr.allMs)}`));
  } else {
    rows.push(notMeasuredRow('PR check', `action scope: changed ÷ scope: all, ${settings.prTree.count.toLocaleString('en-US')} reports`, action.prCheck.note, `≤ ${TARGETS.prCheck}×`));
  }
  if (action.apiFanOut.measured) {
    const api = action.apiFanOut;
    // The bound: 1.5 × (distinct runs ÷ concurrency) × latency, with the concurrency seen.
    const boundMs = 1.5 * (api.distinctRuns / api.peakInFlight) * api.latencyMs;
    const onePerRun = api.byRoute.run === api.distinctRuns;
    const parts = Object.entries(api.byRoute).map(([route, count]) => `${count} ${route}`).join(' + ');
    rows.push({
      figure: 'API fan-out',
      how: `action verify-runs, ${settings.apiTree.count.toLocaleString('en-US')} reports citing ${api.distinctRuns} runs, fake API ${api.latencyMs} ms latency: API phase wall, requests`,
      measured: `${seconds(api.apiWallMs)} (${parts} requests, ≤ ${api.peakInFlight} in flight; whole run ${seconds(api.ms)}); a bare HTTP client, same requests: ${seconds(api.floorMs)}`,
      target: `≤ ${seconds(boundMs)}, one request per run`,
      met: api.apiWallMs <= boundMs && onePerRun ? 'yes' : 'NO',
    });
  } else {
    rows.push(notMeasuredRow('API fan-out', `action verify-runs, ${settings.apiTree.count.toLocaleString('en-US')} reports citing ${settings.apiTree.runPool} runs, 50 ms API`, action.apiFanOut.note, '—'));
  }
  const perReport = (scan) => eg(scan) / scan.tree.reports.length;
  rows.push(
    ratioRow('scaling', `evidence-gate time per report, ${n} ÷ ${mid.tree.reports.length.toLocaleString('en-US')} reports`, perReport(large) / perReport(mid), TARGETS.scaling, `${(perReport(large)).toFixed(2)} vs ${perReport(mid).toFixed(2)} ms/report`),
  );
  rows.push({
    figure: 'memory',
    how: `evidence-gate peak RSS, ${n} reports (${rss.via})`,
    measured: `${rss.mib.toFixed(0)} MB`,
    target: `≤ ${TARGETS.memoryMiB} MB`,
    met: rss.mib <= TARGETS.memoryMiB ? 'yes' : 'NO',
  });
  rows.push(ratioRow('cold start', cold.how, cold.subjectMs / cold.nodeMs, TARGETS.coldStart, `${Math.round(cold.subjectMs)} ms vs ${Math.round(cold.nodeMs)} ms`));
  return rows;
}

function mediansTable(scans) {
  const header = `| tree | reports | MiB | ${TOOLS.join(' | ')} |`;
  const rule = `|${'---|'.repeat(TOOLS.length + 3)}`;
  const lines = scans.map(
    ({tree, results}) =>
      `| ${tree.name} | ${tree.reports.length} | ${(tree.bytes / 1024 / 1024).toFixed(1)} | ${TOOLS.map((tool) => seconds(results.get(tool).median)).join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n');
}

function chart(scans, settings) {
  const series = TOOLS.map((tool) => ({
    name: tool,
    points: scans.map(({tree, results}) => ({reports: tree.reports.length, ms: results.get(tool).median, label: tree.name === 'real' ? `real (${tree.reports.length})` : tree.reports.length.toLocaleString('en-US')})),
  }));
  return renderChart(series, {title: `Full scan time against report count (${settings.quick ? 'quick' : 'full'} mode, median of ${settings.rounds} runs)`});
}

function fingerprint(dir) {
  if (!existsSync(dir)) return null;
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.js')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

function resultsJson({settings, scans, rss, cold, action, rows, started, build}) {
  return {
    machine: {cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}`, loadavgAtStart: started.loadavg, loadavgAtEnd: loadavg()},
    date: started.date,
    mode: settings.quick ? 'quick' : 'full',
    rounds: settings.rounds,
    build: build.fingerprint,
    trees: Object.fromEntries(scans.map(({tree}) => [tree.name, {reports: tree.reports.length, markdownBytes: tree.bytes, files: tree.files, deliberatelyMissing: tree.expectedMissing.length}])),
    mediansMs: Object.fromEntries(scans.map(({tree, results}) => [tree.name, Object.fromEntries(TOOLS.map((tool) => [tool, results.get(tool).median]))])),
    timesMs: Object.fromEntries(scans.map(({tree, results}) => [tree.name, Object.fromEntries(TOOLS.map((tool) => [tool, results.get(tool).times]))])),
    ratios: Object.fromEntries(
      scans.map(({tree, results}) => [
        tree.name,
        Object.fromEntries(TOOLS.slice(1).map((tool) => [`evidence-gate / ${tool}`, results.get('evidence-gate').median / results.get(tool).median])),
      ]),
    ),
    peakRssMiB: rss,
    coldStart: cold,
    action,
    figures: rows.map(({figure, how, measured, target, met, ratio}) => ({figure, how, measured, target, met, ...(ratio === undefined ? {} : {ratio})})),
    checks: scans.flatMap(({checks}) => checks),
  };
}

async function main() {
  const settings = options();
  if (!existsSync(settings.corpus)) throw new Error(`corpus not found at ${settings.corpus}: pass --corpus DIR or set EVIDENCE_GATE_CORPUS`);
  const started = {date: new Date().toISOString(), loadavg: loadavg()};
  const work = mkdtempSync(join(tmpdir(), 'evidence-gate-bench-'));
  const cleanUp = () => (settings.keep ? log(`kept ${work}`) : rmSync(work, {recursive: true, force: true}));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  const outDir = join(work, 'out');
  mkdirSync(outDir);
  try {
    const build = snapshotBuild(work);
    const stock = prepareStockModules();
    if (stock.length > 0) log(`peers run the published ${stock.join(', ')}; evidence-gate runs its patched copy (patches/)`);
    const corpus = loadCorpus(settings.corpus);
    log(`corpus: ${corpus.reports.length} real reports from ${corpus.commits.length} commits; mode ${settings.quick ? 'quick' : 'full'}; build ${JSON.stringify(build.fingerprint)}; work in ${work}`);
    const trees = buildTrees(corpus, work, settings);
    const scans = await measureScans(trees.scan, settings, outDir, build);
    const largest = trees.scan.at(-1);
    log(`peak RSS of evidence-gate on ${largest.name}`);
    const rss = await peakRss(peerCommands(largest, build)[0], outDir, largest.name);
    const cold = await measureColdStart(work, settings, outDir, build);
    log('action figures (hook)');
    const action = await measureActionFigures({node: NODE, actionEntry: build.action, repository: REPOSITORY, prTree: trees.pr, apiTree: trees.api, rounds: settings.rounds, outDir, log});

    const rows = figures({scans, rss, cold, action, settings});
    process.stdout.write(`\nevidence-gate benchmark, ${settings.quick ? 'quick' : 'full'} mode: ${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version}\n\n`);
    process.stdout.write(`${renderTable(rows)}\n\nMedians (s) of ${settings.rounds} whole-process runs:\n\n${mediansTable(scans)}\n`);
    // The smoke run (CI) writes beside the committed results, not over them.
    const destination = settings.quick ? join(BENCH, 'results') : BENCH;
    mkdirSync(destination, {recursive: true});
    writeFileSync(join(destination, 'results.json'), `${JSON.stringify(resultsJson({settings, scans, rss, cold, action, rows, started, build}), null, 2)}\n`);
    writeFileSync(join(destination, 'chart.svg'), chart(scans, settings));
    log(`wrote ${join(destination, 'results.json')} and chart.svg`);

    const failed = scans.flatMap(({checks}) => checks).filter((check) => !check.ok);
    if (failed.length > 0) {
      for (const check of failed) log(`PEER CHECK FAILED: ${check.tool} on ${check.tree}: ${check.detail}`);
      process.exitCode = 1;
    }
  } finally {
    removeStockModules();
    cleanUp();
  }
}

main().catch((error) => {
  log(`benchmark failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
