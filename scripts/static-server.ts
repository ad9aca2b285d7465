/**
 * The one static file server of the scripts and the tests: serves a folder as a plain static host
 * would (a sub-folder of the host when `base` is given, text compressed when `gzip` is set), so
 * what is measured or tested is the built site as visitors get it.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
};

export interface StaticServer {
  /** The folder served. */
  root: string;
  /** The site's address, ending in `base`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The path the site lives under, like a host's sub-folder (default "/"). */
  base?: string;
  /** Compress responses, as real hosts do (Lighthouse then measures real transfer sizes). */
  gzip?: boolean;
  /** A Cache-Control header (default "no-cache": every test sees the files as they are now). */
  cacheControl?: string;
  /** A port of its own (default: any free port). */
  port?: number;
}

export async function serveFolder(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const { base = '/', gzip = false, cacheControl = 'no-cache', port = 0 } = options;
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const path = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    root,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A fresh copy of a built site in test-results/<name>, so a test or a script can change files in it. */
export function copyOfBuild(name: string, dist = 'dist'): string {
  const root = resolve('test-results', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(resolve(dist), root, { recursive: true });
  return root;
}

/** A copy of the production build, served in its own folder (below `base`, like a host's sub-folder). */
export function serveCopyOfBuild(name: string, base = '/'): Promise<StaticServer> {
  return serveFolder(copyOfBuild(name), { base });
}
