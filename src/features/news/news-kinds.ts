export const NEWS_KINDS = [
  'paper',
  'award',
  'talk',
  'media',
  'release',
  'course',
  'student',
  'competition',
] as const;

export type NewsKind = (typeof NEWS_KINDS)[number];

/** How the interface names each kind of news (from the site's message catalogue). */
export type NewsKindLabels = Readonly<Record<NewsKind, string>>;
