import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from './check-data.ts';
import { importBib, type PublicationsFile } from './import-bib.ts';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const publications = () => JSON.parse(read('data/publications.json')) as PublicationsFile;
const bib = read('tests/fixtures/refs.bib');

describe('import-bib', () => {
  it('adds new papers, fills empty fields of known ones, and says what it skipped and why', async () => {
    const { file, report } = importBib(bib, publications());
    expect(report.added).toEqual([{ key: 'mueller2023tiny', id: 'mueller2023tiny' }]);
    expect(report.updated).toEqual([{ key: 'lin2020mcunet', id: 'mcunet', fields: ['doi'] }]);
    expect(report.skipped).toEqual([
      { key: 'cai2019once', reason: 'already in publications.json as "ofa"' },
      {
        key: 'newpaper2024',
        reason: expect.stringMatching(
          /^needs a topic: give it keywords naming one of compression, video, .*, or pass --topic$/,
        ),
      },
      { key: 'lin2020mcunet_dup', reason: 'duplicate of lin2020mcunet (same paper)' },
    ]);
    const added = file.papers.find((p) => p.id === 'mueller2023tiny');
    expect(added).toEqual({
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
    expect(report.added.map((a) => a.id)).toEqual(['mueller2023tiny', 'newpaper2024']);
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
