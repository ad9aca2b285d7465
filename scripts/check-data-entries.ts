/**
 * The data checker's checks of entries one by one, beyond their schemas: ids unique in a list, one
 * person's name written one way, equal contributors among the authors.
 */
import { foldText } from '#src/lib/text.ts';

export interface Problem {
  file: string;
  /** e.g. `papers[3] "haq"`, or "" for the file as a whole. */
  entry: string;
  field: string;
  message: string;
}

/** How a problem names an entry: `papers[3] "haq"`. */
export function entryName(list: string, index: number, id: string | undefined): string {
  return `${list}[${index}]${id ? ` "${id}"` : ''}`;
}

export function checkUniqueIds(
  file: string,
  list: string,
  entries: ReadonlyArray<{ id: string }>,
  problems: Problem[],
) {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      problems.push({
        file,
        entry: entryName(list, index, entry.id),
        field: 'id',
        message: `duplicate id: ${list}[${first}] has the same id`,
      });
    } else seen.set(entry.id, index);
  });
}

/**
 * A key that is the same for two spellings of one person's name: accents, case, punctuation and
 * middle initials set aside ("William J. Dally" = "William Dally", "Hae-Seung Lee" = "Haeseung
 * Lee"). Names written with initials only ("Z. Liu") are ambiguous and get no key.
 */
export function personKey(name: string): string | null {
  const tokens = foldText(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const first = tokens[0];
  if (tokens.length < 2 || first === undefined || first.length === 1) return null;
  const last = tokens.length - 1;
  return tokens.filter((token, i) => i === 0 || i === last || token.length > 1).join('');
}

export function checkAuthorVariants(
  papers: ReadonlyArray<{ id: string; authors?: string[] | undefined }>,
): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, { name: string; where: string }>();
  papers.forEach((paper, index) => {
    paper.authors?.forEach((name, i) => {
      const key = personKey(name);
      if (!key) return;
      const seen = firstSeen.get(key);
      if (!seen) {
        firstSeen.set(key, { name, where: entryName('papers', index, paper.id) });
      } else if (seen.name !== name) {
        problems.push({
          file: 'publications.json',
          entry: entryName('papers', index, paper.id),
          field: `authors.${i}`,
          message: `"${name}" looks like another spelling of "${seen.name}" (${seen.where}): write one person's name one way`,
        });
      }
    });
  });
  return problems;
}

/** Names in `equalContributors` that are not among the paper's authors: no one gets their mark. */
export function checkEqualContributors(
  papers: ReadonlyArray<{
    id: string;
    authors?: string[] | undefined;
    equalContributors?: string[] | undefined;
  }>,
): Problem[] {
  const problems: Problem[] = [];
  papers.forEach((paper, index) => {
    paper.equalContributors?.forEach((name, i) => {
      if (paper.authors?.includes(name)) return;
      problems.push({
        file: 'publications.json',
        entry: entryName('papers', index, paper.id),
        field: `equalContributors.${i}`,
        message: `"${name}" is not one of the paper's authors: write the name as in "authors"`,
      });
    });
  });
  return problems;
}
