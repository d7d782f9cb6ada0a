import { readJsonPath, type JsonPath } from '../core/jsonpath.js';

/** A step's `check:` block, compiled: expected status, JSON path equals/exists, body contains. */
export interface CompiledChecks {
  status: readonly number[] | undefined;
  json: { source: string; path: JsonPath; exists?: boolean; equals?: unknown }[];
  contains: readonly string[];
}

/** Runs the checks on a response; returns the first that failed, named, or undefined. */
export function runChecks(checks: CompiledChecks, status: number, body: string): string | undefined {
  if (checks.status && !checks.status.includes(status)) {
    return `check status: expected ${checks.status.join(' or ')}, got ${status}`;
  }
  for (const text of checks.contains) {
    if (!body.includes(text)) return `check contains: ${JSON.stringify(text)} not in the response`;
  }
  if (checks.json.length === 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `check json: the response is not JSON (${JSON.stringify(body.slice(0, 60))})`;
  }
  for (const check of checks.json) {
    const value = readJsonPath(json, check.path);
    if (check.exists !== undefined && (value !== undefined) !== check.exists) {
      return `check json ${check.source}: expected it to ${check.exists ? 'exist' : 'be absent'}`;
    }
    if ('equals' in check && check.equals !== undefined && JSON.stringify(value) !== JSON.stringify(check.equals)) {
      return `check json ${check.source}: expected ${JSON.stringify(check.equals)}, got ${JSON.stringify(value) ?? 'nothing'}`;
    }
  }
  return undefined;
}
