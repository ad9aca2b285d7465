/**
 * What search engines, feed readers, citation managers and language models read, generated from
 * data/ at build time: head tags and JSON-LD for the page, one page per paper with Highwire
 * citation_* tags (for Google Scholar), sitemap.xml, robots.txt, an Atom feed of the news and
 * llms.txt. Absolute URLs come from one setting: SITE_URL (see the README).
 */
import { paperToBibtex } from '#src/features/publications/bibtex.ts';
import type { NewsItem } from '#src/features/news/news-query.ts';
import type { Profile } from '#src/features/profile/profile-query.ts';
import {
  paperPagePath,
  type Paper,
  type PaperLink,
} from '#src/features/publications/publications-query.ts';
import { PAPER_TYPE_LABELS } from '#src/features/publications/filter-publications.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
const escapeXml = escapeHtml;

/** The site's address, ending with a slash: SITE_URL, or else the owner's homepage link. */
export function siteUrl(profile: Profile, env: string | undefined): string {
  const raw = env?.trim() || profile.links.find((l) => l.kind === 'homepage')?.url;
  if (!raw)
    throw new Error(
      'Set SITE_URL (the address the site is published at) or a "homepage" link in profile.json',
    );
  const url = new URL(raw);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function paperUrl(paper: Paper, base: string): string | undefined {
  const link =
    paper.links.find((l) => l.kind === 'paper') ?? paper.links.find((l) => l.kind === 'website');
  return (
    link?.url ??
    (paper.arxiv
      ? `https://arxiv.org/abs/${paper.arxiv}`
      : new URL(paperPagePath(paper), base).href)
  );
}

/** A PDF the paper's links point to, for citation_pdf_url. */
function pdfUrl(paper: Paper): string | undefined {
  const isPdf = (link: PaperLink) =>
    link.kind === 'pdf' ||
    (link.kind === 'paper' &&
      (/\.pdf(\?|$)/i.test(link.url) || /arxiv\.org\/pdf\//.test(link.url)));
  return paper.links.find(isPdf)?.url;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export function scholarlyArticle(paper: Paper, base: string): Json {
  return {
    '@type': 'ScholarlyArticle',
    '@id': new URL(paperPagePath(paper), base).href,
    name: paper.title,
    ...(paper.shortName ? { alternateName: paper.shortName } : {}),
    ...(paper.authors
      ? { author: paper.authors.map((name) => ({ '@type': 'Person', name })) }
      : {}),
    datePublished: String(paper.year),
    ...(paper.venue || paper.venueName
      ? {
          isPartOf: {
            '@type': paper.type === 'journal' ? 'Periodical' : 'PublicationEvent',
            name: paper.venueName ?? paper.venue,
          },
        }
      : {}),
    ...(paperUrl(paper, base) ? { url: paperUrl(paper, base) } : {}),
    ...(paper.doi ? { sameAs: `https://doi.org/${paper.doi}` } : {}),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
  };
}

export function personJsonLd(profile: Profile, base: string): Json {
  return {
    '@type': 'Person',
    '@id': `${base}#person`,
    name: profile.name,
    url: base,
    ...(profile.title ? { jobTitle: profile.title } : {}),
    ...(profile.affiliation
      ? { affiliation: { '@type': 'Organization', name: profile.affiliation } }
      : {}),
    ...(profile.focus ? { description: profile.focus } : {}),
    sameAs: profile.links.map((l) => l.url),
    ...(profile.education.length > 0
      ? {
          alumniOf: profile.education.map((e) => ({
            '@type': 'CollegeOrUniversity',
            name: e.institution,
          })),
        }
      : {}),
  };
}

/** JSON-LD for the profile page: the person and each paper. `<` is escaped so no text ends the script. */
export function profileJsonLd(profile: Profile, papers: readonly Paper[], base: string): string {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [personJsonLd(profile, base), ...papers.map((p) => scholarlyArticle(p, base))],
  };
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}

export function describeProfile(profile: Profile): string {
  const role = [profile.title, profile.affiliation].filter(Boolean).join(', ');
  return [
    role ? `${profile.name}, ${role}.` : `${profile.name}.`,
    profile.focus ?? '',
    'Publications, news, awards and more.',
  ]
    .filter(Boolean)
    .join(' ');
}

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

/** Head tags for the profile page: canonical, feed, Open Graph, Twitter card and JSON-LD. */
export function profileHeadTags(profile: Profile, papers: readonly Paper[], base: string): string {
  const title = [profile.name, [profile.title, profile.affiliation].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' · ');
  return [
    `<link rel="canonical" href="${escapeHtml(base)}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(`${profile.name}: news`)}" href="./feed.xml" />`,
    meta('property', 'og:type', 'profile'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', describeProfile(profile)),
    meta('property', 'og:url', base),
    meta('property', 'og:image', new URL('og-card.png', base).href),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', title),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', describeProfile(profile)),
    meta('name', 'twitter:image', new URL('og-card.png', base).href),
    `<script type="application/ld+json">${profileJsonLd(profile, papers, base)}</script>`,
  ].join('\n    ');
}

/** Highwire Press tags, which Google Scholar reads to index a paper. */
export function highwireTags(paper: Paper): string {
  const tags = [meta('name', 'citation_title', paper.title)];
  for (const author of paper.authors ?? []) tags.push(meta('name', 'citation_author', author));
  tags.push(meta('name', 'citation_publication_date', String(paper.year)));
  const venue = paper.venueName ?? paper.venue;
  if (venue === undefined) {
    // Nothing known of where it appeared: no venue tag.
  } else if (paper.type === 'journal') tags.push(meta('name', 'citation_journal_title', venue));
  else if (paper.type === 'preprint')
    tags.push(meta('name', 'citation_technical_report_institution', venue));
  else tags.push(meta('name', 'citation_conference_title', venue));
  const pdf = pdfUrl(paper);
  if (pdf) tags.push(meta('name', 'citation_pdf_url', pdf));
  if (paper.doi) tags.push(meta('name', 'citation_doi', paper.doi));
  if (paper.arxiv) tags.push(meta('name', 'citation_arxiv_id', paper.arxiv));
  return tags.join('\n    ');
}

/** A small static page for one paper: what Scholar indexes, what a permalink shows without scripts. */
export function paperPage(
  paper: Paper,
  profile: Profile,
  base: string,
  stylesheet: string,
): string {
  const url = new URL(paperPagePath(paper), base).href;
  const links = [
    ...paper.links.map((l) => ({
      label: l.label ?? l.kind[0]?.toUpperCase() + l.kind.slice(1),
      url: l.url,
    })),
    ...(paper.arxiv && !paper.links.some((l) => l.url.includes(paper.arxiv ?? ''))
      ? [{ label: 'arXiv', url: `https://arxiv.org/abs/${paper.arxiv}` }]
      : []),
    ...(paper.doi ? [{ label: 'DOI', url: `https://doi.org/${paper.doi}` }] : []),
  ];
  const description = `${paper.title}. ${paper.authors ? `${paper.authors.join(', ')}. ` : ''}${[paper.venue, paper.year].filter(Boolean).join(' ')}.`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(paper.title)} · ${escapeHtml(profile.name)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="canonical" href="${escapeHtml(url)}" />
    <link rel="icon" href="../../favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="../../${escapeHtml(stylesheet)}" />
    ${highwireTags(paper)}
    ${meta('property', 'og:type', 'article')}
    ${meta('property', 'og:title', paper.title)}
    ${meta('property', 'og:description', description)}
    ${meta('property', 'og:url', url)}
    ${meta('property', 'og:image', new URL('og-card.png', base).href)}
    ${meta('name', 'twitter:card', 'summary_large_image')}
    <script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...(scholarlyArticle(paper, base) as object) }).replace(/</g, '\\u003c')}</script>
  </head>
  <body>
    <main class="mx-auto max-w-3xl px-4 py-10">
      <p class="text-sm"><a href="../../?paper=${encodeURIComponent(paper.id)}#publications">${escapeHtml(profile.name)}: all publications</a></p>
      <h1 class="mt-4 font-serif text-3xl font-semibold text-slate-900 dark:text-white">${escapeHtml(paper.title)}</h1>
      ${paper.authors ? `<p class="mt-2">${paper.authors.map(escapeHtml).join(', ')}</p>` : ''}
      <p class="mt-1 text-slate-600 dark:text-slate-400">${escapeHtml([paper.venueName ?? paper.venue, String(paper.year), PAPER_TYPE_LABELS[paper.type], ...paper.honors].filter(Boolean).join(' · '))}</p>
      ${paper.abstract ? `<p class="mt-4">${escapeHtml(paper.abstract)}</p>` : ''}
      ${links.length > 0 ? `<ul class="mt-4 flex flex-wrap gap-2">${links.map((l) => `<li><a href="${escapeHtml(l.url)}" rel="noopener noreferrer">${escapeHtml(l.label)}</a></li>`).join('')}</ul>` : ''}
      <h2 class="mt-8 font-serif text-xl font-semibold text-slate-900 dark:text-white">BibTeX</h2>
      <pre class="mt-2 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs dark:bg-slate-900">${escapeHtml(paperToBibtex(paper))}</pre>
    </main>
  </body>
</html>
`;
}

export function sitemap(papers: readonly Paper[], base: string): string {
  const urls = [base, ...papers.map((p) => new URL(paperPagePath(p), base).href)];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n')}
</urlset>
`;
}

export function robots(base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', base).href}\n`;
}

/** A news item's title in the feed: its first sentence, shortened where long. */
function newsTitle(text: string): string {
  const first = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  return first.length > 140 ? `${first.slice(0, 139).trimEnd()}…` : first;
}

export function atomFeed(profile: Profile, news: readonly NewsItem[], base: string): string {
  const sorted = [...news].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const stamp = (date: string) => `${date}-01T00:00:00Z`;
  const entries = sorted.map((item) => {
    const link = item.links.find((l) => l.url)?.url ?? `${base}#news`;
    return `  <entry>
    <id>${escapeXml(`${base}#news-${item.id}`)}</id>
    <title>${escapeXml(newsTitle(item.text))}</title>
    <updated>${stamp(item.date)}</updated>
    <link rel="alternate" href="${escapeXml(link)}" />
    <category term="${escapeXml(item.kind)}" />
    <content type="text">${escapeXml(item.text)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(base)}</id>
  <title>${escapeXml(`${profile.name}: news`)}</title>
  <link rel="self" href="${escapeXml(new URL('feed.xml', base).href)}" />
  <link rel="alternate" href="${escapeXml(base)}" />
  <updated>${stamp(sorted[0]?.date ?? '1970-01')}</updated>
  <author><name>${escapeXml(profile.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** A Markdown summary per llmstxt.org: title, summary, then sections of links. */
export function llmsTxt(profile: Profile, papers: readonly Paper[], base: string): string {
  const role = [profile.title, profile.affiliation].filter(Boolean).join(', ');
  const lines = [
    `# ${profile.name}`,
    '',
    `> ${[role, profile.focus].filter(Boolean).join('. ')}`,
    '',
  ];
  for (const paragraph of profile.bio) lines.push(paragraph, '');
  lines.push('## Links', '', ...profile.links.map((l) => `- [${l.label}](${l.url})`), '');
  lines.push('## Publications', '');
  for (const paper of papers) {
    const details = [
      paper.authors?.join(', '),
      [paper.venueName ?? paper.venue, paper.year].filter(Boolean).join(' '),
      paper.honors.join(', '),
    ]
      .filter(Boolean)
      .join('. ');
    lines.push(`- [${paper.title}](${new URL(paperPagePath(paper), base).href}): ${details}`);
  }
  lines.push(
    '',
    '## Optional',
    '',
    `- [News feed](${new URL('feed.xml', base).href})`,
    `- [Data files](${new URL('data/publications.json', base).href})`,
    '',
  );
  return lines.join('\n');
}
