import { describe, expect, it } from 'vitest';
import { checkDataReport, formatProblem } from './check-data.ts';
import { importFixture } from './import-bib/test-helpers.ts';

const profile = (name: string) => ({ name, authorNames: [name] });

describe('import-bib on al-folio’s own example', () => {
  const { file, report, byKey } = importFixture('al-folio.bib', {
    ownerNames: ['Albert Einstein'],
  });

  it('imports every entry, from 1905 on, past the Jekyll front matter', () => {
    expect(report.skipped).toEqual([]);
    expect(report.added.map((a) => a.key)).toEqual([
      'einstein1920relativity',
      'einstein1950meaning',
      'PhysRev.47.777',
      'einstein1905molekularkinetischen',
      'einstein1905electrodynamics',
      'einstein1905photoelectriceffect',
      'przibram1967letters',
    ]);
    expect(byKey('einstein1905electrodynamics')).toMatchObject({ year: 1905, type: 'journal' });
    expect(byKey('einstein1920relativity')).toMatchObject({
      type: 'book',
      venueName: 'Methuen & Co Ltd',
    });
  });

  it('maps abbr, selected, award, html, supp and video, and reads the marks as equal contribution', () => {
    expect(byKey('PhysRev.47.777')).toEqual({
      id: 'physrev-47-777',
      title: 'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
      authors: ['A. Einstein', 'B. Podolsky', 'N. Rosen'],
      equalContribution: 3,
      venue: 'PhysRev',
      venueName: 'Phys. Rev.',
      year: 1935,
      type: 'journal',
      featured: true,
      doi: '10.1103/PhysRev.47.777',
      abstract:
        'In a complete theory there is an element corresponding to each element of reality.',
      links: [
        { kind: 'paper', url: 'https://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777' },
        { kind: 'supplement', url: 'https://example.org/epr-supplement.pdf' },
        { kind: 'video', url: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' },
      ],
    });
    expect(byKey('einstein1905photoelectriceffect')).toMatchObject({
      title:
        'Über einen die Erzeugung und Verwandlung des Lichtes betreffenden heuristischen Gesichtspunkt',
      venue: 'Ann. Phys.',
      honors: ['Nobel Prize'],
      featured: true,
    });
  });

  it('leaves a relative pdf out with a warning, and links it under --asset-base', () => {
    expect(report.warnings).toContainEqual({
      key: 'PhysRev.47.777',
      field: 'pdf',
      message: expect.stringContaining('"example_pdf.pdf" is a file name'),
    });
    const withBase = importFixture('al-folio.bib', {
      assetBase: new URL('https://example.edu/~albert/assets/pdf/'),
    });
    expect(withBase.byKey('PhysRev.47.777')?.links).toContainEqual({
      kind: 'pdf',
      url: 'https://example.edu/~albert/assets/pdf/example_pdf.pdf',
    });
    expect(withBase.report.warnings.filter((w) => w.field === 'pdf')).toEqual([]);
  });

  it('finds the owner spelled three ways and adds the new spellings', () => {
    expect(report.ownerNames).toEqual(['A. Einstein', 'A Einstein']);
  });

  it('writes what the data checker accepts', async () => {
    const checked = await checkDataReport({
      'profile.json': profile('Albert Einstein'),
      'publications.json': file,
    });
    expect(checked.errors.map(formatProblem)).toEqual([]);
  });
});

describe('import-bib on a researcher’s al-folio file, with the usual mess', () => {
  const { report, byKey } = importFixture('al-folio-researcher.bib', {
    ownerNames: ['Dana Rivera'],
  });

  it('takes marks out of names: leading ones as a count, others by name', () => {
    expect(byKey('MASSW2019')).toMatchObject({
      authors: ['Ce Pang', 'Dana Rivera', 'Ning Wang'],
      equalContribution: 2,
      type: 'workshop',
    });
    expect(byKey('TMC2020')).toMatchObject({
      authors: ['Dana Rivera', 'Chidi Okafor', 'Ce Pang', 'Ning Wang'],
      equalContributors: ['Ce Pang'],
    });
    expect(byKey('ICDCS2022')).toMatchObject({
      authors: ['Dana Rivera', 'Sourabh Yadav', 'Chidi Okafor', 'Song Fu'],
      equalContributors: ['Sourabh Yadav'],
    });
  });

  it('normalises DOIs written as addresses or with doi:, and drops one that is not a DOI', () => {
    expect(byKey('CIKM2019')).toMatchObject({ doi: '10.1145/3357384.3357933', links: [] });
    expect(byKey('TMC2018')?.doi).toBe('10.1109/TMC.2017.2767048');
    expect(byKey('MASSW2019')?.doi).toBe('10.1109/MASSW.2019.00042');
    expect(byKey('rivera2023survey')).toMatchObject({
      arxiv: '2305.01234',
      honors: ['Best Survey Award'],
    });
    expect(byKey('rivera2023survey')?.doi).toBeUndefined();
    expect(report.warnings).toContainEqual({
      key: 'rivera2023survey',
      field: 'doi',
      message: '"not available" is not a DOI: left out',
    });
  });

  it('cleans titles, venue badges and addresses', () => {
    expect(byKey('TMC2018')?.title).toBe(
      'An Energy-Efficient Cooperation Mechanism for k-Coverage Hole Healing in WSNs',
    );
    expect(byKey('TMC2020')).toMatchObject({
      venue: 'TMC',
      venueName: 'IEEE Transactions on Mobile Computing',
    });
    expect(byKey('10.5555/3306127.3331720')).toMatchObject({
      id: 'rivera-2019-incentivizing',
      venue: 'AAMAS',
      type: 'conference',
    });
    expect(byKey('ICDCS2022')?.links).toContainEqual({
      kind: 'code',
      url: 'https://github.com/example/consensus',
    });
    expect(byKey('rivera2023survey')?.links).toEqual([
      { kind: 'website', url: 'https://www.example.org/survey' },
    ]);
  });

  it('skips only what cannot be a paper, naming the entry and the field', () => {
    expect(report.skipped).toEqual([
      {
        key: 'rivera2021broken',
        field: '',
        message: expect.stringMatching(/^could not be read: /),
      },
      {
        key: 'rivera2024talk',
        field: 'year',
        message: '"In press" is not a year from 1800 to next year',
      },
    ]);
    expect(report.added).toHaveLength(7);
    expect(report.ownerNames).toEqual(['D. Rivera']);
  });
});
