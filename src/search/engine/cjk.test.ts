import { describe, expect, it } from 'vitest';
import { highlightPieces } from '#src/search/highlight.tsx';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { queryTerms } from '#src/search/tokenize.ts';
import { buildSearchIndex } from './build.ts';
import { searchIndex } from './query.ts';

const doc = (id: string, title: string, text = ''): SearchDoc => ({
  id,
  fields: [
    { text: title, weight: FIELD_WEIGHT.title },
    { text, weight: FIELD_WEIGHT.text },
  ],
});

// Chinese writes no spaces: each title below is a single "word" to a split on spaces.
const index = buildSearchIndex([
  doc('compression', '面向边缘设备的深度神经网络压缩方法'),
  doc('survey', '大语言模型推理加速综述', '本文总结了量化、剪枝与知识蒸馏等模型压缩技术。'),
  doc('mixed', '基于Transformer的中文文本检索'),
  doc('english', 'Efficient Deep Learning for Edge Devices'),
]);
const ids = (query: string) => searchIndex(index, query).hits.map((hit) => hit.id);

describe('search in Chinese text', () => {
  it('finds a two-character word inside a title without spaces', () => {
    expect(ids('压缩')).toContain('compression');
    expect(ids('神经网络')).toEqual(['compression']);
    expect(ids('推理')).toEqual(['survey']);
  });

  it('finds a word inside long text, and a single character', () => {
    expect(ids('蒸馏')).toEqual(['survey']);
    expect(ids('剪')).toEqual(['survey']);
  });

  it('needs the characters side by side, in order', () => {
    // 网 and 络 are both in the title, but "络网" is not.
    expect(ids('络网')).toEqual([]);
    expect(ids('压缩网络')).toEqual([]);
  });

  it('reads Latin words inside Chinese text, and mixes with English queries', () => {
    expect(ids('transformer')).toEqual(['mixed']);
    expect(ids('Transformer 检索')).toEqual(['mixed']);
    expect(ids('deep learning')).toEqual(['english']);
  });

  it('turns a Chinese query into pairs of characters', () => {
    expect(queryTerms('深度学习')).toEqual(['深度', '度学', '学习']);
    expect(queryTerms('学')).toEqual(['学']);
    expect(queryTerms('AI模型 pruning')).toEqual(['ai', '模型', 'pruning']);
  });

  it('marks the matched characters, not the whole run', () => {
    expect(highlightPieces('大语言模型推理加速综述', new Set(['推理']))).toEqual([
      { text: '大语言模型', match: false },
      { text: '推理', match: true },
      { text: '加速综述', match: false },
    ]);
  });
});
