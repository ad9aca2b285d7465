import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_CRITERIA, parseCriteria, serializeCriteria } from '#src/search/criteria.ts';
import { authorSlug } from './author-slug.ts';

describe('authorSlug', () => {
  it('writes a name as the URL names it: folded, lower-case, words joined by hyphens', () => {
    expect(authorSlug('José García')).toBe('jose-garcia');
    expect(authorSlug('Jun-Yan Zhu')).toBe('jun-yan-zhu');
    expect(authorSlug('William J. Dally')).toBe('william-j-dally');
    expect(authorSlug('Ærø Straße')).toBe('aero-strasse');
    expect(authorSlug("O'Brien")).toBe('o-brien');
  });

  it('gives a name in another script a value of its own, letter by letter', () => {
    expect(authorSlug('韩松')).toMatch(/^x[0-9a-z]+-x[0-9a-z]+$/);
    expect(authorSlug('韩松')).not.toBe(authorSlug('韩林'));
    expect(authorSlug('Zhang 张伟')).toMatch(/^zhang-x/);
    expect(authorSlug(' — ')).toBe('');
  });

  it('is, for any name, a value the URL keeps as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (name) => {
        const slug = authorSlug(name);
        if (slug === '') return;
        const search = serializeCriteria({ ...EMPTY_CRITERIA, authors: [slug] });
        expect(parseCriteria(search).authors).toEqual([slug]);
      }),
      { numRuns: 500 },
    );
  });
});
