/**
 * A tiny HTTP server that serves saved pages as if they came from their real sites.
 *
 * The browsers are started with this server as their HTTP proxy, so a request for
 * `http://www.die-nachrichten.at/welt/…` reaches us in absolute form (`GET http://host/path`)
 * and the page is served under its real origin — which is what the extension's content-script
 * match patterns need. Hosts that are not in the map get a fast 404; HTTPS (`CONNECT`) is refused
 * at once. Nothing ever goes to the network.
 *
 * With `{ https: true }` the server also answers HTTPS: a `CONNECT` (to port 443) is terminated
 * here with a throw-away self-signed certificate (made with `openssl` for this run; the browser
 * must be started with `acceptInsecureCerts`, see session.mjs), and the request inside is answered
 * like any other — the page for hosts in the map, a fast 404 for the rest. Needed for hosts on
 * Chromium's HSTS preload list (bbc.com, nytimes.com, theguardian.com, wikipedia.org …), which it
 * will not load over plain http.
 *
 *   const server = await startFixtureServer({
 *     'www.die-nachrichten.at': fixturePath('die-nachrichten-nordkorea.html'), // one file for every path
 *     'www.bbc.com': { '/news/article': fixturePath('real-pages/bbc-1.html') }, // path → file
 *     'static.example': '/some/directory',                                    // a directory, served as is
 *   });
 *   server.url('www.die-nachrichten.at', '/welt/nordkorea') // → http://www.die-nachrichten.at/welt/nordkorea
 *   server.port                                            // give to the browser as its proxy
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
 *   https: boolean,
 *   url: (host: string, path?: string, scheme?: 'http' | 'https') => string,
 *   close: () => Promise<void>,
 * }} FixtureServer
 */

/**
 * A self-signed certificate for `hosts`, made with the system's openssl (present wherever the
 * browsers are; nothing is downloaded). Valid for two days; the key never leaves this process.
 * @param {string[]} hosts
 */
function selfSignedCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'kontext-e2e-tls-'));
  try {
    const names = [...new Set(hosts.map((h) => h.toLowerCase()))];
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
        '-subj', '/CN=Kontext e2e fixture server',
        '-addext', `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(
      `The fixture server needs openssl to make a certificate for its HTTPS hosts (${error.message}). ` +
        'Install it with: apt-get install -y openssl',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts the server on 127.0.0.1 with a free port.
 * @param {Record<string, string | Record<string, string>>} hosts host → file, directory, or { path: file }
 * @param {{ https?: boolean }} [options] also serve the hosts over HTTPS (see above)
 * @returns {Promise<FixtureServer>}
 */
export async function startFixtureServer(hosts, { https = false } = {}) {
  const map = new Map(Object.entries(hosts).map(([host, target]) => [host.toLowerCase(), target]));
  /** @type {LoggedRequest[]} */
  const requests = [];

  /** @type {import('node:http').RequestListener} */
  const handler = async (req, res) => {
    const scheme = /** @type {any} */ (req.socket).encrypted ? 'https' : 'http';
    const log = (status) =>
      requests.push({ method: req.method ?? 'GET', url: req.url?.startsWith('/') ? `${scheme}://${req.headers.host}${req.url}` : (req.url ?? ''), status });
    try {
      // Proxy requests carry an absolute URL; direct ones (and HTTPS ones) a path and a Host header.
      const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
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
  };
  const server = createServer(handler);
  // HTTPS: the tunnel is terminated here, by an HTTPS server that never listens. Hosts outside the
  // map get their fast 404 over HTTPS too (a refused tunnel would make Firefox show an error page
  // in the page's frames, which WebDriver BiDi then reports as a failed navigation of the page).
  const tls = https ? createHttpsServer(selfSignedCertificate([...map.keys()]), handler) : undefined;
  tls?.on('tlsClientError', (_error, socket) => socket.destroy());
  // Without `https`: refuse HTTPS at once, so nothing waits on a tunnel.
  /** Open tunnels: the HTTP server no longer counts them, and `close` must not wait for them. */
  const tunnels = new Set();
  server.on('connect', (req, socket, head) => {
    // A tunnel's socket is ours alone: a browser that resets it (closing a tab) must not become an
    // uncaught ECONNRESET in the test process.
    socket.on('error', () => socket.destroy());
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    const port = (req.url ?? '').split(':')[1] ?? '443';
    if (tls && port === '443') {
      requests.push({ method: 'CONNECT', url: req.url ?? '', status: 200 });
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) socket.unshift(head);
      tls.emit('connection', socket);
      return;
    }
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
    https,
    url: (host, path = '/', scheme = 'http') => `${scheme}://${host}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise((resolveClose) => {
        tls?.closeAllConnections();
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
        server.close(() => resolveClose(undefined));
      }),
  };
}
