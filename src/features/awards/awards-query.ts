import { defineDataFile } from '#src/lib/data-file.ts';

/** awards.json: its schema is loaded where the file is read (the data worker), never in the page. */
export const awardsFile = defineDataFile('awards.json', () =>
  import('./awards-schema.ts').then((module) => module.AwardsFileSchema),
);
