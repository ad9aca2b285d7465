import type { Messages } from '#src/i18n/messages/en.ts';

/**
 * The interface languages: one catalogue file each in ./messages/, named by its BCP 47 tag.
 * A new language is one new file there and one line here.
 */
export const LANGUAGES = {
  en: { name: 'English', load: () => import('./messages/en.ts') },
  'zh-CN': { name: '简体中文', load: () => import('./messages/zh-CN.ts') },
} as const satisfies Record<string, { name: string; load: () => Promise<{ messages: Messages }> }>;

export type Language = keyof typeof LANGUAGES;

export function isLanguage(value: string): value is Language {
  return Object.hasOwn(LANGUAGES, value);
}
