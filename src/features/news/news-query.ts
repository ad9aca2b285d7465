import { defineDataFile } from '#src/lib/data-file.ts';

/** news.json: its schema is loaded where the file is read (the data worker), never in the page. */
export const newsFile = defineDataFile('news.json', () =>
  import('./news-schema.ts').then((module) => module.NewsFileSchema),
);
