/**
 * Tiny static server for dist/ on 127.0.0.1 (random port), used by the browser tests. Like the
 * static hosts we target, it sends the headers that dist/_headers lists, so the pages run under
 * the header CSP as well as their <meta> one.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { matchesPattern, parseHeadersFile } from '../../src/lib/csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

export async function serve(root: string): Promise<Served> {
  const headersPath = path.join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const headersFor = (pathname: string) =>
    Object.assign({}, ...rules.filter((r) => matchesPattern(r.pattern, pathname)).map((r) => r.headers)) as Record<string, string>;
  const server: Server = createServer(async (req, res) => {
    try {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      let p = path.join(root, decodeURIComponent(u.pathname));
      if (!p.startsWith(root)) throw new Error('outside root');
      if ((await stat(p).catch(() => null))?.isDirectory()) p = path.join(p, 'index.html');
      const body = await readFile(p);
      res.writeHead(200, { ...headersFor(u.pathname), 'content-type': TYPES[path.extname(p)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const body = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { ...headersFor('/404.html'), 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
