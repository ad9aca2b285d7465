/**
 * Realistic synthetic publication lists for benchmarks and the at-scale browser test: titles,
 * authors, venues, years, topics and an abstract, from fixed word pools and a seeded generator,
 * so the same size always gives the same papers.
 */
import type { Paper } from '#src/features/publications/publications-schema.ts';
import {
  VENUES,
  TITLE_HEADS,
  TITLE_TOPICS,
  TITLE_TAILS,
  FIRST,
  LAST,
  TAIL_GIVEN,
  TAIL_SURNAMES,
  TAIL_SHARE,
  TOPICS,
  ABSTRACT_WORDS,
} from './synthetic-words.ts';

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPaper extends Paper {
  abstract: string;
}

export function syntheticPapers(count: number, seed = 42): SyntheticPaper[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const papers: SyntheticPaper[] = [];
  for (let i = 0; i < count; i++) {
    const [venue, type] = pick(VENUES);
    const authors = Array.from({ length: 2 + Math.floor(rnd() * 7) }, () =>
      rnd() < TAIL_SHARE
        ? `${pick(TAIL_GIVEN)} ${pick(TAIL_SURNAMES)}`
        : `${pick(FIRST)} ${pick(LAST)}`,
    );
    const abstract = Array.from({ length: 120 + Math.floor(rnd() * 80) }, () =>
      pick(ABSTRACT_WORDS),
    ).join(' ');
    papers.push({
      id: `paper-${i}`,
      title: `${pick(TITLE_HEADS)} ${pick(TITLE_TOPICS)} ${pick(TITLE_TAILS)}`,
      shortName:
        rnd() < 0.3
          ? `${pick(TITLE_HEADS).slice(0, 4)}${pick(TITLE_TOPICS).split(' ')[0]}${i}`
          : undefined,
      aliases: [],
      authors,
      venue,
      venueName: `${venue} proceedings`,
      year: 2000 + Math.floor(rnd() * 26),
      type,
      honors: rnd() < 0.05 ? ['Best Paper'] : rnd() < 0.1 ? ['Oral'] : [],
      topics: [pick(TOPICS), ...(rnd() < 0.3 ? [pick(TOPICS)] : [])].filter(
        (t, j, all) => all.indexOf(t) === j,
      ),
      links: [],
      abstract,
    });
  }
  return papers;
}
