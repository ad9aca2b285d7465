import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkData, DATA_FILE_NAMES, dataFileNamed } from './check-data.ts';

const FILES = DATA_FILE_NAMES;
const SCHEMAS = new Map(
  await Promise.all(FILES.map(async (file) => [file, await dataFileNamed(file).schema()] as const)),
);
const schemaOf = (file: string) => {
  const schema = SCHEMAS.get(file);
  if (!schema) throw new Error(`no schema for ${file}`);
  return schema;
};
const real = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8'));

/** Replaces one value somewhere inside a JSON value, following a path picked at random. */
function mutate(value: unknown, steps: number[], replacement: unknown): unknown {
  if (steps.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [step, ...rest] = steps as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = step % value.length;
    return value.map((item, j) => (j === i ? mutate(item, rest, replacement) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length] as string;
  return { ...value, [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

function urlsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'url' && typeof v === 'string' ? [v] : urlsIn(v),
  );
}

describe('the data schemas and checker, fed random and mutated JSON', () => {
  it('reject random JSON with a path and a message, and never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.jsonValue(), async (file, raw) => {
        const result = schemaOf(file).safeParse(raw);
        if (!result.success) {
          for (const issue of result.error.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(issue.message).not.toBe('');
          }
        }
        await expect(checkData({ [file]: raw })).resolves.toBeInstanceOf(Array);
      }),
      { numRuns: 300 },
    );
  });

  it('report a mutated real file, or accept it, but never accept a wrong value silently', async () => {
    const originals: Record<string, unknown> = Object.fromEntries(
      FILES.map((file) => [file, real(file)]),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.jsonValue(), fc.constantFrom('javascript:alert(1)', '', 1850, '2022-13', null)),
        async (file, steps, replacement) => {
          const mutated = mutate(originals[file], steps, replacement);
          const problems = await checkData({ ...originals, [file]: mutated });
          for (const p of problems) {
            expect(p.file).toMatch(/\.json$/);
            expect(p.message).not.toBe('');
          }
          // Whatever the checker accepts must survive the schema the page uses.
          if (problems.length === 0) {
            const parsed = schemaOf(file).safeParse(mutated);
            expect(parsed.success && parsed.data.skipped).toEqual([]);
          }
          // A javascript: URL is never accepted as a link (as text it is only characters).
          if (problems.length === 0) {
            for (const url of urlsIn(schemaOf(file).safeParse(mutated).data))
              expect(url).toMatch(/^(https?|mailto):/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
