/// <reference lib="webworker" />
import { messages } from 'virtual:site-messages';
import { fetchDataFile } from '#src/lib/fetch-json.ts';
import { serveSearch } from '#src/search/search-worker-runtime.ts';
import { publicationsFile } from './publications-query.ts';
import { paperSearchDoc, topicLabelMap } from './publications-search.ts';

// The worker reads publications.json itself (from the HTTP cache), through the same loader and
// schema as the page, so the page's thread never hands it thousands of papers and the two can
// never disagree about what the list holds (an invalid entry is skipped in both).
serveSearch(async (url) => {
  const data = await fetchDataFile(
    publicationsFile.name,
    await publicationsFile.schema(),
    undefined,
    url,
  );
  const labels = { topics: topicLabelMap(data.topics), types: messages.paper.types };
  return data.papers.map((paper) => paperSearchDoc(paper, labels));
});
