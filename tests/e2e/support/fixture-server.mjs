/**
 * A tiny HTTP server that serves saved pages as if they came from their real sites.
 *
 * The browsers are started with this server as their HTTP proxy, so a request for
 * `http://www.die-nachrichten.at/welt/…` reaches us in absolute form (`GET http://host/path`)
 * and the page is served under its real origin — which is what the extension's content-script
 * match patterns need. Hosts that are not in the map get a fast 404; HTTPS (`CONNECT`) is refused
 * at once. Nothing ever goes to the network.
 *
 *   const server = await startFixtureServer({
 *     'www.die-nachrichten.at': fixturePath('die-nachrichten-nordkorea.html'), // one file for every path
 *     'www.bbc.com': { '/news/article': fixturePath('real-pages/bbc-1.html') }, // path → file
 *     'static.example': '/some/directory',                                    // a directory, served as is
 *   });
 *   server.url('www.die-nachrichten.at', '/welt/nordkorea') // → http://www.die-nachrichten.at/welt/nordkorea
 *   server.port                                            // give to the browser as its proxy
 */
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is tests/e2e/support/fixture-server.mjs). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared fixtures: `../shared/fixtures` beside the repository (also on CI). */
export const fixturesDir = process.env.KONTEXT_FIXTURES_DIR
  ? resolve(process.env.KONTEXT_FIXTURES_DIR)
  : resolve(repoRoot, '../shared/fixtures');

/** Absolute path of a shared fixture; throws a readable error when it is missing. */
export function fixturePath(relative) {
  const path = join(fixturesDir, relative);
  if (!existsSync(path)) {
    throw new Error(
      `Fixture not found: ${path}\n` +
        `The e2e tests expect the shared fixtures at ../shared/fixtures beside the repository ` +
        `(or set KONTEXT_FIXTURES_DIR).`,
    );
  }
  return path;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Which file answers `pathname` on a host whose entry is `target`, or undefined.
 * @param {string | Record<string, string>} target
 * @param {string} pathname
 */
function resolveTarget(target, pathname) {
  if (typeof target === 'object') return target[pathname];
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isFile()) return target; // one page for every path of the host
  // A directory: static files below it, `index.html` for folders; never above it.
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = resolve(target, relative);
  if (file !== target && !file.startsWith(target + sep)) return undefined;
  const fileStat = statSync(file, { throwIfNoEntry: false });
  if (fileStat?.isDirectory()) return join(file, 'index.html');
  return fileStat ? file : undefined;
}

/**
 * @typedef {{ method: string, url: string, status: number }} LoggedRequest
 * @typedef {{
 *   port: number,
 *   proxy: string,
 *   requests: LoggedRequest[],
 *   url: (host: string, path?: string) => string,
 *   close: () => Promise<void>,
 * }} FixtureServer
 */

/**
 * Starts the server on 127.0.0.1 with a free port.
 * @param {Record<string, string | Record<string, string>>} hosts host → file, directory, or { path: file }
 * @returns {Promise<FixtureServer>}
 */
export async function startFixtureServer(hosts) {
  const map = new Map(Object.entries(hosts).map(([host, target]) => [host.toLowerCase(), target]));
  /** @type {LoggedRequest[]} */
  const requests = [];

  const server = createServer(async (req, res) => {
    const log = (status) => requests.push({ method: req.method ?? 'GET', url: req.url ?? '', status });
    try {
      // Proxy requests carry an absolute URL; direct ones a path and a Host header.
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const target = map.get(url.hostname.toLowerCase());
      const file = target === undefined ? undefined : resolveTarget(target, url.pathname);
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
        log(404);
        res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store', connection: 'close' });
        res.end('not served by the Kontext fixture server\n');
        return;
      }
      const body = await readFile(file);
      log(200);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      log(500);
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  // HTTPS through the proxy: refuse at once, so nothing waits on a tunnel.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '', status: 403 });
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const port = address.port;

  return {
    port,
    proxy: `http://127.0.0.1:${port}`,
    requests,
    url: (host, path = '/') => `http://${host}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}
