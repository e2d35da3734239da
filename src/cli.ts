#!/usr/bin/env node
import {parseArgs} from 'node:util';
import {resolve} from 'node:path';
import type {RunSetting} from './checks/facts.js';
import {verify} from './engine.js';
import {BadCredentialsError} from './github/errors.js';
import {analyserFor, isAnalyserWorker, serveAnalyserWorker} from './parse/pool.js';
import {PolicyError} from './policy/error.js';
import {resolvePolicy} from './policy/policy.js';
import {renderJsonChunks} from './render/json.js';
import {renderSummary} from './render/markdown.js';
import {renderText} from './render/text.js';
import {VERSION} from './version.js';
import {DiscoveryError, discoverReports} from './workspace/discover.js';
import {loadPolicyFile} from './workspace/policy-file.js';
import {createFileResolver} from './workspace/resolver.js';

const USAGE = `Usage: evidence-gate [--root DIR] [--config FILE] [--format text|json|markdown] [--offline] [--fail-on error|warning] [PATH|GLOB ...]

Verifies governance evidence reports: claimed files exist, gates pass, cited CI runs are real.
Exit 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage or policy error.

  --root DIR         repository root (default: current directory)
  --config FILE      policy file, relative to the root (default: .github/evidence-gate.yml if present)
  --format FORMAT    text (default), json or markdown
  --offline          do not look up cited runs and PRs (runs are then run-unverified notices);
                     without --offline they are looked up when $GITHUB_TOKEN (or $GH_TOKEN) and
                     the repository are set, through $GITHUB_API_URL (default https://api.github.com)
  --fail-on LEVEL    error (default) or warning
  --repository O/R   the repository the reports belong to (default: $GITHUB_REPOSITORY), so runs
                     cited from other repositories are reported
  --server-url URL   the GitHub server (default: $GITHUB_SERVER_URL or https://github.com)
  --version, --help`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: {type: 'string'},
        config: {type: 'string'},
        format: {type: 'string', default: 'text'},
        offline: {type: 'boolean', default: false},
        'fail-on': {type: 'string', default: 'error'},
        repository: {type: 'string'},
        'server-url': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const {values, positionals} = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown') return usageError(`--format must be text, json or markdown, not "${format}"`);
  const failOn = values['fail-on'];
  if (failOn !== 'error' && failOn !== 'warning') return usageError(`--fail-on must be error or warning, not "${failOn}"`);
  const root = resolve(values.root ?? '.');

  try {
    const policyFile = await loadPolicyFile(root, values.config);
    const policy = resolvePolicy(policyFile?.value);
    const reports = await discoverReports({
      root,
      patterns: positionals.length > 0 ? positionals : policy.reports,
      exclude: policy.exclude,
      strict: positionals.length > 0 || policyFile?.value.reports !== undefined,
      origin: positionals.length === 0 && policyFile?.value.reports !== undefined ? {file: policyFile.file, lines: policyFile.reportLines} : undefined,
    });
    const serverUrl = values['server-url'] ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const setting: RunSetting = {
      repository: values.repository ?? (process.env.GITHUB_REPOSITORY || undefined),
      serverHost: hostOf(serverUrl),
      allowedRepositories: policy.allowedRepositories,
    };
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    const online = !values.offline && !!token && !!setting.repository;
    const github = online ? await import('./github/index.js') : undefined;
    const client = github?.createGitHubClient({token: token!, baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'});
    const result = await verify({
      root,
      policy,
      policyFile,
      reports,
      resolver: createFileResolver(root),
      failOn,
      analyser: (totalBytes) => analyserFor(policy, process.argv[1], totalBytes),
      runs: async (models) => (github && client ? github.gatherFacts(models, {client, setting}) : setting),
      skipped: online
        ? []
        : [`CI runs and pull requests were not looked up: ${values.offline ? '--offline' : 'set GITHUB_TOKEN and --repository to verify them'}.`],
    });
    if (!setting.repository) {
      // GitHub file links are checked only against the repository being verified, which is not known here.
      const links = result.reports.reduce((sum, report) => sum + (report.model?.files.filter((file) => file.repository !== undefined).length ?? 0), 0);
      if (links > 0) result.skipped.push(`${links} GitHub file link${links === 1 ? ' was' : 's were'} not checked: pass --repository (or set GITHUB_REPOSITORY) to check those of this repository.`);
    }
    if (format === 'json') for (const chunk of renderJsonChunks(result)) process.stdout.write(chunk);
    else process.stdout.write(format === 'markdown' ? renderSummary(result) : renderText(result));
    return result.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof PolicyError || error instanceof DiscoveryError || error instanceof BadCredentialsError) {
      process.stderr.write(`evidence-gate: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    throw new DiscoveryError(`--server-url is not a URL: ${url}`);
  }
}

function usageError(message: string): number {
  process.stderr.write(`evidence-gate: ${message}\n\n${USAGE}\n`);
  return 2;
}

if (isAnalyserWorker()) {
  serveAnalyserWorker();
} else {
  // A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go, and the run
  // still ends with its verdict's exit code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`evidence-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
