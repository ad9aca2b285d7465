/**
 * Keeps the site readable offline after one visit (dist/sw.js, written by the build). When a new
 * version takes over (a visit after the data changed), `onUpdate` lets the page load the new data.
 */
export function registerServiceWorker(onUpdate: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes over a page that already has the current data.
    if (hadController) onUpdate();
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('Offline support is not available:', error);
    });
  });
}
