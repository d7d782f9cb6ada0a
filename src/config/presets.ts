import { ConfigError } from '../core/errors.js';

/** Ready-made streaming chat requests for `llm-load run --url BASE --preset …`. */
export const PRESETS = ['openai-chat', 'anthropic-messages', 'openai-responses', 'openai-completions', 'openai-embeddings'] as const;
export type Preset = (typeof PRESETS)[number];

export interface PresetOptions {
  model?: string;
  maxTokens?: number;
}

/** Starts with the VU and iteration so no two prompts share a cacheable prefix. */
const PROMPT = 'Request {{vu}}-{{iteration}}: in about one hundred words, explain why teams load-test an LLM service before they ship.';

export function isPreset(value: string): value is Preset {
  return (PRESETS as readonly string[]).includes(value);
}

/** The one-step flow a preset sends, as a profile step. */
export function presetStep(preset: string, options: PresetOptions, flag = '--preset'): Record<string, unknown> {
  const maxTokens = options.maxTokens ?? 256;
  const messages = [{ role: 'user', content: PROMPT }];
  switch (preset) {
    case 'openai-chat':
      return {
        name: 'chat',
        request: 'POST /v1/chat/completions',
        json: {
          model: options.model ?? 'gpt-4o-mini',
          messages,
          max_tokens: maxTokens,
          stream: true,
          stream_options: { include_usage: true },
        },
        llm: 'openai-sse',
      };
    case 'anthropic-messages':
      return {
        name: 'messages',
        request: 'POST /v1/messages',
        headers: { 'anthropic-version': '2023-06-01' },
        json: { model: options.model ?? 'claude-sonnet-4-5', max_tokens: maxTokens, messages, stream: true },
        llm: 'anthropic-sse',
      };
    case 'openai-responses':
      return {
        name: 'responses',
        request: 'POST /v1/responses',
        json: { model: options.model ?? 'gpt-4o-mini', input: PROMPT, max_output_tokens: maxTokens, stream: true },
        llm: 'openai-responses',
      };
    case 'openai-completions':
      return {
        name: 'completions',
        request: 'POST /v1/completions',
        json: {
          model: options.model ?? 'gpt-3.5-turbo-instruct',
          prompt: PROMPT,
          max_tokens: maxTokens,
          stream: true,
          stream_options: { include_usage: true },
        },
        llm: 'openai-completions',
      };
    case 'openai-embeddings':
      // No tokens come back: latency and throughput of batches of 8 inputs, checked to hold 8 vectors.
      return {
        name: 'embeddings',
        request: 'POST /v1/embeddings',
        json: { model: options.model ?? 'text-embedding-3-small', input: Array.from({ length: 8 }, (_, i) => `${PROMPT} (${i})`) },
        check: { status: 200, json: { '$.data[7].index': { equals: 7 } } },
        llm: 'openai-embeddings',
      };
    default:
      throw new ConfigError(`${flag}: expected one of ${PRESETS.join(', ')}, got "${preset}"`, `e.g. ${flag} ${PRESETS[0]}`);
  }
}

/** The header a preset's API expects its key in. */
export function apiKeyHeader(preset: Preset | undefined, key: string): Record<string, string> {
  return preset === 'anthropic-messages' ? { 'x-api-key': key } : { authorization: `Bearer ${key}` };
}
