/**
 * The data checker's checks across files: every paper, topic and news item an entry names exists,
 * and what a schema alone cannot see within a list (duplicate ids, papers entered twice, names).
 */
import { awardsFile } from '#src/features/awards/awards-query.ts';
import { impactFile } from '#src/features/impact/impact-query.ts';
import { mediaFile } from '#src/features/media/media-query.ts';
import { newsFile } from '#src/features/news/news-query.ts';
import { profileFile } from '#src/features/profile/profile-query.ts';
import { publicationsFile } from '#src/features/publications/publications-query.ts';
import type { SkippedEntry } from '#src/lib/data-entries.ts';
import type { AnyDataFile, DataFile } from '#src/lib/data-file.ts';
import { foldText } from '#src/lib/text.ts';
import {
  checkAuthorVariants,
  checkEqualContributors,
  checkUniqueIds,
  entryName,
  type Problem,
} from './check-data-entries.ts';

/** What the checker found: errors stop the build, warnings are printed and let it pass. */
export interface DataReport {
  errors: Problem[];
  warnings: Problem[];
}

/** The files that parsed, each read back through its own declaration (typed). */
export class ParsedFiles {
  private readonly raw = new Map<string, unknown>();
  set(file: AnyDataFile, raw: unknown) {
    this.raw.set(file.name, raw);
  }
  async get<T extends { skipped: SkippedEntry[] }>(file: DataFile<T>): Promise<T | undefined> {
    return this.raw.has(file.name)
      ? (await file.schema()).parse(this.raw.get(file.name))
      : undefined;
  }
}

export async function checkReferences(parsed: ParsedFiles): Promise<DataReport> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const pubs = await parsed.get(publicationsFile);
  // A paper that failed its schema is reported once, not again by every entry that cites it.
  const paperIds = pubs
    ? new Set([
        ...pubs.papers.map((p) => p.id),
        ...pubs.skipped.flatMap((s) => (s.list === 'papers' && s.id ? [s.id] : [])),
      ])
    : undefined;
  const topicIds = pubs ? new Set(pubs.topics.map((t) => t.id)) : undefined;

  const checkPapers = (
    file: string,
    list: string,
    entries: ReadonlyArray<{ id?: string; paperIds: string[] }>,
  ) => {
    if (!paperIds) return;
    entries.forEach((entry, index) => {
      entry.paperIds.forEach((paperId, i) => {
        if (!paperIds.has(paperId)) {
          problems.push({
            file,
            entry: entryName(list, index, entry.id),
            field: `paperIds.${i}`,
            message: `no paper with id "${paperId}" in publications.json`,
          });
        }
      });
    });
  };

  if (pubs) {
    checkUniqueIds('publications.json', 'topics', pubs.topics, problems);
    checkUniqueIds('publications.json', 'papers', pubs.papers, problems);
    const byArxiv = new Map<string, number>();
    const byTitle = new Map<string, number>();
    pubs.papers.forEach((paper, index) => {
      const entry = entryName('papers', index, paper.id);
      paper.topics.forEach((topic, i) => {
        if (!topicIds?.has(topic)) {
          problems.push({
            file: 'publications.json',
            entry,
            field: `topics.${i}`,
            message: `unknown topic "${topic}" (not in the topics list)`,
          });
        }
      });
      if (paper.arxiv) {
        const first = byArxiv.get(paper.arxiv);
        if (first !== undefined) {
          warnings.push({
            file: 'publications.json',
            entry,
            field: 'arxiv',
            message: `same arXiv id as papers[${first}]: the paper is entered twice`,
          });
        } else byArxiv.set(paper.arxiv, index);
      }
      const title = foldText(paper.title)
        // Letters of any script: a Chinese title is not blank (and so not every other one's twin).
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const first = byTitle.get(title);
      if (first !== undefined) {
        warnings.push({
          file: 'publications.json',
          entry,
          field: 'title',
          message: `same title as papers[${first}]: the paper is entered twice`,
        });
      } else byTitle.set(title, index);
    });
  }

  if (pubs)
    warnings.push(...checkAuthorVariants(pubs.papers), ...checkEqualContributors(pubs.papers));

  // The lists whose entries have ids of their own and may name papers.
  const [news, awards, impact, media] = await Promise.all([
    parsed.get(newsFile),
    parsed.get(awardsFile),
    parsed.get(impactFile),
    parsed.get(mediaFile),
  ]);
  const referring = [
    [newsFile, 'items', news?.items],
    [awardsFile, 'honors', awards?.honors],
    [awardsFile, 'competitions', awards?.competitions],
    [awardsFile, 'studentAwards', awards?.studentAwards],
    [impactFile, 'adoptions', impact?.adoptions],
    [impactFile, 'integrations', impact?.integrations],
    [mediaFile, 'groups', media?.groups],
  ] as const;
  for (const [file, list, entries] of referring) {
    if (!entries) continue;
    checkUniqueIds(file.name, list, entries, problems);
    checkPapers(file.name, list, entries);
  }
  const profile = await parsed.get(profileFile);
  if (profile) {
    profile.researchInterests.forEach((interest, index) => {
      const entry = entryName('researchInterests', index, undefined);
      interest.topicIds.forEach((topic, i) => {
        if (topicIds && !topicIds.has(topic)) {
          problems.push({
            file: 'profile.json',
            entry,
            field: `topicIds.${i}`,
            message: `unknown topic "${topic}"`,
          });
        }
      });
      interest.papers.forEach((ref, i) => {
        if (ref.paperId && paperIds && !paperIds.has(ref.paperId)) {
          problems.push({
            file: 'profile.json',
            entry,
            field: `papers.${i}.paperId`,
            message: `no paper with id "${ref.paperId}" in publications.json`,
          });
        }
      });
    });
  }
  return { errors: problems, warnings };
}
