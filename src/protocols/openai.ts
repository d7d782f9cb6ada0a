import type { SseEvent } from './sse.js';
import { dig, errorText, nonEmpty, StreamTracker } from './stream.js';

/** What OpenAI's streams share: `data: {chunk}` events, and `data: [DONE]` at the end. */
abstract class OpenAiStreamTracker extends StreamTracker {
  /** The event's JSON; undefined at `[DONE]`, which completes the stream, and for data that is not JSON (already failed). */
  protected chunkOf(event: SseEvent): unknown {
    const data = event.data.trim();
    if (data !== '[DONE]') return this.parseData(data);
    this.completed = true;
    return undefined;
  }
}

/**
 * OpenAI chat completions. Streams: `data: {chunk}` lines ending with `data: [DONE]`; content in
 * `choices[0].delta.content`, reasoning in `delta.reasoning_content` (or `reasoning`), usage in the final
 * chunk when `stream_options.include_usage` is set — or in every chunk with vLLM's continuous usage stats,
 * which also tells how many tokens one chunk carried.
 */
export class OpenAiTracker extends OpenAiStreamTracker {
  private lastCompletionTokens = 0;

  constructor(readonly streaming: boolean) {
    super();
  }

  override begin(start: number): void {
    super.begin(start);
    this.lastCompletionTokens = 0;
  }

  protected onEvent(event: SseEvent): void {
    const chunk = this.chunkOf(event);
    if (chunk === undefined) return;
    const error = dig(chunk, 'error');
    if (event.event === 'error' || error !== undefined) {
      this.fail(`error in stream: ${errorText(error ?? chunk)}`);
      return;
    }
    const usageTokens = dig(chunk, 'usage', 'completion_tokens');
    const choice = dig(chunk, 'choices', 0);
    const delta = dig(choice, 'delta');
    const tools = dig(delta, 'tool_calls');
    if (nonEmpty(dig(delta, 'content'))) {
      const tokens = typeof usageTokens === 'number' ? usageTokens - this.lastCompletionTokens : 1;
      this.content(tokens, dig(delta, 'content'));
    } else if (Array.isArray(tools) && tools.some((call) => nonEmpty(dig(call, 'function', 'arguments')))) {
      this.toolDelta(typeof usageTokens === 'number' ? usageTokens - this.lastCompletionTokens : 1);
    } else if (tools !== undefined) {
      this.toolCall(); // the call's name and id, before its arguments
    } else if (nonEmpty(dig(delta, 'reasoning_content')) || nonEmpty(dig(delta, 'reasoning'))) {
      this.output();
    }
    if (typeof usageTokens === 'number') {
      this.lastCompletionTokens = usageTokens;
      this.usage(usageTokens);
    }
    const finish = dig(choice, 'finish_reason');
    if (typeof finish === 'string') this.finishReason = finish;
  }

  /** A stream that sent its finish reason but no [DONE] still counts as complete. */
  override finish(end: number) {
    if (this.finishReason !== undefined) this.completed = true;
    return super.finish(end);
  }

  protected onJson(body: unknown): void {
    if (dig(body, 'error') !== undefined) return this.fail(`error response: ${errorText(dig(body, 'error'))}`);
    const message = dig(body, 'choices', 0, 'message');
    if (nonEmpty(dig(message, 'content'))) this.content(1, dig(message, 'content'));
    else if (Array.isArray(dig(message, 'tool_calls'))) this.toolCall();
    else if (nonEmpty(dig(message, 'reasoning_content'))) this.output();
    this.usage(dig(body, 'usage', 'completion_tokens'));
    const finish = dig(body, 'choices', 0, 'finish_reason');
    if (typeof finish === 'string') this.finishReason = finish;
  }
}

/**
 * OpenAI's legacy completions (`POST /v1/completions`, vLLM's `bench serve` default): text in
 * `choices[0].text`, streamed as `data:` chunks ending with `[DONE]` (usage in the last one with
 * `stream_options.include_usage`), or one JSON body without `stream: true`, told by its first byte.
 */
export class CompletionsTracker extends OpenAiStreamTracker {
  readonly streaming = true;
  protected override readonly sniffsJson = true;

  protected onEvent(event: SseEvent): void {
    const chunk = this.chunkOf(event);
    if (chunk === undefined) return;
    if (dig(chunk, 'error') !== undefined) return this.fail(`error in stream: ${errorText(dig(chunk, 'error'))}`);
    if (nonEmpty(dig(chunk, 'choices', 0, 'text'))) this.content(1, dig(chunk, 'choices', 0, 'text'));
    this.usage(dig(chunk, 'usage', 'completion_tokens'));
    const finish = dig(chunk, 'choices', 0, 'finish_reason');
    if (typeof finish === 'string') this.finishReason = finish;
  }

  protected onJson(body: unknown): void {
    if (dig(body, 'error') !== undefined) return this.fail(`error response: ${errorText(dig(body, 'error'))}`);
    if (nonEmpty(dig(body, 'choices', 0, 'text'))) this.content(1, dig(body, 'choices', 0, 'text'));
    this.usage(dig(body, 'usage', 'completion_tokens'));
    const finish = dig(body, 'choices', 0, 'finish_reason');
    if (typeof finish === 'string') this.finishReason = finish;
  }
}

/**
 * OpenAI embeddings (`POST /v1/embeddings`), one JSON reply: no tokens come back, so its figures are the
 * latency, the batch (vectors in `data`) and the input tokens of `usage.prompt_tokens`.
 */
export class EmbeddingsTracker extends StreamTracker {
  readonly streaming = false;

  protected onEvent(): void {}

  protected onJson(body: unknown): void {
    if (dig(body, 'error') !== undefined) return this.fail(`error response: ${errorText(dig(body, 'error'))}`);
    const data = dig(body, 'data');
    if (!Array.isArray(data) || data.length === 0) return this.fail('the reply holds no embeddings (data is empty)');
    this.embedded(data.length);
    this.inputUsage(dig(body, 'usage', 'prompt_tokens'));
  }
}
