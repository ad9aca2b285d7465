/**
 * What crawlers, feed readers and language models read: sitemap.xml and robots.txt, an Atom feed
 * of the news, and llms.txt. A sitemap and a feed need absolute URLs, so they are written only
 * when the site's address is known.
 */
import type { NewsItem } from '#src/features/news/news-schema.ts';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { escapeXml, onSite, type SiteContext } from './context.ts';
import { paperPageUrl } from './head.ts';

export function sitemap(papers: readonly Paper[], base: string): string {
  const urls = [base, ...papers.map((p) => paperPageUrl(p, base))];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n')}
</urlset>
`;
}

export function robots(base: string | undefined): string {
  return `User-agent: *\nAllow: /\n${base ? `\nSitemap: ${new URL('sitemap.xml', base).href}\n` : ''}`;
}

/** A news item's title in the feed: its first sentence, shortened where long. */
function newsTitle(text: string): string {
  const first = /^(.+?[.!?。！？])(\s|$)/.exec(text)?.[1] ?? text;
  return first.length > 140 ? `${first.slice(0, 139).trimEnd()}…` : first;
}

export function atomFeed(
  { profile, t }: SiteContext,
  news: readonly NewsItem[],
  base: string,
): string {
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
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(t.language)}">
  <id>${escapeXml(base)}</id>
  <title>${escapeXml(t.head.feedTitle(profile.name))}</title>
  <link rel="self" href="${escapeXml(new URL('feed.xml', base).href)}" />
  <link rel="alternate" href="${escapeXml(base)}" />
  <updated>${stamp(sorted[0]?.date ?? '1970-01')}</updated>
  <author><name>${escapeXml(profile.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** A Markdown summary per llmstxt.org: title, summary, then the site's sections as links. */
export function llmsTxt(ctx: SiteContext, papers: readonly Paper[], withFeed: boolean): string {
  const { profile, site, base, t } = ctx;
  const role = [profile.title, profile.affiliation].filter(Boolean).join(', ');
  const summary = [role, profile.focus].filter(Boolean).join('. ');
  const lines = [`# ${profile.name}`, '', ...(summary ? [`> ${summary}`, ''] : [])];
  for (const paragraph of profile.bio) lines.push(paragraph, '');
  if (profile.links.length > 0)
    lines.push(
      `## ${t.common.links}`,
      '',
      ...profile.links.map((l) => `- [${l.label}](${l.url})`),
      '',
    );
  if (papers.length > 0) {
    const title = site.sections.find((s) => s.id === 'publications')?.title;
    lines.push(`## ${title ?? t.sections.publications.title}`, '');
    for (const paper of papers) {
      const venue = [paper.venueName ?? paper.venue, paper.year].filter(Boolean).join(' ');
      const details = [paper.authors?.join(', '), venue, paper.honors.join(', ')]
        .filter(Boolean)
        .join('. ');
      lines.push(`- [${paper.title}](${paperPageUrl(paper, base)}): ${details}`);
    }
    lines.push('');
  }
  const optional = [
    ...(withFeed ? [`- [${t.head.feedTitle(profile.name)}](${onSite('feed.xml', base)})`] : []),
    ...(papers.length > 0
      ? [`- [publications.json](${onSite('data/publications.json', base)})`]
      : []),
  ];
  if (optional.length > 0) lines.push('## Optional', '', ...optional, '');
  return lines.join('\n');
}
