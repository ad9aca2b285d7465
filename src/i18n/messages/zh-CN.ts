import type { ReactNode } from 'react';
import { formatterFor, phrase, plural } from '#src/i18n/format.ts';
import type { Messages } from '#src/i18n/messages/en.ts';

const format = formatterFor('zh-CN', {
  yearMonth: (year, month) => `${year}年${month}月`,
  // "甲和乙"，"甲、乙和丙"。
  list: (items) =>
    items.length <= 2 ? items.join('和') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`,
});
const n = (value: number) => format.number(value);

/** 简体中文界面：与英文目录的键一一对应（类型检查保证不缺词）。 */
export const messages: Messages = {
  language: 'zh-CN',
  format,
  common: {
    retry: '重试',
    clearSearch: '清除搜索',
    clearSearchAndFilters: '清除搜索和筛选',
    entriesSkipped: (count: number) => `有 ${n(count)} 条内容无法读取，未显示。`,
    loading: (what: string) => `正在加载${what}`,
    couldNotLoad: (what: string) => `${what}无法加载。`,
    couldNotShow: (what: string) => `${what}无法显示。`,
    somethingWentWrong: '页面的这一部分出错了，页面的其他部分仍可正常使用。',
    unknownError: '发生了未知错误。',
    links: '链接',
  },
  dataErrors: {
    network: (file: string) => `无法访问 ${file}：网络似乎已断开。`,
    http: (file: string, status: number) => `无法加载 ${file}（服务器返回 ${status}）。`,
    notJson: (file: string) => `${file} 不是有效的 JSON。`,
    shape: (file: string, where: string, detail: string) =>
      `${file}${where ? ` 的 ${where} 处` : ''}格式不符合要求：${detail}。`,
  },
  sections: {
    research: { title: '研究方向', nav: '研究', what: '研究方向' },
    publications: { title: '论文', nav: '论文', what: '论文列表' },
    news: { title: '新闻', nav: '新闻', what: '新闻' },
    awards: { title: '奖项', nav: '奖项', what: '奖项' },
    impact: { title: '产业影响', nav: '影响', what: '产业影响' },
    media: { title: '媒体报道', nav: '媒体', what: '媒体报道' },
    teaching: { title: '教学', nav: '教学', what: '教学' },
    sponsors: { title: '资助方', nav: '资助', what: '资助方' },
    contact: { title: '教育背景与联系方式', nav: '联系', what: '联系方式' },
  },
  app: {
    skipToMain: '跳到正文',
    sectionsNav: '栏目',
    copyright: (name: string) => `© ${name}。`,
    shareHint: '搜索词、筛选条件和当前视图都保存在地址栏中：复制地址即可分享此视图。',
  },
  head: {
    who: (name: string, role: string) => (role ? `${name}，${role}。` : `${name}。`),
    holds: (sections: readonly string[]) => (sections.length > 0 ? `${sections.join('、')}。` : ''),
    feedTitle: (name: string) => `${name}：新闻`,
  },
  paperPage: {
    allPublications: (name: string) => `${name}：全部论文`,
  },
  theme: {
    button: (now: string, next: string) => `主题：${now}。切换为${next}`,
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  search: {
    label: (sections: readonly string[]) => `搜索${sections.join('、')}`,
    placeholder: '搜索…',
    searching: '正在搜索…',
    hint: '输入即可搜索所有栏目；按 / 跳到这里，按 Esc 清除。',
    found: (sections: readonly string[]) => `找到：${sections.join('，')}。`,
    nothingMatches: (query: string) => `没有与“${query}”匹配的内容。`,
    scopes: {
      publications: '论文',
      news: '新闻',
      awards: '奖项',
      impact: '产业影响',
      media: '媒体报道',
    },
  },
  profile: {
    loading: '正在加载个人信息',
    fallbackTitle: '个人信息',
    what: '个人信息',
    projects: '项目：',
    education: '教育背景',
    contact: '联系方式',
    email: '电子邮件：',
    advisor: (name: string) => `导师：${name}`,
  },
  paperRefs: {
    paper: () => '论文：',
    fromPaper: () => '来自论文：',
  },
  publications: {
    count: (count: number) => `${n(count)} 篇论文`,
    countOf: (shown: number, total: number) => `${n(shown)} / ${n(total)} 篇论文`,
    yearCount: (count: number) => `（${n(count)} 篇论文）`,
    filters: '筛选',
    filtersActive: (count: number) => `筛选（${n(count)}）`,
    filterHeading: '筛选论文',
    showingOne: '正在显示一篇论文。',
    showAll: '显示全部论文',
    noMatchQuery: (query: string, withFilters: boolean) =>
      `${withFilters ? '在当前筛选条件下，' : ''}没有与“${query}”匹配的论文。`,
    noMatchFilters: '没有符合这些筛选条件的论文。',
    showMore: (count: number) => `再显示 ${n(count)} 篇`,
    shownOf: (shown: number, total: number) => `已显示 ${n(shown)} / ${n(total)} 篇`,
    loadingFilters: '正在加载筛选条件',
  },
  paper: {
    equalContribution: '同等贡献',
    equalContributionNote: '（* 同等贡献）',
    abstract: '摘要',
    resourcesFor: (name: string) => `${name} 的资源`,
    topics: '主题',
    showTopic: (topic: string) => `显示所有“${topic}”主题的论文`,
    bibtex: 'BibTeX',
    citation: '引用',
    arxiv: 'arXiv',
    doi: 'DOI',
    linkKinds: {
      paper: '论文',
      code: '代码',
      website: '网站',
      demo: '演示',
      poster: '海报',
      slides: '幻灯片',
      video: '视频',
      pdf: 'PDF',
      blog: '博客',
      supplement: '补充材料',
      bibtex: 'BibTeX',
      press: '报道',
      other: '链接',
    },
    types: {
      conference: '会议论文',
      journal: '期刊论文',
      workshop: '研讨会论文',
      preprint: '预印本',
      book: '专著',
      chapter: '书籍章节',
      thesis: '学位论文',
      other: '其他',
    },
  },
  sort: {
    label: '排序',
    relevance: '最相关在前',
    newest: '最新在前',
    oldest: '最早在前',
  },
  filters: {
    year: '年份',
    from: '从',
    to: '到',
    anyYear: '不限年份',
    yearOption: (year: number, count: number) => `${year}（${n(count)}）`,
    topic: '主题',
    type: '类型',
    honor: '荣誉',
    venue: '发表于',
    optionCount: (count: number) => `（${n(count)} 篇论文）`,
    perYear: '每年论文数',
    yearShort: (year: number) => `’${String(year).slice(-2)}`,
    yearBar: (year: number, count: number) => `${year}年：${n(count)} 篇论文`,
    perYearSummary: (bars: readonly string[]) => `每年论文数：${bars.join('；')}`,
    chartHint: '选择一个年份，再选另一个即为年份范围。',
    authors: '作者',
    findAuthor: '查找合作者',
    authorsTop: (shown: number, total: number) =>
      shown === 0
        ? '这些论文没有合作者。'
        : shown === total
          ? `这些论文的全部 ${n(total)} 位合作者。`
          : `${n(total)} 位合作者中最常见的 ${n(shown)} 位。`,
    authorsFound: (found: number, shown: number, typed: string) =>
      found === 0
        ? `没有与“${typed}”匹配的合作者。`
        : `${n(found)} 位合作者与“${typed}”匹配${shown < found ? `，列出论文最多的 ${n(shown)} 位` : ''}。`,
    clearAll: (active: number) => (active > 0 ? `清除全部筛选（${active}）` : '清除全部筛选'),
  },
  news: {
    count: (count: number) => `${n(count)} 条`,
    countOf: (shown: number, total: number) => `${n(shown)} / ${n(total)} 条`,
    filterGroup: '筛选新闻',
    year: '年份',
    allYears: '全部年份',
    yearOption: (year: number, count: number) => `${year}（${n(count)}）`,
    kindGroup: '新闻类别',
    noMatchQuery: (query: string) => `没有与“${query}”匹配的新闻。`,
    noMatchFilters: '没有符合这些筛选条件的新闻。',
    kinds: {
      paper: '论文',
      award: '获奖',
      talk: '报告',
      media: '媒体',
      release: '发布',
      course: '课程',
      student: '学生',
      competition: '竞赛',
    },
  },
  awards: {
    count: (count: number) => `${n(count)} 项奖项`,
    countOf: (shown: number, total: number) => `${n(shown)} / ${n(total)} 项奖项`,
    honors: '荣誉',
    competitions: '竞赛奖项',
    students: '学生获奖',
    citation: (text: ReactNode) => phrase('获奖理由：', text),
    project: (project: ReactNode) => phrase('，项目：“', project, '”'),
    noMatch: (query: string) => `没有与“${query}”匹配的奖项。`,
  },
  impact: {
    count: (count: number) => `${n(count)} 个产品`,
    countOf: (shown: number, total: number) => `${n(shown)} / ${n(total)} 个产品`,
    integrations: '产业集成',
    quote: (text: ReactNode) => phrase('“', text, '”'),
    noMatch: (query: string) => `没有与“${query}”匹配的产业产品。`,
  },
  media: {
    count: (count: number) => `${n(count)} 篇报道`,
    countOf: (shown: number, total: number) => `${n(shown)} / ${n(total)} 篇报道`,
    noMatch: (query: string) => `没有与“${query}”匹配的报道。`,
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
