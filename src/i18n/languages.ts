/**
 * The interface languages: one catalogue file each in ./messages/, named by its BCP 47 tag.
 * A new language is one new file there and one line here.
 */
export const LANGUAGES = {
  en: 'English',
  'zh-CN': '简体中文',
} as const satisfies Record<string, string>;

export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_TAGS = Object.keys(LANGUAGES);

export function isLanguage(value: string): value is Language {
  return Object.hasOwn(LANGUAGES, value);
}
