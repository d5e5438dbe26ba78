import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { writeAtomically } from './write-atomically.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-write-'));
});

describe('writeAtomically', () => {
  test('creates missing directories and replaces an existing file, leaving no temporary file', async () => {
    const target = join(dir, 'a', 'b', 'out.json');
    await writeAtomically(target, 'first');
    await writeAtomically(target, 'second');
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['out.json']);
  });

  test('leaves the target and the directory as they were when the write fails', async () => {
    // A directory where the file should go: the rename fails after the temporary file was written.
    await writeFile(join(dir, 'keep.txt'), 'ORIGINAL');
    const blocked = join(dir, 'blocked');
    await writeAtomically(join(blocked, 'inner.txt'), 'x');
    await expect(writeAtomically(blocked, 'new')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'keep.txt']);
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe('ORIGINAL');
  });
});
