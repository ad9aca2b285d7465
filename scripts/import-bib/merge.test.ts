import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../check-data.ts';
import { importBib, type PublicationsFile } from './import-entries.ts';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const publications = () => JSON.parse(read('data/publications.json')) as PublicationsFile;
const bib = read('tests/fixtures/refs.bib');

describe('import-bib into a site that has papers already', () => {
  it('adds new papers, fills empty fields of known ones, and imports papers with no topic', async () => {
    const { file, report } = importBib(bib, publications());
    expect(report.added).toEqual([
      { key: 'mueller2023tiny', id: 'mueller2023tiny' },
      { key: 'newpaper2024', id: 'newpaper2024' },
    ]);
    expect(report.updated).toEqual([{ key: 'lin2020mcunet', id: 'mcunet', fields: ['doi'] }]);
    expect(report.unchanged).toEqual([{ key: 'cai2019once', id: 'ofa' }]);
    expect(report.merged).toEqual([{ key: 'lin2020mcunet_dup', into: 'lin2020mcunet' }]);
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toEqual([
      {
        key: 'newpaper2024',
        field: 'keywords',
        message: expect.stringMatching(/^no topic: its keywords name none of compression, video, /),
      },
    ]);
    expect(file.papers.find((p) => p.id === 'mueller2023tiny')).toEqual({
      id: 'mueller2023tiny',
      title: 'Tiny Transformers für Mikrocontroller & more',
      authors: ['Jörg Müller', 'María García', 'Song Han'],
      venue: 'IEEE Micro',
      year: 2023,
      type: 'journal',
      topics: ['nlp', 'tinyml'],
      links: [{ kind: 'paper', url: 'https://example.org/tiny-transformers.pdf' }],
    });
    // What it keeps of a known paper is untouched; what it writes passes the data checker.
    const mcunet = file.papers.find((p) => p.id === 'mcunet');
    expect(mcunet?.authors).toEqual(publications().papers.find((p) => p.id === 'mcunet')?.authors);
    expect(mcunet?.doi).toBe('10.5555/3495724.3496707');
    const files = Object.fromEntries(
      ['profile', 'news', 'awards', 'impact', 'media'].map((f) => [
        `${f}.json`,
        JSON.parse(read(`data/${f}.json`)),
      ]),
    );
    expect(await checkData({ ...files, 'publications.json': file })).toEqual([]);
  });

  it('gives papers without keywords the --topic, and resolves @string venues', () => {
    const { report, file } = importBib(bib, publications(), { topic: 'compression' });
    expect(report.warnings).toEqual([]);
    expect(file.papers.find((p) => p.id === 'newpaper2024')).toMatchObject({
      venue: 'ICLR',
      venueName: 'International Conference on Learning Representations (ICLR)',
      topics: ['compression'],
      authors: ['Jane Doe'],
    });
  });

  it('changes nothing for a file it has already imported', () => {
    const once = importBib(bib, publications()).file;
    const twice = importBib(bib, once);
    expect(twice.report.added).toEqual([]);
    expect(twice.report.updated).toEqual([]);
    expect(twice.file).toEqual(once);
  });
});

const corr = `@article{DBLP:journals/corr/abs-2101-00001,
  author = {Ada Lovelace and Charles Babbage},
  title = {Notes on the Analytical Engine},
  journal = {CoRR}, volume = {abs/2101.00001}, year = {2021},
  eprinttype = {arXiv}, eprint = {2101.00001}
}`;
const published = `@inproceedings{DBLP:conf/icml/LovelaceB22,
  author = {Ada Lovelace and Charles Babbage},
  title = {Notes on the Analytical Engine},
  booktitle = {Proceedings of the 39th International Conference on Machine Learning, {ICML} 2022},
  year = {2022}, doi = {10.5555/icml.2022.1}
}`;

describe('a preprint and its published version', () => {
  it('keep the published version whichever comes first in the file', () => {
    for (const text of [`${corr}\n${published}`, `${published}\n${corr}`]) {
      const { file, report } = importBib(text, { topics: [], papers: [] });
      expect(file.papers).toEqual([
        expect.objectContaining({
          venue: 'ICML',
          type: 'conference',
          year: 2022,
          arxiv: '2101.00001',
          doi: '10.5555/icml.2022.1',
        }),
      ]);
      expect(report.merged).toHaveLength(1);
    }
  });

  it('turn a preprint already on the site into the published paper', () => {
    const first = importBib(corr, { topics: [], papers: [] }).file;
    const { file, report } = importBib(published, first);
    expect(report.updated).toEqual([
      {
        key: 'DBLP:conf/icml/LovelaceB22',
        id: 'lovelace-2021-notes',
        fields: ['venue', 'venueName', 'year', 'type', 'doi'],
      },
    ]);
    expect(file.papers).toEqual([
      expect.objectContaining({ id: 'lovelace-2021-notes', venue: 'ICML', year: 2022 }),
    ]);
  });

  it('are two papers when a conference and a journal version share a title', () => {
    const journal = `@article{lovelace2023notes, author = {Ada Lovelace}, title = {Notes on the Analytical Engine},
      journal = {Journal of Engines}, year = {2023}, doi = {10.5555/joe.2023.7}}`;
    const { file } = importBib(`${published}\n${journal}`, { topics: [], papers: [] });
    expect(file.papers.map((p) => p.venue)).toEqual(['ICML', 'Journal of Engines']);
  });
});
