import type { Entry } from '@retorquere/bibtex-parser';
import type { PaperLink } from '#src/features/publications/publications-schema.ts';
import { isSafeUrl } from '#src/lib/safe-url.ts';
import { cleanText, firstUrl, normaliseDoi } from './clean-text.ts';

/** al-folio's link fields (its bib layout's buttons) and the link kind each becomes. */
const LINK_FIELDS: ReadonlyArray<[field: string, kind: PaperLink['kind']]> = [
  ['html', 'paper'],
  ['pdf', 'pdf'],
  ['supp', 'supplement'],
  ['code', 'code'],
  ['website', 'website'],
  ['slides', 'slides'],
  ['poster', 'poster'],
  ['video', 'video'],
  ['blog', 'blog'],
];

export interface LinkProblem {
  field: string;
  message: string;
}

/** Files al-folio links by name; anything else that starts like a host name is an address. */
const FILE_NAME = /\.(pdf|html?|pptx?|key|docx?|mp4|mov|zip|png|jpe?g|gif|svg|txt|bib)$/i;
const looksLikeDomain = (value: string) =>
  /^www\./i.test(value) ||
  (/^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]|$)/i.test(value) && !FILE_NAME.test(value));

/**
 * An address as written in a field: absolute (a "www." address gets https://), or a file name
 * such as al-folio's `pdf = {paper.pdf}`, resolved against the asset base when there is one.
 */
function resolveAddress(raw: string, assetBase: URL | undefined): string | LinkProblem {
  // Verbatim fields keep TeX's escapes: paper\_files -> paper_files.
  const value = (firstUrl(raw) ?? cleanText(raw)).replace(/\\([_%&#~$])/g, '$1');
  if (looksLikeDomain(value)) return `https://${value}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return isSafeUrl(value)
      ? value
      : { field: '', message: `"${value}" is not an http(s) address: left out` };
  }
  if (!assetBase)
    return {
      field: '',
      message: `"${value}" is a file name, not an address: left out (pass --asset-base <url of your files> to link it)`,
    };
  const url = new URL(value.replace(/^\.?\//, ''), assetBase).href;
  return isSafeUrl(url) ? url : { field: '', message: `"${value}" gives no valid address` };
}

/**
 * The links of an entry: al-folio's buttons, then `url` (or a \url in `howpublished`) as the paper
 * itself unless it only repeats the DOI or the arXiv id the page links anyway. Each address once.
 */
export function linksOf(
  fields: Entry['fields'],
  ids: { doi?: string; arxiv?: string },
  assetBase: URL | undefined,
): { links: PaperLink[]; problems: LinkProblem[] } {
  const links: PaperLink[] = [];
  const problems: LinkProblem[] = [];
  // The page links the DOI itself: an address that only repeats it is left out.
  const isDoiAddress = (url: string) =>
    ids.doi !== undefined &&
    /^https?:\/\/(dx\.)?doi\.org\//i.test(url) &&
    normaliseDoi(url) === ids.doi;
  const add = (field: string, kind: PaperLink['kind'], raw: string | undefined) => {
    if (!raw || !cleanText(raw)) return;
    const resolved = resolveAddress(raw, assetBase);
    if (typeof resolved !== 'string') problems.push({ ...resolved, field });
    else if (!isDoiAddress(resolved) && !links.some((link) => link.url === resolved))
      links.push({ kind, url: resolved });
  };
  for (const [field, kind] of LINK_FIELDS) add(field, kind, fields[field]);
  const url = fields.url ?? (fields.howpublished && firstUrl(fields.howpublished));
  const repeatsId =
    url !== undefined &&
    ((ids.doi !== undefined && url.toLowerCase().includes(ids.doi.toLowerCase())) ||
      (ids.arxiv !== undefined && url.includes(ids.arxiv)));
  if (url && !repeatsId) add('url', 'paper', url);
  return { links, problems };
}
