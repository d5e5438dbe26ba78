import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'vf-api-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// typedoc.json treats warnings as errors and validates that every exported symbol is documented and every
// type a public signature names is exported; this keeps `npm run docs` clean between releases.
// TypeDoc compiles every package (about 90 s of CPU); on a busy 2-core machine that took almost 5 minutes.
it(
  'builds the API reference of every package without a warning',
  { timeout: 600_000 },
  async () => {
    const typedoc = join(root, 'node_modules/.bin/typedoc');
    const { stdout } = await promisify(execFile)(typedoc, ['--out', out, '--logLevel', 'Warn'], {
      cwd: root,
    });
    expect(stdout).not.toMatch(/warning|error/i);
  },
);
