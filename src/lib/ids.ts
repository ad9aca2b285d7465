import { z } from 'zod/mini';
// Configured before any schema runs: every schema module imports this one.
import './zod-config.ts';
import { isSafeUrl } from './safe-url.ts';
import { YearMonthSchema } from './year-month.ts';

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

/** A link as the owner writes it: what it is called, and where it goes where that is known. */
export const LabelledLinkSchema = z.object({ label: TextSchema, url: z.optional(SafeUrlSchema) });

/** What every entry of a section has: an id of its own and the papers it is about. */
export const ENTRY_FIELDS = { id: IdSchema, paperIds: PaperIdsSchema };
/** An entry of a month (a news item, a competition): YYYY-MM. */
export const DATED_ENTRY_FIELDS = { ...ENTRY_FIELDS, date: YearMonthSchema };

/** Fields of optional text, by name: `...optionalTexts('detail', 'note')`. */
export function optionalTexts<const K extends string>(
  ...names: K[]
): Record<K, typeof OptionalTextSchema> {
  // Built key by key from `names`, which TypeScript cannot follow through Object.fromEntries.
  return Object.fromEntries(names.map((name) => [name, OptionalTextSchema])) as Record<
    K,
    typeof OptionalTextSchema
  >;
}
