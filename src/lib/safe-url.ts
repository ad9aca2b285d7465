import { z } from 'zod/mini';

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** True for absolute https:, http: and mailto: URLs, the only links the site renders. */
export function isSafeUrl(value: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const SafeUrlSchema = z
  .string()
  .check(
    z.trim(),
    z.refine(isSafeUrl, { message: 'must be an absolute https:, http: or mailto: URL' }),
  );
