import { describe, expect, it } from 'vitest';
import { messages as en } from '#src/i18n/messages/en.ts';
import { messages as zhCN } from '#src/i18n/messages/zh-CN.ts';

// The catalogues write month names and lists themselves (Intl's formatters are slow to build on
// a phone): they must say exactly what Intl says, or a page would read differently per language.
describe.each([en, zhCN])('the $language catalogue', ({ language, format }) => {
  it.each(['short', 'long'] as const)('writes every month as Intl does (%s)', (style) => {
    const intl = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: style,
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month++) {
      const date = `2022-${String(month).padStart(2, '0')}`;
      expect(format.yearMonth(date, style)).toBe(intl.format(Date.UTC(2022, month - 1, 1)));
    }
  });

  it('joins lists as Intl does', () => {
    const intl = new Intl.ListFormat(language, { type: 'conjunction' });
    const words = ['papers', 'news', 'awards', 'industry impact', 'media'];
    for (let n = 0; n <= words.length; n++)
      expect(format.list(words.slice(0, n))).toBe(intl.format(words.slice(0, n)));
  });

  it('leaves a date it cannot read as it is', () => {
    expect(format.yearMonth('soon')).toBe('soon');
  });
});
