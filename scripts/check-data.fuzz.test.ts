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

/** Every leaf of a JSON value: its path and the key it sits under. */
function leavesOf(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leavesOf(item, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => leavesOf(v, [...path, key]));
  return [{ path, value }];
}

/** The same JSON value with the value at a path replaced. */
function replaceAt(
  value: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item, i) => (i === step ? replaceAt(item, rest, replacement) : item));
  if (value !== null && typeof value === 'object')
    return {
      ...value,
      [step]: replaceAt((value as Record<string, unknown>)[step], rest, replacement),
    };
  return value;
}

/** Top-level lists of objects in a file (papers, items, links...): where entries of the wrong shape can go. */
function entryLists(file: unknown): string[] {
  if (file === null || typeof file !== 'object') return [];
  return Object.entries(file)
    .filter(
      ([, v]) =>
        Array.isArray(v) &&
        v.length > 0 &&
        v.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e)),
    )
    .map(([key]) => key);
}

/** The errors the checker finds in one file (warnings are not among them), the others being real. */
const problemsIn = async (file: string, raw: unknown, originals: Record<string, unknown>) =>
  (await checkData({ ...originals, [file]: raw })).filter((p) => p.file === file);

describe('the data schemas and checker, fed random and mutated JSON', () => {
  const originals: Record<string, unknown> = Object.fromEntries(
    FILES.map((file) => [file, real(file)]),
  );

  it('accept the real files as they are', async () => {
    expect(await checkData(originals)).toEqual([]);
  });

  it('reject a file that is not a JSON object, with a path and a message, and never throw', async () => {
    const notAnObject = fc.oneof(
      fc.array(fc.jsonValue()),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), notAnObject, async (file, raw) => {
        const result = schemaOf(file).safeParse(raw);
        expect(result.success).toBe(false);
        for (const issue of result.error?.issues ?? []) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message).not.toBe('');
        }
        expect((await problemsIn(file, raw, originals)).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('report an entry of the wrong shape in any list, and never show it', async () => {
    const cases = FILES.flatMap((file) =>
      entryLists(originals[file]).map((list) => ({ file, list })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.nat(),
        fc.oneof(
          fc.string(),
          fc.double(),
          fc.boolean(),
          fc.constant(null),
          fc.array(fc.jsonValue()),
        ),
        async ({ file, list }, at, entry) => {
          const original = (originals[file] as Record<string, unknown[]>)[list] ?? [];
          const entries = [...original];
          entries.splice(at % (entries.length + 1), 0, entry);
          const raw = { ...(originals[file] as object), [list]: entries };
          expect((await problemsIn(file, raw, originals)).length).toBeGreaterThan(0);
          const parsed = schemaOf(file).safeParse(raw);
          const kept: unknown = parsed.success
            ? (parsed.data as Record<string, unknown>)[list]
            : undefined;
          if (Array.isArray(kept)) expect(kept).toHaveLength(original.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('report a text, number or flag of the wrong type anywhere in a real file', async () => {
    const leaves = FILES.flatMap((file) =>
      leavesOf(originals[file]).map((leaf) => ({ file, ...leaf })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...leaves),
        fc.oneof(fc.constant({ not: 'this' }), fc.constant([]), fc.constant(null)),
        async ({ file, path }, wrong) => {
          const raw = replaceAt(originals[file], path, wrong);
          expect(await problemsIn(file, raw, originals), path.join('.')).not.toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('report a link to anything but an https:, http: or mailto: address', async () => {
    const links = FILES.flatMap((file) =>
      leavesOf(originals[file])
        .filter((leaf) => leaf.path.at(-1) === 'url')
        .map((leaf) => ({ file, ...leaf })),
    );
    expect(links.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...links),
        fc.constantFrom(
          'javascript:alert(1)',
          'data:text/html,hi',
          'vbscript:x',
          '/relative',
          'ftp://example.org/',
        ),
        async ({ file, path }, url) => {
          const raw = replaceAt(originals[file], path, url);
          expect(await problemsIn(file, raw, originals), path.join('.')).not.toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('report a mutated real file, or accept it, but never accept a wrong value silently', async () => {
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
