import { z } from 'zod/mini';
// Configured before any schema runs: every schema module imports this one.
import './zod-config.ts';
import { isSafeUrl } from './safe-url.ts';

export const IdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' }));

export const TextSchema = z
  .string()
  .check(z.trim(), z.minLength(1, { message: 'must not be empty' }));

/** Ids of papers in publications.json that an entry is about. */
export const PaperIdsSchema = z._default(z.array(IdSchema), []);

/** An optional piece of text: absent, or not empty. */
export const OptionalTextSchema = z.optional(TextSchema);

/** A list that may be left out of the file; it then reads as empty. */
export function listOf<S extends z.ZodMiniType>(entry: S) {
  return z._default(z.array(entry), []);
}

/** A link the site may render: an absolute https:, http: or mailto: URL. */
export const SafeUrlSchema = z
  .string()
  .check(
    z.trim(),
    z.refine(isSafeUrl, { message: 'must be an absolute https:, http: or mailto: URL' }),
  );
