/// <reference lib="webworker" />
import '#src/lib/zod-config.ts';
import { serveSearch } from '#src/search/search-worker-runtime.ts';
import { paperSearchDoc, topicLabelMap } from './publications-search.ts';
import { PublicationsFileSchema } from './publications-query.ts';

// The worker reads publications.json itself (from the HTTP cache), so the page's thread never
// hands it thousands of papers.
serveSearch(async (url) => {
  const response = await fetch(url);
  const data = PublicationsFileSchema.parse(await response.json());
  const labels = topicLabelMap(data.topics);
  return data.papers.map((paper) => paperSearchDoc(paper, labels));
});
