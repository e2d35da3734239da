import {setImmediate as nextTurn} from 'node:timers/promises';
import {describe, expect, it} from 'vitest';
import {readAhead, type RawReport} from '../src/workspace/read.js';

/** A reader that records what it was asked for; `bad.md` cannot be read. */
function recordingReader() {
  const asked: string[] = [];
  const read = (path: string): RawReport => {
    asked.push(path);
    return path === 'bad.md' ? {ok: false, finding: {rule: 'report-unreadable', severity: 'error', line: 1, message: 'no'}} : {ok: true, bytes: Buffer.from(`# ${path}\n`)};
  };
  return {asked, read};
}

const paths = Array.from({length: 40}, (_, i) => `r${String(i).padStart(2, '0')}.md`);

describe('readAhead', () => {
  it('reads nothing at once, then the paths in order a few per turn of the event loop', async () => {
    const {asked, read} = recordingReader();
    const ahead = readAhead(read, paths, 1e9);
    expect(asked).toEqual([]);
    await nextTurn();
    expect(asked).toEqual(paths.slice(0, 16));
    await nextTurn();
    await nextTurn();
    expect(asked).toEqual(paths);
    ahead.stop();
  });

  it('gives each report once, as read, and then lets it go', async () => {
    const {read} = recordingReader();
    const ahead = readAhead(read, ['a.md', 'bad.md'], 1e9);
    await nextTurn();
    expect(ahead.take('a.md')).toEqual({ok: true, bytes: Buffer.from('# a.md\n')});
    expect(ahead.take('a.md')).toBeUndefined();
    expect(ahead.take('bad.md')).toMatchObject({ok: false, finding: {rule: 'report-unreadable'}});
    expect(ahead.take('never-listed.md')).toBeUndefined();
  });

  it('reads no further once stopped', async () => {
    const {asked, read} = recordingReader();
    const ahead = readAhead(read, paths, 1e9);
    await nextTurn();
    ahead.stop();
    await nextTurn();
    await nextTurn();
    expect(asked).toHaveLength(16);
    expect(ahead.take(paths[20])).toBeUndefined();
  });

  it('holds no more bytes than its budget', async () => {
    const {asked, read} = recordingReader();
    // Each report is 8 bytes: the third read passes 20, and reading stops there.
    readAhead(read, paths, 20);
    for (let turn = 0; turn < 4; turn++) await nextTurn();
    expect(asked).toEqual(paths.slice(0, 3));
  });
});
