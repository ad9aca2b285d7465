import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { REACT_DOM_SENTINELS, withStacklessSentinels } from './vite-plugin-react-sentinels.ts';

const reactDomClient = readFileSync(
  join(process.cwd(), 'node_modules/react-dom/cjs/react-dom-client.production.js'),
  'utf8',
);

describe('React DOM start-up sentinels without a stack', () => {
  it('creates none of them with Error() in the installed React DOM', () => {
    const patched = withStacklessSentinels(reactDomClient);
    for (const name of REACT_DOM_SENTINELS) {
      expect(reactDomClient).toMatch(new RegExp(`${name} = Error\\(`));
      expect(patched).not.toMatch(new RegExp(`${name} = Error\\(`));
      expect(patched).toMatch(new RegExp(`${name} = stacklessError\\(`));
    }
    expect(
      patched.startsWith(reactDomClient.slice(0, reactDomClient.indexOf('"use strict"'))),
    ).toBe(true);
  });

  it('makes an Error with the message and no stack', () => {
    const code = withStacklessSentinels(
      REACT_DOM_SENTINELS.map((name) => `var ${name} = Error(formatProdErrorMessage(1));`).join(
        '\n',
      ),
    );
    const sandbox: Record<string, unknown> = { formatProdErrorMessage: () => 'Minified #1' };
    runInNewContext(code, sandbox);
    const sentinel = sandbox.SuspenseException;
    expect(sentinel).toBeInstanceOf(runInNewContext('Error', sandbox));
    expect(sentinel).toHaveProperty('message', 'Minified #1');
    expect(sentinel).not.toHaveProperty('stack');
  });

  it('fails the build when React DOM no longer creates one of them', () => {
    const withoutOne = reactDomClient.replace(/SuspenseyCommitException = Error\(/, 'x = Error(');
    expect(() => withStacklessSentinels(withoutOne)).toThrow(/SuspenseyCommitException/);
  });
});
