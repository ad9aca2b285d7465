import { describe, expect, it } from 'vitest';
import { checkDataReport, formatProblem } from '../check-data.ts';
import { importFixture } from './test-helpers.ts';

describe('import-bib on a dblp export', () => {
  const { file, report, byKey } = importFixture('dblp.bib', { ownerNames: ['Chenxi Qiu'] });

  it('names the venue by dblp’s key for the badge and keeps the full name', () => {
    expect(byKey('DBLP:conf/ijcai/QiuAS24')).toMatchObject({
      venue: 'IJCAI',
      venueName:
        'Proceedings of the Thirty-Third International Joint Conference on Artificial Intelligence, IJCAI 2024, Jeju, South Korea, August 3-9, 2024',
      type: 'conference',
    });
    const venues = Object.fromEntries(
      file.papers.map((p) => [String(p.id), `${String(p.venue)} ${String(p.type)}`]),
    );
    expect(venues).toEqual({
      'qiu-2024-obfuscation': 'IJCAI conference',
      'qiu-2022-location': 'TKDE journal',
      'liu-2023-private': 'NeurIPS conference',
      'galle-2022-sparse': 'ICLR conference',
      'qiu-2020-time': 'CIKM conference',
      'qiu-2021-privacy': 'CVPR Workshops workshop',
      'pang-2023-demo': 'MobiCom conference',
      'qiu-2025-consensus': 'arXiv preprint',
      'qiu-2022-distributed': 'ICDCS conference',
    });
  });

  it('reads a venue given as a crossref to a proceedings entry, which is no paper itself', () => {
    expect(byKey('DBLP:conf/icdcs/QiuYAS22')).toMatchObject({
      venue: 'ICDCS',
      venueName:
        '42nd IEEE International Conference on Distributed Computing Systems, ICDCS 2022, Bologna, Italy, July 10-13, 2022',
    });
    expect(report.skipped).toEqual([
      {
        key: 'DBLP:conf/icdcs/2022',
        field: '',
        message: 'a volume, not a paper: the venue of DBLP:conf/icdcs/QiuYAS22 (crossref)',
      },
    ]);
  });

  it('makes a CoRR entry a preprint with its arXiv id, folded into its published version', () => {
    expect(byKey('DBLP:journals/corr/abs-2501-04321')).toMatchObject({
      venue: 'arXiv',
      type: 'preprint',
      arxiv: '2501.04321',
    });
    expect(report.merged).toEqual([
      { key: 'DBLP:journals/corr/abs-2403-01234', into: 'DBLP:conf/ijcai/QiuAS24' },
    ]);
    expect(byKey('DBLP:conf/ijcai/QiuAS24')).toMatchObject({
      arxiv: '2403.01234',
      links: [{ kind: 'paper', url: 'https://www.ijcai.org/proceedings/2024/777' }],
    });
    expect(byKey('DBLP:conf/ijcai/QiuAS24')?.doi).toBeUndefined();
  });

  it('drops dblp’s homonym numbers and TeX from names', () => {
    expect(byKey('DBLP:journals/tkde/QiuSW22')?.authors).toEqual([
      'Chenxi Qiu',
      'Anna Cinzia Squicciarini',
      'Wei Wang',
    ]);
    expect(byKey('DBLP:conf/nips/LiuQ23')?.authors).toEqual(['Ming-Yu Liu', 'Chenxi Qiu']);
    expect(byKey('DBLP:conf/iclr/GalleQ22')?.authors).toEqual([
      'Matthias Gallé',
      'Charu Aggarwal',
      'Chenxi Qiu',
    ]);
    expect(byKey('DBLP:conf/nips/LiuQ23')?.links).toEqual([
      {
        kind: 'paper',
        url: 'http://papers.nips.cc/paper_files/paper/2023/hash/abc-Abstract-Conference.html',
      },
    ]);
  });

  it('leaves co-authors spelled two ways to a warning of the checker, not an error', async () => {
    const checked = await checkDataReport({
      'profile.json': { name: 'Chenxi Qiu', authorNames: ['Chenxi Qiu'] },
      'publications.json': file,
    });
    expect(checked.errors.map(formatProblem)).toEqual([]);
    expect(checked.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /"galle-2022-sparse" .*"Charu Aggarwal" .* "Charu C\. Aggarwal" \(papers\[0\] "qiu-2024-obfuscation"\)/,
      ),
      expect.stringMatching(/"pang-2023-demo" .*"Anna Squicciarini" .* "Anna C\. Squicciarini"/),
    ]);
  });
});

describe('import-bib on a Google Scholar export', () => {
  const { report, byKey } = importFixture('scholar.bib', { ownerNames: ['Song Han'] });

  it('recognises venues Scholar gives by full name only, and its arXiv "journals"', () => {
    expect(byKey('han2015learning')).toMatchObject({ venue: 'NeurIPS', type: 'conference' });
    expect(byKey('han2016eie')).toMatchObject({ venue: 'ISCA', type: 'conference' });
    expect(byKey('cai2018proxylessnas')).toMatchObject({ venue: 'ICLR', year: 2019 });
    expect(byKey('han2015deep')).toMatchObject({
      venue: 'arXiv',
      type: 'preprint',
      arxiv: '1510.00149',
    });
    expect(byKey('han2015deep')?.venueName).toBeUndefined();
    expect(byKey('han2017efficient')).toMatchObject({
      type: 'thesis',
      venueName: 'Stanford University',
    });
  });

  it('keeps the published version of a preprint listed before it, with its arXiv id', () => {
    expect(report.merged).toEqual([{ key: 'lin2024qserve', into: 'lin2024qserve2' }]);
    expect(byKey('lin2024qserve2')).toMatchObject({
      title: 'QServe: W4A8KV4 Quantization and System Co-design for Efficient LLM Serving',
      venue: 'MLSys',
      type: 'conference',
      year: 2025,
      arxiv: '2405.04532',
    });
  });
});

describe('import-bib on a Zotero (Better BibLaTeX) export', () => {
  const topics = [
    { id: 'tinyml', label: 'TinyML' },
    { id: 'speech', label: 'Speech' },
  ];
  const { report, byKey } = importFixture(
    'zotero.bib',
    { ownerNames: ['Jörg Müller'] },
    { topics, papers: [] },
  );

  it('turns LaTeX accents and macros into plain text', () => {
    expect(byKey('mullerEfficientKeywordSpotting2022')).toMatchObject({
      title: 'Efficient Keyword Spotting on MCUs with Sparse α-Attention & Friends',
      authors: ['Jörg Müller', 'François Émile', 'María García'],
      abstract: 'We spot keywords on microcontrollers with under 256 kB of memory.',
    });
    expect(byKey('muellerTinyAttentionMicrocontrollers2024')?.authors).toEqual([
      'Jörg Müller',
      'Erwin Schrödinger',
      'María García',
      'Søren Østergaard',
    ]);
  });

  it('reads biblatex fields: date, journaltitle, shortjournal, shorttitle, eprint, series', () => {
    expect(byKey('mullerEfficientKeywordSpotting2022')).toMatchObject({
      venue: 'TPAMI',
      venueName: 'IEEE Transactions on Pattern Analysis and Machine Intelligence',
      year: 2022,
      doi: '10.1109/TPAMI.2021.3052/1',
      topics: ['tinyml', 'speech'],
    });
    expect(byKey('muellerTinyAttentionMicrocontrollers2024')).toMatchObject({
      shortName: 'TinyAttention',
      venue: 'arXiv',
      type: 'preprint',
      arxiv: '2402.05678',
      topics: ['tinyml'],
    });
    expect(byKey('muellerTinyAttentionMicrocontrollers2024')?.doi).toBeUndefined();
    expect(byKey('mullerOnDeviceTraining2023')).toMatchObject({
      venue: 'NeurIPS',
      doi: '10.5555/3666122.3666123',
    });
    expect(byKey('mullerHandbuchEingebetteteSysteme1998')).toMatchObject({
      type: 'book',
      year: 1998,
    });
    expect(byKey('mullerChapterSensors2010')).toMatchObject({
      type: 'chapter',
      venueName: 'Handbook of Embedded Computing',
    });
    expect(byKey('oldArxiv1999')?.links).toEqual([
      { kind: 'paper', url: 'https://arxiv.org/abs/cs/9901001' },
    ]);
  });

  it('imports papers whose keywords name no topic, and says which', () => {
    expect(byKey('mullerOnDeviceTraining2023')?.topics).toBeUndefined();
    expect(report.warnings).toContainEqual({
      key: '4 entries',
      field: 'keywords',
      message: expect.stringContaining(
        'mullerOnDeviceTraining2023, mullerHandbuchEingebetteteSysteme1998, mullerChapterSensors2010, oldArxiv1999',
      ),
    });
    expect(report.ownerNames).toEqual(['J. Müller']);
  });
});
