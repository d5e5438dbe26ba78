import { execFile } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A package packed by `npm pack`, ready to be served. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  readonly integrity: string;
  readonly shasum: string;
  /** The package.json the tarball carries. */
  readonly manifest: Record<string, unknown>;
}

interface NpmPackResult {
  name: string;
  version: string;
  filename: string;
  integrity: string;
  shasum: string;
}

/**
 * Packs a package directory with `npm pack` (so exactly the published files go in) into `destination`.
 * The package must be built: `npm pack` does not build.
 */
export async function packPackage(packageDir: string, destination: string): Promise<PackedPackage> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: packageDir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [result] = JSON.parse(stdout) as NpmPackResult[];
  if (!result) throw new Error(`npm pack printed no result for ${packageDir}`);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return {
    name: result.name,
    version: result.version,
    tarball: join(destination, result.filename),
    integrity: result.integrity,
    shasum: result.shasum,
    manifest,
  };
}

/** A running registry; `url` ends with a slash, as npm expects. */
export interface LocalRegistry {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves packed packages the way the npm registry does (packument per name, tarball per file) on
 * 127.0.0.1 with an ephemeral port. Point one scope at it (`npm_config_@scope:registry`) and
 * `npm install @scope/name` installs the local build while every other package still comes from the
 * real registry: the reader's commands run unchanged.
 */
export async function startLocalRegistry(
  packages: readonly PackedPackage[],
): Promise<LocalRegistry> {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const byFile = new Map(
    packages.map((pkg) => [`${pkg.name.replace('/', '-')}-${pkg.version}.tgz`, pkg]),
  );
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).slice(
      1,
    );
    const tarball = path.startsWith('-/tarballs/')
      ? byFile.get(path.slice('-/tarballs/'.length))
      : undefined;
    if (tarball) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      createReadStream(tarball.tarball).pipe(response);
      return;
    }
    const pkg = byName.get(path);
    if (!pkg) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: `not found: ${path}` }));
      return;
    }
    const base = `http://${request.headers.host ?? '127.0.0.1'}/`;
    const file = `${pkg.name.replace('/', '-')}-${pkg.version}.tgz`;
    const version = {
      ...pkg.manifest,
      _id: `${pkg.name}@${pkg.version}`,
      dist: { tarball: `${base}-/tarballs/${file}`, integrity: pkg.integrity, shasum: pkg.shasum },
    };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        name: pkg.name,
        'dist-tags': { latest: pkg.version },
        versions: { [pkg.version]: version },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
