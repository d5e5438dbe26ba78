import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Names a Chromium or Chrome goes by on a system's `PATH`, tried in this order. */
const systemNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where a Chromium or Chrome sits when it is not on `PATH` (macOS installs apps outside it). */
const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Where the browser was found, so an error can say which one failed to start. */
export type ChromiumSource = '--chromium' | 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

/** A browser to launch and where it was found. */
export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

/** What the lookup reads from the machine; tests pass their own. */
export interface ChromiumSearch {
  /** The path given with `--chromium`, which wins over everything else. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  /** The executable unpacked from `@sparticuz/chromium`, or null when that package is not installed. */
  npmChromium?: () => Promise<string | null>;
}

/**
 * Unpacks the headless Chromium of the optional `@sparticuz/chromium` package (a browser shipped on npm,
 * for machines where none can be installed) and returns its path; null when the package is not installed.
 */
async function sparticuzChromium(): Promise<string | null> {
  let module: { default: { executablePath(): Promise<string> } };
  try {
    // A variable specifier, so neither TypeScript nor the bundler requires the optional package.
    const name = '@sparticuz/chromium';
    module = (await import(name)) as typeof module;
  } catch {
    return null;
  }
  return module.default.executablePath();
}

/**
 * Finds the Chromium that prints PDFs: `--chromium`, then `CHROMIUM_PATH`, then a Chromium or Chrome of
 * the system, then the one in `@sparticuz/chromium` if installed; null when there is none. Nothing is downloaded: a CLI run on a
 * county's server must not fetch a browser behind its admin's back.
 */
export async function findChromium(search: ChromiumSearch = {}): Promise<FoundChromium | null> {
  const env = search.env ?? process.env;
  const exists = search.exists ?? existsSync;
  if (search.flag) return { path: search.flag, source: '--chromium' };
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return { path: fromEnv, source: 'CHROMIUM_PATH' };
  const onPath = (env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => systemNames.map((name) => join(dir, name)));
  const candidates = [...new Set([...onPath, ...systemPaths])];
  const system = candidates.find(exists);
  if (system) return { path: system, source: 'system' };
  const npm = await (search.npmChromium ?? sparticuzChromium)();
  if (npm) return { path: npm, source: '@sparticuz/chromium' };
  return null;
}
