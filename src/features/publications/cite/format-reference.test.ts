import { describe, expect, it } from 'vitest';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { CITATION_STYLES, type CitationStyle } from './cite-choices.ts';
import { formatReference } from './format-reference.ts';
import { paperToCsl } from './paper-to-csl.ts';
import { paperById } from './test-papers.ts';

const cite = (paper: Paper, style: CitationStyle) => formatReference(paperToCsl(paper), style);
const italics = (runs: Awaited<ReturnType<typeof cite>>['runs']) =>
  runs.filter((run) => run.italic).map((run) => run.text);

// HAQ: five authors, a conference, an arXiv link, no DOI, pages or volume.
const HAQ = 'HAQ: Hardware-Aware Automated Quantization with Mixed Precision';
const CVPR = 'IEEE Conference on Computer Vision and Pattern Recognition';
const HAQ_URL = 'https://arxiv.org/pdf/1811.08886';

describe('a paper with five authors, in each style', () => {
  it('APA: every author "Family, I." with "&" before the last, the year in brackets, the proceedings in italics', async () => {
    const { text, runs } = await cite(paperById('haq'), 'apa');
    expect(text).toBe(
      `Wang, K., Liu, Z., Lin, Y., Lin, J., & Han, S. (2019). ${HAQ}. ${CVPR}. ${HAQ_URL}`,
    );
    expect(italics(runs)).toEqual([CVPR]);
  });

  it('IEEE: numbered, initials first, up to six names with "and", the title quoted, "in" the proceedings', async () => {
    const { text, runs } = await cite(paperById('haq'), 'ieee');
    expect(text).toBe(
      `[1] K. Wang, Z. Liu, Y. Lin, J. Lin, and S. Han, “${HAQ},” in ${CVPR}, 2019. [Online]. Available: ${HAQ_URL}`,
    );
    expect(italics(runs)).toEqual([CVPR]);
  });

  it('Chicago author-date: the first name inverted, all five in full, the year after the names', async () => {
    const { text, runs } = await cite(paperById('haq'), 'chicago');
    expect(text).toBe(
      `Wang, Kuan, Zhijian Liu, Yujun Lin, Ji Lin, and Song Han. 2019. “${HAQ}.” In ${CVPR}. ${HAQ_URL}.`,
    );
    expect(italics(runs)).toEqual([CVPR]);
  });

  it('MLA: three or more authors are the first and "et al.", the year after the container', async () => {
    const { text, runs } = await cite(paperById('haq'), 'mla');
    expect(text).toBe(`Wang, Kuan, et al. “${HAQ}.” ${CVPR}, 2019, ${HAQ_URL}.`);
    expect(italics(runs)).toEqual([CVPR]);
  });

  it('Harvard (Cite Them Right): four or more authors are the first and "et al.", British single quotes', async () => {
    const { text, runs } = await cite(paperById('haq'), 'harvard');
    expect(text).toBe(`Wang, K. et al. (2019) ‘${HAQ}’, ${CVPR}. Available at: ${HAQ_URL}.`);
    expect(italics(runs)).toEqual(['et al.', CVPR]);
  });

  it('shows on the page exactly the text that Copy puts on the clipboard', async () => {
    for (const style of CITATION_STYLES) {
      const { text, runs } = await cite(paperById('haq'), style);
      expect(runs.map((run) => run.text).join('')).toBe(text);
    }
  });
});

describe('what the data does not say', () => {
  it('a paper without authors starts with its title in every style, with no made-up author', async () => {
    const nhas = paperById('nhas');
    expect(nhas.authors).toBeUndefined();
    for (const style of CITATION_STYLES) {
      const { text } = await cite(nhas, style);
      expect(text.replace(/^\[1\] /, '')).toMatch(/^[“‘]?Neural-Hardware Architecture Search/);
      expect(text).not.toMatch(/anonymous|unknown|n\.d\./i);
      expect(text).toContain('2019');
    }
  });

  it('invents no pages, volume, issue or DOI', async () => {
    for (const style of CITATION_STYLES) {
      const { text } = await cite(paperById('haq'), style);
      expect(text).not.toMatch(/\bpp?\.|\bvol\.|\bno\.|doi/i);
      // The one number besides the link (and IEEE's entry number) is the year.
      expect(
        text
          .replace(HAQ_URL, '')
          .replace(/^\[1\]/, '')
          .match(/\d+/g),
      ).toEqual(['2019']);
    }
  });

  it('a journal volume and issue written in the venue name are placed by the style', async () => {
    const paper = paperById('automl-architecting');
    expect((await cite(paper, 'apa')).text).toContain(
      'IEEE Micro, 40(1). https://doi.org/10.1109/MM.2019.2953153',
    );
    expect((await cite(paper, 'ieee')).text).toContain(
      'IEEE Micro, vol. 40, no. 1, 2020, doi: 10.1109/MM.2019.2953153.',
    );
  });
});

describe('a preprint with an arXiv id', () => {
  const TITLE = 'Design Automation for Efficient Deep Learning Computing';
  const URL = 'https://arxiv.org/abs/1904.10616';

  it('names arXiv and the identifier as each style asks', async () => {
    const preprint = paperById('design-automation');
    expect(preprint.type).toBe('preprint');
    const apa = await cite(preprint, 'apa');
    expect(apa.text).toBe(
      `Han, S., Cai, H., Zhu, L., Lin, J., Wang, K., Liu, Z., & Lin, Y. (2019). ${TITLE} (arXiv:1904.10616). arXiv. ${URL}`,
    );
    // APA sets a work that stands alone (not in a journal or proceedings) in italics.
    expect(italics(apa.runs)).toEqual([TITLE]);
    // IEEE lists at most six authors: seven become the first and "et al.".
    expect((await cite(preprint, 'ieee')).text).toBe(
      `[1] S. Han et al., “${TITLE}.” arXiv, 2019. [Online]. Available: ${URL}`,
    );
    expect((await cite(preprint, 'mla')).text).toBe(
      `Han, Song, et al. ${TITLE}. arXiv:1904.10616, arXiv, 2019, ${URL}.`,
    );
    expect((await cite(preprint, 'chicago')).text).toMatch(
      /^Han, Song, Han Cai, .* 2019\. “.+\.” arXiv\. /,
    );
    expect((await cite(preprint, 'harvard')).text).toBe(
      `Han, S. et al. (2019) ‘${TITLE}’. arXiv. Available at: ${URL}.`,
    );
  });
});
