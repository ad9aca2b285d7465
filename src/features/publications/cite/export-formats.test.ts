import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { exportFile } from './export-formats.ts';
import { paperToCsl } from './paper-to-csl.ts';
import { paperById, papers } from './test-papers.ts';

/** Reads a .ris file with citation.js's RIS parser, as a reference manager would. */
const readRis = (text: string) => new Cite(text).data;
const year = (item: Record<string, unknown>) =>
  (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0];

describe('one paper as CSL-JSON', () => {
  it('maps each field the data has, and only those', () => {
    expect(paperToCsl(paperById('haq'))).toEqual({
      id: 'haq',
      type: 'paper-conference',
      title: 'HAQ: Hardware-Aware Automated Quantization with Mixed Precision',
      'title-short': 'HAQ',
      author: [
        { given: 'Kuan', family: 'Wang' },
        { given: 'Zhijian', family: 'Liu' },
        { given: 'Yujun', family: 'Lin' },
        { given: 'Ji', family: 'Lin' },
        { given: 'Song', family: 'Han' },
      ],
      'container-title': 'IEEE Conference on Computer Vision and Pattern Recognition',
      'container-title-short': 'CVPR',
      issued: { 'date-parts': [[2019]] },
      URL: 'https://arxiv.org/pdf/1811.08886',
      note: 'Oral',
    });
  });

  it('a preprint is posted on its server, under its arXiv id; a paper without authors has none', () => {
    expect(paperToCsl(paperById('design-automation'))).toMatchObject({
      type: 'article',
      publisher: 'arXiv',
      number: 'arXiv:1904.10616',
      note: 'arXiv preprint (accepted by the IEEE Micro journal)',
    });
    expect(paperToCsl(paperById('design-automation'))).not.toHaveProperty('container-title');
    expect(paperToCsl(paperById('nhas'))).not.toHaveProperty('author');
  });

  it('keeps a name particle with the family name', () => {
    const paper: Paper = { ...paperById('haq'), authors: ['Ludwig van Beethoven', 'Plato'] };
    expect(paperToCsl(paper).author).toEqual([
      { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
      { family: 'Plato' },
    ]);
  });

  it('invents nothing for any paper: a DOI, volume or pages only where the data writes one', () => {
    for (const paper of papers) {
      const item = paperToCsl(paper);
      expect(item.DOI).toBe(paper.doi);
      expect(item).not.toHaveProperty('page');
      if (item.volume) expect(paper.venueName).toContain(`vol. ${item.volume}`);
      expect(item.issued).toEqual({ 'date-parts': [[paper.year]] });
    }
  });
});

describe('downloads, read back with real parsers', () => {
  it('RIS: every paper comes back with its type, title, authors, year, venue, DOI and link', () => {
    const file = exportFile(papers, 'ris', 'publications');
    expect(file).toMatchObject({
      fileName: 'publications.ris',
      type: 'application/x-research-info-systems',
    });
    const items = readRis(file.text);
    expect(items).toHaveLength(papers.length);
    items.forEach((item, i) => {
      const paper = papers[i] as Paper;
      const csl = paperToCsl(paper);
      // RIS has no preprint type: a preprint is filed as a journal article.
      expect(item.type).toBe(csl.type === 'article' ? 'article-journal' : csl.type);
      expect(item.title).toBe(paper.title);
      expect(item.author).toEqual(csl.author);
      expect(year(item)).toBe(paper.year);
      expect(item['container-title']).toBe(csl['container-title']);
      expect(item.DOI).toBe(paper.doi);
      expect(item.URL).toBe(csl.URL);
    });
  });

  it('RIS keeps every value on its one line, however long or broken the text', () => {
    const paper: Paper = {
      ...paperById('haq'),
      title: 'A title\nwritten over two lines',
      abstract: 'word '.repeat(200).trim(),
    };
    const text = exportFile([paper], 'ris', 'x').text;
    for (const line of text.split(/\r\n|\n|\r/).filter(Boolean))
      expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const [item] = readRis(text);
    expect(item?.title).toBe('A title written over two lines');
    expect(item?.abstract).toBe(paper.abstract);
  });

  it('CSL-JSON: the items as they are, readable by citation.js', () => {
    const file = exportFile(papers, 'csl-json', 'publications');
    expect(file.fileName).toBe('publications.json');
    const items: unknown = JSON.parse(file.text);
    expect(items).toEqual(papers.map(paperToCsl));
    expect(new Cite(items).data.map((item) => item.title)).toEqual(papers.map((p) => p.title));
  });

  it('BibTeX: the entries the site already offers, through the BibTeX parser', () => {
    const file = exportFile([paperById('haq'), paperById('nhas')], 'bibtex', 'haq');
    expect(file).toMatchObject({ fileName: 'haq.bib', type: 'application/x-bibtex' });
    const library = parseBibtex(file.text, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(['wang2019haq', 'nhas2019neural']);
  });
});
