import type { CslItem, CslName } from './paper-to-csl.ts';

/** RIS reference types, as citation.js maps CSL types (a preprint is filed as a journal article). */
const RIS_TYPES = {
  'paper-conference': 'CONF',
  'article-journal': 'JOUR',
  article: 'JOUR',
  book: 'BOOK',
  chapter: 'CHAP',
  thesis: 'THES',
  document: 'GEN',
} as const satisfies Record<CslItem['type'], string>;

/** "Family, Given" as RIS expects, the particle kept with the family name. */
function risName(name: CslName): string {
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, name.suffix].filter(Boolean).join(', ');
}

/**
 * One record. Every value stays on its one line: importers read a line without a tag in
 * different ways (EndNote and Zotero join it with a space), so nothing is wrapped.
 */
function risRecord(item: CslItem): string {
  const tags: Array<[string, string | undefined]> = [
    ['TY', RIS_TYPES[item.type]],
    ...(item.author ?? []).map((name): [string, string] => ['AU', risName(name)]),
    ['TI', item.title],
    ['ST', item['title-short']],
    // A conference paper's container is the proceedings (C3; T2 would name the meeting), a
    // journal article's the journal (T2): as the RIS specification and Zotero read them.
    [item.type === 'paper-conference' ? 'C3' : 'T2', item['container-title']],
    // RIS has an abbreviated title for journals only (a conference's goes unsaid).
    ['J2', item.type === 'article-journal' ? item['container-title-short'] : undefined],
    ['VL', item.volume],
    ['IS', item.issue],
    ['PB', item.publisher],
    // The preprint's identifier, where citation.js puts it ("article number").
    ['C7', item.number],
    // The year twice, as Zotero writes it: some readers take PY, others DA (for a conference
    // paper the specification's PY is the meeting's year, its DA the publication's date).
    ['PY', String(item.issued['date-parts'][0][0])],
    ['DA', String(item.issued['date-parts'][0][0])],
    ['DO', item.DOI],
    ['UR', item.URL],
    ['AB', item.abstract],
    ['N1', item.note],
  ];
  const lines = tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined && tag[1].trim() !== '')
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`);
  return [...lines, 'ER  - '].join('\r\n');
}

/** A .ris file (the RIS format of Research Information Systems, read by EndNote, Zotero, Mendeley). */
export function cslToRis(items: readonly CslItem[]): string {
  return `${items.map(risRecord).join('\r\n\r\n')}\r\n`;
}
