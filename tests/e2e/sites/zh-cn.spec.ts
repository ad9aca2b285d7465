/**
 * tests/fixtures/sites/zh-cn: a site in Simplified Chinese (site.json: zh-CN) with papers and news
 * whose titles and text are Chinese, written without spaces between words.
 */
import type { Page } from '@playwright/test';
import { axeInBothThemes } from '../axe.ts';
import { expect, openSite, searchBox, test } from '../fixtures.ts';
import { expectNoEmptyParts } from './site-checks.ts';

const papers = (page: Page) => page.getByRole('region', { name: '论文' });
const news = (page: Page) => page.getByRole('region', { name: '新闻' });

test('speaks Chinese: language, headings, navigation and controls', async ({ page }) => {
  await openSite(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('林若溪');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    '论文',
    '新闻',
    '教育背景与联系方式',
  ]);
  await expect(page.getByRole('navigation', { name: '栏目' })).toBeVisible();
  await expect(searchBox(page)).toHaveAccessibleName('搜索论文、新闻');
  await page.getByRole('button', { name: /^筛选/ }).click();
  await expect(papers(page).getByRole('group', { name: '年份' })).toBeVisible();
  await expect(papers(page).getByRole('checkbox', { name: /^只看精选论文/ })).toBeVisible();
  await expectNoEmptyParts(page);
  // The site gives its address but has no social card of its own: no og:image.
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
});

test('a two-character word inside a Chinese title or news item finds it', async ({ page }) => {
  await openSite(page);
  await searchBox(page).fill('蒸馏');
  await expect(page).toHaveURL(/\?q=%E8%92%B8%E9%A6%8F/);
  await expect(papers(page).getByRole('article')).toHaveCount(1);
  await expect(papers(page).getByRole('article')).toContainText('基于知识蒸馏的轻量级中文文本分类');
  await expect(papers(page).locator('mark')).toHaveText(['蒸馏']);

  await searchBox(page).fill('量化');
  await expect(papers(page).getByRole('article')).toHaveCount(1);
  await expect(papers(page).getByRole('article')).toContainText('大语言模型量化方法');
  await expect(news(page).getByRole('listitem').filter({ hasText: '计算机学报' })).toHaveCount(1);

  await searchBox(page).fill('没有这个词');
  await expect(page.getByText('没有与“没有这个词”匹配的内容。')).toBeVisible();
});

axeInBothThemes(['./?q=%E6%A8%A1%E5%9E%8B', './']);
