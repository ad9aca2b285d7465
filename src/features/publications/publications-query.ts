import { defineDataFile } from '#src/lib/data-file.ts';

/** publications.json: its schema is loaded where the file is read (the data worker), never in the page. */
export const publicationsFile = defineDataFile('publications.json', () =>
  import('./publications-schema.ts').then((module) => module.PublicationsFileSchema),
);
