import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHT } from '#src/search/search-doc.ts';
import { buildSearchIndex } from './build.ts';
import { candidatesFor, forgetCandidates } from './candidates.ts';

const index = buildSearchIndex(
  [
    'HAQ: Hardware-Aware Automated Quantization',
    'Learning both Weights and Connections for Efficient Neural Networks (pruning)',
    'Lite Transformer with Long-Short Range Attention',
    'A song, a long paper, and quantum circuits',
    'Transfer learning on tiny devices',
  ].map((title, i) => ({
    id: `d${i}`,
    fields: [
      { text: title, weight: FIELD_WEIGHT.title },
      { text: 'Quite a long abstract about questions', weight: FIELD_WEIGHT.text },
    ],
  })),
);
const kinds = (typed: string) =>
  Object.fromEntries(candidatesFor(index, typed).map((c) => [c.term, c.kind]));
const terms = (typed: string) => candidatesFor(index, typed).map((c) => c.term);
const quality = (typed: string, term: string) =>
  candidatesFor(index, typed).find((c) => c.term === term)?.quality ?? 0;

describe('candidatesFor', () => {
  it('takes a word as itself, and as the start of longer words while it may still be typed', () => {
    expect(kinds('quant')).toEqual({ quantization: 'prefix', quantum: 'prefix' });
    expect(kinds('long')).toMatchObject({ long: 'exact' });
  });

  it('ranks the word itself above a completion, and a nearer completion above a farther one', () => {
    expect(quality('transfer', 'transfer')).toBeGreaterThan(quality('transf', 'transfer'));
    expect(quality('tran', 'transfer')).toBeGreaterThan(quality('tran', 'transformer'));
  });

  it('finds a piece inside a longer word, from three letters on', () => {
    expect(kinds('former')).toMatchObject({ transformer: 'infix' });
    expect(terms('ea')).not.toContain('learning');
  });

  it('tolerates one typo in a short word and two in a long one', () => {
    expect(kinds('prunng')).toMatchObject({ pruning: 'typo' });
    expect(kinds('quantizaton')).toMatchObject({ quantization: 'typo' });
    expect(kinds('quntizaton')).toMatchObject({ quantization: 'typo' });
    // Three letters off is another word.
    expect(terms('qunizaton')).not.toContain('quantization');
  });

  it('does not take a correct word, or a word of three letters, for a typo', () => {
    expect(terms('song')).toEqual(['song']);
    expect(terms('sng')).toEqual([]);
  });

  it('does not take a word still being typed for a typo: it completes it', () => {
    // "transfo" is one letter from "transfer" too, but begins "transformer".
    expect(kinds('transfo')).toEqual({ transformer: 'prefix' });
    expect(kinds('quantizati')).toEqual({ quantization: 'prefix' });
  });

  it('ranks every correct reading above a typo', () => {
    expect(quality('quantizaton', 'quantization')).toBeLessThan(quality('q', 'quantization'));
  });

  it('matches a short prefix in titles and names only, not in long text', () => {
    const short = candidatesFor(index, 'qu');
    expect(short.find((c) => c.term === 'quite')?.strongOnly).toBe(true);
    expect(candidatesFor(index, 'qui').find((c) => c.term === 'quite')?.strongOnly).toBe(false);
  });

  it('keeps what it learnt beside the index, and can forget it', () => {
    const first = candidatesFor(index, 'quantizaton');
    expect(candidatesFor(index, 'quantizaton')).toBe(first);
    forgetCandidates(index);
    expect(candidatesFor(index, 'quantizaton')).not.toBe(first);
    expect(candidatesFor(index, 'quantizaton')).toEqual(first);
  });
});
