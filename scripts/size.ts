/**
 * Prints the size of what the first view loads (gzip) and fails when it is over budget: the
 * scripts and stylesheets dist/index.html references directly or starts from its inline bootstrap
 * script (scripts/prerender.tsx). The budget is the page's own thread's: a phone must download,
 * compile and run those scripts before the page answers. The data worker the bootstrap starts, and
 * every chunk it loads, runs on a thread of its own: its size is printed beside the budget, in
 * full. Chunks loaded on demand are listed for information.
 *
 *   tsx scripts/size.ts [dist folder]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// JavaScript: 100 kB until the publication order came into the URL (sort=, 2026-12-07): the
// parse, the default for a query and the order of the list cost 0.19 kB of the first view.
export const BUDGET = { js: 100_000, css: 15_000 } as const;

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Scripts the bootstrap starts as workers (`new Worker(...)`), by their URL. */
export function workerScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, code] of html.matchAll(/<script>([\s\S]*?)<\/script>/g))
    for (const [, list] of (code ?? '').matchAll(/new Worker\((\[[^\]]*\])/g))
      for (const [, src] of (list ?? '').matchAll(/"(\.\/assets\/[^"]+\.js)"/g))
        if (src) found.push(src);
  return found;
}

/** A chunk and every chunk it imports, statically or on demand, by file name in assets/. */
export function chunkClosure(assets: string, start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    // Static imports (from "./x.js") and imports on demand (import("./x.js") or import(`./x.js`)).
    for (const [, imported] of code.matchAll(
      /(?:from|import)\s*\(?\s*["'`]\.\/([\w.-]+\.js)["'`]/g,
    ))
      if (imported) visit(imported);
  };
  visit(start);
  return [...seen];
}

export function initialAssets(html: string): { js: string[]; css: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js: string[] = [];
  const css: string[] = [];
  // The bootstrap script names the scripts it imports after the first paint (and the workers it
  // starts, which are counted apart).
  const workers = new Set(workerScripts(html));
  for (const [, code] of html.matchAll(/<script>([\s\S]*?)<\/script>/g))
    for (const [, src] of (code ?? '').matchAll(/"(\.\/assets\/[^"]+\.js)"/g))
      if (src && !workers.has(src)) js.push(src);
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) {
      const src = attr(tag, 'src');
      if (src) js.push(src);
    } else if (/rel="modulepreload"/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) js.push(href);
    } else if (/rel="stylesheet"/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) css.push(href);
    }
  }
  return { js, css };
}

function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const { js, css } = initialAssets(html);
  // A page whose scripts this cannot find would pass any budget: a format change must fail here.
  if (js.length === 0) throw new Error(`size: found no first-view script in ${dist}/index.html`);
  const sizeOf = (href: string) => gzipSize(join(dist, href.replace(/^\.?\//, '')));
  const jsTotal = js.reduce((sum, href) => sum + sizeOf(href), 0);
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1] ?? '')
    .join('');
  const cssTotal =
    css.reduce((sum, href) => sum + sizeOf(href), 0) +
    (inlineCss ? gzipSync(inlineCss, { level: 9 }).length : 0);
  const html_ = gzipSync(html, { level: 9 }).length;
  const assets = join(dist, 'assets');
  const workerChunks = workerScripts(html).flatMap((src) =>
    chunkClosure(assets, src.replace(/^\.\/assets\//, '')),
  );
  const workerTotal = workerChunks.reduce((sum, file) => sum + gzipSize(join(assets, file)), 0);
  console.log('First view (gzip):');
  console.log(`  HTML         ${kb(html_).padStart(9)}  (the prerendered page)`);
  console.log(
    `  JavaScript   ${kb(jsTotal).padStart(9)}  budget ${kb(BUDGET.js)}  ${js.join(', ')}`,
  );
  console.log(
    `  CSS          ${kb(cssTotal).padStart(9)}  budget ${kb(BUDGET.css)}  ${css.join(', ')}`,
  );
  if (workerChunks.length > 0)
    console.log(
      `  + workers    ${kb(workerTotal).padStart(9)}  on their own thread, from the start: ${workerChunks.join(', ')}`,
    );
  const initial = new Set([
    ...[...js, ...css].map((href) => href.replace(/^\.?\/?assets\//, '')),
    ...workerChunks,
  ]);
  const lazy = readdirSync(join(dist, 'assets')).filter(
    (f) => f.endsWith('.js') && !initial.has(f),
  );
  console.log('Loaded on demand (gzip):');
  for (const file of lazy.sort())
    console.log(`  ${kb(gzipSize(join(dist, 'assets', file))).padStart(9)}  ${file}`);
  const over = [jsTotal > BUDGET.js ? 'JavaScript' : '', cssTotal > BUDGET.css ? 'CSS' : ''].filter(
    Boolean,
  );
  if (over.length > 0) {
    console.error(`size: ${over.join(' and ')} over budget`);
    process.exitCode = 1;
  }
}

main();
