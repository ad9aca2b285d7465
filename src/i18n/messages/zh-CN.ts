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
};
