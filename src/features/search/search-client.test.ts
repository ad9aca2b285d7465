import { describe, expect, it } from 'vitest';
import { arrivedAnswer, searchClientFor } from './search-client.ts';
import { highlightPieces } from './highlight.tsx';

const papers = [
  { id: 'haq', title: 'HAQ: Hardware-Aware Automated Quantization' },
  { id: 'amc', title: 'AMC: AutoML for Model Compression' },
];
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
    expect(answer.ids).toEqual(['haq']);
    expect(arrivedAnswer(items, 'quantization')).toBe(answer);
    // Another collection has its own index and answers.
    expect(arrivedAnswer([...papers], 'quantization')).toBeUndefined();
  });

  it('answers a small collection within the render once its index is built', async () => {
    const items = [...papers];
    await searchClientFor(items, toDoc).search('haq');
    // Never asked before, yet at hand: the index is in this thread.
    expect(arrivedAnswer(items, 'compression')?.ids).toEqual(['amc']);
  });
});

describe('highlightPieces', () => {
  it('marks the matched words and leaves texts without them whole', () => {
    const terms = new Set(['quantization']);
    expect(highlightPieces('HAQ: Hardware-Aware Automated Quantization', terms)).toEqual([
      { text: 'HAQ: Hardware-Aware Automated ', match: false },
      { text: 'Quantization', match: true },
    ]);
    expect(highlightPieces('AMC: AutoML for Model Compression', terms)).toEqual([
      { text: 'AMC: AutoML for Model Compression', match: false },
    ]);
    // Parts of compound names match on their own.
    expect(highlightPieces('ProxylessNAS', new Set(['nas']))).toEqual([
      { text: 'ProxylessNAS', match: true },
    ]);
  });
});
