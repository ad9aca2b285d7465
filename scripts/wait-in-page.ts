import type { CDPSession } from '@playwright/test';

/**
 * Waits until `condition` holds in the page, asking through the DevTools protocol: Playwright's
 * own waiting runs its injected script on the page's thread, in the tasks being measured.
 */
export async function waitInPage(cdp: CDPSession, condition: string, timeout = 120_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: condition });
    if (result.value === true) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out waiting for ${condition}`);
}
