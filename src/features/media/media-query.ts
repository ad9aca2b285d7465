import { defineDataFile } from '#src/lib/data-file.ts';

/** media.json: its schema is loaded where the file is read (the data worker), never in the page. */
export const mediaFile = defineDataFile('media.json', () =>
  import('./media-schema.ts').then((module) => module.MediaFileSchema),
);
