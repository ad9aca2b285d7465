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
  cite: {
    open: '引用',
    title: '引用这篇论文',
    styleLegend: '格式',
    styles: {
      apa: 'APA',
      ieee: 'IEEE',
      chicago: 'Chicago（作者-日期）',
      mla: 'MLA',
      harvard: 'Harvard',
      bibtex: 'BibTeX',
    },
    referenceLabel: (style: string) => `${style} 格式的参考文献`,
    loading: '正在生成…',
    loadFailed: '无法加载此格式。',
    copy: '复制',
    copied: (style: string) => `已将 ${style} 格式的参考文献复制到剪贴板。`,
    copyFailed: '浏览器不允许复制：参考文献已选中，请手动复制。',
    downloadHeading: '下载到文献管理软件',
    formats: { ris: 'RIS', 'csl-json': 'CSL-JSON', bibtex: 'BibTeX' },
    formatUses: {
      ris: 'EndNote、Zotero、Mendeley',
      'csl-json': 'Zotero、pandoc 等引用工具',
      bibtex: 'LaTeX',
    },
    close: '关闭',
    exportLabel: (count: number, all: boolean) =>
      all
        ? plural(format, count, { other: '导出全部 # 篇论文，格式：' })
        : plural(format, count, { other: '导出 # 篇论文，格式：' }),
  },
};
