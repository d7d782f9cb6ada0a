/**
 * `{{name}}` templates, compiled once per step so the per-request path only concatenates.
 * Values come from a VU's variables: captures from earlier steps and the built-ins below.
 */
export type Vars = Record<string, unknown>;
export type Render = (vars: Vars) => string;

export const BUILTIN_VARS = ['vu', 'iteration', 'scenario'] as const;

const PLACEHOLDER = /\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;

export function templateVariables(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function hasTemplate(text: string): boolean {
  return templateVariables(text).length > 0;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A string template. Literal and variable parts alternate, starting and ending with a literal. */
export function compileText(text: string): Render {
  const parts = text.split(PLACEHOLDER);
  if (parts.length === 1) return () => text;
  return (vars) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) out += asText(vars[parts[i]!]) + parts[i + 1]!;
    return out;
  };
}

const MARK = /"__llmload_value_(\d+)__"|__llmload_inner_(\d+)__/g;

/**
 * A JSON body template. A string that is exactly `"{{x}}"` takes x's own JSON value (a captured number
 * stays a number); templates inside longer strings are inserted as escaped text.
 */
export function compileJson(value: unknown): Render {
  const names: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'string' || !hasTemplate(item)) return item;
    const whole = /^\{\{\s*([A-Za-z_]\w*)\s*\}\}$/.exec(item);
    if (whole) return `__llmload_value_${names.push(whole[1]!) - 1}__`;
    return item.replace(PLACEHOLDER, (_m, name: string) => `__llmload_inner_${names.push(name) - 1}__`);
  });
  if (names.length === 0) return () => text;
  const parts: (string | { name: string; whole: boolean })[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    parts.push(text.slice(last, m.index));
    const index = Number(m[1] ?? m[2]);
    parts.push({ name: names[index]!, whole: m[1] !== undefined });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (vars) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') out += part;
      else if (part.whole) out += JSON.stringify(vars[part.name] ?? null);
      else out += JSON.stringify(asText(vars[part.name])).slice(1, -1);
    }
    return out;
  };
}

/** Every template variable used anywhere inside a JSON value. */
export function jsonVariables(value: unknown): string[] {
  if (typeof value === 'string') return templateVariables(value);
  if (Array.isArray(value)) return value.flatMap(jsonVariables);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonVariables);
  return [];
}
