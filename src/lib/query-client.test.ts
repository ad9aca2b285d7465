import { describe, expect, it } from 'vitest';
import { DataLoadError } from './fetch-json.ts';
import { shouldRetry } from './query-client.ts';

describe('shouldRetry', () => {
  it('retries a network error or a server error briefly, then gives up', () => {
    const network = new DataLoadError({ kind: 'network', file: 'news.json' });
    expect(shouldRetry(0, network)).toBe(true);
    expect(shouldRetry(1, network)).toBe(true);
    expect(shouldRetry(2, network)).toBe(false);
    expect(
      shouldRetry(0, new DataLoadError({ kind: 'http', file: 'news.json', status: 503 })),
    ).toBe(true);
  });

  it('never retries what will not heal: a 4xx or bad data', () => {
    expect(
      shouldRetry(0, new DataLoadError({ kind: 'http', file: 'news.json', status: 404 })),
    ).toBe(false);
    expect(shouldRetry(0, new DataLoadError({ kind: 'not-json', file: 'news.json' }))).toBe(false);
    expect(shouldRetry(0, new Error('anything else'))).toBe(false);
  });
});
