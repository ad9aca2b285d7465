/**
 * Renders the whole page into dist/index.html from data/, with the same components the browser
 * runs, so the content is in the HTML: readable with scripts off, painted before any script runs,
 * and taken over by React (hydrated) without being rendered again.
 *
 *   tsx scripts/prerender.tsx [dist folder] [data folder]
 */
import '#src/lib/zod-config.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '#src/app/app.tsx';
import type { NewsItem } from '#src/features/news/news-schema.ts';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { AppProvider } from '#src/app/provider.tsx';
import { siteDataFiles } from '#src/app/site.ts';
import { newsFile } from '#src/features/news/news-query.ts';
import { documentTitle } from '#src/features/profile/profile-header.tsx';
import { profileFile } from '#src/features/profile/profile-query.ts';
import { sortPapers } from '#src/features/publications/filter-publications.ts';
import { publicationsFile } from '#src/features/publications/publications-query.ts';
import { paperPagePath } from '#src/features/publications/paper-kinds.ts';
import { createQueryClient } from '#src/lib/query-client.ts';
import { loadMessages, readSite } from './site-data.ts';
import {
  describeProfile,
  escapeHtml,
  hasSection,
  OG_CARD_FILE,
  siteUrl,
  type SiteContext,
} from './site-files/context.ts';
import { addContentSecurityPolicy } from './site-files/content-security-policy.ts';
import { atomFeed, llmsTxt, robots, sitemap } from './site-files/feeds.ts';
import { profileHeadTags } from './site-files/head.ts';
import { bootstrapScript, headScript } from './site-files/inline-scripts.ts';
import { paperPage } from './site-files/paper-page.ts';

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

/** The page's markup and head facts, rendered from the data files of a folder. */
export async function renderPage(dataFolder: string) {
  const site = await readSite(dataFolder);
  const messages = await loadMessages(site.language);
  const client = createQueryClient();
  for (const file of siteDataFiles(site)) {
    await file.seed(client, JSON.parse(readFileSync(join(dataFolder, file.name), 'utf8')));
  }
  const page = (
    <StrictMode>
      <AppProvider client={client} messages={messages}>
        <App site={site} />
      </AppProvider>
    </StrictMode>
  );
  // The first pass loads the sections that load their code on demand; the second renders every
  // section in place, as plain HTML. (Streamed output would reveal sections with inline scripts,
  // which the page's Content-Security-Policy forbids and which do not run with scripts off.)
  await streamToString((await prerenderToNodeStream(page)).prelude);
  const markup = renderToString(page);
  const profile = client.getQueryData(profileFile.queryOptions().queryKey);
  if (!profile) throw new Error('profile.json did not load');
  if (/<script\b/i.test(markup)) throw new Error('the prerendered page contains an inline script');
  const papers = client.getQueryData(publicationsFile.queryOptions().queryKey)?.papers ?? [];
  const news = client.getQueryData(newsFile.queryOptions().queryKey)?.items ?? [];
  return { markup, site, messages, profile, papers: sortPapers(papers), news };
}

/** Puts the stylesheet into the page: the first paint then waits for the HTML alone. */
export function stylesheetHref(html: string): string {
  const href = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error('index.html links no stylesheet');
  return href;
}

export function inlineStylesheet(html: string, dist: string): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/,
    (_tag, href: string) => {
      const css = readFileSync(join(dist, href), 'utf8');
      return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
    },
  );
}

/** The data worker's script in the build (its name carries a hash). */
export function dataWorkerScript(dist: string): string {
  const found = readdirSync(join(dist, 'assets')).filter((f) =>
    /^data\.worker-[\w-]+\.js$/.test(f),
  );
  if (found.length !== 1)
    throw new Error(`expected one data worker script in ${dist}/assets, found ${found.length}`);
  return `./assets/${found[0] ?? ''}`;
}

export function injectIntoShell(
  shell: string,
  markup: string,
  ctx: SiteContext,
  headTags: string,
  dataWorker: string,
): string {
  const { profile, site } = ctx;
  const scriptTags = shell.match(/<script type="module"[^>]*><\/script>\s*/g) ?? [];
  const scripts = scriptTags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? '');
  if (scripts.length === 0 || scripts.includes(''))
    throw new Error('index.html has no module script');
  const bootstrap = bootstrapScript(
    scripts,
    dataWorker,
    siteDataFiles(site).map((file) => file.name),
  );
  const replaced = scriptTags
    .reduce((html, script) => html.replace(script, ''), shell)
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(ctx.t.language)}">`)
    .replace(
      '<meta name="viewport"',
      () => `<script>${headScript()}</script>\n    <meta name="viewport"`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(documentTitle(profile))}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(describeProfile(ctx))}" />`,
    )
    // After the content: the script starts the app once the content has painted.
    .replace('</body>', () => `  <script>${bootstrap}</script>\n  </body>`)
    .replace('</head>', () => `  ${headTags}\n  </head>`)
    // The shell's note for a browser without scripts: the content itself is there now.
    .replace(/\s*<noscript\s*>[\s\S]*?<\/noscript\s*>/, '')
    .replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
  if (!replaced.includes('<meta name="description" content="' + escapeHtml(describeProfile(ctx)))) {
    throw new Error('index.html has no <meta name="description" content="..." /> on one line');
  }
  if (!replaced.includes(markup))
    throw new Error('index.html has no empty <div id="root"></div> to fill');
  return replaced;
}

/** Writes the page's companions: a page per paper, and the sitemap, robots.txt, feed, llms.txt. */
function writeSiteFiles(
  dist: string,
  ctx: SiteContext,
  papers: readonly Paper[],
  news: readonly NewsItem[],
  stylesheet: string,
): string[] {
  for (const paper of papers) {
    const folder = join(dist, paperPagePath(paper));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'index.html'),
      addContentSecurityPolicy(paperPage(ctx, paper, stylesheet)),
    );
  }
  const written = ['robots.txt', 'llms.txt'];
  const withFeed = ctx.base !== undefined && hasSection(ctx, 'news');
  if (ctx.base) {
    writeFileSync(join(dist, 'sitemap.xml'), sitemap(papers, ctx.base));
    written.push('sitemap.xml');
  }
  if (withFeed && ctx.base) {
    writeFileSync(join(dist, 'feed.xml'), atomFeed(ctx, news, ctx.base));
    written.push('feed.xml');
  }
  writeFileSync(join(dist, 'robots.txt'), robots(ctx.base));
  writeFileSync(join(dist, 'llms.txt'), llmsTxt(ctx, papers, withFeed));
  return written;
}

async function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  const data = resolve(process.argv[3] ?? process.env.DATA_DIR ?? 'data');
  const shellPath = join(dist, 'index.html');
  const { markup, site, messages, profile, papers, news } = await renderPage(data);
  const base = siteUrl(site, profile, process.env.SITE_URL);
  const ctx: SiteContext = {
    profile,
    site,
    t: messages,
    base,
    ...(base && existsSync(join(data, OG_CARD_FILE))
      ? { card: new URL(OG_CARD_FILE, base).href }
      : {}),
  };
  if (!ctx.base)
    console.warn(
      'prerender: warning: the site\'s address is not known (set "url" in data/site.json or SITE_URL): ' +
        'the canonical link, absolute URLs, the sitemap and the news feed are left out.',
    );
  const shell = readFileSync(shellPath, 'utf8');
  const stylesheet = stylesheetHref(shell);
  const page = addContentSecurityPolicy(
    inlineStylesheet(
      injectIntoShell(shell, markup, ctx, profileHeadTags(ctx, papers), dataWorkerScript(dist)),
      dist,
    ),
  );
  if (!page.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error('index.html has no <meta charset="UTF-8" /> to put the policy after');
  }
  writeFileSync(shellPath, page);
  const written = writeSiteFiles(dist, ctx, papers, news, stylesheet);
  console.log(
    `prerender: ${shellPath} (${Math.round(markup.length / 1024)} KB of content, ${messages.language}), ` +
      `${papers.length} paper pages, ${written.join(', ')}; ` +
      (ctx.base ? `absolute URLs from ${ctx.base}` : 'no absolute URLs'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
