/** The small JSON path subset captures need: `$`, `.key`, `[0]`, `['key']`, `["key"]`. */
export type JsonPath = readonly (string | number)[];

const TOKEN = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;

export function parseJsonPath(source: string): JsonPath {
  if (!source.startsWith('$')) throw new Error(`expected a JSON path like "$.id" or "$.data[0].id", got "${source}"`);
  const path: (string | number)[] = [];
  TOKEN.lastIndex = 1;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`JSON path "${source}" is not understood at "${source.slice(at)}" (use .key, [0] or ['key'])`);
    path.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3] ?? m[4])!);
  }
  return path;
}

/** The value at `path`, or undefined when any part is missing. */
export function readJsonPath(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
