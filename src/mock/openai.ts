import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  answerFault,
  chooseFault,
  midStreamFault,
  sendJson,
  settingsFor,
  startSse,
  type MockContext,
  argumentChunks,
  toolCallFor,
} from './context.js';
import { planReply, playPlan, sleep, waitForWholeReply, type Plan } from './model.js';

interface ChatRequest {
  model?: string;
  messages?: { content?: unknown }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean; continuous_usage_stats?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
}

export const openAiError = (_status: number, type: string, message: string) => ({ error: { message, type, param: null, code: type } });

export function promptText(messages: unknown): string {
  if (!Array.isArray(messages)) return '';
  return messages
    .map((m) => {
      const content = (m as { content?: unknown })?.content;
      return typeof content === 'string' ? content : JSON.stringify(content ?? '');
    })
    .join('\n');
}

function usage(plan: Plan, completion: number) {
  return { prompt_tokens: plan.promptTokens, completion_tokens: completion, total_tokens: plan.promptTokens + completion };
}

/** POST /v1/chat/completions: OpenAI's chat completions, streamed (SSE) or as one JSON reply. */
export async function openAiChat(req: IncomingMessage, res: ServerResponse, body: unknown, ctx: MockContext): Promise<void> {
  const arrival = performance.now();
  const input = (body ?? {}) as ChatRequest;
  const fault = chooseFault(req, ctx);
  if (answerFault(res, fault, openAiError)) return;
  const plan = planReply(ctx.random, settingsFor(req, ctx), promptText(input.messages), input.max_completion_tokens ?? input.max_tokens);
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const model = input.model ?? ctx.model;
  const tool = toolCallFor(req);
  const finish = tool ? 'tool_calls' : plan.truncated ? 'length' : 'stop';
  const completion = plan.outputTokens + plan.reasoningTokens;
  const args = argumentChunks(plan.content.map((e) => e.text));
  const callId = `call_${randomUUID().replace(/-/g, '').slice(0, 24)}`;

  if (!input.stream) {
    await waitForWholeReply(arrival, plan, ctx.capacity);
    const message: Record<string, unknown> = tool
      ? {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: callId, type: 'function', function: { name: tool, arguments: args.join('') } }],
        }
      : {
          role: 'assistant',
          content: plan.content
            .map((e) => e.text)
            .join('')
            .trim(),
        };
    if (plan.reasoning.length)
      message.reasoning_content = plan.reasoning
        .map((e) => e.text)
        .join('')
        .trim();
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
      usage: usage(plan, completion),
    });
    return;
  }

  const continuous = input.stream_options?.continuous_usage_stats === true;
  const chunk = (delta: Record<string, unknown>, finishReason: string | null, tokensSoFar?: number) =>
    `data: ${JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      system_fingerprint: null,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(continuous && tokensSoFar !== undefined ? { usage: usage(plan, tokensSoFar) } : {}),
    })}\n\n`;

  startSse(res);
  res.write(chunk(tool ? { role: 'assistant', content: null } : { role: 'assistant', content: '' }, null));
  // A tool call's id and name come with its first argument delta, when the model starts it.
  let argument = 0;
  const contentDelta = (text: string) => {
    if (!tool) return { content: text };
    const first = argument === 0;
    const fn = first ? { name: tool, arguments: args[argument++] } : { arguments: args[argument++] };
    return { tool_calls: [first ? { index: 0, id: callId, type: 'function', function: fn } : { index: 0, function: fn }] };
  };
  const played = await playPlan(
    res,
    arrival,
    plan,
    (kind, event, soFar) => chunk(kind === 'content' ? contentDelta(event.text) : { reasoning_content: event.text }, null, soFar),
    midStreamFault(res, fault, ctx, 'data: {"id": "broken", "choices": [{"delta": {"content": \n\n'),
    ctx.capacity,
  );
  if (!played) return;
  res.write(chunk({}, finish, completion));
  if (input.stream_options?.include_usage) {
    res.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: usage(plan, completion) })}\n\n`,
    );
  }
  res.end('data: [DONE]\n\n');
}

export function openAiModels(res: ServerResponse, ctx: MockContext): void {
  sendJson(res, 200, { object: 'list', data: [{ id: ctx.model, object: 'model', created: 1_700_000_000, owned_by: 'llm-load-mock' }] });
}

interface CompletionsRequest {
  model?: string;
  prompt?: unknown;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
}

/** POST /v1/completions: OpenAI's legacy completions (`choices[].text`), streamed or as one JSON reply. */
export async function openAiCompletions(req: IncomingMessage, res: ServerResponse, body: unknown, ctx: MockContext): Promise<void> {
  const arrival = performance.now();
  const input = (body ?? {}) as CompletionsRequest;
  const fault = chooseFault(req, ctx);
  if (answerFault(res, fault, openAiError)) return;
  const prompt = Array.isArray(input.prompt) ? input.prompt.join('\n') : String(input.prompt ?? '');
  const plan = planReply(ctx.random, settingsFor(req, ctx), prompt, input.max_tokens);
  const id = `cmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const model = input.model ?? ctx.model;
  const finish = plan.truncated ? 'length' : 'stop';
  const text = plan.content.map((e) => e.text).join('');
  const choice = (chunk: string, finishReason: string | null) => ({ text: chunk, index: 0, logprobs: null, finish_reason: finishReason });
  if (!input.stream) {
    await waitForWholeReply(arrival, plan, ctx.capacity);
    sendJson(res, 200, {
      id,
      object: 'text_completion',
      created,
      model,
      choices: [choice(text, finish)],
      usage: usage(plan, plan.outputTokens),
    });
    return;
  }
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id, object: 'text_completion', created, model, choices, ...extra })}\n\n`;
  startSse(res);
  // Reasoning is not part of this API: only the content is played.
  const played = await playPlan(
    res,
    arrival,
    { ...plan, reasoning: [] },
    (_kind, event) => chunk([choice(event.text, null)]),
    midStreamFault(res, fault, ctx, 'data: {"choices": [{"text": \n\n'),
    ctx.capacity,
  );
  if (!played) return;
  res.write(chunk([choice('', finish)]));
  if (input.stream_options?.include_usage) res.write(chunk([], { usage: usage(plan, plan.outputTokens) }));
  res.end('data: [DONE]\n\n');
}

/** POST /v1/embeddings: one vector per input (8 dimensions, seeded), after the prefill time of the batch. */
export async function openAiEmbeddings(req: IncomingMessage, res: ServerResponse, body: unknown, ctx: MockContext): Promise<void> {
  const arrival = performance.now();
  const { input, encoding_format: encoding } = (body ?? {}) as { input?: unknown; encoding_format?: string };
  const fault = chooseFault(req, ctx);
  if (answerFault(res, fault, openAiError)) return;
  const inputs = Array.isArray(input) ? input.map(String) : [String(input ?? '')];
  const plans = inputs.map((text) => planReply(ctx.random, settingsFor(req, ctx), text, 1));
  const promptTokens = plans.reduce((n, p) => n + p.promptTokens, 0);
  await sleep(arrival + (plans[0]?.settings.ttftMs ?? 0) - performance.now());
  sendJson(res, 200, {
    object: 'list',
    data: inputs.map((_, index) => {
      const vector = Float32Array.from({ length: 8 }, () => ctx.random() * 2 - 1);
      // The official SDK asks for base64 (little-endian float32s) unless told otherwise, as the API allows.
      const embedding =
        encoding === 'base64' ? Buffer.from(vector.buffer).toString('base64') : Array.from(vector, (v) => Number(v.toFixed(6)));
      return { object: 'embedding', index, embedding };
    }),
    model: ((body ?? {}) as { model?: string }).model ?? ctx.model,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  });
}
