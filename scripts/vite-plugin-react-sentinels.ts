import type { Plugin } from 'vite';

/**
 * React DOM's production build creates five Error objects while its module evaluates: sentinels
 * it throws and recognises by identity, never shown to anyone. In a page whose DevTools protocol
 * has the Runtime domain on (Lighthouse, Playwright, an open DevTools), V8 records a detailed stack
 * for every Error created, and to do so parses every function on the stack again for its source
 * positions: React DOM's whole module and the entry chunk around it, 70 ms of CPU unthrottled on
 * this machine, 250-330 ms as Lighthouse counts it at 4x, in the one task that evaluates the entry
 * (trace-compare.ts --devtools --compile shows it as V8.CollectSourcePositions). A visitor's browser
 * does none of that. Made without a stack (still `instanceof Error`, with React's message), the
 * sentinels cost nothing to create either way.
 */
export const REACT_DOM_SENTINELS = [
  'HydrationMismatchException',
  'SuspenseException',
  'SuspenseyCommitException',
  'SuspenseActionException',
  'SelectiveHydrationException',
] as const;

const REACT_DOM_CLIENT = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;
const SENTINEL = /\b(\w+Exception) = Error\(formatProdErrorMessage\((\d+)\)\)/g;

/** An Error made without capturing a stack: the prototype and message of `Error(message)`. Added
 * at the end (a declaration is hoisted), so the module's "use strict" stays its first statement. */
const HELPER = `
function stacklessError(message) {
  return Object.create(Error.prototype, {
    message: { value: message, writable: true, configurable: true },
  });
}
`;

/** React DOM's client module with its start-up sentinels made stackless; throws if any is missing. */
export function withStacklessSentinels(code: string): string {
  const found = new Set<string>();
  const patched = code.replace(SENTINEL, (whole, name: string, id: string) => {
    if (!(REACT_DOM_SENTINELS as readonly string[]).includes(name)) return whole;
    found.add(name);
    return `${name} = stacklessError(formatProdErrorMessage(${id}))`;
  });
  const missing = REACT_DOM_SENTINELS.filter((name) => !found.has(name));
  // A React upgrade that renames them must not silently bring the long task back.
  if (missing.length > 0)
    throw new Error(
      `react-dom-client.production.js no longer creates ${missing.join(', ')} as expected: update scripts/vite-plugin-react-sentinels.ts`,
    );
  return `${patched}${HELPER}`;
}

export function stacklessReactSentinels(): Plugin {
  return {
    name: 'academic-profile:stackless-react-sentinels',
    apply: 'build',
    transform: {
      filter: { id: REACT_DOM_CLIENT },
      handler(code, id) {
        return REACT_DOM_CLIENT.test(id) ? { code: withStacklessSentinels(code), map: null } : null;
      },
    },
  };
}
