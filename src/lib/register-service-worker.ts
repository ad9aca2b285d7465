import { afterLoad } from './after-load.ts';

/**
 * Keeps the site readable offline after one visit (dist/sw.js, written by the build). The service
 * worker starts controlling the page only after it has loaded, so on that first visit the page
 * fetches the given URLs once more through it, which leaves a copy of each for offline use.
 */
export function registerServiceWorker(urlsToKeep: () => string[]): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const firstVisit = navigator.serviceWorker.controller === null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!firstVisit) return;
    for (const url of urlsToKeep()) void fetch(url).catch(() => undefined);
  });
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('Offline support is not available:', error);
    });
  };
  // After the page has loaded (the app itself starts after the first paint, often later still).
  afterLoad(register);
}
