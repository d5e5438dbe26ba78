import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';

/** A machine with exactly these files, this environment and, optionally, an npm Chromium. */
function machine(files: string[], env: NodeJS.ProcessEnv = {}, npm: string | null = null) {
  const lookedAt: string[] = [];
  return {
    lookedAt,
    search: {
      env,
      exists: (path: string) => {
        lookedAt.push(path);
        return files.includes(path);
      },
      npmChromium: () => Promise.resolve(npm),
    },
  };
}

describe('findChromium', () => {
  it('takes --chromium first, then CHROMIUM_PATH, without looking at the disk', async () => {
    const m = machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/env/chrome' }, '/tmp/npm');
    expect(await findChromium({ ...m.search, flag: '/opt/flag/chrome' })).toEqual({
      path: '/opt/flag/chrome',
      source: '--chromium',
    });
    expect(await findChromium(m.search)).toEqual({
      path: '/opt/env/chrome',
      source: 'CHROMIUM_PATH',
    });
    expect(m.lookedAt).toEqual([]);
  });

  it('finds a Chromium or Chrome on PATH before the fixed places', async () => {
    const m = machine(['/usr/bin/chromium', '/home/u/bin/google-chrome'], {
      PATH: '/home/u/bin:/usr/bin',
    });
    expect(await findChromium(m.search)).toEqual({
      path: '/home/u/bin/google-chrome',
      source: 'system',
    });
  });

  it('finds Debian’s Chromium without PATH, and an empty CHROMIUM_PATH counts as unset', async () => {
    const m = machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '' });
    expect(await findChromium(m.search)).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it('falls back to @sparticuz/chromium, and to nothing when that is not installed either', async () => {
    expect(await findChromium(machine([], { PATH: '/usr/bin' }, '/tmp/chromium').search)).toEqual({
      path: '/tmp/chromium',
      source: '@sparticuz/chromium',
    });
    expect(await findChromium(machine([], { PATH: '/usr/bin' }).search)).toBeNull();
  });
});
