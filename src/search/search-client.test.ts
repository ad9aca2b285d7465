import { describe, expect, it } from 'vitest';
import {
  arrivedAnswer,
  expectSearch,
  searchAhead,
  searchClientFor,
  whenSearchLikely,
  whenTyped,
} from './search-client.ts';
import type { SearchAnswer } from './search-answer.ts';

const papers = [
  { id: 'haq', title: 'HAQ: Hardware-Aware Automated Quantization' },
  { id: 'amc', title: 'AMC: AutoML for Model Compression' },
];
const idsOf = (answer: SearchAnswer | undefined, items: typeof papers) =>
  answer && [...answer.positions].map((position) => items[position]?.id);
const toDoc = (paper: (typeof papers)[number]) => ({
  id: paper.id,
  fields: [{ text: paper.title, weight: 1 }],
});

describe('searchClientFor', () => {
  it('asks once per query and then has the answer at hand', async () => {
    const items = [...papers];
    const client = searchClientFor(items, toDoc);
    expect(arrivedAnswer(items, 'quantization')).toBeUndefined();
    const first = client.search('quantization');
    expect(client.search('quantization')).toBe(first);
    const answer = await first;
    expect(idsOf(answer, items)).toEqual(['haq']);
    expect(arrivedAnswer(items, 'quantization')).toEqual({ query: 'quantization', answer });
    // The same object each time: what renders from it need not render again.
    expect(arrivedAnswer(items, 'quantization')?.answer).toBe(answer);
    expect(arrivedAnswer(items, 'quantization')).toBe(arrivedAnswer(items, 'quantization'));
    // Another collection has its own index and answers.
    expect(arrivedAnswer([...papers], 'quantization')).toBeUndefined();
  });

  it('answers a small collection within the render once its index is built', async () => {
    const items = [...papers];
    await searchClientFor(items, toDoc).search('haq');
    // Never asked before, yet at hand: the index is in this thread.
    expect(idsOf(arrivedAnswer(items, 'compression')?.answer, items)).toEqual(['amc']);
  });
});

describe('whenSearchLikely', () => {
  it('waits for the visitor to turn to the search, then prepares at once', () => {
    const prepared: string[] = [];
    whenSearchLikely(() => prepared.push('news'));
    const cancel = whenSearchLikely(() => prepared.push('gone'));
    cancel();
    expect(prepared).toEqual([]);
    expectSearch();
    expect(prepared).toEqual(['news']);
    whenSearchLikely(() => prepared.push('awards'));
    expectSearch();
    expect(prepared).toEqual(['news', 'awards']);
  });
});

describe('whenTyped', () => {
  it('hears each query as it is typed, not a blank one, until cancelled', () => {
    const heard: string[] = [];
    const cancel = whenTyped((query) => heard.push(query));
    searchAhead('q');
    searchAhead('   ');
    searchAhead('qu');
    cancel();
    searchAhead('qua');
    expect(heard).toEqual(['q', 'qu']);
  });
});
