import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { packPackage, startLocalRegistry } from './local-registry.js';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'vf-registry-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('startLocalRegistry', () => {
  it('lets npm install a packed scoped package, its files and its bin, by name', async () => {
    const source = join(scratch, 'source');
    mkdirSync(join(source, 'bin'), { recursive: true });
    writeFileSync(
      join(source, 'package.json'),
      JSON.stringify({
        name: '@fixture/hello',
        version: '1.2.3',
        type: 'module',
        bin: { hello: './bin/hello.js' },
        files: ['bin'],
      }),
    );
    writeFileSync(join(source, 'bin', 'hello.js'), "#!/usr/bin/env node\nconsole.log('hallo');\n");
    const packed = await packPackage(source, scratch);
    expect(packed).toMatchObject({ name: '@fixture/hello', version: '1.2.3' });

    const registry = await startLocalRegistry([packed]);
    try {
      const project = join(scratch, 'project');
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), '{"name":"project","private":true}');
      const env = { ...process.env, 'npm_config_@fixture:registry': registry.url };
      await run('npm', ['install', '@fixture/hello', '--no-audit', '--no-fund'], {
        cwd: project,
        env,
      });
      const installed = JSON.parse(
        readFileSync(join(project, 'node_modules/@fixture/hello/package.json'), 'utf8'),
      );
      expect(installed.version).toBe('1.2.3');
      const { stdout } = await run('npx', ['--no-install', 'hello'], { cwd: project, env });
      expect(stdout.trim()).toBe('hallo');
    } finally {
      await registry.close();
    }
  });

  it('answers 404 for a package it does not hold', async () => {
    const registry = await startLocalRegistry([]);
    try {
      const response = await fetch(`${registry.url}@fixture%2fmissing`);
      expect(response.status).toBe(404);
    } finally {
      await registry.close();
    }
  });
});
