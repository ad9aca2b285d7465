/// <reference lib="webworker" />
import { DATA_FILES } from '#src/app/site.ts';
import { DataLoadError, fetchDataFile } from '#src/lib/fetch-json.ts';
import type { DataWorkerRequest, DataWorkerResponse } from '#src/lib/load-data.ts';

/**
 * Reads the page's data files: fetches one (from the HTTP cache, where the page preloaded it),
 * parses and validates it with its schema, and sends the page the result, or why it failed. The
 * page's thread then never parses or checks JSON, and never loads zod.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<DataWorkerRequest>) => {
  const { id, file, url } = event.data;
  const post = (response: DataWorkerResponse) => scope.postMessage(response);
  const declaration = DATA_FILES.find((candidate) => candidate.name === file);
  if (!declaration) {
    post({ id, ok: false, failure: null, message: `${file} is not a data file of this site` });
    return;
  }
  declaration
    .schema()
    .then((schema) => fetchDataFile(file, schema, undefined, url))
    .then(
      (data) => post({ id, ok: true, data }),
      (error: unknown) =>
        post({
          id,
          ok: false,
          failure: error instanceof DataLoadError ? error.failure : null,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
});
