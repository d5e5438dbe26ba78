import type { Browser, LaunchOptions } from 'playwright-core';

/** Debian's Chromium, used when installed and `CHROMIUM_PATH` is not set. */
export declare const systemChromium: string;
/** Flags for every test browser: headless, no sandbox, no network of its own. */
export declare const chromiumArgs: readonly string[];
/** Unpacks `@sparticuz/chromium`'s Chromium once per version into the temp dir and returns its path. */
export declare function npmChromium(): Promise<string>;
/** `CHROMIUM_PATH`, else `/usr/bin/chromium` when installed, else the npm-shipped Chromium. */
export declare function chromiumExecutable(): Promise<string>;
/** Launch options for playwright and `@vitest/browser-playwright`. */
export declare function chromiumLaunchOptions(): Promise<{
  executablePath: string;
  args: string[];
}>;
/** Starts the test Chromium with playwright-core; extra launch options are merged in. */
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
