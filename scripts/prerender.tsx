/**
 * Renders the whole page into dist/index.html from data/, with the same components the browser
 * runs, so the content is in the HTML: readable with scripts off, painted before any script runs,
 * and taken over by React (hydrated) without being rendered again.
 *
 *   tsx scripts/prerender.tsx [dist folder] [data folder]
 */
import '#src/lib/zod-config.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '#src/app/app.tsx';
import { DATA_SOURCES } from '#src/app/data-queries.ts';
import { AppProvider } from '#src/app/provider.tsx';
import { documentTitle } from '#src/features/profile/profile-header.tsx';
import { profileQueryOptions, type Profile } from '#src/features/profile/profile-query.ts';
import { newsQueryOptions, type NewsData } from '#src/features/news/news-query.ts';
import { sortPapers } from '#src/features/publications/filter-publications.ts';
import {
  publicationsQueryOptions,
  paperPagePath,
  type PublicationsData,
} from '#src/features/publications/publications-query.ts';
import { createQueryClient } from '#src/lib/query-client.ts';
import {
  atomFeed,
  describeProfile,
  escapeHtml,
  llmsTxt,
  paperPage,
  profileHeadTags,
  robots,
  siteUrl,
  sitemap,
} from './site-files.ts';

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

/** The page's markup and head facts, rendered from the data files of a folder. */
export async function renderPage(dataFolder: string) {
  const client = createQueryClient();
  for (const source of DATA_SOURCES) {
    source.seed(client, JSON.parse(readFileSync(join(dataFolder, source.file), 'utf8')));
  }
  const page = (
    <StrictMode>
      <AppProvider client={client}>
        <App />
      </AppProvider>
    </StrictMode>
  );
  // The first pass loads the sections that load their code on demand; the second renders every
  // section in place, as plain HTML. (Streamed output would reveal sections with inline scripts,
  // which the page's Content-Security-Policy forbids and which do not run with scripts off.)
  await streamToString((await prerenderToNodeStream(page)).prelude);
  const markup = renderToString(page);
  const profile = client.getQueryData<Profile>(profileQueryOptions().queryKey);
  const publications = client.getQueryData<PublicationsData>(publicationsQueryOptions().queryKey);
  const news = client.getQueryData<NewsData>(newsQueryOptions().queryKey);
  if (!profile || !publications || !news) throw new Error('a data file did not load');
  if (/<script\b/i.test(markup)) throw new Error('the prerendered page contains an inline script');
  return { markup, profile, papers: sortPapers(publications.papers), news: news.items };
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

/**
 * The page's Content-Security-Policy: only the site's own scripts and the bootstrap script by hash
 * (no other inline script, no eval: zod runs jitless), its own styles plus the inlined stylesheet
 * by hash, no plugins, no <base>.
 * (frame-ancestors, HSTS and the other headers need the host: see the README.)
 */
export function contentSecurityPolicy(html: string): string {
  /** 'self' and the hash of each inline element the pattern captures. */
  const sources = (pattern: RegExp) =>
    [
      "'self'",
      ...[...html.matchAll(pattern)].map(
        (match) =>
          `'sha256-${createHash('sha256')
            .update(match[1] ?? '')
            .digest('base64')}'`,
      ),
    ].join(' ');
  return [
    "default-src 'self'",
    // Inline scripts without a type (the bootstrap); JSON-LD is data, which the policy does not cover.
    `script-src ${sources(/<script>([\s\S]*?)<\/script>/g)}`,
    `style-src ${sources(/<style>([\s\S]*?)<\/style>/g)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function addContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(html))}" />`;
  return html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${meta}`);
}

/**
 * The page's one inline script (allowed by its hash in the Content-Security-Policy). After the
 * first contentful paint it requests the app's scripts and the data files, together, so that they
 * arrive in parallel and nothing is fetched before the content has painted: on a slow network the
 * HTML has the bandwidth to itself, and a <script src> or <link rel="preload"> would be a request
 * the first paint seemed to wait for. In a hidden tab (nothing to paint) it starts at once.
 */
export function bootstrapScript(scripts: readonly string[], dataFiles: readonly string[]): string {
  const list = (values: readonly string[]) => JSON.stringify(values).replace(/</g, '\\u003c');
  return `(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    ${list(dataFiles)}.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    });
    ${list(scripts)}.forEach(function (src) {
      import(src);
    });
  }
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (document.visibilityState === 'hidden') {
    start();
    return;
  }
  document.addEventListener('visibilitychange', start, { once: true });
  if (types && types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (entries, observer) {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect();
        start();
      }
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
})();`;
}

export function injectIntoShell(
  shell: string,
  markup: string,
  profile: Profile,
  headTags: string,
): string {
  const scriptTags = shell.match(/<script type="module"[^>]*><\/script>\s*/g) ?? [];
  const scripts = scriptTags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? '');
  if (scripts.length === 0 || scripts.includes(''))
    throw new Error('index.html has no module script');
  const bootstrap = bootstrapScript(
    scripts,
    DATA_SOURCES.map((source) => `./data/${source.file}`),
  );
  const replaced = scriptTags
    .reduce((html, script) => html.replace(script, ''), shell)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(documentTitle(profile))}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(describeProfile(profile))}" />`,
    )
    // After the content: the script starts the app once the content has painted.
    .replace('</body>', () => `  <script>${bootstrap}</script>\n  </body>`)
    .replace('</head>', () => `  ${headTags}\n  </head>`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
  if (
    !replaced.includes('<meta name="description" content="' + escapeHtml(describeProfile(profile)))
  ) {
    throw new Error('index.html has no <meta name="description" content="..." /> on one line');
  }
  if (!replaced.includes(markup))
    throw new Error('index.html has no empty <div id="root"></div> to fill');
  return replaced;
}

async function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  const data = resolve(process.argv[3] ?? 'data');
  const shellPath = join(dist, 'index.html');
  const { markup, profile, papers, news } = await renderPage(data);
  const base = siteUrl(profile, process.env.SITE_URL);
  const shell = readFileSync(shellPath, 'utf8');
  const stylesheet = stylesheetHref(shell);
  const page = addContentSecurityPolicy(
    inlineStylesheet(
      injectIntoShell(shell, markup, profile, profileHeadTags(profile, papers, base)),
      dist,
    ),
  );
  if (!page.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error('index.html has no <meta charset="UTF-8" /> to put the policy after');
  }
  writeFileSync(shellPath, page);
  for (const paper of papers) {
    const folder = join(dist, paperPagePath(paper));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'index.html'),
      addContentSecurityPolicy(paperPage(paper, profile, base, stylesheet)),
    );
  }
  writeFileSync(join(dist, 'sitemap.xml'), sitemap(papers, base));
  writeFileSync(join(dist, 'robots.txt'), robots(base));
  writeFileSync(join(dist, 'feed.xml'), atomFeed(profile, news, base));
  writeFileSync(join(dist, 'llms.txt'), llmsTxt(profile, papers, base));
  console.log(
    `prerender: ${shellPath} (${Math.round(markup.length / 1024)} KB of content), ${papers.length} paper pages, ` +
      `sitemap.xml, robots.txt, feed.xml, llms.txt; absolute URLs from ${base}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
