import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

const DATA_FOLDER = new URL('../../data/', import.meta.url);

export function readDataText(file: string): string {
  return readFileSync(new URL(file, DATA_FOLDER), 'utf8');
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
