/**
 * Writes dist/sw.js after the prerender: a service worker that keeps the site working offline after
 * one visit. Hashed assets are precached; the page and the data files go to the network first (so a
 * visit online always gets the latest data) and fall back to the last good copy offline.
 *
 *   tsx scripts/service-worker.ts [dist folder]
 */
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = resolve(process.argv[2] ?? 'dist');
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['assets/**/*.{js,css}', 'favicon.svg', 'manifest.webmanifest'],
  swDest: resolve(dist, 'sw.js'),
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Hashed file names change with their content: no revision needed.
  dontCacheBustURLsMatching: /assets\//,
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: { cacheName: 'pages', networkTimeoutSeconds: 4 },
    },
    {
      urlPattern: ({ url }) => /\/data\/[^/]+\.json$/.test(url.pathname),
      handler: 'NetworkFirst',
      options: { cacheName: 'data', networkTimeoutSeconds: 4 },
    },
  ],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(
  `service worker: precaches ${count} files (${(size / 1000).toFixed(0)} kB); page and data network-first`,
);
