import { register } from 'node:module';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '@vielfalt/testing/chromium';

/*
 * npm nests vite 8 under vitest (the root's esbuild 0.25 does not satisfy vite's esbuild peer), so the copy of
 * @vitest/mocker nested under @vitest/browser-playwright cannot resolve `vite`. Until the root hoists vite, point
 * that one bare import at the vite vitest itself uses: same version, no download, reproducible under `npm ci`.
 */
const vitestEntry = pathToFileURL(
  createRequire(import.meta.url).resolve('vitest/package.json'),
).href;
register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(s, c, next) {
        if (s === 'vite' && c.parentURL && c.parentURL.includes('/@vitest/')) return next(s, { ...c, parentURL: ${JSON.stringify(vitestEntry)} });
        return next(s, c);
      }`,
    ),
);
const { playwright } = await import('@vitest/browser-playwright');

/** Offers the search test puts into the fake server's search API. */
let searchable: { texts: Record<string, { title: string }>; area: { ags?: string[] } }[] = [];

/**
 * Same-origin endpoints for tests: `/__vf/offers` accepts a POSTed JSON offer with 201; `/__vf/search` answers like
 * the server's `GET /api/v1/search` (q, municipality, page, pageSize) over offers POSTed to `/__vf/search-data`.
 */
const offerEndpoint: Plugin = {
  name: 'vf-test-offer-endpoint',
  configureServer(server) {
    server.middlewares.use('/__vf/search-data', (req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        searchable = JSON.parse(body);
        res.statusCode = 204;
        res.end();
      });
    });
    server.middlewares.use('/__vf/search', (req, res) => {
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const q = (query.get('q') ?? '').toLowerCase();
      const city = query.get('municipality');
      const page = Number(query.get('page') ?? 1);
      const pageSize = Number(query.get('pageSize') ?? 20);
      const found = searchable.filter(
        (o) =>
          Object.values(o.texts).some((t) => t.title.toLowerCase().includes(q)) &&
          (city === null || (o.area.ags ?? []).includes(city)),
      );
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          items: found.slice((page - 1) * pageSize, page * pageSize),
          total: found.length,
          page,
          pageSize,
          engine: 'test',
        }),
      );
    });
    server.middlewares.use('/__vf/offers', (req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        // The server's shape: the offer's content, without the id and status the server assigns.
        const offer = (() => {
          try {
            return JSON.parse(body) as Record<string, unknown>;
          } catch {
            return undefined;
          }
        })();
        // A new offer is POSTed to the endpoint, an edited one PUT to `<endpoint>/<id>`.
        const path = req.url ?? '/';
        const route =
          (req.method === 'POST' && (path === '/' || path.startsWith('/?'))) ||
          (req.method === 'PUT' && /^\/[a-z0-9-]+$/.test(path));
        const ok =
          route &&
          req.headers['content-type'] === 'application/json' &&
          offer !== undefined &&
          'texts' in offer &&
          !('id' in offer) &&
          !('status' in offer);
        res.statusCode = ok ? 201 : 400;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ ok }));
      });
    });
  },
};

/** Real headless Chromium (system or npm-shipped, never a downloaded one): one instance, test files one after another. */
const browser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: await chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
};

/**
 * `npm test` runs `elements` (one browser test file per element) and `elements-node` (size share, the CDN file
 * end to end). `elements-bench`, `elements-docs` and `elements-size` run only through `npm run bench`,
 * `npm run screenshots` and `npm run size`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: ['@vielfalt/source'] },
        plugins: [offerEndpoint],
        // Pre-bundled up front: discovering them mid-run makes Vite reload the page under a running test.
        optimizeDeps: {
          include: [
            'axe-core',
            'fast-check',
            'lit',
            'lit/decorators.js',
            'lit/directives/style-map.js',
            'zod',
          ],
        },
        test: {
          name: 'elements',
          dir: './src',
          include: ['**/*.test.ts'],
          exclude: ['**/*.node.test.ts'],
          // Generous: ~9 agents share two cores, and a first import() of a chunk goes through Vite. A test
          // that loops over the 63 XSS payloads, mounting an element each time, sets its own, longer limit.
          testTimeout: 45_000,
          hookTimeout: 45_000,
          fileParallelism: false,
          browser,
        },
      },
      {
        resolve: { conditions: ['@vielfalt/source'] },
        ssr: {
          resolve: { conditions: ['@vielfalt/source'], externalConditions: ['@vielfalt/source'] },
        },
        test: {
          name: 'elements-node',
          dir: './src',
          include: ['**/*.node.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        resolve: { conditions: ['@vielfalt/source'] },
        optimizeDeps: {
          include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', 'zod'],
        },
        test: {
          name: 'elements-bench',
          dir: './bench',
          include: ['*.bench.test.ts'],
          testTimeout: 300_000,
          browser,
        },
      },
      {
        resolve: { conditions: ['@vielfalt/source'] },
        plugins: [offerEndpoint],
        optimizeDeps: {
          include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', 'zod'],
        },
        test: {
          name: 'elements-docs',
          dir: './bench',
          include: ['*.docs.test.ts'],
          testTimeout: 120_000,
          browser,
        },
      },
    ],
  },
});
