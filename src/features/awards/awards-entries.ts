import { entryList, type EntrySource } from '#src/sections/entry-lists.ts';
import { awardsFile } from './awards-query.ts';
import type { AwardsData } from './awards-schema.ts';

export const honorList = entryList({
  name: 'honor',
  of: (data: AwardsData) => data.honors,
  search: (h) => ({ title: h.name, facet: h.years.join(' '), text: [h.citation, h.detail] }),
});

export const competitionList = entryList({
  name: 'competition',
  of: (data: AwardsData) => data.competitions,
  search: (c) => ({
    title: [c.name, ...c.aliases],
    facet: [c.result, c.track, c.event, c.date.slice(0, 4)],
    author: [c.team, c.recipients],
    text: [c.detail, ...c.highlights.map((h) => `${h.by} ${h.text}`)],
  }),
});

export const studentAwardList = entryList({
  name: 'student',
  of: (data: AwardsData) => data.studentAwards,
  search: (a) => ({ title: a.name, author: a.recipients, text: [a.project, a.date.slice(0, 4)] }),
});

/** awards.json as its section and the search read it: honors, competitions, student awards. */
export const awardsSource: EntrySource<AwardsData> = {
  file: awardsFile,
  lists: [honorList, competitionList, studentAwardList],
};
