import { describe, expect, it } from 'vitest';
import { createTracker } from '../../src/protocols/index.js';
import type { LlmMeasures, LlmOutcome } from '../../src/protocols/stream.js';

/** Feeds SSE text to a tracker as chunks arriving at given times (ms after a start at 1000). */
function run(protocol: 'openai-sse' | 'anthropic-sse', chunks: [number, string][], end: number): LlmOutcome {
  const tracker = createTracker(protocol);
  tracker.begin(1000);
  for (const [at, text] of chunks) tracker.chunk(Buffer.from(text), 1000 + at);
  return tracker.finish(1000 + end);
}

const measures = (outcome: LlmOutcome): LlmMeasures => {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error}: ${outcome.message}`);
  return outcome.measures;
};

const itl = (m: LlmMeasures) => Array.from({ length: m.itlCount }, (_, i) => [m.itlGaps[i], m.itlTokens[i]]);

const oa = (delta: object, extra: object = {}) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`;
const an = (type: string, data: object = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
const text = (t: string) => an('content_block_delta', { index: 0, delta: { type: 'text_delta', text: t } });

describe('token counts when the usage is missing, zero or off', () => {
  /** 40 content events, then a usage chunk saying `tokens` (or none). */
  const stream = (tokens: number | undefined) => {
    const chunks: [number, string][] = [];
    for (let i = 0; i < 40; i++) chunks.push([100 + i * 10, oa({ content: `w${i} ` })]);
    chunks.push([500, `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`]);
    if (tokens !== undefined) chunks.push([501, `data: ${JSON.stringify({ choices: [], usage: { completion_tokens: tokens } })}\n\n`]);
    chunks.push([502, 'data: [DONE]\n\n']);
    return measures(run('openai-sse', chunks, 502));
  };

  it.each([
    ['usage agrees', 40, { outputTokens: 40, tokenSource: 'usage', tokensDisagree: false }],
    ['no usage', undefined, { outputTokens: 40, tokenSource: 'events', tokensDisagree: false }],
    ['a usage of 0 beside 40 events (a server that does not count)', 0, { outputTokens: 40, tokenSource: 'events', tokensDisagree: false }],
    ['a usage of 50 beside 40 events', 50, { outputTokens: 50, tokenSource: 'usage', tokensDisagree: true }],
  ] as const)('%s', (_name, tokens, expected) => {
    const m = stream(tokens);
    expect(m).toMatchObject(expected);
    expect(m.tpotMs).toBeGreaterThan(0);
  });
});

describe('OpenAI stream adapter', () => {
  it('measures ttft, itl, tpot and takes output tokens from the usage chunk', () => {
    const m = measures(
      run(
        'openai-sse',
        [
          [5, oa({ role: 'assistant', content: '' })],
          [300, oa({ content: 'Hel' })],
          [325, oa({ content: 'lo' })],
          [350, oa({ content: '!' })],
          [351, `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`],
          [352, `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 3 } })}\n\ndata: [DONE]\n\n`],
        ],
        352,
      ),
    );
    expect(m.ttftMs).toBe(300);
    expect(m.ttfoMs).toBe(300);
    expect(itl(m)).toEqual([
      [25, 1],
      [25, 1],
    ]);
    expect(m.outputTokens).toBe(3);
    expect(m.tokenSource).toBe('usage');
    expect(m.tpotMs).toBe(26); // (352 − 300) / (3 − 1)
    expect(m.finishReason).toBe('stop');
  });

  it('counts reasoning as first output but not first token, and spreads multi-token events by usage', () => {
    const m = measures(
      run(
        'openai-sse',
        [
          [100, oa({ reasoning_content: 'thinking' }, { usage: { completion_tokens: 1 } })],
          [200, oa({ content: 'a b' }, { usage: { completion_tokens: 3 } })],
          [260, oa({ content: 'c d e' }, { usage: { completion_tokens: 6 } })],
          [261, 'data: [DONE]\n\n'],
        ],
        261,
      ),
    );
    expect(m.ttfoMs).toBe(100);
    expect(m.ttftMs).toBe(200);
    expect(itl(m)).toEqual([[60, 3]]); // one gap of 60 ms over 3 tokens: 3 × 20 ms in the histogram
    expect(m.outputTokens).toBe(6);
  });

  it('counts events when the server sends no usage', () => {
    const m = measures(run('openai-sse', [[10, oa({ content: 'a' }) + oa({ content: 'b' }) + 'data: [DONE]\n\n']], 10));
    expect(m.outputTokens).toBe(2);
    expect(m.tokenSource).toBe('events');
  });

  it('reports in-stream errors, malformed chunks, early ends and empty replies', () => {
    const error = run('openai-sse', [[10, oa({ content: 'a' }) + `data: {"error":{"type":"server_error","message":"boom"}}\n\n`]], 10);
    expect(error).toEqual({ ok: false, error: 'stream_error', message: 'error in stream: server_error: boom' });
    const malformed = run('openai-sse', [[10, 'data: {"choices": [\n\ndata: [DONE]\n\n']], 10);
    expect(malformed).toMatchObject({ ok: false, error: 'stream_error', message: expect.stringContaining('malformed stream data') });
    const early = run('openai-sse', [[10, oa({ content: 'a' })]], 10);
    expect(early).toMatchObject({ ok: false, error: 'stream_error', message: 'the stream ended before its end marker' });
    const empty = run('openai-sse', [[10, oa({ content: '' }) + 'data: [DONE]\n\n']], 10);
    expect(empty).toMatchObject({ ok: false, error: 'no_content' });
  });

  it('reads a non-streaming JSON reply', () => {
    const tracker = createTracker('openai');
    tracker.begin(0);
    tracker.json(
      JSON.stringify({ choices: [{ message: { content: 'hi' }, finish_reason: 'stop' }], usage: { completion_tokens: 12 } }),
      480,
    );
    const m = measures(tracker.finish(480));
    expect(m).toMatchObject({ ttftMs: 480, e2eMs: 480, outputTokens: 12, tokenSource: 'usage', tpotMs: undefined, itlCount: 0 });
  });

  it('starts clean for each request when reused', () => {
    const tracker = createTracker('openai-sse');
    for (let round = 0; round < 3; round++) {
      tracker.begin(0);
      tracker.chunk(Buffer.from(oa({ content: 'a' })), 50);
      tracker.chunk(Buffer.from(oa({ content: 'b' }) + 'data: [DONE]\n\n'), 70);
      const m = measures(tracker.finish(70));
      expect([m.ttftMs, m.itlCount, m.outputTokens]).toEqual([50, 1, 2]);
      // A request cut off inside an event and a character (a timeout): nothing of it reaches the next one.
      tracker.begin(0);
      const cut = Buffer.from(`${oa({ content: 'é' })}data: {"choices":[{"delta":{"content":"é`);
      tracker.chunk(cut, 10, 0, cut.length - 1);
    }
  });
});

describe('Anthropic stream adapter', () => {
  const start = an('message_start', { message: { usage: { input_tokens: 5, output_tokens: 1 } } }) + an('ping');

  it('measures thinking as first output, text as first token, and output tokens from message_delta', () => {
    const m = measures(
      run(
        'anthropic-sse',
        [
          [2, start + an('content_block_start', { index: 0, content_block: { type: 'thinking', thinking: '' } })],
          [150, an('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: 'hmm' } })],
          [
            160,
            an('content_block_delta', { index: 0, delta: { type: 'signature_delta', signature: 'x' } }) +
              an('content_block_stop', { index: 0 }),
          ],
          [300, text('Hello')],
          [330, text(' there')],
          [
            340,
            an('content_block_stop', { index: 1 }) +
              an('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 9 } }),
          ],
          [341, an('message_stop')],
        ],
        341,
      ),
    );
    expect(m.ttfoMs).toBe(150);
    expect(m.ttftMs).toBe(300);
    expect(itl(m)).toEqual([[30, 1]]);
    expect(m.outputTokens).toBe(9);
    expect(m.finishReason).toBe('end_turn');
  });

  it('reports an error event and a stream cut before message_stop', () => {
    const overloaded = run('anthropic-sse', [[5, start + an('error', { error: { type: 'overloaded_error', message: 'Overloaded' } })]], 5);
    expect(overloaded).toEqual({ ok: false, error: 'stream_error', message: 'error in stream: overloaded_error: Overloaded' });
    const cut = run('anthropic-sse', [[5, start + text('a')]], 5);
    expect(cut).toMatchObject({ ok: false, error: 'stream_error' });
  });
});

describe('the note on token counts that disagree', () => {
  it('says on how many replies, in the summary and the comment', async () => {
    const { tokenDisagreement } = await import('../../src/results/results.js');
    expect(tokenDisagreement({ totals: { tokenSource: { usage: 10, events: 0, disagree: 0 } } } as never)).toBeUndefined();
    expect(tokenDisagreement({ totals: { tokenSource: { usage: 8, events: 2, disagree: 3 } } } as never)).toBe(
      "on 3 of 10 replies the server's token usage and the streamed events disagree by more than 10 %: output tokens and TPOT count the usage, ITL the events",
    );
  });
});
