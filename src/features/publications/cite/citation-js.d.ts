// citation-js ships no types: the small part of its API the cite feature uses, as documented at
// https://citation.js.org/api/0.7/ (core, plugin-csl, name).

declare module '@citation-js/core' {
  /** A register of named CSL styles or locales (XML text). */
  interface Register {
    add(name: string, xml: string): void;
    has(name: string): boolean;
  }
  interface BibliographyOptions {
    format: 'text' | 'html';
    template: string;
    lang: string;
  }
  export class Cite {
    constructor(data: unknown);
    format(name: 'bibliography', options: BibliographyOptions): string;
    /** The items as normalised CSL-JSON. */
    data: Array<Record<string, unknown>>;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register; locales: Register };
    };
  };
}

declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-ris' {}

declare module '@citation-js/name' {
  export interface ParsedName {
    given?: string;
    family?: string;
    suffix?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
  }
  export function parse(name: string): ParsedName;
}
