import { defineDataFile } from '#src/lib/data-file.ts';

/** impact.json: its schema is loaded where the file is read (the data worker), never in the page. */
export const impactFile = defineDataFile('impact.json', () =>
  import('./impact-schema.ts').then((module) => module.ImpactFileSchema),
);
