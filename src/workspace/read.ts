import {closeSync, constants, fstatSync, openSync, readFileSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import type {FileResolver} from '../checks/resolver.js';
import type {Finding, RuleId} from '../model/types.js';

export type ReadResult = {ok: true; text: string} | {ok: false; finding: Finding};

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false});

/*
 * Reports are read synchronously: a scan reads thousands of small local files, and each
 * asynchronous open, stat, read and close is a round trip through the thread pool that costs more
 * than the read itself (the `changed` scope reads every report to search its text).
 */

/** Whether the report path leads out of the root (the resolver walks it one segment at a time with `lstat`). */
const leadsOutside = (resolver: FileResolver, path: string) => resolver.kind(path.split('\\').join('/')) === 'outside';

/**
 * A report's size in bytes, 0 when it cannot be read (reading it then reports why). `resolver`
 * (the workspace's, whose `lstat`s are cached) keeps reports behind a link out of the root unstat'ed.
 */
export function reportSize(resolver: FileResolver, root: string, path: string): number {
  try {
    if (leadsOutside(resolver, path)) return 0;
    return statSync(resolve(root, path)).size;
  } catch {
    return 0;
  }
}

/** A report's bytes, checked for everything but their being UTF-8: what the `changed` scope searches before it decodes. */
export type RawReport = {ok: true; bytes: Buffer} | {ok: false; finding: Finding};

/**
 * Reads a report's bytes. A report that leads out of the repository through a symbolic link
 * (worked out one segment at a time with `lstat` by `resolver`) is refused without being opened; a
 * file larger than `maxSize` is refused without being read; a binary file (a NUL byte) or UTF-16 is
 * refused with the line where the bad byte is. Whether the bytes are UTF-8 is `decodeReport`'s to say.
 */
export function readReportBytes(resolver: FileResolver, root: string, path: string, maxSize: number): RawReport {
  if (leadsOutside(resolver, path)) {
    return refuse(
      'path-outside-root',
      1,
      'Report is a symbolic link (or lies under one) that leads out of the repository, or loops: it was not read. Only files inside the repository are evidence.',
    );
  }
  let fd: number | undefined;
  try {
    // Non-blocking, so a FIFO named like a report cannot stall the run; it is refused below.
    fd = openSync(resolve(root, path), constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refuse('report-unreadable', 1, 'Report is not a regular file (a FIFO, socket or device): it was not read.');
    const {size} = stats;
    if (size > maxSize) {
      return refuse('report-too-large', 1, `Report is ${formatBytes(size)}, over the ${formatBytes(maxSize)} limit (\`max-report-size\`); it was not read. Split it, or raise the limit in the policy.`);
    }
    const bytes = readFileSync(fd);
    if (utf16(bytes)) {
      return refuse('report-unreadable', 1, 'Report is UTF-16 text, not UTF-8: it was not verified. Save it as UTF-8.');
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      return refuse('report-unreadable', lineAt(bytes, nul), 'Report contains a NUL byte: it is binary, not Markdown. Remove it from the report globs, or replace it with the real report.');
    }
    return {ok: true, bytes};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return refuse('report-unreadable', 1, `Report could not be read (${code}).`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A report's text from its bytes; invalid UTF-8 is refused with the line where the bad byte is. */
export function decodeReport(raw: RawReport): ReadResult {
  if (!raw.ok) return raw;
  try {
    return {ok: true, text: decoder.decode(raw.bytes)};
  } catch {
    const bad = firstInvalidUtf8(raw.bytes);
    return refuse('report-unreadable', lineAt(raw.bytes, bad), `Report is not valid UTF-8 (byte ${bad}). Save it as UTF-8.`);
  }
}

/** Reports read before they are asked for, while the caller waits on something else. */
export interface ReadAhead {
  /** The report as read ahead, once (its bytes are then let go), or undefined if it was not reached. */
  take(path: string): RawReport | undefined;
  /** Reads no further. */
  stop(): void;
}

/** Reports read ahead per turn of the event loop: few enough that an answer awaited is handled at once. */
const READ_AHEAD_TURN = 16;

/**
 * Reads `paths` in order, a few per turn of the event loop, until `stop()` or until `budgetBytes`
 * are held. The Action uses it while it waits for the pull request's file list: the `changed`
 * scope searches every report's bytes, and reading thousands of files is most of the time that
 * search costs, so it is spent while the thread would otherwise be idle. Bytes, not text: they are
 * held outside the JavaScript heap, and only the reports the search selects are decoded.
 */
export function readAhead(read: (path: string) => RawReport, paths: readonly string[], budgetBytes: number): ReadAhead {
  const held = new Map<string, RawReport>();
  let next = 0;
  let bytes = 0;
  let timer: NodeJS.Immediate | undefined;
  const turn = () => {
    for (const end = Math.min(next + READ_AHEAD_TURN, paths.length); next < end && bytes < budgetBytes; next++) {
      const result = read(paths[next]);
      held.set(paths[next], result);
      if (result.ok) bytes += result.bytes.length;
    }
    timer = next < paths.length && bytes < budgetBytes ? setImmediate(turn) : undefined;
  };
  timer = setImmediate(turn);
  return {
    take(path) {
      const result = held.get(path);
      held.delete(path);
      return result;
    },
    stop() {
      if (timer) clearImmediate(timer);
      timer = undefined;
    },
  };
}

function refuse(rule: Extract<RuleId, 'report-too-large' | 'report-unreadable' | 'path-outside-root'>, line: number, message: string): {ok: false; finding: Finding} {
  return {ok: false, finding: {rule, severity: 'error', line, message}};
}

/** A UTF-16 byte order mark: such a file is full of NUL bytes, but it is text in the wrong encoding. */
function utf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** The line of a byte offset, counting line ends as Markdown does: LF, CRLF and a lone CR. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
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
