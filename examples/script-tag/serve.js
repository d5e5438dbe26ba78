// A plain static file server, as any CMS or web server would serve the page: files of this folder, nothing else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves `dir` on 127.0.0.1; resolves with the server and its URL. */
export function serveStatic(dir, port = 0) {
  const server = createServer(async (req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? 'index.html' : path);
    if (!file.startsWith(dir) || !(extname(file) in types)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': `${types[extname(file)]}; charset=utf-8` }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serveStatic(
    dirname(fileURLToPath(import.meta.url)),
    Number(process.env.PORT ?? 8080),
  );
  console.log(`Script-tag example: ${url}`);
}
