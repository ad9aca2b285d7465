/**
 * What every file the build writes beside the page needs to know: whose site it is, which
 * sections it has, its published address (when there is one) and the words of its language.
 */
import type { Site } from '#src/app/site.ts';
import type { Profile } from '#src/features/profile/profile-schema.ts';
import type { Messages } from '#src/i18n/messages/en.ts';

export interface SiteContext {
  profile: Profile;
  site: Site;
  /** The published address, ending with a slash; undefined when the site does not say it. */
  base: string | undefined;
  t: Messages;
  /** The owner's social card (og-card.png in the data folder), absolute; undefined without one
   * or without the site's address: no link preview points at a picture that is not there. */
  card?: string;
}

/** The picture link previews show, 1200×630, kept with the owner's data (npm run og-card). */
export const OG_CARD_FILE = 'og-card.png';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
export const escapeXml = escapeHtml;

/**
 * The site's published address, ending with a slash: SITE_URL, else site.json's `url`, else the
 * owner's homepage link; undefined when none is set (absolute URLs are then left out).
 */
export function siteUrl(site: Site, profile: Profile, env: string | undefined): string | undefined {
  const raw = env?.trim() || site.url || profile.links.find((l) => l.kind === 'homepage')?.url;
  if (!raw) return undefined;
  const url = new URL(raw);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** An address on the site: absolute when the site's address is known, else relative to its root. */
export function onSite(path: string, base: string | undefined): string {
  return base ? new URL(path, base).href : `./${path}`;
}

export const hasSection = (ctx: SiteContext, id: Site['sections'][number]['id']) =>
  ctx.site.sections.some((section) => section.id === id);

/** The page's description: who, their role and focus, and what the site holds. */
export function describeProfile(ctx: SiteContext): string {
  const { profile, site, t } = ctx;
  const role = [profile.title, profile.affiliation].filter(Boolean).join(', ');
  const sections = site.sections.map((s) => s.title ?? t.sections[s.id].title);
  return [t.head.who(profile.name, role), profile.focus ?? '', t.head.holds(sections)]
    .filter(Boolean)
    .join(' ');
}
