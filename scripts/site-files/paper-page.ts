/**
 * A small static page for one paper: what Google Scholar indexes, and what a permalink shows
 * without scripts (its citation and BibTeX), in the site's language.
 */
import { paperToBibtex } from '#src/features/publications/bibtex.ts';
import { resourceLinks } from '#src/features/publications/publication-item.tsx';
import { paperPagePath } from '#src/features/publications/paper-kinds.ts';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { escapeHtml, type SiteContext } from './context.ts';
import { highwireTags, jsonLdScript, meta, scholarlyArticle } from './head.ts';

export function paperPage(ctx: SiteContext, paper: Paper, stylesheet: string): string {
  const { profile, base, t } = ctx;
  const url = base ? new URL(paperPagePath(paper), base).href : undefined;
  const links = resourceLinks(paper, t);
  const venue = paper.venueName ?? paper.venue;
  const description = [
    paper.title,
    paper.authors?.join(', '),
    [paper.venue, paper.year].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join('. ');
  const facts = [venue, String(paper.year), t.paper.types[paper.type], ...paper.honors];
  const head = [
    url ? `<link rel="canonical" href="${escapeHtml(url)}" />` : '',
    highwireTags(paper),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', paper.title),
    meta('property', 'og:description', `${description}.`),
    url ? meta('property', 'og:url', url) : '',
    ctx.card ? meta('property', 'og:image', ctx.card) : '',
    meta('name', 'twitter:card', ctx.card ? 'summary_large_image' : 'summary'),
    jsonLdScript({
      '@context': 'https://schema.org',
      ...scholarlyArticle(paper, base),
    }),
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${escapeHtml(t.language)}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(paper.title)} · ${escapeHtml(profile.name)}</title>
    <meta name="description" content="${escapeHtml(`${description}.`)}" />
    <link rel="icon" href="../../favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="../../${escapeHtml(stylesheet)}" />
    ${head.join('\n    ')}
  </head>
  <body>
    <main class="mx-auto max-w-3xl px-4 py-10">
      <p class="text-sm"><a href="../../?paper=${encodeURIComponent(paper.id)}#publications">${escapeHtml(t.paperPage.allPublications(profile.name))}</a></p>
      <h1 class="mt-4 font-serif text-3xl font-semibold text-ink-strong">${escapeHtml(paper.title)}</h1>
      ${paper.authors ? `<p class="mt-2">${paper.authors.map(escapeHtml).join(', ')}</p>` : ''}
      <p class="mt-1 text-muted">${escapeHtml(facts.filter(Boolean).join(' · '))}</p>
      ${paper.abstract ? `<p class="mt-4">${escapeHtml(paper.abstract)}</p>` : ''}
      ${links.length > 0 ? `<ul class="mt-4 flex flex-wrap gap-2">${links.map((l) => `<li><a href="${escapeHtml(l.url)}" rel="noopener noreferrer">${escapeHtml(l.label)}</a></li>`).join('')}</ul>` : ''}
      <h2 class="mt-8 font-serif text-xl font-semibold text-ink-strong">${escapeHtml(t.paper.bibtex)}</h2>
      <pre class="mt-2 overflow-x-auto rounded-md bg-subtle p-3 text-xs">${escapeHtml(paperToBibtex(paper))}</pre>
    </main>
  </body>
</html>
`;
}
