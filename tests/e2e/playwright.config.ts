import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets two checkouts run their browser tests at once. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The test sites of tests/fixtures/sites/, each served on a port of its own beside E2E_PORT. */
const TEST_SITES = [
  { name: 'minimal-en', port: PORT + 500 },
  { name: 'zh-cn', port: PORT + 501 },
] as const;
const testSiteProject = (name: string) => `site-${name}`;
/** The projects asked for (--project), or none when every project runs. */
const askedProjects = process.argv.flatMap((arg, i, all) =>
  arg === '--project' ? [all[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice(10)] : [],
);
/** A run of other projects does not wait for the test sites to be built and served. */
const servedSites = TEST_SITES.filter(
  ({ name }) => askedProjects.length === 0 || askedProjects.includes(testSiteProject(name)),
);
/** A run of the test sites alone does not need data/'s build (dist/). */
const servesMainSite =
  askedProjects.length === 0 || askedProjects.some((name) => !name.startsWith('site-'));
const PHONE = {
  browserName: 'chromium',
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['Pixel 7'].userAgent,
} as const;

/** Debian's Chromium: Playwright's own browser download is not available on CI machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Specs with a project of their own (perf, data, offline): the phone and desktop skip them. */
const OWN_PROJECT = /\/(scale|load|broken-data|hostile-data|offline)\.spec\.ts$/;
/** What only a mouse does (dragging across the chart): the desktop runs it, a phone never does. */
const DESKTOP_ONLY = '**/*.desktop.spec.ts';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // Generous: a shared machine can be 2-3x slower in a busy hour, and waiting longer for a page
  // that works costs nothing. Speed is measured in the perf project, never by a timeout here.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // Timings at 4x CPU (a page load, and typing at 10,000 papers): printed beside their targets;
      // they fail the run only with PERF_STRICT=1 (npm run bench:browser).
      name: 'perf',
      testMatch: ['scale.spec.ts', 'load.spec.ts'],
      // One at a time, after the others, so their timings are not shared with another browser.
      dependencies: ['phone', 'desktop', 'data', 'offline'],
      workers: 1,
      // The service worker would precache the 15 MB test file alongside the measurement.
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        serviceWorkers: 'block',
      },
    },
    {
      // Broken and hostile data files, one browser size is enough.
      name: 'data',
      testMatch: ['broken-data.spec.ts', 'hostile-data.spec.ts'],
      // The data files are swapped with page.route, which a service worker would bypass.
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        serviceWorkers: 'block',
      },
    },
    {
      name: 'offline',
      testMatch: 'offline.spec.ts',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      testIgnore: [OWN_PROJECT, 'sites/**', DESKTOP_ONLY],
      use: PHONE,
    },
    {
      name: 'desktop',
      testIgnore: [OWN_PROJECT, 'sites/**'],
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    // Other academics' sites, built from tests/fixtures/sites/ (npm run build:sites): on a phone.
    ...TEST_SITES.map(({ name, port }) => ({
      name: testSiteProject(name),
      testMatch: `sites/${name}.spec.ts`,
      use: { ...PHONE, baseURL: `http://127.0.0.1:${port}/` },
    })),
  ],
  // The production build, served as a static host would serve it.
  webServer: [
    ...(servesMainSite
      ? [
          {
            command: `npx vite preview --port ${PORT} --strictPort`,
            cwd: '../..',
            url: `http://localhost:${PORT}/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
    // Served as a static host serves them (a missing file is a 404, not the page); built first
    // where dist-sites/ lacks one.
    ...servedSites.map(({ name, port }) => ({
      command: `npx tsx scripts/test-sites.ts serve ${name} ${port}`,
      cwd: '../..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 300_000,
    })),
  ],
});
