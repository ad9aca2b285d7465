import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkData,
  checkDataFolderReport,
  checkDataReport,
  DATA_FILE_NAMES,
  formatProblem,
} from './check-data.ts';

type Files = Record<string, Record<string, unknown>>;

function realData(): Files {
  const files: Files = {};
  for (const file of DATA_FILE_NAMES) {
    files[file] = JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8')) as Record<
      string,
      unknown
    >;
  }
  return files;
}

/** One list of a data file, to change an entry of it. */
function list(files: Files, file: string, name: string): Array<Record<string, unknown>> {
  const value = files[file]?.[name];
  if (!Array.isArray(value)) throw new Error(`${file} has no list ${name}`);
  return value as Array<Record<string, unknown>>;
}

const messages = async (files: Files) => (await checkData(files)).map(formatProblem);
const warnings = async (files: Files) => (await checkDataReport(files)).warnings.map(formatProblem);

type Paper = Record<string, unknown>;
/** What the checker says of data/ with its papers changed: errors stop the build, warnings do not. */
async function checkPapers(change: (papers: Paper[]) => void) {
  const files = realData();
  change(list(files, 'publications.json', 'papers'));
  return { errors: await messages(files), warnings: await warnings(files) };
}

describe('the data checker', () => {
  it('accepts the data in data/', async () => {
    expect(await checkDataFolderReport(join(process.cwd(), 'data'))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('names the file, the entry and the field of an invalid entry', async () => {
    const found = await checkPapers((papers) => {
      papers[3] = { ...papers[3], year: 1750 };
    });
    expect(found.errors).toEqual([
      'publications.json papers[3] "ese" field "year": must be a year between 1800 and next year',
    ]);
  });

  it('finds duplicate ids, dangling references and unknown topics', async () => {
    const files = realData();
    const papers = list(files, 'publications.json', 'papers');
    papers[1] = { ...papers[1], id: 'pruning' };
    papers[2] = { ...papers[2], topics: ['astrology'] };
    const news = list(files, 'news.json', 'items');
    news[0] = { ...news[0], paperIds: ['no-such-paper'] };
    const found = await messages(files);
    expect(found).toEqual(
      expect.arrayContaining([
        'publications.json papers[1] "pruning" field "id": duplicate id: papers[0] has the same id',
        'publications.json papers[2] "eie" field "topics.0": unknown topic "astrology" (not in the topics list)',
        'news.json items[0] "2022-09-on-device-training-neurips" field "paperIds.0": no paper with id "no-such-paper" in publications.json',
      ]),
    );
  });

  it('rejects impossible dates and links that are not http, https or mailto', async () => {
    const files = realData();
    const news = list(files, 'news.json', 'items');
    news[1] = { ...news[1], date: '2022-13' };
    news[2] = { ...news[2], links: [{ label: 'x', url: 'javascript:alert(1)' }] };
    const found = await messages(files);
    expect(found[0]).toMatch(
      /^news\.json items\[1\] "[a-z0-9-]+" field "date": must be a date written YYYY-MM/,
    );
    expect(found[1]).toMatch(
      /^news\.json items\[2\] "[a-z0-9-]+" field "links\.0\.url": must be an absolute https:, http: or mailto: URL/,
    );
  });

  it('warns of a paper entered twice, without stopping the build', async () => {
    const found = await checkPapers((papers) => papers.push({ ...papers[8], id: 'haq-again' }));
    expect(found).toEqual({
      errors: [],
      warnings: expect.arrayContaining([
        'publications.json papers[47] "haq-again" field "arxiv": same arXiv id as papers[8]: the paper is entered twice',
        'publications.json papers[47] "haq-again" field "title": same title as papers[8]: the paper is entered twice',
      ]),
    });
  });

  it('tells Chinese titles apart: different titles are not one paper entered twice', async () => {
    const titled = (papers: Paper[], titles: string[]) =>
      titles.forEach((title, i) =>
        papers.push({ ...papers[8], id: `zh-${i}`, arxiv: undefined, title }),
      );
    const different = ['面向边缘设备的模型量化', '基于知识蒸馏的文本分类'];
    expect((await checkPapers((papers) => titled(papers, different))).warnings).toEqual([]);
    const found = await checkPapers((papers) =>
      titled(papers, [...different, '基于知识蒸馏的文本分类。']),
    );
    expect(found.warnings).toEqual([
      'publications.json papers[49] "zh-2" field "title": same title as papers[48]: the paper is entered twice',
    ]);
  });

  it('warns of two spellings of one author, naming both entries, but does not stop the build', async () => {
    const found = await checkPapers((papers) => {
      papers[2] = { ...papers[2], authors: ['Song Han', 'William Dally'] };
      papers[3] = { ...papers[3], authors: ['Hae Seung Lee', 'W. Dally'] };
    });
    expect(found).toEqual({
      errors: [],
      warnings: expect.arrayContaining([
        'publications.json papers[2] "eie" field "authors.1": "William Dally" looks like another spelling of "William J. Dally" (papers[0] "pruning"): write one person\'s name one way',
        'publications.json papers[5] "l2dc" field "authors.2": "Hae-Seung Lee" looks like another spelling of "Hae Seung Lee" (papers[3] "ese"): write one person\'s name one way',
      ]),
    });
    expect(found.warnings.filter((m) => m.includes('W. Dally'))).toEqual([]);
  });

  it('accepts a paper with no authors, venue, topics or links, and any year from 1800', async () => {
    const found = await checkPapers((papers) =>
      papers.push({ id: 'brownian', title: 'On Brownian Motion', year: 1905, type: 'journal' }),
    );
    expect(found.errors).toEqual([]);
  });

  it('warns of an equal contributor who is not among the authors', async () => {
    const found = await checkPapers((papers) => {
      papers[2] = { ...papers[2], equalContributors: ['Nobody Here'] };
    });
    expect(found).toEqual({
      errors: [],
      warnings: [
        'publications.json papers[2] "eie" field "equalContributors.0": "Nobody Here" is not one of the paper\'s authors: write the name as in "authors"',
      ],
    });
  });

  it('reports a file of the wrong shape and a missing profile; a section without its file is left out', async () => {
    const files = realData();
    delete files['media.json'];
    delete files['profile.json'];
    files['awards.json'] = { honors: 'none' };
    expect(await messages(files)).toEqual([
      'profile.json: file is missing',
      'awards.json field "honors": Invalid input: expected array, received string',
    ]);
    files['site.json'] = { sections: ['publications', 'media'] };
    expect(await warnings(files)).toContain(
      'site.json field "sections": lists "media", but media.json has nothing for it: the section is left out',
    );
  });

  it('checks site.json: the language, the address and the sections', async () => {
    const files: Files = {
      ...realData(),
      'site.json': { language: 'xx', url: 'ftp://example.org', sections: ['news', 'news', 'blog'] },
    };
    const found = await messages(files);
    expect(found.some((m) => m.startsWith('site.json field "language": must be one of'))).toBe(
      true,
    );
    expect(found).toContain('site.json field "url": must be an absolute https: or http: URL');
    expect(found.some((m) => m.startsWith('site.json field "sections'))).toBe(true);
  });
});
