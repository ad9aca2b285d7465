// Modules the build makes from the data folder (scripts/vite-plugin-data.ts).
declare module 'virtual:site' {
  import type { Site } from '#src/app/site.ts';
  /** The site as built: its language, address and the sections it has. */
  export const site: Site;
}

declare module 'virtual:site-messages' {
  import type { Messages } from '#src/i18n/messages/en.ts';
  /** The interface words of the site's language (that catalogue alone is in the bundle). */
  export const messages: Messages;
}
