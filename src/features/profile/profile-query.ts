import { defineDataFile } from '#src/lib/data-file.ts';

/** profile.json: its schema is loaded where the file is read (the data worker), never in the page. */
export const profileFile = defineDataFile('profile.json', () =>
  import('./profile-schema.ts').then((module) => module.ProfileFileSchema),
);
