import type { SseEvent } from './sse.js';
import { dig, errorText, nonEmpty, StreamTracker } from './stream.js';

/**
 * Anthropic messages. Streams: message_start, then per content block content_block_start /
 * content_block_delta (text_delta, thinking_delta, input_json_delta, signature_delta) /
 * content_block_stop, then message_delta (stop_reason, cumulative usage.output_tokens) and message_stop;
 * `ping` may come anywhere and `error` ends the stream.
 */
export class AnthropicTracker extends StreamTracker {
  constructor(readonly streaming: boolean) {
    super();
  }

  protected onEvent(event: SseEvent): void {
    const data = this.parseData(event.data);
    if (data === undefined) return;
    const type = dig(data, 'type') ?? event.event;
    switch (type) {
      case 'content_block_delta': {
        const delta = dig(data, 'delta');
        const kind = dig(delta, 'type');
        if (kind === 'text_delta') {
          if (nonEmpty(dig(delta, 'text'))) this.content(1, dig(delta, 'text'));
        } else if (kind === 'input_json_delta') {
          if (nonEmpty(dig(delta, 'partial_json'))) this.toolDelta();
        } else if (kind === 'thinking_delta') this.output();
        break;
      }
      case 'content_block_start':
        if (dig(data, 'content_block', 'type') === 'tool_use') this.toolCall();
        break;
      case 'message_delta': {
        this.usage(dig(data, 'usage', 'output_tokens'));
        const stop = dig(data, 'delta', 'stop_reason');
        if (typeof stop === 'string') this.finishReason = stop;
        break;
      }
      case 'message_stop':
        this.completed = true;
        break;
      case 'error':
        this.fail(`error in stream: ${errorText(dig(data, 'error') ?? data)}`);
        break;
    }
  }

  protected onJson(body: unknown): void {
    if (dig(body, 'type') === 'error') return this.fail(`error response: ${errorText(dig(body, 'error'))}`);
    const blocks = dig(body, 'content');
    if (Array.isArray(blocks)) {
      const text = blocks.find((b) => dig(b, 'type') === 'text' && nonEmpty(dig(b, 'text')));
      if (text) this.content(1, dig(text, 'text'));
      else if (blocks.some((b) => dig(b, 'type') === 'tool_use')) this.toolCall();
      else if (blocks.length > 0) this.output();
    }
    this.usage(dig(body, 'usage', 'output_tokens'));
    const stop = dig(body, 'stop_reason');
    if (typeof stop === 'string') this.finishReason = stop;
  }
}
