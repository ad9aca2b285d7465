import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { lenientList } from '../../lib/data-entries.ts';
import { fetchDataFile } from '../../lib/fetch-json.ts';
import { IdSchema, TextSchema } from '../../lib/ids.ts';
import { SafeUrlSchema } from '../../lib/safe-url.ts';

export const PROFILE_FILE = 'profile.json';

export const ProfileLinkSchema = z.object({
  kind: TextSchema,
  label: TextSchema,
  url: SafeUrlSchema,
});
export type ProfileLink = z.infer<typeof ProfileLinkSchema>;

export const ResearchInterestSchema = z.object({
  label: TextSchema,
  topicIds: z.array(IdSchema).default([]),
  papers: z
    .array(
      z.object({ label: TextSchema, paperId: IdSchema.optional(), url: SafeUrlSchema.optional() }),
    )
    .default([]),
});
export type ResearchInterest = z.infer<typeof ResearchInterestSchema>;

export const ProfileFileSchema = z
  .object({
    name: TextSchema,
    /** Spellings of the owner's name in author lists, emphasised there. */
    authorNames: z.array(TextSchema).default([]),
    title: TextSchema.optional(),
    affiliation: TextSchema.optional(),
    taglines: z.array(TextSchema).default([]),
    focus: TextSchema.optional(),
    bio: z.array(TextSchema).default([]),
    email: TextSchema.optional(),
    internship: z.object({ text: TextSchema, email: TextSchema.optional() }).optional(),
    links: lenientList('links', ProfileLinkSchema).prefault([]),
    researchInterests: lenientList('researchInterests', ResearchInterestSchema).prefault([]),
    education: z
      .array(
        z.object({
          degree: TextSchema,
          institution: TextSchema,
          advisor: TextSchema.optional(),
          year: z.number().int().optional(),
        }),
      )
      .default([]),
    teaching: z
      .array(
        z.object({
          label: TextSchema.optional(),
          title: TextSchema,
          term: TextSchema.optional(),
          schedule: TextSchema.optional(),
          note: TextSchema.optional(),
          url: SafeUrlSchema.optional(),
        }),
      )
      .default([]),
    projects: z.array(z.object({ name: TextSchema, url: SafeUrlSchema.optional() })).default([]),
    sponsors: z
      .object({ intro: TextSchema.optional(), names: z.array(TextSchema).default([]) })
      .optional(),
  })
  .transform(({ links, researchInterests, ...profile }) => ({
    ...profile,
    links: links.items,
    researchInterests: researchInterests.items,
    skipped: [...links.skipped, ...researchInterests.skipped],
  }));
export type Profile = z.output<typeof ProfileFileSchema>;

export function profileQueryOptions() {
  return queryOptions({
    queryKey: ['profile'],
    queryFn: ({ signal }) => fetchDataFile(PROFILE_FILE, ProfileFileSchema, signal),
  });
}
