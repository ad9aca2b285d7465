import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { lenientList } from '#src/lib/data-entries.ts';
import { fetchDataFile } from '#src/lib/fetch-json.ts';
import { IdSchema, listOf, OptionalTextSchema, TextSchema } from '#src/lib/ids.ts';
import { SafeUrlSchema } from '#src/lib/safe-url.ts';

export const PROFILE_FILE = 'profile.json';

export const ProfileLinkSchema = z.object({
  kind: TextSchema,
  label: TextSchema,
  url: SafeUrlSchema,
});
export type ProfileLink = z.infer<typeof ProfileLinkSchema>;

export const ResearchInterestSchema = z.object({
  label: TextSchema,
  topicIds: listOf(IdSchema),
  papers: listOf(
    z.object({ label: TextSchema, paperId: z.optional(IdSchema), url: z.optional(SafeUrlSchema) }),
  ),
});
export type ResearchInterest = z.infer<typeof ResearchInterestSchema>;

const EducationSchema = z.object({
  degree: TextSchema,
  institution: TextSchema,
  advisor: OptionalTextSchema,
  year: z.optional(z.int()),
});

const CourseSchema = z.object({
  label: OptionalTextSchema,
  title: TextSchema,
  term: OptionalTextSchema,
  schedule: OptionalTextSchema,
  note: OptionalTextSchema,
  url: z.optional(SafeUrlSchema),
});

export const ProfileFileSchema = z.pipe(
  z.object({
    name: TextSchema,
    /** Spellings of the owner's name in author lists, emphasised there. */
    authorNames: listOf(TextSchema),
    title: OptionalTextSchema,
    affiliation: OptionalTextSchema,
    taglines: listOf(TextSchema),
    focus: OptionalTextSchema,
    bio: listOf(TextSchema),
    email: OptionalTextSchema,
    internship: z.optional(z.object({ text: TextSchema, email: OptionalTextSchema })),
    links: lenientList('links', ProfileLinkSchema),
    researchInterests: lenientList('researchInterests', ResearchInterestSchema),
    education: listOf(EducationSchema),
    teaching: listOf(CourseSchema),
    projects: listOf(z.object({ name: TextSchema, url: z.optional(SafeUrlSchema) })),
    sponsors: z.optional(z.object({ intro: OptionalTextSchema, names: listOf(TextSchema) })),
  }),
  z.transform(({ links, researchInterests, ...profile }) => ({
    ...profile,
    links: links.items,
    researchInterests: researchInterests.items,
    skipped: [...links.skipped, ...researchInterests.skipped],
  })),
);
export type Profile = z.output<typeof ProfileFileSchema>;

export function profileQueryOptions() {
  return queryOptions({
    queryKey: ['profile'],
    queryFn: ({ signal }) => fetchDataFile(PROFILE_FILE, ProfileFileSchema, signal),
  });
}
