/** What an import did, entry by entry, for the owner to read. */

/** Something about one entry of a .bib file: its key and, where it is about one, its field. */
export interface EntryNote {
  key: string;
  field: string;
  message: string;
}

export interface ImportReport {
  /** The .bib file the entries come from. */
  file: string;
  added: Array<{ key: string; id: string }>;
  /** Papers already in publications.json that got fields they lacked. */
  updated: Array<{ key: string; id: string; fields: string[] }>;
  /** Entries already in publications.json with nothing new. */
  unchanged: Array<{ key: string; id: string }>;
  /** Copies of another entry of the file (a CoRR copy of a published paper), folded into it. */
  merged: Array<{ key: string; into: string }>;
  skipped: EntryNote[];
  warnings: EntryNote[];
  /** Spellings of the owner's name added to profile.json's authorNames. */
  ownerNames: string[];
}

export function emptyReport(file: string): ImportReport {
  return {
    file,
    added: [],
    updated: [],
    unchanged: [],
    merged: [],
    skipped: [],
    warnings: [],
    ownerNames: [],
  };
}

const where = (file: string, note: EntryNote) =>
  `${file} ${note.key || '(an entry without a key)'}${note.field ? ` field "${note.field}"` : ''}: ${note.message}`;

function section<T>(title: string, items: readonly T[], line: (item: T) => string): string[] {
  if (items.length === 0) return [`${title} 0`];
  return [`${title} ${items.length}:`, ...items.map((item) => `  - ${line(item)}`)];
}

export function formatReport(report: ImportReport): string {
  const { file } = report;
  return [
    ...section('added', report.added, (a) => `${a.key} as "${a.id}"`),
    ...section('updated', report.updated, (u) => `"${u.id}" from ${u.key}: ${u.fields.join(', ')}`),
    ...section('unchanged', report.unchanged, (u) => `${u.key} (already "${u.id}")`),
    ...section('merged', report.merged, (m) => `${m.key} into ${m.into} (the same paper)`),
    ...section('skipped', report.skipped, (s) => where(file, s)),
    ...section('warnings', report.warnings, (w) => where(file, w)),
    ...section(
      'your name',
      report.ownerNames,
      (name) => `"${name}" added to authorNames in profile.json`,
    ),
  ].join('\n');
}
