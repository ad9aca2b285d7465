/**
 * What search engines and citation managers read in the page's head: Open Graph and Twitter
 * cards, JSON-LD (the owner as a Person on the profile, with the papers it lists named; each paper
 * described whole on its own page), and Highwire citation_* tags for Google Scholar. Absolute URLs
 * appear only where the site's address is known.
 */
import { paperPagePath } from '#src/features/publications/paper-kinds.ts';
import type { Paper, PaperLink } from '#src/features/publications/publications-schema.ts';
import { PAPERS_PER_PAGE } from '#src/features/publications/publications-section.tsx';
import { describeProfile, escapeHtml, hasSection, onSite, type SiteContext } from './context.ts';

type Json = string | number | boolean | null | Json[] | JsonObject;
type JsonObject = { [key: string]: Json | undefined };

function paperUrl(paper: Paper, base: string | undefined): string | undefined {
  const link =
    paper.links.find((l) => l.kind === 'paper') ?? paper.links.find((l) => l.kind === 'website');
  if (link) return link.url;
  if (paper.arxiv) return `https://arxiv.org/abs/${paper.arxiv}`;
  return base ? new URL(paperPagePath(paper), base).href : undefined;
}

/** A PDF the paper's links point to, for citation_pdf_url. */
function pdfUrl(paper: Paper): string | undefined {
  const isPdf = (link: PaperLink) =>
    link.kind === 'pdf' ||
    (link.kind === 'paper' &&
      (/\.pdf(\?|$)/i.test(link.url) || /arxiv\.org\/pdf\//.test(link.url)));
  return paper.links.find(isPdf)?.url;
}

/** A paper as the profile names it: the same @id as its page, where it is described whole. */
function articleReference(paper: Paper, base: string | undefined): JsonObject {
  return {
    '@type': 'ScholarlyArticle',
    ...(base ? { '@id': new URL(paperPagePath(paper), base).href } : {}),
    name: paper.title,
  };
}

export function scholarlyArticle(paper: Paper, base: string | undefined): JsonObject {
  const url = paperUrl(paper, base);
  return {
    ...articleReference(paper, base),
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
    ...(url ? { url } : {}),
    ...(paper.doi ? { sameAs: `https://doi.org/${paper.doi}` } : {}),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
  };
}

export function personJsonLd({ profile, base }: SiteContext): Json {
  return {
    '@type': 'Person',
    ...(base ? { '@id': `${base}#person`, url: base } : {}),
    name: profile.name,
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

/**
 * JSON-LD for the profile page: the person, and the papers its list shows first, by name and @id
 * (`papers` newest first, as the list). Each paper's own page describes it whole: repeated here,
 * the descriptions were 27 kB of Song Han's 45 kB page (gzip 4.5 kB), a third round trip of a slow
 * connection before the first paint (Lighthouse: first paint 0.99 s, 0.83 s without them).
 */
export function profileJsonLd(ctx: SiteContext, papers: readonly Paper[]): Json {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      personJsonLd(ctx),
      ...papers.slice(0, PAPERS_PER_PAGE).map((p) => articleReference(p, ctx.base)),
    ],
  };
}

/** JSON-LD as a script's text: `<` is escaped so no text ends the script. */
export function jsonLdScript(value: Json): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

export const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

/** Head tags for the profile page: canonical, feed, Open Graph, Twitter card and JSON-LD. */
export function profileHeadTags(ctx: SiteContext, papers: readonly Paper[]): string {
  const { profile, base, t, card } = ctx;
  const title = [profile.name, [profile.title, profile.affiliation].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' · ');
  return [
    base ? `<link rel="canonical" href="${escapeHtml(base)}" />` : '',
    hasSection(ctx, 'news') && base
      ? `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(t.head.feedTitle(profile.name))}" href="./feed.xml" />`
      : '',
    meta('property', 'og:type', 'profile'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', describeProfile(ctx)),
    base ? meta('property', 'og:url', base) : '',
    card ? meta('property', 'og:image', card) : '',
    card ? meta('property', 'og:image:width', '1200') : '',
    card ? meta('property', 'og:image:height', '630') : '',
    card ? meta('property', 'og:image:alt', title) : '',
    meta('name', 'twitter:card', card ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', describeProfile(ctx)),
    card ? meta('name', 'twitter:image', card) : '',
    jsonLdScript(profileJsonLd(ctx, papers)),
  ]
    .filter(Boolean)
    .join('\n    ');
}

/** Highwire Press tags, which Google Scholar reads to index a paper. */
export function highwireTags(paper: Paper): string {
  const tags = [meta('name', 'citation_title', paper.title)];
  for (const author of paper.authors ?? []) tags.push(meta('name', 'citation_author', author));
  tags.push(meta('name', 'citation_publication_date', String(paper.year)));
  const venue = paper.venueName ?? paper.venue;
  if (venue) {
    if (paper.type === 'journal') tags.push(meta('name', 'citation_journal_title', venue));
    else if (paper.type === 'preprint')
      tags.push(meta('name', 'citation_technical_report_institution', venue));
    else tags.push(meta('name', 'citation_conference_title', venue));
  }
  const pdf = pdfUrl(paper);
  if (pdf) tags.push(meta('name', 'citation_pdf_url', pdf));
  if (paper.doi) tags.push(meta('name', 'citation_doi', paper.doi));
  if (paper.arxiv) tags.push(meta('name', 'citation_arxiv_id', paper.arxiv));
  return tags.join('\n    ');
}

/** Where a paper's own page is, for links from the feed and llms.txt. */
export const paperPageUrl = (paper: Paper, base: string | undefined) =>
  onSite(paperPagePath(paper), base);
