import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { seededRandom, type Random } from '../core/random.js';
import type { Vars } from '../core/template.js';
import { SYNTHETIC_WORDS } from './words.js';

/** One prompt: plain text, or a chat messages array. Steps use `{{prompt}}` or `{{messages}}`. */
export interface PromptItem {
  prompt: string;
  messages: unknown[];
}

export type PromptOrder = 'sequential' | 'random' | 'per_vu';

/** A number drawn per request: fixed, from a list, or normal(mean, stddev) clamped to [min, max]. */
export type Distribution = { fixed: number } | { list: number[] } | { mean: number; stddev: number; min: number; max: number };

/** Fills each iteration's prompt variables: `prompt`, `messages`, `max_tokens`, `input_tokens`. */
export interface DataSource {
  fill(vars: Vars, vu: number, iteration: number, random: Random): void;
}

function asItem(value: unknown, where: string): PromptItem {
  if (typeof value === 'string') return { prompt: value, messages: [{ role: 'user', content: value }] };
  if (Array.isArray(value)) return { prompt: lastContent(value), messages: value };
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.messages)) return { prompt: lastContent(record.messages), messages: record.messages };
    if (typeof record.prompt === 'string') return asItem(record.prompt, where);
  }
  throw new ConfigError(
    `${where}: expected a prompt string, a messages array, or an object with "prompt" or "messages"`,
    'one prompt per line: "text", [{"role": "user", "content": "…"}], or {"prompt": "…"}',
  );
}

function lastContent(messages: unknown[]): string {
  const content = (messages[messages.length - 1] as { content?: unknown } | undefined)?.content;
  return typeof content === 'string' ? content : JSON.stringify(content ?? '');
}

/** Splits one CSV line, honouring "quoted, fields" and "" escapes. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Reads a prompts file: JSONL (string, messages array, or {prompt}/{messages} per line), CSV with a `prompt` column, or TXT (one per line). */
export async function loadPrompts(file: string): Promise<PromptItem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `data.prompts: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      "data.prompts is relative to the profile's folder",
    );
  }
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const ext = extname(file).toLowerCase();
  let items: PromptItem[];
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') {
    items = lines.map((line, i) => {
      try {
        return asItem(JSON.parse(line), `${file}:${i + 1}`);
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        throw new ConfigError(
          `${file}:${i + 1}: not valid JSON (${(error as Error).message})`,
          'a .jsonl file holds one JSON value per line',
        );
      }
    });
  } else if (ext === '.csv') {
    const header = csvFields(lines[0] ?? '').map((h) => h.trim().toLowerCase());
    const column = header.indexOf('prompt');
    if (column < 0)
      throw new ConfigError(
        `${file}: a CSV of prompts needs a "prompt" column in its header row, got ${header.join(', ')}`,
        'name the column of prompts "prompt" in the first row',
      );
    items = lines.slice(1).map((line) => asItem(csvFields(line)[column] ?? '', file));
  } else {
    items = lines.map((line) => asItem(line, file));
  }
  if (items.length === 0) throw new ConfigError(`data.prompts: ${file} holds no prompts`, 'put one prompt per line in it');
  return items;
}

export function draw(distribution: Distribution, random: Random): number {
  if ('fixed' in distribution) return distribution.fixed;
  if ('list' in distribution) return distribution.list[Math.floor(random() * distribution.list.length)]!;
  // Box–Muller: a normal draw from two uniform ones.
  const u = 1 - random();
  const v = random();
  const value = distribution.mean + distribution.stddev * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.round(Math.min(distribution.max, Math.max(distribution.min, value)));
}

/** About 1.3 tokens per English word: a prompt of `tokens` tokens from the bundled word list. */
export function syntheticPrompt(tokens: number, random: Random): string {
  const words = Math.max(1, Math.round(tokens / 1.3));
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(SYNTHETIC_WORDS[Math.floor(random() * SYNTHETIC_WORDS.length)]!);
  return out.join(' ');
}

export interface DataOptions {
  prompts?: PromptItem[];
  order: PromptOrder;
  inputTokens?: Distribution;
  outputTokens?: Distribution;
  /** Prompts start with one of `groups` fixed prefixes of `tokens` tokens, drawn per request. */
  sharedPrefix?: { tokens: number; groups: number };
  seed: number;
}

/**
 * Prompts from a file (in order, at random, or one per VU) or synthetic ones of a token-length
 * distribution. Random draws come from (seed, VU, iteration), so the same seed sends the same prompts.
 */
export function createDataSource(options: DataOptions): DataSource {
  let next = 0;
  const prefixes = new Map<number, string>();
  const prefixOf = (group: number) => {
    let prefix = prefixes.get(group);
    if (prefix === undefined)
      prefixes.set(
        group,
        (prefix = syntheticPrompt(options.sharedPrefix!.tokens, seededRandom((options.seed ^ ((group + 1) * 0x27d4eb2d)) >>> 0))),
      );
    return prefix;
  };
  return {
    fill(vars, vu, iteration) {
      const random = seededRandom((options.seed ^ Math.imul(vu, 0x85ebca6b) ^ Math.imul(iteration + 1, 0xc2b2ae35)) >>> 0);
      const prompts = options.prompts;
      if (prompts) {
        const index =
          options.order === 'random'
            ? Math.floor(random() * prompts.length)
            : options.order === 'per_vu'
              ? (vu - 1) % prompts.length
              : next++ % prompts.length;
        const item = prompts[index]!;
        vars.prompt = item.prompt;
        vars.messages = item.messages;
      } else if (options.inputTokens) {
        const tokens = draw(options.inputTokens, random);
        const shared = options.sharedPrefix;
        const prefix = shared ? `${prefixOf(Math.floor(random() * shared.groups))} ` : '';
        const prompt = prefix + syntheticPrompt(tokens, random);
        vars.prompt = prompt;
        vars.messages = [{ role: 'user', content: prompt }];
        vars.input_tokens = tokens + (shared?.tokens ?? 0);
      }
      if (options.outputTokens) vars.max_tokens = draw(options.outputTokens, random);
    },
  };
}
