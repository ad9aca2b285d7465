import { describe, expect, it } from 'vitest';
import { highlightPieces } from './highlight.tsx';

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
