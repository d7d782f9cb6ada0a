// The service a gate bench runs against: the built-in mock (settings chosen to the millisecond) or the
// real engine (llama.cpp on a generated model, where service time has real noise and a real capacity).
import { startEngineProcess, startMockProcess } from './service-process.mjs';

/** The engine's base: 4 sequences of the tiny model, replies of 64 tokens. */
export const ENGINE = { seqs: 4, size: 'tiny', tokens: 64 };
/** Real regressions of an engine: fewer sequences (more requests queue), a larger model (slower decode). */
export const ENGINE_CHANGES = {
  'seqs-3': { label: '3 sequences, not 4', engine: { seqs: 3 } },
  deeper: { label: 'a model of 3 blocks, not 2', engine: { layers: 3 } },
};
export const TARGETS = ['mock', 'engine'];

/**
 * What a bench needs of its target: the changes it can make, a way to start the base (no change) or a
 * changed service, the request's model and max_tokens, and a line describing it.
 * @param {'mock' | 'engine'} target
 * @param {{cli: string, base: {ttft: number, itl: number, tokens: number}, changes: Record<string, {label: string, mock: object}>}} mock
 */
export function serviceFor(target, mock) {
  if (target === 'engine') {
    return {
      changes: ENGINE_CHANGES,
      start: (change) => startEngineProcess({ ...ENGINE, ...(change ? ENGINE_CHANGES[change].engine : {}) }),
      model: `llm-load-${ENGINE.size}`,
      tokens: ENGINE.tokens,
      description: `Engine: llama.cpp (node-llama-cpp, 1 thread) on the generated ${ENGINE.size} model, ${ENGINE.seqs} sequences, ${ENGINE.tokens} tokens a reply`,
    };
  }
  return {
    changes: mock.changes,
    start: (change) => startMockProcess(mock.cli, { ...mock.base, ...(change ? mock.changes[change].mock : {}) }),
    model: 'mock',
    tokens: mock.base.tokens,
    description: `Mock: TTFT ${mock.base.ttft} ms, ITL ${mock.base.itl} ms, ${mock.base.tokens} tokens`,
  };
}
