import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import {
  IdSchema,
  LabelledLinkSchema,
  listOf,
  OptionalTextSchema,
  optionalTexts,
  SafeUrlSchema,
  TextSchema,
} from '#src/lib/ids.ts';

/** A link in the banner: its address is required there. */
export const ProfileLinkSchema = z.extend(LabelledLinkSchema, {
  kind: TextSchema,
  url: SafeUrlSchema,
});
export type ProfileLink = z.infer<typeof ProfileLinkSchema>;

export const ResearchInterestSchema = z.object({
  label: TextSchema,
  topicIds: listOf(IdSchema),
  /** Each to one of the owner's papers, or else to an address. */
  papers: listOf(z.extend(LabelledLinkSchema, { paperId: z.optional(IdSchema) })),
});
export type ResearchInterest = z.infer<typeof ResearchInterestSchema>;

const EducationSchema = z.object({
  degree: TextSchema,
  institution: TextSchema,
  advisor: OptionalTextSchema,
  year: z.optional(z.int()),
});

const CourseSchema = z.object({
  title: TextSchema,
  ...optionalTexts('label', 'term', 'schedule', 'note'),
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
