import type { Entry } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { cleanText, normaliseDoi } from './clean-text.ts';
import { arxivOf } from './identifiers.ts';
import { ownerMatcher } from './owner-names.ts';
import { venueOf } from './venue.ts';

describe('normaliseDoi', () => {
  it('reads a DOI however it is written', () => {
    for (const written of [
      '10.1016/j.tej.2020.106883',
      'https://doi.org/10.1016/j.tej.2020.106883',
      'http://dx.doi.org/10.1016/j.tej.2020.106883',
      'https://www.doi.org/10.1016/j.tej.2020.106883',
      'doi:10.1016/j.tej.2020.106883',
      'DOI: 10.1016/j.tej.2020.106883.',
      'https://doi.org/10.1016%2Fj.tej.2020.106883',
    ])
      expect(normaliseDoi(written), written).toBe('10.1016/j.tej.2020.106883');
  });

  it('says no to what is not a DOI', () => {
    for (const written of ['', 'not available', 'https://example.org/paper', '10.1/x'])
      expect(normaliseDoi(written), written).toBeUndefined();
  });
});

describe('cleanText', () => {
  it('keeps the words of the markup the parser makes, and none of its tags', () => {
    expect(
      cleanText(
        'A <i>Sparse</i> <span style="font-variant:small-caps;">MCU</span> &amp; <b>more</b>\n  text',
      ),
    ).toBe('A Sparse MCU & more text');
  });
});

const entry = (key: string, type: string, fields: Entry['fields']): Entry => ({
  key,
  type,
  fields,
  mode: {},
  input: '',
});

describe('venueOf', () => {
  it('names dblp venues by their key: the usual names, the exceptions, the fallback', () => {
    const venue = (key: string, fields: Entry['fields'], type = 'inproceedings') =>
      venueOf(entry(key, type, fields), false).venue;
    expect(venue('DBLP:conf/nips/A23', { booktitle: 'Advances in Neural ... 36' })).toBe('NeurIPS');
    expect(
      venue('DBLP:journals/tkde/A22', { journal: 'IEEE Trans. Knowl. Data Eng.' }, 'article'),
    ).toBe('TKDE');
    expect(venue('DBLP:conf/sigmod/A21', { booktitle: 'SIGMOD Conference 2021' })).toBe('SIGMOD');
    expect(
      venue('renamed', { booktitle: 'x', biburl: 'https://dblp.org/rec/conf/kdd/A20.bib' }),
    ).toBe('KDD');
    expect(
      venueOf(entry('DBLP:journals/corr/abs-1', 'article', { journal: 'CoRR' }), true),
    ).toEqual({ venue: 'arXiv', type: 'preprint' });
  });

  it('strips the year from al-folio’s abbr (the badge adds the year)', () => {
    for (const abbr of ['TSC 2021', "CIKM '20", 'ICLR’24', 'TSC'])
      expect(venueOf(entry('k', 'article', { abbr, journal: 'J' }), false).venue).toMatch(
        /^(TSC|CIKM|ICLR)$/,
      );
  });
});

describe('arxivOf', () => {
  it('finds the arXiv id wherever a source puts it', () => {
    expect(arxivOf({ eprint: '2101.00001', archiveprefix: 'arXiv' })).toEqual({ id: '2101.00001' });
    expect(arxivOf({ volume: 'abs/2101.00001', journal: 'CoRR' })).toEqual({ id: '2101.00001' });
    expect(arxivOf({ journal: 'arXiv preprint arXiv:1510.00149' })).toEqual({ id: '1510.00149' });
    expect(arxivOf({ url: 'https://arxiv.org/pdf/2306.00978v2.pdf' })).toEqual({
      id: '2306.00978',
    });
    expect(arxivOf({ arxiv: '2305.01234' })).toEqual({ id: '2305.01234' });
    expect(arxivOf({ eprint: 'hep-th/9901001v2', eprinttype: 'arxiv' })).toEqual({
      oldStyle: 'hep-th/9901001',
    });
    expect(arxivOf({ eprint: '12345678', eprinttype: 'pubmed' })).toEqual({});
  });
});

describe('ownerMatcher', () => {
  const isOwner = ownerMatcher(['Albert Einstein', 'S. Einstein']);

  it('matches the family name with the given name or its initial', () => {
    for (const name of ['Albert Einstein', 'A. Einstein', 'A Einstein', 'Einstein, Albert'])
      expect(isOwner(name), name).toBe(true);
  });

  it('does not take another person of the same family name for the owner', () => {
    for (const name of [
      'Hans Albert Einstein',
      'Eduard Einstein',
      'B. Einstein',
      'Albert Podolsky',
    ])
      expect(isOwner(name), name).toBe(false);
    // "S. Einstein" in authorNames makes no "Sam Einstein" the owner.
    expect(isOwner('Sam Einstein')).toBe(false);
  });
});
