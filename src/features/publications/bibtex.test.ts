import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexKey, papersToBibtex, paperToBibtex } from './bibtex.ts';
import { PublicationsFileSchema, type Paper } from './publications-schema.ts';

const papers = PublicationsFileSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), 'data', 'publications.json'), 'utf8')),
).papers;
const byId = (id: string) => papers.find((p) => p.id === id) as Paper;

// Titles as written: the parser's sentence-casing is a display choice of its own.
const parse = (bib: string) => parseBibtex(bib, { sentenceCase: false });

describe('BibTeX', () => {
  it('writes a conference paper as @inproceedings with authors joined by "and" and the title braced', () => {
    expect(paperToBibtex(byId('haq'))).toBe(
      [
        '@inproceedings{wang2019haq,',
        '  author = {Kuan Wang and Zhijian Liu and Yujun Lin and Ji Lin and Song Han},',
        '  title = {{HAQ: Hardware-Aware Automated Quantization with Mixed Precision}},',
        '  booktitle = {IEEE Conference on Computer Vision and Pattern Recognition},',
        '  year = {2019},',
        '  eprint = {1811.08886},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/pdf/1811.08886},',
        '  note = {Oral}',
        '}',
      ].join('\n'),
    );
  });

  it('uses @article for journals and @misc for preprints, and leaves out what the data does not know', () => {
    expect(paperToBibtex(byId('automl-architecting'))).toMatch(
      /^@article\{cai2020automl,[\s\S]*journal = \{IEEE Micro, vol\. 40, no\. 1\},[\s\S]*doi = \{10\.1109\/MM\.2019\.2953153\}/,
    );
    expect(paperToBibtex(byId('design-automation'))).toMatch(
      /^@misc\{han2019design,[\s\S]*howpublished = \{arXiv preprint arXiv:1904\.10616\}/,
    );
    const nhas = paperToBibtex(byId('nhas'));
    expect(nhas).not.toContain('author =');
    expect(bibtexKey(byId('nhas'))).toBe('nhas2019neural');
  });

  it('round-trips every paper through a real BibTeX parser', () => {
    const library = parse(papersToBibtex(papers));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(papers.length);
    for (const [i, entry] of library.entries.entries()) {
      const paper = papers[i] as Paper;
      expect(entry.fields.title).toBe(paper.title);
      expect(entry.fields.year).toBe(String(paper.year));
      expect(
        (entry.fields.author ?? []).map(
          (a) => [a.firstName, a.lastName].filter(Boolean).join(' ') || a.name,
        ),
      ).toEqual(paper.authors ?? []);
    }
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(papers.length);
  });

  it('escapes characters that mean something to BibTeX', () => {
    const tricky: Paper = {
      ...byId('haq'),
      title: 'Costs & {Benefits}: 100% of $x_1$ #1 ~ ^ \\',
      authors: ['Jörg Müller'],
    };
    const entry = parse(paperToBibtex(tricky)).entries[0];
    expect(entry?.fields.title).toBe('Costs & {Benefits}: 100% of $x_1$ #1 ~ ^ \\');
    expect(entry?.fields.author?.[0]?.lastName).toBe('Müller');
  });
});
