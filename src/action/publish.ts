import {closeSync, openSync, writeFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import * as core from '@actions/core';
import type {VerificationResult} from '../model/result.js';
import {toAnnotations} from '../render/annotations.js';
import {renderJsonChunks} from '../render/json.js';
import {renderSummary, type MarkdownContext} from '../render/markdown.js';

/** Annotations on the files and lines of every finding. */
export function annotate(result: VerificationResult): void {
  for (const {severity, message, ...properties} of toAnnotations(result)) {
    const annotate = severity === 'error' ? core.error : severity === 'warning' ? core.warning : core.notice;
    annotate(message, properties);
  }
}

/** The job summary: the full result, every finding (annotations show only about ten of a kind). */
export async function writeSummary(result: VerificationResult, context: MarkdownContext): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(renderSummary(result, context), true).write();
}

/**
 * The step's outputs. The JSON result and the rendered comment are written to files whose paths are
 * the `json` and `comment-file` outputs (the latter for commenting from a `workflow_run` workflow).
 */
export function setOutputs(result: VerificationResult, tempDir: string, comment: string): void {
  const jsonPath = join(tempDir, 'evidence-gate-result.json');
  const file = openSync(jsonPath, 'w');
  try {
    for (const chunk of renderJsonChunks(result)) writeSync(file, chunk);
  } finally {
    closeSync(file);
  }
  const commentPath = join(tempDir, 'evidence-gate-comment.md');
  writeFileSync(commentPath, comment);
  core.setOutput('comment-file', commentPath);
  core.setOutput('result', result.passed ? 'pass' : 'fail');
  core.setOutput('reports', String(result.counts.reports));
  core.setOutput('errors', String(result.counts.errors));
  core.setOutput('warnings', String(result.counts.warnings));
  core.setOutput('json', jsonPath);
}
