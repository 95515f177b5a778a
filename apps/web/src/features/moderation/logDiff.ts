// A log entry's before / after (JSON strings from the API) as rows: each key with both values,
// and whether it changed.
export interface DiffRow {
  key: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

function parse(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

const show = (value: unknown): string | null => (value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

export function logDiff(before: string | null | undefined, after: string | null | undefined): DiffRow[] {
  const a = parse(before);
  const b = parse(after);
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
  return keys.map((key) => {
    const from = show(a?.[key]);
    const to = show(b?.[key]);
    return { key, before: from, after: to, changed: from !== to };
  });
}
