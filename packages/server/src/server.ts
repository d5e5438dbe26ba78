import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CountyProfile } from '@vielfalt/model';
import { defaultServerConfig, type ServerConfig, type ServerContext } from './context.js';
import { createRequestHandler } from './http/handler.js';
import { route, type Route } from './http/route.js';
import { openApiDocument } from './openapi.js';
import { consoleMailer, type Mailer } from './reminders/mailer.js';
import { apiRoutes } from './routes/index.js';
import { createOfferIndexSearch } from './search/offer-index.js';
import type { SearchProvider } from './search/provider.js';
import type { Store } from './store/store.js';

/** Options of {@link createServer}. */
export interface CreateServerOptions {
  /** The store to serve (see `openStore`). */
  store: Store;
  /** The county profile: offer search and feeds use its municipalities, fields of action and taxonomies. */
  profile: CountyProfile;
  /** Search engine; default `@vielfalt/search` in process. */
  search?: SearchProvider;
  /** Mailer for reminders; default the console. */
  mailer?: Mailer;
  /** Limits and switches; unset ones keep {@link defaultServerConfig}. */
  config?: Partial<ServerConfig>;
}

/** A created, not yet listening server. */
export interface VielfaltServer {
  /** The Node HTTP server (for `listen`, or to mount in a test). */
  http: Server;
  /** The services the routes use. */
  context: ServerContext;
  /** The OpenAPI 3.1 document served at `/openapi.json`. */
  openApi: Record<string, unknown>;
  /** Listens on `port` (0 for any free one) and `host` (default 127.0.0.1); resolves with the URL. */
  listen(port?: number, host?: string): Promise<string>;
  /**
   * Stops taking connections, lets running requests finish (up to `graceMs`), then closes the store.
   * Called on SIGTERM by `vielfalt serve`.
   */
  close(graceMs?: number): Promise<void>;
}

/** Creates the offer database service over a store. */
export function createServer(options: CreateServerOptions): VielfaltServer {
  const context: ServerContext = {
    store: options.store,
    profile: options.profile,
    search: options.search ?? createOfferIndexSearch(options.store, options.profile),
    mailer: options.mailer ?? consoleMailer(),
    config: { ...defaultServerConfig, ...options.config },
  };
  const openApi = openApiDocument(apiRoutes, {
    title: `vielfalt API (${options.profile.county.name})`,
    version: '1',
  });
  const openApiRoute: Route = route({
    method: 'GET',
    path: '/openapi.json',
    access: 'public',
    tag: 'operations',
    summary: 'This API as an OpenAPI 3.1 document',
    async handler() {
      return { body: openApi };
    },
  });
  const http = createHttpServer(createRequestHandler(context, [openApiRoute, ...apiRoutes]));
  // Longer than the idle timeout of common load balancers (60 s), so the balancer, not this server,
  // closes idle connections and never sends a request into a socket being closed.
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  http.requestTimeout = 120_000;
  return {
    http,
    context,
    openApi,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          resolve(
            `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`,
          );
        });
      });
    },
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const timer = setTimeout(() => http.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await context.search.close?.();
      await context.store.close();
    },
  };
}
