import { entryList, type EntrySource } from '#src/sections/entry-lists.ts';
import { impactFile } from './impact-query.ts';
import type { ImpactData } from './impact-schema.ts';

export const adoptionList = entryList({
  name: 'adoption',
  of: (data: ImpactData) => data.adoptions,
  search: (a) => ({ title: [a.name, a.product], name: a.company, text: a.detail }),
});

export const integrationList = entryList({
  name: 'integration',
  of: (data: ImpactData) => data.integrations,
  search: (i) => ({ name: i.companies, text: i.text }),
  // The section counts products; an integration is a company's word about one.
  counts: () => 0,
});

/** impact.json as its section and the search read it: products, then integrations. */
export const impactSource: EntrySource<ImpactData> = {
  file: impactFile,
  lists: [adoptionList, integrationList],
};
