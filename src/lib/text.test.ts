import { describe, expect, it } from 'vitest';
import { compareText, foldText, slugify } from './text.ts';

describe('foldText', () => {
  it('lower-cases plain ASCII and strips accents from the rest', () => {
    expect(foldText('MCUNet: Tiny Deep Learning')).toBe('mcunet: tiny deep learning');
    expect(foldText('Müller Ångström')).toBe('muller angstrom');
    expect(foldText('naïve\tTAB')).toBe('naive\ttab');
  });
});

describe('compareText', () => {
  it('orders alphabetically, ignoring case and accents', () => {
    const labels = ['Oral', 'best paper', 'Émergence', 'Spotlight', 'award'];
    expect([...labels].sort(compareText)).toEqual([
      'award',
      'best paper',
      'Émergence',
      'Oral',
      'Spotlight',
    ]);
    expect(compareText('NeurIPS', 'neurips')).toBe(0);
  });
});

describe('slugify', () => {
  it('turns a label into a URL value', () => {
    expect(slugify('Best Paper Award')).toBe('best-paper-award');
    expect(slugify('  Señal / IEEE Micro ')).toBe('senal-ieee-micro');
  });
});
