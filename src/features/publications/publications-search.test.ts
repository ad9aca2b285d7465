import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '#src/search/engine/build.ts';
import { searchIndex } from '#src/search/engine/query.ts';
import { sortPapers } from './filter-publications.ts';
import { messages } from '#src/i18n/messages/en.ts';
import { PublicationsFileSchema } from './publications-schema.ts';
import { paperSearchDoc, topicLabelMap } from './publications-search.ts';

const data = PublicationsFileSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), 'data', 'publications.json'), 'utf8')),
);
// As the page searches them: newest first, so that equal matches keep that order.
const papers = sortPapers(data.papers);
const labels = { topics: topicLabelMap(data.topics), types: messages.paper.types };
const index = buildSearchIndex(papers.map((paper) => paperSearchDoc(paper, labels)));
const found = (query: string) => searchIndex(index, query).hits.map((hit) => hit.id);

/** Queries a visitor types, and the paper they mean (written from data/publications.json). */
const FIRST: Array<[query: string, paper: string]> = [
  // Its short name; the 2022 survey and the 2019 design automation paper match too, as words.
  ['deep compression', 'deep-compression'],
  // EIE's alias; TorchSparse's title has the three words too, apart.
  ['efficient inference engine', 'eie'],
  // MCUNet's short name; MCUNetV2 and On-Device Training (alias MCUNetV3) match as longer words.
  ['mcunet', 'mcunet'],
  // Side by side in TSM's title.
  ['temporal shift', 'tsm'],
  ['temporal shift module', 'tsm'],
  ['tsm', 'tsm'],
  ['once for all', 'ofa'],
  ['once-for-all', 'ofa'],
  ['ofa', 'ofa'],
  ['haq', 'haq'],
  ['hardware-aware quantization', 'haq'],
  // A short name that is also a word in other titles (Deep Compression's, APQ's, SpAtten's...).
  ['pruning', 'pruning'],
  ['learning both weights', 'pruning'],
  ['gan compression', 'gan-compression'],
  ['lite transformer', 'lite-transformer'],
  ['proxyless', 'proxylessnas'],
  // Typos, and a last word still being typed.
  ['deep compresion', 'deep-compression'],
  ['mcunt', 'mcunet'],
  ['efficient inference engin', 'eie'],
  ['deep comp', 'deep-compression'],
];

describe('publication search, best match first', () => {
  it.each(FIRST)('"%s" lists %s first', (query, paper) => {
    expect(found(query)[0]).toBe(paper);
  });

  it('still finds the weaker matches, after the best one', () => {
    expect(found('deep compression')).toEqual(
      expect.arrayContaining(['deep-compression', 'mobile-dl-survey', 'design-automation']),
    );
    expect(found('efficient inference engine')).toEqual(['eie', 'torchsparse']);
    expect(found('mcunet')).toEqual(['mcunet', 'mcunetv2', 'on-device-training']);
    expect(found('quantizaton')).toEqual(expect.arrayContaining(['haq', 'defensive-quantization']));
  });

  it("puts an author's papers first for their name, newest first", () => {
    const byJiLin = new Set(papers.filter((p) => p.authors?.includes('Ji Lin')).map((p) => p.id));
    const hits = found('ji lin');
    expect(byJiLin.size).toBeGreaterThan(5);
    // Every paper by Ji Lin before any paper with a Ji and a Lin among other authors.
    expect(hits.slice(0, byJiLin.size).every((id) => byJiLin.has(id))).toBe(true);
    const years = hits.slice(0, byJiLin.size).map((id) => papers.find((p) => p.id === id)?.year);
    expect(years).toEqual([...years].sort((a = 0, b = 0) => b - a));
  });

  it('ranks a title word above the same word among the topics', () => {
    const hits = found('compression');
    const inTitle = hits.filter((id) =>
      /compression/i.test(papers.find((p) => p.id === id)?.title ?? ''),
    );
    expect(hits.slice(0, inTitle.length).sort()).toEqual([...inTitle].sort());
  });
});
