import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium } from 'playwright-core';

/** Debian's Chromium, used when installed and `CHROMIUM_PATH` is not set. */
export const systemChromium = '/usr/bin/chromium';

/**
 * Flags for every test browser: headless, no sandbox (CI runs as root), and nothing that talks to the network
 * on its own. `@sparticuz/chromium`'s own `args` are not used: its `--single-process` closes the browser when
 * a second page opens, and its `--disable-web-security` would hide CORS and CSP mistakes from our tests.
 */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

const require = createRequire(import.meta.url);

/**
 * Unpacks the headless Chromium shipped in `@sparticuz/chromium` once per version into the temp dir and returns
 * its path. The package's own `executablePath()` writes straight to `<tmp>/chromium`, so two test processes
 * starting at once could launch a half-written file; here each writes a file of its own and renames it into
 * place, which is atomic.
 */
export async function npmChromium() {
  const packageDir = join(dirname(require.resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const dir = join(tmpdir(), `vielfalt-chromium-${version}`);
  const executable = join(dir, 'chromium');
  if (existsSync(executable)) return executable;
  await mkdir(dir, { recursive: true });
  const partial = `${executable}.${process.pid}-${randomBytes(4).toString('hex')}.part`;
  try {
    await pipeline(
      createReadStream(join(packageDir, 'bin', 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    await rename(partial, executable);
  } finally {
    await rm(partial, { force: true });
  }
  return executable;
}

/**
 * The Chromium the tests launch: `CHROMIUM_PATH` when set (and not empty), else Debian's `/usr/bin/chromium`
 * when installed, else the one shipped in `@sparticuz/chromium` (so a machine with only Node runs the browser
 * tests too).
 */
export async function chromiumExecutable() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  if (existsSync(systemChromium)) return systemChromium;
  return npmChromium();
}

/** Launch options for playwright (`chromium.launch()` or `@vitest/browser-playwright`'s `launchOptions`). */
export async function chromiumLaunchOptions() {
  return { executablePath: await chromiumExecutable(), args: [...chromiumArgs] };
}

/** Starts the test Chromium with playwright-core; extra launch options are merged in. */
export async function launchChromium(options = {}) {
  const base = await chromiumLaunchOptions();
  return chromium.launch({ ...base, ...options, args: [...base.args, ...(options.args ?? [])] });
}
