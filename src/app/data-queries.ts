import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import {
  awardsQueryOptions,
  AWARDS_FILE,
  AwardsFileSchema,
} from '#src/features/awards/awards-query.ts';
import {
  impactQueryOptions,
  IMPACT_FILE,
  ImpactFileSchema,
} from '#src/features/impact/impact-query.ts';
import { mediaQueryOptions, MEDIA_FILE, MediaFileSchema } from '#src/features/media/media-query.ts';
import { newsQueryOptions, NEWS_FILE, NewsFileSchema } from '#src/features/news/news-query.ts';
import {
  profileQueryOptions,
  PROFILE_FILE,
  ProfileFileSchema,
} from '#src/features/profile/profile-query.ts';
import {
  publicationsQueryOptions,
  PUBLICATIONS_FILE,
  PublicationsFileSchema,
} from '#src/features/publications/publications-query.ts';

/** A data file the page shows, with what the app needs to load it or to seed it (when prerendering). */
export interface DataSource {
  file: string;
  queryKey: QueryKey;
  prefetch(client: QueryClient): Promise<void>;
  /** Parses the file's contents and puts them where the page's query will find them. */
  seed(client: QueryClient, raw: unknown): void;
}

function source<T>(
  file: string,
  schema: z.ZodMiniType<T>,
  options: () => FetchQueryOptions<T, Error, T, string[]> & { queryKey: string[] },
): DataSource {
  return {
    file,
    queryKey: options().queryKey,
    prefetch: (client) => client.prefetchQuery(options()),
    seed: (client, raw) => client.setQueryData(options().queryKey, schema.parse(raw)),
  };
}

export const DATA_SOURCES: readonly DataSource[] = [
  source(PROFILE_FILE, ProfileFileSchema, profileQueryOptions),
  source(PUBLICATIONS_FILE, PublicationsFileSchema, publicationsQueryOptions),
  source(NEWS_FILE, NewsFileSchema, newsQueryOptions),
  source(AWARDS_FILE, AwardsFileSchema, awardsQueryOptions),
  source(IMPACT_FILE, ImpactFileSchema, impactQueryOptions),
  source(MEDIA_FILE, MediaFileSchema, mediaQueryOptions),
];
