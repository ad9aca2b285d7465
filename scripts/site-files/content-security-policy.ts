import { createHash } from 'node:crypto';
import { escapeHtml } from './context.ts';

/**
 * The page's Content-Security-Policy: only the site's own scripts and the bootstrap script by hash
 * (no other inline script, no eval: zod runs jitless), its own styles plus the inlined stylesheet
 * by hash, no plugins, no <base>.
 * (frame-ancestors, HSTS and the other headers need the host: see the README.)
 */
export function contentSecurityPolicy(html: string): string {
  /** 'self' and the hash of each inline element the pattern captures. */
  const sources = (pattern: RegExp) =>
    [
      "'self'",
      ...[...html.matchAll(pattern)].map(
        (match) =>
          `'sha256-${createHash('sha256')
            .update(match[1] ?? '')
            .digest('base64')}'`,
      ),
    ].join(' ');
  return [
    "default-src 'self'",
    // Inline scripts without a type (the bootstrap); JSON-LD is data, which the policy does not cover.
    `script-src ${sources(/<script>([\s\S]*?)<\/script>/g)}`,
    `style-src ${sources(/<style>([\s\S]*?)<\/style>/g)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function addContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(html))}" />`;
  return html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${meta}`);
}
