import { formatterFor, plural } from '#src/i18n/format.ts';
import type { Messages } from './en.ts';

const format = formatterFor('zh-CN');

/** 简体中文界面。 */
export const messages: Messages = {
  language: 'zh-CN',
  format,
  common: {
    retry: '重试',
    entriesSkipped: (count: number) =>
      plural(format, count, { other: '有 # 条内容无法读取，未显示。' }),
  },
  linkKinds: {
    paper: '论文',
    pdf: 'PDF',
    code: '代码',
    website: '网站',
    demo: '演示',
    poster: '海报',
    slides: '幻灯片',
    video: '视频',
    blog: '博客',
    supplement: '补充材料',
    bibtex: 'BibTeX',
    press: '报道',
    other: '链接',
  },
  paperTypes: {
    conference: '会议',
    journal: '期刊',
    workshop: '研讨会',
    preprint: '预印本',
    book: '专著',
    chapter: '书籍章节',
    thesis: '学位论文',
    other: '其他',
  },
};
