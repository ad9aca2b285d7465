/**
 * Reads a site's data folder the way the build does: data/site.json (optional: every setting has a
 * default) and the data files, resolved into the site the page is built as (its language, address
 * and the sections it really has). Used by the Vite plugin, the prerender and the data checker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '#src/app/site.ts';
import { resolveSite, SiteFileSchema, type SiteFile } from '#src/app/site-settings.ts';
import type { Language } from '#src/i18n/languages.ts';
import type { Messages } from '#src/i18n/messages/en.ts';

export const SITE_FILE = 'site.json';

/** A data file's JSON, or undefined when the folder has no such file or it is not JSON. */
export function readDataJson(folder: string, name: string): unknown {
  const path = join(folder, name);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The site's settings: site.json parsed, or every default when there is no site.json. */
export function readSiteSettings(folder: string): SiteFile {
  const parsed = SiteFileSchema.safeParse(readDataJson(folder, SITE_FILE) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${SITE_FILE} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'is not valid'} (npm run check-data says more)`,
    );
  }
  return parsed.data;
}

/** The site as the page is built from this folder. */
export function readSite(folder: string): Promise<Site> {
  return resolveSite(readSiteSettings(folder), (name) => readDataJson(folder, name));
}

/** The interface words of a language (its catalogue, src/i18n/messages/<tag>.ts). */
export async function loadMessages(language: Language): Promise<Messages> {
  const url = new URL(`../src/i18n/messages/${language}.ts`, import.meta.url);
  const module: { messages: Messages } = await import(url.href);
  return module.messages;
}
