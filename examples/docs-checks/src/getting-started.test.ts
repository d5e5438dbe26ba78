// Follows docs/getting-started.md literally: every ```sh block runs, in page order, in one fresh folder,
// as an outside county developer would type it. `npm install @vielfalt/…` installs this checkout's packed
// packages through a local registry for the @vielfalt scope; everything else comes from the npm registry.
// Install scripts are skipped: the only one is better-sqlite3's native build (through @vielfalt/server),
// which no step of the guide uses and which, without access to its prebuilt binaries, compiles for minutes.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspacePackages } from '../../../scripts/lib/workspace.mjs';
import { shellBlocks } from './markdown-blocks.js';
import {
  packPackage,
  startLocalRegistry,
  type LocalRegistry,
  type PackedPackage,
} from './local-registry.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const guidePath = join(root, 'docs/getting-started.md');
const blocks = shellBlocks(readFileSync(guidePath, 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'vf-getting-started-'));
const home = join(scratch, 'home');
const state = join(scratch, 'cwd');
let registry: LocalRegistry | undefined;

beforeAll(async () => {
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  mkdirSync(home);
  const packages = workspacePackages(root).filter((pkg) => !pkg.private);
  const unbuilt = packages.filter((pkg) => !existsSync(join(pkg.dir, 'dist')));
  if (unbuilt.length > 0) {
    throw new Error(
      `Build first (npm run build); no dist/ in ${unbuilt.map((pkg) => pkg.name).join(', ')}`,
    );
  }
  const packed: PackedPackage[] = [];
  for (const pkg of packages) packed.push(await packPackage(pkg.dir, tarballs));
  registry = await startLocalRegistry(packed);
  writeFileSync(state, home);
});

afterAll(async () => {
  await registry?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs one block in the folder the previous block ended in, like one terminal session. */
function runBlock(code: string): Promise<{ code: number; output: string }> {
  const script = join(scratch, 'block.sh');
  writeFileSync(script, code);
  const env = {
    ...process.env,
    'npm_config_@vielfalt:registry': registry?.url ?? '',
    npm_config_ignore_scripts: 'true',
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    FORCE_COLOR: '0',
  };
  return new Promise((resolve) => {
    execFile(
      'bash',
      [
        '-c',
        'set -euo pipefail; cd "$(cat "$1")"; source "$2"; pwd > "$1"',
        'block',
        state,
        script,
      ],
      { env, maxBuffer: 64 * 1024 * 1024, timeout: 230_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('docs/getting-started.md', () => {
  it('has command blocks to follow, starting with an npm install', () => {
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.some((block) => /\bnpm install\b.*@vielfalt\//.test(block.code))).toBe(true);
  });

  for (const [index, block] of blocks.entries()) {
    it(`block ${index + 1} (line ${block.line}) runs and succeeds`, async () => {
      const result = await runBlock(block.code);
      expect(
        result.code,
        `block at line ${block.line} failed:\n${block.code}\n--- output ---\n${result.output}`,
      ).toBe(0);
    });
  }
});
