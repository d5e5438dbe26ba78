// @ts-check
// Vitest global setup: packs and installs once for all test files of this workspace.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { installProject, packAll } from './pack.js';

const run = promisify(execFile);

/**
 * A feed of the sample dataset, built with the installed packages themselves (as `vielfalt index build`
 * does), for the pages in the browser.
 * @param {string} project
 * @param {string} file
 */
async function buildFeed(project, file) {
  const script = `
    import { writeFileSync } from 'node:fs';
    import { recklinghausenProfile } from '@vielfalt/model';
    import { recklinghausenSample } from '@vielfalt/sample-data';
    import { buildFeed } from '@vielfalt/search';
    const feed = buildFeed(recklinghausenSample, recklinghausenProfile);
    writeFileSync(process.argv[1], JSON.stringify(feed));
  `;
  await run(process.execPath, ['--input-type=module', '-e', script, file], { cwd: project });
}

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const work = mkdtempSync(join(tmpdir(), 'vielfalt-consumer-run-'));
  const packed = await packAll(work);
  const packedAfter = seconds();
  const installed = await installProject(packed);
  const installedAfter = seconds();
  const feed = join(work, 'feed.json');
  await buildFeed(installed.project, feed);
  writeFileSync(join(work, 'packed.json'), JSON.stringify(packed, null, 2));
  console.info(
    `consumer stage: ${packed.length} packages packed after ${packedAfter}, ` +
      `${installed.reused ? 'the installed project of the same tarballs reused' : 'installed'} after ${installedAfter}, ` +
      `feed built after ${seconds()} (${installed.project})`,
  );
  project.provide('consumer', { project: installed.project, work, feed, packed });
  return () => rmSync(work, { recursive: true, force: true });
}
