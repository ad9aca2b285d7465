import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkData,
  checkDataFolder,
  checkDataReport,
  DATA_SCHEMAS,
  formatProblem,
} from './check-data.ts';

type Files = Record<keyof typeof DATA_SCHEMAS, Record<string, unknown>>;

function realData(): Files {
  const files = {} as Files;
  for (const file of Object.keys(DATA_SCHEMAS) as Array<keyof Files>) {
    files[file] = JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8')) as Record<
      string,
      unknown
    >;
  }
  return files;
}

const messages = (files: Partial<Files>) => checkData(files).map(formatProblem);
const warnings = (files: Partial<Files>) => checkDataReport(files).warnings.map(formatProblem);

describe('the data checker', () => {
  it('accepts the data in data/', () => {
    expect(checkDataFolder(join(process.cwd(), 'data'))).toEqual([]);
  });

  it('names the file, the entry and the field of an invalid entry', () => {
    const files = realData();
    const papers = files['publications.json'].papers as Array<Record<string, unknown>>;
    papers[3] = { ...papers[3], year: 1750 };
    expect(messages(files)).toEqual([
      'publications.json papers[3] "ese" field "year": must be a year between 1800 and next year',
    ]);
  });

  it('finds duplicate ids, dangling references and unknown topics', () => {
    const files = realData();
    const papers = files['publications.json'].papers as Array<Record<string, unknown>>;
    papers[1] = { ...papers[1], id: 'pruning' };
    papers[2] = { ...papers[2], topics: ['astrology'] };
    const news = files['news.json'].items as Array<Record<string, unknown>>;
    news[0] = { ...news[0], paperIds: ['no-such-paper'] };
    const found = messages(files);
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

  it('rejects impossible dates and links that are not http, https or mailto', () => {
    const files = realData();
    const news = files['news.json'].items as Array<Record<string, unknown>>;
    news[1] = { ...news[1], date: '2022-13' };
    news[2] = { ...news[2], links: [{ label: 'x', url: 'javascript:alert(1)' }] };
    const found = messages(files);
    expect(found[0]).toMatch(
      /^news\.json items\[1\] "[a-z0-9-]+" field "date": must be a date written YYYY-MM/,
    );
    expect(found[1]).toMatch(
      /^news\.json items\[2\] "[a-z0-9-]+" field "links\.0\.url": must be an absolute https:, http: or mailto: URL/,
    );
  });

  it('warns of a paper entered twice, without stopping the build', () => {
    const files = realData();
    const papers = files['publications.json'].papers as Array<Record<string, unknown>>;
    papers.push({ ...papers[8], id: 'haq-again' });
    expect(messages(files)).toEqual([]);
    const found = warnings(files);
    expect(found).toContain(
      'publications.json papers[47] "haq-again" field "arxiv": same arXiv id as papers[8]: the paper is entered twice',
    );
    expect(found).toContain(
      'publications.json papers[47] "haq-again" field "title": same title as papers[8]: the paper is entered twice',
    );
  });

  it('warns of two spellings of one author, naming both entries, but does not stop the build', () => {
    const files = realData();
    const papers = files['publications.json'].papers as Array<Record<string, unknown>>;
    papers[2] = { ...papers[2], authors: ['Song Han', 'William Dally'] };
    papers[3] = { ...papers[3], authors: ['Hae Seung Lee', 'W. Dally'] };
    expect(messages(files)).toEqual([]);
    const found = warnings(files);
    expect(found).toContain(
      'publications.json papers[2] "eie" field "authors.1": "William Dally" looks like another spelling of "William J. Dally" (papers[0] "pruning"): write one person\'s name one way',
    );
    expect(found).toContain(
      'publications.json papers[5] "l2dc" field "authors.2": "Hae-Seung Lee" looks like another spelling of "Hae Seung Lee" (papers[3] "ese"): write one person\'s name one way',
    );
    expect(found.filter((m) => m.includes('W. Dally'))).toEqual([]);
  });

  it('accepts a paper with no authors, venue, topics or links, and any year from 1800', () => {
    const files = realData();
    const papers = files['publications.json'].papers as Array<Record<string, unknown>>;
    papers.push({ id: 'brownian', title: 'On Brownian Motion', year: 1905, type: 'journal' });
    expect(messages(files)).toEqual([]);
  });

  it('warns of an equal contributor who is not among the authors', () => {
    const files = realData();
    const papers = files['publications.json'].papers as Array<Record<string, unknown>>;
    papers[2] = { ...papers[2], equalContributors: ['Nobody Here'] };
    expect(messages(files)).toEqual([]);
    expect(warnings(files)).toEqual([
      'publications.json papers[2] "eie" field "equalContributors.0": "Nobody Here" is not one of the paper\'s authors: write the name as in "authors"',
    ]);
  });

  it('reports a missing file and a file of the wrong shape', () => {
    const files: Partial<Files> = realData();
    delete files['media.json'];
    files['awards.json'] = { honors: 'none' };
    expect(messages(files)).toEqual([
      'awards.json field "honors": Invalid input: expected array, received string',
      'media.json: file is missing',
    ]);
  });
});
