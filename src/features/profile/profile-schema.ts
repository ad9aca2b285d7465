import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { IdSchema, listOf, OptionalTextSchema, TextSchema, SafeUrlSchema } from '#src/lib/ids.ts';

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

export const ProfileFileSchema = lenientFile(
  { links: ProfileLinkSchema, researchInterests: ResearchInterestSchema },
  {
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
    education: listOf(EducationSchema),
    teaching: listOf(CourseSchema),
    projects: listOf(z.object({ name: TextSchema, url: z.optional(SafeUrlSchema) })),
    sponsors: z.optional(z.object({ intro: OptionalTextSchema, names: listOf(TextSchema) })),
  },
);
export type Profile = z.output<typeof ProfileFileSchema>;
