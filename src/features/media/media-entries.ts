import { entryList, type EntrySource } from '#src/sections/entry-lists.ts';
import { mediaFile } from './media-query.ts';
import type { MediaData } from './media-schema.ts';

export const mediaGroupList = entryList({
  name: 'group',
  of: (data: MediaData) => data.groups,
  search: (group) => ({
    name: group.project,
    facet: group.venues,
    title: group.articles.map((a) => a.headline),
    author: group.articles.map((a) => a.outlet),
  }),
  // The section counts articles; a group is the project they are about.
  counts: (group) => group.articles.length,
});

/** media.json as its section and the search read it: press coverage grouped by project. */
export const mediaSource: EntrySource<MediaData> = { file: mediaFile, lists: [mediaGroupList] };
