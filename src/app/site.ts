import { awardsSource } from '#src/features/awards/awards-entries.ts';
import { impactSource } from '#src/features/impact/impact-entries.ts';
import { mediaSource } from '#src/features/media/media-entries.ts';
import { newsFile } from '#src/features/news/news-query.ts';
import type { NewsData } from '#src/features/news/news-schema.ts';
import { profileFile } from '#src/features/profile/profile-query.ts';
import type { Profile } from '#src/features/profile/profile-schema.ts';
import { publicationsFile } from '#src/features/publications/publications-query.ts';
import type { PublicationsData } from '#src/features/publications/publications-schema.ts';
import type { Language } from '#src/i18n/languages.ts';
import type { AnyDataFile, DataFile } from '#src/lib/data-file.ts';
import type { SkippedEntry } from '#src/lib/data-entries.ts';
import { hasEntries, type EntrySource } from '#src/sections/entry-lists.ts';

/** Every section a site can have, in the default page order. Ids appear in links (#news). */
export const SECTION_IDS = [
  'research',
  'publications',
  'news',
  'awards',
  'impact',
  'media',
  'teaching',
  'sponsors',
  'contact',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The site as the page is built: its language, address, and the sections it really has. */
export interface Site {
  language: Language;
  url?: string;
  sections: Array<{ id: SectionId; title?: string }>;
}

/** Whether a section's data file has content for it (given the file's JSON). */
export function sectionHasContent(id: SectionId, raw: unknown): Promise<boolean> {
  return SECTION_SOURCES[id].hasContent(raw);
}

interface SectionSource {
  file: AnyDataFile;
  /** Whether the file's contents parse and have anything for this section to show. */
  hasContent: (raw: unknown) => Promise<boolean>;
}
function source<T extends { skipped: SkippedEntry[] }>(
  file: DataFile<T>,
  hasContent: (data: T) => boolean,
): SectionSource {
  return {
    file,
    hasContent: async (raw) => {
      const parsed = (await file.schema()).safeParse(raw);
      return parsed.success && hasContent(parsed.data);
    },
  };
}

const entries = <T extends { skipped: SkippedEntry[] }>(entrySource: EntrySource<T>) =>
  source(entrySource.file, (data: T) => hasEntries(entrySource, data));

/** Where each section's content comes from: declared once, for the build and the page. */
const SECTION_SOURCES = {
  research: source(
    profileFile,
    (p: Profile) => p.researchInterests.length > 0 || p.projects.length > 0,
  ),
  publications: source(publicationsFile, (d: PublicationsData) => d.papers.length > 0),
  news: source(newsFile, (d: NewsData) => d.items.length > 0),
  awards: entries(awardsSource),
  impact: entries(impactSource),
  media: entries(mediaSource),
  teaching: source(profileFile, (p: Profile) => p.teaching.length > 0),
  sponsors: source(profileFile, (p: Profile) => (p.sponsors?.names.length ?? 0) > 0),
  contact: source(
    profileFile,
    (p: Profile) => p.email !== undefined || p.internship !== undefined || p.education.length > 0,
  ),
} satisfies Record<SectionId, SectionSource>;

/** The data file a section reads. */
export function sectionFile(id: SectionId): AnyDataFile {
  return SECTION_SOURCES[id].file;
}

/** The data files of a site: the profile, and each file one of its sections reads. */
export function siteDataFiles(site: Site): AnyDataFile[] {
  return [...new Set([profileFile, ...site.sections.map((s) => sectionFile(s.id))])];
}

/** Every data file a site may have (the data checker reads each one that is there). */
export const DATA_FILES: readonly AnyDataFile[] = [
  ...new Set(Object.values(SECTION_SOURCES).map((s) => s.file)),
];
