import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

// Tests run from the repository root (vitest's root).
const DATA_FOLDER = join(process.cwd(), 'data');

export function readDataText(file: string): string {
  return readFileSync(join(DATA_FOLDER, file), 'utf8');
}

export function jsonResponse(body: string, status = 200): HttpResponse<string> {
  return new HttpResponse(body, { status, headers: { 'Content-Type': 'application/json' } });
}

/** Serves the real data/ files, as the built site does. */
export const dataHandlers = [
  http.get('*/data/:file', ({ params }) => {
    try {
      return jsonResponse(readDataText(String(params.file)));
    } catch {
      return new HttpResponse(null, { status: 404 });
    }
  }),
];

export const server = setupServer(...dataHandlers);
