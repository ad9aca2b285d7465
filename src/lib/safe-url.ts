const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** True for absolute https:, http: and mailto: URLs, the only links the site renders. */
export function isSafeUrl(value: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
