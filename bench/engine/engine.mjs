// llama.cpp (through node-llama-cpp) as a server's engine: N sequences in one context, decoded together
// in one batch, and a first-come-first-served queue for requests beyond N.
import { getLlama, TokenBias } from 'node-llama-cpp';
import { FIRST_TEXT_TOKEN } from './model.mjs';

/** The vocabulary's first text piece, the bare word-start mark. */
const WORD_START = FIRST_TEXT_TOKEN;

export class QueueClosed extends Error {}

/**
 * @param {{modelPath: string, sequences: number, threads: number, contextSize: number}} options
 */
export async function loadEngine({ modelPath, sequences, threads, contextSize }) {
  // One thread by default: on a 2-core machine that also runs the load client, more threads spin
  // against each other and decode hundreds of times slower.
  const llama = await getLlama({ gpu: false, build: 'never', logLevel: 'error', maxThreads: threads });
  const model = await llama.loadModel({ modelPath });
  // Three times the sequences the server decodes at once: a finished request's sequence is disposed, and
  // node-llama-cpp frees its cache cells only between decode loops, under the context's lock. The next
  // request starts on a clean spare at once; clearing a history in place would wait on that lock for as
  // long as the other sequences keep decoding.
  const context = await model.createContext({ sequences: 3 * sequences, contextSize, threads, batchSize: Math.min(512, contextSize) });
  /** @type {(() => void)[]} */
  const waiting = [];

  // Text only: no control or byte tokens, so every streamed piece is whole text. The bias cannot rule
  // out end-of-generation tokens, so one that is sampled is replaced by a word start and decoding goes
  // on to max_tokens, as a benchmark's ignore_eos does.
  const bias = new TokenBias(model.tokenizer);
  for (let t = 0; t < FIRST_TEXT_TOKEN; t++) bias.set(t, 'never');

  let running = 0;
  let generated = 0;
  let closed = false;
  let poll;

  const canStart = () => running < sequences && context.sequencesLeft > 0;
  const wake = () => {
    while (waiting.length > 0 && canStart()) {
      running++;
      waiting.shift()();
    }
    // A spare comes back when the context frees a disposed sequence's cells, which it signals to no one.
    if (waiting.length > 0 && running < sequences && !poll) poll = setTimeout(() => ((poll = undefined), wake()), 1);
  };
  const acquire = (signal) =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new QueueClosed('the engine is stopping'));
      if (waiting.length === 0 && canStart()) {
        running++;
        return resolve(context.getSequence());
      }
      const entry = () => resolve(context.getSequence());
      entry.reject = reject;
      waiting.push(entry);
      signal?.addEventListener('abort', () => {
        const at = waiting.indexOf(entry);
        if (at < 0) return;
        waiting.splice(at, 1);
        reject(new QueueClosed('the client went away while queued'));
      });
    });
  const release = (sequence) => {
    running--;
    sequence.dispose();
    wake();
  };

  return {
    contextSize: context.contextSize,
    tokenize: (text) => model.tokenize(text),
    stats: () => ({ running, waiting: waiting.length, generated, sequences }),
    /**
     * Decodes up to maxTokens after the prompt, calling onPiece with each token's text; stops early when
     * the signal aborts. Resolves with the counts.
     * @param {{prompt: number[], maxTokens: number, temperature: number, seed?: number, signal?: AbortSignal,
     *   onStart?: () => void, onPiece: (text: string) => void}} request
     */
    async generate({ prompt, maxTokens, temperature, seed, signal, onStart, onPiece }) {
      const sequence = /** @type {import('node-llama-cpp').LlamaContextSequence} */ (await acquire(signal));
      const out = [];
      try {
        onStart?.();
        const tokens = sequence.evaluate(prompt, { temperature, seed, tokenBias: bias, yieldEogToken: true });
        try {
          for (let next = await tokens.next(); !next.done && !signal?.aborted;) {
            const token = model.isEogToken(next.value) ? WORD_START : next.value;
            onPiece(model.detokenize([token], false, out));
            out.push(token);
            generated++;
            if (out.length >= maxTokens) break;
            next = await tokens.next(token);
          }
        } finally {
          await tokens.return();
        }
      } finally {
        release(sequence);
      }
      return { promptTokens: prompt.length, completionTokens: out.length };
    },
    async close() {
      closed = true;
      clearTimeout(poll);
      for (const w of waiting.splice(0)) w.reject(new QueueClosed('the engine is stopping'));
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    },
  };
}
