import {open, stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import type {Finding} from '../model/types.js';

export type ReadResult = {ok: true; text: string} | {ok: false; finding: Finding};

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false});

/** A report's size in bytes, 0 when it cannot be read (reading it then reports why). */
export async function reportSize(root: string, path: string): Promise<number> {
  try {
    return (await stat(resolve(root, path))).size;
  } catch {
    return 0;
  }
}

/**
 * Reads a report as UTF-8 text. A file larger than `maxSize` is refused without being read; a
 * binary file (a NUL byte) or invalid UTF-8 is refused with the line where the bad byte is.
 */
export async function readReport(root: string, path: string, maxSize: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(resolve(root, path), 'r');
    const {size} = await handle.stat();
    if (size > maxSize) {
      return refuse('report-too-large', 1, `Report is ${formatBytes(size)}, over the ${formatBytes(maxSize)} limit (\`max-report-size\`); it was not read. Split it, or raise the limit in the policy.`);
    }
    const bytes = await handle.readFile();
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      return refuse('report-unreadable', lineAt(bytes, nul), 'Report contains a NUL byte: it is binary, not Markdown. Remove it from the report globs, or replace it with the real report.');
    }
    try {
      return {ok: true, text: decoder.decode(bytes)};
    } catch {
      const bad = firstInvalidUtf8(bytes);
      return refuse('report-unreadable', lineAt(bytes, bad), `Report is not valid UTF-8 (byte ${bad}). Save it as UTF-8.`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return refuse('report-unreadable', 1, `Report could not be read (${code}).`);
  } finally {
    await handle?.close();
  }
}

function refuse(rule: 'report-too-large' | 'report-unreadable', line: number, message: string): ReadResult {
  return {ok: false, finding: {rule, severity: 'error', line, message}};
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return 0;
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / 1024 / 1024).toFixed(1)} MiB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${size} B`;
}
