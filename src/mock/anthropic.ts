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
import { planReply, playPlan, waitForWholeReply } from './model.js';
import { promptText } from './openai.js';

interface MessagesRequest {
  model?: string;
  messages?: unknown;
  system?: unknown;
  stream?: boolean;
  max_tokens?: number;
}

export const anthropicError = (_status: number, type: string, message: string) => ({ type: 'error', error: { type, message } });

const sse = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/**
 * POST /v1/messages: Anthropic's messages API, streamed with the full event sequence or as one JSON
 * reply. Either auth style (`x-api-key` or `authorization: Bearer`) is accepted, and none is required.
 */
export async function anthropicMessages(req: IncomingMessage, res: ServerResponse, body: unknown, ctx: MockContext): Promise<void> {
  const arrival = performance.now();
  const input = (body ?? {}) as MessagesRequest;
  const fault = chooseFault(req, ctx);
  if (answerFault(res, fault, anthropicError)) return;
  const prompt = `${typeof input.system === 'string' ? input.system : ''}${promptText(input.messages)}`;
  const plan = planReply(ctx.random, settingsFor(req, ctx), prompt, input.max_tokens);
  const id = `msg_${randomUUID().replace(/-/g, '')}`;
  const model = input.model ?? ctx.model;
  const tool = toolCallFor(req);
  const stopReason = tool ? 'tool_use' : plan.truncated ? 'max_tokens' : 'end_turn';
  const args = argumentChunks(plan.content.map((e) => e.text));
  const toolBlock = { type: 'tool_use', id: `toolu_${randomUUID().replace(/-/g, '').slice(0, 24)}`, name: tool };
  const outputTokens = plan.outputTokens + plan.reasoningTokens;
  const signature = Buffer.from(id).toString('base64');

  if (!input.stream) {
    await waitForWholeReply(arrival, plan, ctx.capacity);
    const content: Record<string, unknown>[] = [];
    if (plan.reasoning.length)
      content.push({
        type: 'thinking',
        thinking: plan.reasoning
          .map((e) => e.text)
          .join('')
          .trim(),
        signature,
      });
    content.push(
      tool
        ? { ...toolBlock, input: JSON.parse(args.join('')) as unknown }
        : {
            type: 'text',
            text: plan.content
              .map((e) => e.text)
              .join('')
              .trim(),
          },
    );
    sendJson(res, 200, {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage: { input_tokens: plan.promptTokens, output_tokens: outputTokens },
    });
    return;
  }

  startSse(res);
  res.write(
    sse('message_start', {
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: plan.promptTokens, output_tokens: 1 },
      },
    }),
  );
  const textIndex = plan.reasoning.length ? 1 : 0;
  const answerBlock = tool ? { ...toolBlock, input: {} } : { type: 'text', text: '' };
  // A tool_use block starts when the model starts it (with its first argument delta), not before.
  if (plan.reasoning.length) res.write(sse('content_block_start', { index: 0, content_block: { type: 'thinking', thinking: '' } }));
  else if (!tool) res.write(sse('content_block_start', { index: 0, content_block: answerBlock }));
  let argument = 0;
  const answerDelta = (text: string) =>
    tool ? { type: 'input_json_delta', partial_json: args[argument++] } : { type: 'text_delta', text };
  res.write(sse('ping', {}));
  let inText = !plan.reasoning.length;
  const played = await playPlan(
    res,
    arrival,
    plan,
    (kind, event) => {
      if (kind === 'reasoning') return sse('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: event.text } });
      let head = '';
      if (tool && argument === 0 && !plan.reasoning.length)
        head = sse('content_block_start', { index: textIndex, content_block: answerBlock });
      if (!inText) {
        inText = true;
        head =
          sse('content_block_delta', { index: 0, delta: { type: 'signature_delta', signature } }) +
          sse('content_block_stop', { index: 0 }) +
          sse('content_block_start', { index: textIndex, content_block: answerBlock });
      }
      return head + sse('content_block_delta', { index: textIndex, delta: answerDelta(event.text) });
    },
    midStreamFault(res, fault, ctx, 'event: content_block_delta\ndata: {"type": "content_block_delta", "delta": {\n\n'),
    ctx.capacity,
  );
  if (!played) return;
  res.write(sse('content_block_stop', { index: textIndex }));
  res.write(sse('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: outputTokens } }));
  res.end(sse('message_stop', {}));
}
