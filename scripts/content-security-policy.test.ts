import { describe, expect, it } from 'vitest';
import { directives, expectedPolicy } from '#tests/fixtures/expected-policy.ts';
import {
  addContentSecurityPolicy,
  contentSecurityPolicy,
} from './site-files/content-security-policy.ts';

describe("the page's Content-Security-Policy", () => {
  it('allows the site itself and each inline script and style by its hash, and nothing else', () => {
    const html = `<!doctype html><html><head><meta charset="UTF-8" />
      <style>body{color:red}</style>
      <script type="application/ld+json">{"@type":"Person"}</script>
      </head><body><p>Hi</p><script>start()</script></body></html>`;
    expect(directives(contentSecurityPolicy(html))).toEqual(
      expectedPolicy(['start()'], ['body{color:red}']),
    );
  });

  it('allows no inline code at all on a page without any', () => {
    expect(directives(contentSecurityPolicy('<p>A paper</p>'))).toEqual(expectedPolicy([], []));
  });

  it('goes in a meta tag right after the charset, its quotes escaped', () => {
    const page = addContentSecurityPolicy('<head><meta charset="UTF-8" /><title>T</title></head>');
    expect(page).toMatch(
      /^<head><meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; [^"]+" \/><title>/,
    );
  });
});
