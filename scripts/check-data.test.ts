import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, checkDataFolder, DATA_FILE_NAMES, formatProblem } from './check-data.ts';

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

const messages = async (files: Partial<Files>) => (await checkData(files)).map(formatProblem);

describe('the data checker', () => {
  it('accepts the data in data/', async () => {
    expect(await checkDataFolder(join(process.cwd(), 'data'))).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('names the file, the entry and the field of an invalid entry', async () => {
    const files = realData();
    const papers = list(files, 'publications.json', 'papers');
    papers[3] = { ...papers[3], year: 1850 };
    expect(await messages(files)).toEqual([
      'publications.json papers[3] "ese" field "year": must be a year between 1990 and next year',
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
    expect(found).toContain(
      'publications.json papers[1] "pruning" field "id": duplicate id: papers[0] has the same id',
    );
    expect(found).toContain(
      'publications.json papers[2] "eie" field "topics.0": unknown topic "astrology" (not in the topics list)',
    );
    expect(found).toContain(
      'news.json items[0] "2022-09-on-device-training-neurips" field "paperIds.0": no paper with id "no-such-paper" in publications.json',
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

  it('reports a paper entered twice', async () => {
    const files = realData();
    const papers = list(files, 'publications.json', 'papers');
    papers.push({ ...papers[8], id: 'haq-again' });
    const found = await messages(files);
    expect(found).toContain(
      'publications.json papers[47] "haq-again" field "arxiv": same arXiv id as papers[8]: the paper is entered twice',
    );
    expect(found).toContain(
      'publications.json papers[47] "haq-again" field "title": same title as papers[8]: the paper is entered twice',
    );
  });

  it('reports two spellings of one author, but not a name written with initials', async () => {
    const files = realData();
    const papers = list(files, 'publications.json', 'papers');
    papers[2] = { ...papers[2], authors: ['Song Han', 'William Dally'] };
    papers[3] = { ...papers[3], authors: ['Hae Seung Lee', 'W. Dally'] };
    const found = await messages(files);
    expect(found).toContain(
      'publications.json papers[2] "eie" field "authors.1": "William Dally" looks like another spelling of "William J. Dally" (papers[0] "pruning"): write one person\'s name one way',
    );
    expect(found).toContain(
      'publications.json papers[5] "l2dc" field "authors.2": "Hae-Seung Lee" looks like another spelling of "Hae Seung Lee" (papers[3] "ese"): write one person\'s name one way',
    );
    expect(found.filter((m) => m.includes('W. Dally'))).toEqual([]);
  });

  it('reports a missing file and a file of the wrong shape', async () => {
    const files: Partial<Files> = realData();
    delete files['media.json'];
    files['awards.json'] = { honors: 'none' };
    expect(await messages(files)).toEqual([
      'awards.json field "honors": Invalid input: expected array, received string',
      'media.json: file is missing',
    ]);
  });
});
