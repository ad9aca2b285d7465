/**
 * Draws data/og-card.png (1200×630), the picture link previews show, from data/profile.json:
 * name, role and taglines, set in HTML and photographed with Debian's Chromium. Run it after
 * changing the profile (the build does not, so that building needs no browser); a site without
 * the file has no picture in its previews. Another data folder: DATA_DIR=<folder>.
 *
 *   npm run og-card
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { ProfileFileSchema } from '#src/features/profile/profile-schema.ts';
import { escapeHtml, OG_CARD_FILE } from './site-files/context.ts';

const dataFolder = resolve(process.env.DATA_DIR ?? 'data');
const profile = ProfileFileSchema.parse(
  JSON.parse(readFileSync(join(dataFolder, 'profile.json'), 'utf8')),
);
const role = [profile.title, profile.affiliation].filter(Boolean).join(', ');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { display: flex; flex-direction: column; justify-content: center; padding: 0 96px; box-sizing: border-box;
         background: linear-gradient(135deg, #0b1736 0%, #1e3a8a 70%, #27489e 100%); color: #fff;
         font-family: 'DejaVu Serif', Georgia, serif; }
  h1 { font-size: 88px; margin: 0 0 16px; letter-spacing: -1px; }
  p { margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; }
  .role { font-size: 38px; color: #dbe4ff; }
  .tag { font-size: 32px; color: #fbbf24; margin-top: 40px; font-style: italic; font-family: 'DejaVu Serif', Georgia, serif; }
  .bar { width: 120px; height: 6px; background: #fbbf24; margin-bottom: 40px; border-radius: 3px; }
</style></head><body>
  <div class="bar"></div>
  <h1>${escapeHtml(profile.name)}</h1>
  ${role ? `<p class="role">${escapeHtml(role)}</p>` : ''}
  ${profile.taglines.length > 0 ? `<p class="tag">${profile.taglines.map(escapeHtml).join('<br>')}</p>` : ''}
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
const out = join(dataFolder, OG_CARD_FILE);
await page.screenshot({ path: out });
await browser.close();
console.log(`og-card: wrote ${out}`);
