import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationStyle } from './cite-choices.ts';
import type { CslItem } from './paper-to-csl.ts';

type XmlModule = Promise<{ default: string }>;

/**
 * Each style as citeproc-js (through citation.js) knows it. APA and Harvard (Cite Them Right) come
 * with @citation-js/plugin-csl; the others are the CSL project's own files (styles/README.md),
 * fetched the first time a visitor picks them. Harvard is a British style: British quotes and dates.
 */
const STYLES: Record<CitationStyle, { template: string; lang: string; load?: () => XmlModule }> = {
  apa: { template: 'apa', lang: 'en-US' },
  ieee: { template: 'ieee', lang: 'en-US', load: () => import('./styles/ieee.csl?raw') },
  chicago: {
    template: 'chicago-author-date',
    lang: 'en-US',
    load: () => import('./styles/chicago-author-date.csl?raw'),
  },
  mla: {
    template: 'modern-language-association',
    lang: 'en-US',
    load: () => import('./styles/modern-language-association.csl?raw'),
  },
  harvard: { template: 'harvard1', lang: 'en-GB' },
};

const LOCALES: Record<string, () => XmlModule> = {
  'en-GB': () => import('./styles/locales-en-GB.xml?raw'),
};

const csl = plugins.config.get('@csl');

async function ensureStyle(style: CitationStyle): Promise<void> {
  const { template, lang, load } = STYLES[style];
  if (load && !csl.styles.has(template)) csl.styles.add(template, (await load()).default);
  const loadLocale = LOCALES[lang];
  if (loadLocale && !csl.locales.has(lang)) csl.locales.add(lang, (await loadLocale()).default);
}

/** A piece of a formatted reference with the one look a style gives it. */
export interface ReferenceRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
  smallCaps?: boolean;
}

export interface FormattedReference {
  /** What Copy puts on the clipboard. */
  text: string;
  /** The same reference in pieces, for the page to show its italics without rendering HTML. */
  runs: ReferenceRun[];
}

/** Reads citeproc's HTML (which escapes the data) into runs of text: no markup reaches the page. */
function htmlToRuns(html: string): ReferenceRun[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const runs: ReferenceRun[] = [];
  const walk = (node: Node, look: Omit<ReferenceRun, 'text'>) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text !== '') runs.push({ text, ...look });
      return;
    }
    if (!(node instanceof Element)) return;
    const style = node.getAttribute('style') ?? '';
    const next = {
      ...look,
      ...(node.tagName === 'I' || /font-style:\s*italic/.test(style) ? { italic: true } : {}),
      ...(node.tagName === 'B' || /font-weight:\s*bold/.test(style) ? { bold: true } : {}),
      ...(/font-variant:\s*small-caps/.test(style) ? { smallCaps: true } : {}),
    };
    // A numbered style puts the number in a block of its own: a space, not a line, follows it.
    if (node.classList.contains('csl-right-inline')) runs.push({ text: ' ' });
    node.childNodes.forEach((child) => walk(child, next));
  };
  const entry = doc.querySelector('.csl-entry');
  if (entry) walk(entry, {});
  // White space in HTML collapses: the runs read as the page shows them, and as the text copies.
  let previous = ' ';
  const collapsed = runs.map((run) => {
    let text = run.text.replace(/\s+/g, ' ');
    if (previous.endsWith(' ')) text = text.trimStart();
    if (text !== '') previous = text;
    return { ...run, text };
  });
  const last = collapsed.findLast((run) => run.text !== '');
  if (last) last.text = last.text.trimEnd();
  return collapsed.filter((run) => run.text !== '');
}

/** One paper's reference in a style; the style's file loads the first time it is asked for. */
export async function formatReference(
  item: CslItem,
  style: CitationStyle,
): Promise<FormattedReference> {
  await ensureStyle(style);
  const { template, lang } = STYLES[style];
  const cite = new Cite([item]);
  const text = cite.format('bibliography', { format: 'text', template, lang }).trim();
  const runs = htmlToRuns(cite.format('bibliography', { format: 'html', template, lang }));
  return { text, runs };
}
