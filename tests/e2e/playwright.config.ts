import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;
/** Debian's Chromium: Playwright's own browser download is not available on CI machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
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
      // One run is enough for the at-scale measurement; it prints its figures.
      name: 'scale',
      testMatch: 'scale.spec.ts',
      // Runs alone, after the others, so its timings are not shared with another browser.
      dependencies: ['phone', 'desktop', 'data', 'offline'],
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
      testMatch: 'broken-data.spec.ts',
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
      testIgnore: ['scale.spec.ts', 'broken-data.spec.ts', 'offline.spec.ts'],
      use: {
        browserName: 'chromium',
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: devices['Pixel 7'].userAgent,
      },
    },
    {
      name: 'desktop',
      testIgnore: ['scale.spec.ts', 'broken-data.spec.ts', 'offline.spec.ts'],
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
  ],
  // The production build, served as a static host would serve it.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
