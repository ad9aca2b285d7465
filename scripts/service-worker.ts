/**
 * Writes dist/sw.js after the prerender: a service worker that keeps the site working offline after
 * one visit. It precaches the page, the data files and the assets, each with a revision; a new
 * build with changed data changes sw.js, so the next online visit installs the new version, and the
 * open page refetches its data (see register-service-worker.ts).
 *
 *   tsx scripts/service-worker.ts [dist folder]
 */
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = resolve(process.argv[2] ?? 'dist');
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: [
    'index.html',
    'papers/*/index.html',
    'data/*.json',
    'assets/**/*.{js,css}',
    'favicon.svg',
    'manifest.webmanifest',
  ],
  // Any address of the page (with its search and filters in the query string) is this page.
  navigateFallback: 'index.html',
  // …but a paper's own page is that page (precached above), and files are files.
  navigateFallbackDenylist: [/\/papers\//, /\.[a-z0-9]+$/i],
  swDest: resolve(dist, 'sw.js'),
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Hashed file names change with their content: no revision needed.
  dontCacheBustURLsMatching: /assets\//,
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: precaches ${count} files (${(size / 1000).toFixed(0)} kB)`);
