import { z } from 'zod/mini';
import { isLanguage, LANGUAGE_TAGS } from '#src/i18n/languages.ts';
import { TextSchema } from '#src/lib/ids.ts';
import { sectionFile, sectionHasContent, SECTION_IDS, type Site } from './site.ts';

// Read at build time only (the data checker, the build's plugin, the prerender): the page gets the
// resolved Site, not these settings.
const SectionIdSchema = z.enum(SECTION_IDS);

/** data/site.json: the site's settings. Every field may be left out. */
export const SiteFileSchema = z.object({
  /** The interface language: a catalogue in src/i18n/messages/. */
  language: z._default(
    z.string().check(
      z.refine(isLanguage, {
        message: `must be one of the interface languages: ${LANGUAGE_TAGS.join(', ')}`,
      }),
    ),
    'en',
  ),
  /** The address the site is published at (canonical and absolute URLs, feed, sitemap). */
  url: z.optional(
    z.url({ protocol: /^https?$/, message: 'must be an absolute https: or http: URL' }),
  ),
  /** The sections the site has, in page order; left out: every section with content. */
  sections: z.optional(
    z.array(SectionIdSchema).check(
      z.refine((ids) => new Set(ids).size === ids.length, {
        message: 'lists a section twice',
      }),
    ),
  ),
  /** A title of the owner's own for a section, in place of the interface's. */
  titles: z._default(z.partialRecord(SectionIdSchema, TextSchema), {}),
});
export type SiteFile = z.output<typeof SiteFileSchema>;

/**
 * The site as built from its settings and its data: a section is there when the settings list it
 * (or list no sections at all) and its file has content for it. `read` gives a data file's
 * contents, or undefined when the folder has no such file. A file that does not parse counts as
 * absent here: the data checker reports it.
 */
export async function resolveSite(
  settings: SiteFile,
  read: (name: string) => unknown,
): Promise<Site> {
  const listed = settings.sections ?? SECTION_IDS;
  const present = await Promise.all(
    listed.map(async (id) => {
      const raw = read(sectionFile(id).name);
      return raw !== undefined && (await sectionHasContent(id, raw));
    }),
  );
  const sections = listed.filter((_id, i) => present[i]);
  return {
    language: isLanguage(settings.language) ? settings.language : 'en',
    ...(settings.url ? { url: settings.url } : {}),
    sections: sections.map((id) => ({
      id,
      ...(settings.titles[id] ? { title: settings.titles[id] } : {}),
    })),
  };
}
