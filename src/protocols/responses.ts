import type { SseEvent } from './sse.js';
import { dig, errorText, nonEmpty, StreamTracker } from './stream.js';

/** The Responses API's events that carry output other than text: reasoning and tool-call arguments. */
const REASONING_DELTAS = new Set(['response.reasoning_summary_text.delta', 'response.reasoning_text.delta']);
const TOOL_DELTAS = new Set(['response.function_call_arguments.delta', 'response.custom_tool_call_input.delta']);

/**
 * OpenAI's Responses API (`POST /v1/responses`). Streamed: typed events, `event: <type>` with the same
 * `type` in the data; content in `response.output_text.delta`, reasoning and tool-call arguments in their
 * own deltas (TTFO), usage in `response.completed`, errors in `error` and `response.failed`. No `[DONE]`:
 * `response.completed` (or `response.incomplete`) ends it. A request without `stream: true` gets one JSON
 * response instead, which this tracker tells by its first byte and reads whole.
 */
export class ResponsesTracker extends StreamTracker {
  readonly streaming = true;
  protected override readonly sniffsJson = true;

  protected onEvent(event: SseEvent): void {
    const data = this.parseData(event.data);
    if (data === undefined) return;
    const type = dig(data, 'type') ?? event.event;
    if (type === 'response.output_text.delta' || type === 'response.refusal.delta') {
      if (nonEmpty(dig(data, 'delta'))) this.content(1, dig(data, 'delta'));
    } else if (typeof type === 'string' && TOOL_DELTAS.has(type)) {
      if (nonEmpty(dig(data, 'delta'))) this.toolDelta();
    } else if (typeof type === 'string' && REASONING_DELTAS.has(type)) {
      if (nonEmpty(dig(data, 'delta'))) this.output();
    } else if (type === 'error') {
      // The error event holds code and message itself (older servers nest them under `error`).
      const error = dig(data, 'error') ?? { type: dig(data, 'code'), message: dig(data, 'message') };
      this.fail(`error in stream: ${errorText(error)}`);
    } else if (type === 'response.failed') {
      this.fail(`the response failed: ${errorText(dig(data, 'response', 'error') ?? data)}`);
    } else if (type === 'response.completed' || type === 'response.incomplete') {
      this.usage(dig(data, 'response', 'usage', 'output_tokens'));
      this.finishReason =
        type === 'response.completed' ? 'completed' : String(dig(data, 'response', 'incomplete_details', 'reason') ?? 'incomplete');
      this.completed = true;
    }
  }

  protected onJson(body: unknown): void {
    if (dig(body, 'error') !== undefined && dig(body, 'error') !== null)
      return this.fail(`error response: ${errorText(dig(body, 'error'))}`);
    const output = dig(body, 'output');
    for (const item of Array.isArray(output) ? output : []) {
      const kind = dig(item, 'type');
      if (kind === 'message') {
        const parts = dig(item, 'content');
        const part = Array.isArray(parts) ? parts.find((p) => nonEmpty(dig(p, 'text')) || nonEmpty(dig(p, 'refusal'))) : undefined;
        if (part) this.content(1, dig(part, 'text'));
      } else if (kind === 'function_call' || kind === 'custom_tool_call') this.toolCall();
      else if (kind === 'reasoning') this.output();
    }
    this.usage(dig(body, 'usage', 'output_tokens'));
    const status = dig(body, 'status');
    if (typeof status === 'string') this.finishReason = status;
  }
}
