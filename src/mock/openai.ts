import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerFault, chooseFault, midStreamFault, sendJson, settingsFor, startSse, type MockContext } from './context.js';
import { planDurationMs, planReply, playPlan, sleep, type Plan } from './model.js';

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
  const finish = plan.truncated ? 'length' : 'stop';
  const completion = plan.outputTokens + plan.reasoningTokens;

  if (!input.stream) {
    await sleep(arrival + planDurationMs(plan) - performance.now());
    const message: Record<string, unknown> = {
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
  res.write(chunk({ role: 'assistant', content: '' }, null));
  const played = await playPlan(
    res,
    arrival,
    plan,
    (kind, event, soFar) => chunk(kind === 'content' ? { content: event.text } : { reasoning_content: event.text }, null, soFar),
    midStreamFault(res, fault, ctx, 'data: {"id": "broken", "choices": [{"delta": {"content": \n\n'),
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
