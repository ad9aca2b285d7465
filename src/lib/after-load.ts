/** Runs `work` once the page has loaded (at once if it has): for what no first view needs. */
export function afterLoad(work: () => void): void {
  if (document.readyState === 'complete') work();
  else window.addEventListener('load', work, { once: true });
}
