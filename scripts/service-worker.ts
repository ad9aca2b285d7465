/**
 * Writes dist/sw.js after the prerender: a service worker that keeps the site working offline after
 * one visit. Hashed assets are precached (their names change with their content). Pages and data
 * files go to the network first, so a visit online always shows the latest data, and fall back to
 * the last copy offline; the app fills that copy on the first visit (register-service-worker.ts).
 *
 *   tsx scripts/service-worker.ts [dist folder]
 */
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = resolve(process.argv[2] ?? 'dist');
/** Chunks of the citation engine, by the start of their file name. */
const CITATION_CHUNKS = [
  'format-reference',
  'ieee',
  'modern-language-association',
  'chicago-author-date',
  'locales-en-GB',
];
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['assets/**/*.{js,css}', 'favicon.svg', 'manifest.webmanifest', 'og-card.png'],
  // The citation engine and its styles (about 150 kB) load when a visitor opens Cite: cached when
  // used (below), not downloaded by every first visit.
  globIgnores: CITATION_CHUNKS.map((name) => `assets/${name}-*.js`),
  swDest: resolve(dist, 'sw.js'),
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  dontCacheBustURLsMatching: /assets\//,
  runtimeCaching: [
    {
      // The page (any search and filters in its query string are the same page) and paper pages.
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' ||
        (url.origin === self.location.origin && url.pathname.endsWith('/')),
      handler: 'NetworkFirst',
      options: {
        cacheName: 'pages',
        networkTimeoutSeconds: 4,
        matchOptions: { ignoreSearch: true },
      },
    },
    {
      // Hashed scripts loaded on demand and not precached (the citation engine): their names
      // change with their content, so a cached copy is always right.
      urlPattern: ({ url }) =>
        url.origin === self.location.origin && /\/assets\/[^/]+\.js$/.test(url.pathname),
      handler: 'CacheFirst',
      options: { cacheName: 'scripts-on-demand' },
    },
    {
      urlPattern: ({ url }) =>
        url.origin === self.location.origin && /\/data\/[^/]+\.json$/.test(url.pathname),
      handler: 'NetworkFirst',
      options: { cacheName: 'data', networkTimeoutSeconds: 4 },
    },
  ],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(
  `service worker: precaches ${count} files (${(size / 1000).toFixed(0)} kB); pages and data network-first`,
);
