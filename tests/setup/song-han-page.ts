import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { SONG_HAN_SECTIONS } from '#tests/fixtures/song-han-sections.ts';

/** The page's parts a visitor reads, for the app tests that render data/ whole. */
export const section = (name: RegExp | string) => screen.getByRole('region', { name });
export const paperTitles = () =>
  within(section('Publications'))
    .queryAllByRole('article')
    .map((a) => a.getAttribute('id'));

/**
 * Waits for the profile, every section (some load their code on demand) and the lists. A new list
 * shows its first rows, then the rest: `papers` is how many it shows in the end (all 47 unless
 * the address narrows it, then at least one).
 */
export async function loaded(papers: number | 'some' = 47) {
  await screen.findByRole('heading', { level: 1, name: 'Song Han' });
  for (const name of SONG_HAN_SECTIONS) await screen.findByRole('region', { name });
  if (papers === 'some') await within(section('Publications')).findAllByRole('article');
  else await waitFor(() => expect(paperTitles()).toHaveLength(papers));
  await within(section('News')).findAllByRole('listitem');
}
