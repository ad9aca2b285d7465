import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsFileSchema } from '#src/features/news/news-schema.ts';
import { ProfileFileSchema } from '#src/features/profile/profile-schema.ts';
import { sortPapers } from '#src/features/publications/filter-publications.ts';
import {
  PublicationsFileSchema,
  type Paper,
} from '#src/features/publications/publications-schema.ts';
import { site } from 'virtual:site';
import { messages } from '#src/i18n/messages/en.ts';
import { siteUrl, type SiteContext } from './context.ts';
import { atomFeed, llmsTxt, robots, sitemap } from './feeds.ts';
import { highwireTags, jsonLdScript, profileHeadTags, profileJsonLd } from './head.ts';
import { paperPage } from './paper-page.ts';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8'));
const profile = ProfileFileSchema.parse(read('profile.json'));
const papers = sortPapers(PublicationsFileSchema.parse(read('publications.json')).papers);
const news = NewsFileSchema.parse(read('news.json')).items;
const BASE = 'https://example.org/~owner/';
const haq = papers.find((p) => p.id === 'haq') as Paper;
const ctx: SiteContext = { profile, site, base: BASE, t: messages };

interface Node {
  '@type': string;
  [key: string]: unknown;
}

describe('site files', () => {
  it('take the site address from SITE_URL, else site.json, else the homepage link, ending in a slash', () => {
    expect(siteUrl(site, profile, 'https://example.org/~owner')).toBe(BASE);
    expect(siteUrl({ ...site, url: 'https://example.edu/ada' }, profile, undefined)).toBe(
      'https://example.edu/ada/',
    );
    const unset = { ...site, url: undefined };
    expect(siteUrl(unset, profile, undefined)).toBe('https://songhan.mit.edu/');
    expect(siteUrl(unset, { ...profile, links: [] }, undefined)).toBeUndefined();
  });

  it('link the social card only where the site has one', () => {
    const card = `${BASE}og-card.png`;
    const withCard = { ...ctx, card };
    for (const head of [profileHeadTags(withCard, papers), paperPage(withCard, haq, 'x.css')]) {
      expect(head).toContain(`<meta property="og:image" content="${card}" />`);
      expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    }
    for (const head of [profileHeadTags(ctx, papers), paperPage(ctx, haq, 'x.css')]) {
      expect(head).not.toContain('og:image');
      expect(head).not.toContain('twitter:image');
      expect(head).toContain('<meta name="twitter:card" content="summary" />');
    }
  });

  it('describe the owner on the profile, naming the papers its list shows first', () => {
    const graph = (profileJsonLd(ctx, papers) as unknown as { '@graph': Node[] })['@graph'];
    const person = graph[0] as Node;
    expect(person).toMatchObject({
      '@type': 'Person',
      name: 'Song Han',
      jobTitle: 'Associate Professor',
      affiliation: { '@type': 'Organization', name: 'MIT EECS' },
    });
    expect(person.sameAs).toContain('https://scholar.google.com/citations?user=E0iCaa4AAAAJ&hl=en');
    const articles = graph.filter((node) => node['@type'] === 'ScholarlyArticle');
    expect(articles.map((a) => a.name)).toEqual(papers.map((p) => p.title));
    expect(articles.find((a) => a.name === haq.title)).toEqual({
      '@type': 'ScholarlyArticle',
      '@id': `${BASE}papers/haq/`,
      name: haq.title,
    });
    // A long list names only its first page: the rest are in the sitemap, each on its own page.
    const many = Array.from({ length: 120 }, (_, i) => ({ ...haq, id: `p${i}`, title: `P${i}` }));
    const named = (profileJsonLd(ctx, many) as unknown as { '@graph': Node[] })['@graph'];
    expect(named.slice(1).map((a) => a.name)).toEqual(many.slice(0, 50).map((p) => p.title));
  });

  it('describe each paper whole on its own page, under the @id the profile names it by', () => {
    const page = paperPage(ctx, haq, 'x.css');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}';
    expect(JSON.parse(json)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      '@id': `${BASE}papers/haq/`,
      name: haq.title,
      author: haq.authors?.map((name) => ({ '@type': 'Person', name })),
      datePublished: '2019',
      isPartOf: { name: 'IEEE Conference on Computer Vision and Pattern Recognition' },
      url: 'https://arxiv.org/pdf/1811.08886',
    });
  });

  it('keep a title with </script> from ending the JSON-LD block', () => {
    const tricky = { ...haq, title: 'A </script><script>alert(1)</script> title' };
    const json = jsonLdScript(profileJsonLd(ctx, [tricky])).replace(
      /^<script[^>]*>|<\/script>$/g,
      '',
    );
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json) as { '@graph': Node[] })['@graph'][1]?.name).toBe(tricky.title);
  });

  it('give Google Scholar its citation_* tags', () => {
    const tags = highwireTags(haq);
    expect(tags).toContain(
      '<meta name="citation_title" content="HAQ: Hardware-Aware Automated Quantization with Mixed Precision" />',
    );
    expect([...tags.matchAll(/citation_author" content="([^"]+)"/g)].map((m) => m[1])).toEqual(
      haq.authors,
    );
    expect(tags).toContain(
      '<meta name="citation_conference_title" content="IEEE Conference on Computer Vision and Pattern Recognition" />',
    );
    expect(tags).toContain(
      '<meta name="citation_pdf_url" content="https://arxiv.org/pdf/1811.08886" />',
    );
    expect(tags).toContain('<meta name="citation_publication_date" content="2019" />');
  });

  it('write a sitemap, robots.txt and an Atom feed that parse', () => {
    const parser = new DOMParser();
    const map = parser.parseFromString(sitemap(papers, BASE), 'application/xml');
    expect(map.getElementsByTagName('parsererror')).toHaveLength(0);
    expect([...map.getElementsByTagName('loc')].map((l) => l.textContent)).toEqual([
      BASE,
      ...papers.map((p) => `${BASE}papers/${p.id}/`),
    ]);
    expect(robots(BASE)).toContain(`Sitemap: ${BASE}sitemap.xml`);
    const feed = parser.parseFromString(atomFeed(ctx, news, BASE), 'application/xml');
    expect(feed.getElementsByTagName('parsererror')).toHaveLength(0);
    const entries = [...feed.getElementsByTagName('entry')];
    expect(entries).toHaveLength(78);
    expect(entries[0]?.getElementsByTagName('updated')[0]?.textContent).toBe(
      '2022-09-01T00:00:00Z',
    );
    expect(entries[0]?.getElementsByTagName('content')[0]?.textContent).toBe(news[0]?.text);
  });

  it('summarise the profile and the publication list in llms.txt', () => {
    const text = llmsTxt(ctx, papers, true);
    expect(text.startsWith('# Song Han\n\n> Associate Professor, MIT EECS.')).toBe(true);
    const bullets =
      text.split('## Publications')[1]?.split('## Optional')[0]?.match(/^- \[/gm) ?? [];
    expect(bullets).toHaveLength(papers.length);
  });
});
