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
import { type Plan, planReply, playPlan, waitForWholeReply } from './model.js';
import { openAiError, promptText } from './openai.js';

interface ResponsesRequest {
  model?: string;
  input?: unknown;
  instructions?: string;
  stream?: boolean;
  max_output_tokens?: number;
}

const join = (events: Plan['content']) =>
  events
    .map((e) => e.text)
    .join('')
    .trim();

function usage(plan: Plan) {
  return {
    input_tokens: plan.promptTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: plan.outputTokens + plan.reasoningTokens,
    output_tokens_details: { reasoning_tokens: plan.reasoningTokens },
    total_tokens: plan.promptTokens + plan.outputTokens + plan.reasoningTokens,
  };
}

/** POST /v1/responses: OpenAI's Responses API, as a stream of typed events or as one response object. */
export async function openAiResponses(req: IncomingMessage, res: ServerResponse, body: unknown, ctx: MockContext): Promise<void> {
  const arrival = performance.now();
  const input = (body ?? {}) as ResponsesRequest;
  const fault = chooseFault(req, ctx);
  if (answerFault(res, fault, openAiError)) return;
  const prompt = typeof input.input === 'string' ? input.input : promptText(input.input);
  const plan = planReply(ctx.random, settingsFor(req, ctx), `${input.instructions ?? ''}${prompt}`, input.max_output_tokens);
  const id = `resp_${randomUUID().replace(/-/g, '')}`;
  const messageId = `${toolCallFor(req) ? 'fc' : 'msg'}_${randomUUID().replace(/-/g, '')}`;
  const reasoningId = `rs_${randomUUID().replace(/-/g, '')}`;
  const status = plan.truncated ? 'incomplete' : 'completed';
  const reasoningItem = (done: boolean) => ({
    id: reasoningId,
    type: 'reasoning',
    summary: done ? [{ type: 'summary_text', text: join(plan.reasoning) }] : [],
  });
  const tool = toolCallFor(req);
  const args = argumentChunks(plan.content.map((e) => e.text));
  // The answer is a message, or with x-mock-tool-call a function call whose arguments stream instead.
  const messageItem = (done: boolean) =>
    tool
      ? {
          id: messageId,
          type: 'function_call',
          status: done ? 'completed' : 'in_progress',
          call_id: `call_${messageId.slice(4, 28)}`,
          name: tool,
          arguments: done ? args.join('') : '',
        }
      : {
          id: messageId,
          type: 'message',
          status: done ? 'completed' : 'in_progress',
          role: 'assistant',
          content: done ? [{ type: 'output_text', text: join(plan.content), annotations: [], logprobs: [] }] : [],
        };
  const response = (state: 'in_progress' | 'completed' | 'incomplete') => ({
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: state,
    model: input.model ?? ctx.model,
    output: state === 'in_progress' ? [] : [...(plan.reasoning.length ? [reasoningItem(true)] : []), messageItem(true)],
    incomplete_details: state === 'incomplete' ? { reason: 'max_output_tokens' } : null,
    error: null,
    usage: state === 'in_progress' ? null : usage(plan),
    parallel_tool_calls: true,
    tool_choice: 'auto',
    tools: [],
  });

  if (!input.stream) {
    await waitForWholeReply(arrival, plan, ctx.capacity);
    sendJson(res, 200, response(status));
    return;
  }

  let sequence = 0;
  const event = (type: string, data: Record<string, unknown>) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`;
  const messageIndex = plan.reasoning.length ? 1 : 0;
  const part = { type: 'output_text', text: '', annotations: [], logprobs: [] };
  let opened: 'none' | 'reasoning' | 'message' = 'none';
  const open = (kind: 'reasoning' | 'content'): string => {
    let out = '';
    if (kind === 'reasoning' && opened === 'none') {
      out += event('response.output_item.added', { output_index: 0, item: reasoningItem(false) });
      out += event('response.reasoning_summary_part.added', {
        item_id: reasoningId,
        output_index: 0,
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      });
      opened = 'reasoning';
    }
    if (kind === 'content' && opened !== 'message') {
      if (opened === 'reasoning') out += closeReasoning();
      out += event('response.output_item.added', { output_index: messageIndex, item: messageItem(false) });
      if (!tool) out += event('response.content_part.added', { item_id: messageId, output_index: messageIndex, content_index: 0, part });
      opened = 'message';
    }
    return out;
  };
  const closeReasoning = () =>
    event('response.reasoning_summary_text.done', { item_id: reasoningId, output_index: 0, summary_index: 0, text: join(plan.reasoning) }) +
    event('response.reasoning_summary_part.done', {
      item_id: reasoningId,
      output_index: 0,
      summary_index: 0,
      part: { type: 'summary_text', text: join(plan.reasoning) },
    }) +
    event('response.output_item.done', { output_index: 0, item: reasoningItem(true) });

  let argument = 0;
  startSse(res);
  res.write(
    event('response.created', { response: response('in_progress') }) + event('response.in_progress', { response: response('in_progress') }),
  );
  const played = await playPlan(
    res,
    arrival,
    plan,
    (kind, e) =>
      open(kind) +
      (kind === 'content' && tool
        ? event('response.function_call_arguments.delta', { item_id: messageId, output_index: messageIndex, delta: args[argument++] })
        : kind === 'content'
          ? event('response.output_text.delta', {
              item_id: messageId,
              output_index: messageIndex,
              content_index: 0,
              delta: e.text,
              logprobs: [],
            })
          : event('response.reasoning_summary_text.delta', { item_id: reasoningId, output_index: 0, summary_index: 0, delta: e.text })),
    midStreamFault(res, fault, ctx, 'event: response.output_text.delta\ndata: {"type": "response.output_text.delta", "delta": \n\n'),
    ctx.capacity,
  );
  if (!played) return;
  const text = join(plan.content);
  const answerDone = tool
    ? event('response.function_call_arguments.done', { item_id: messageId, output_index: messageIndex, arguments: args.join('') })
    : event('response.output_text.done', { item_id: messageId, output_index: messageIndex, content_index: 0, text, logprobs: [] }) +
      event('response.content_part.done', { item_id: messageId, output_index: messageIndex, content_index: 0, part: { ...part, text } });
  res.end(
    open('content') +
      answerDone +
      event('response.output_item.done', { output_index: messageIndex, item: messageItem(true) }) +
      event(status === 'completed' ? 'response.completed' : 'response.incomplete', { response: response(status) }),
  );
}
