// Makes a llama-architecture GGUF model from a seed and a size: seeded random weights and an SPM
// ("llama") vocabulary, so a real inference engine runs here with nothing downloaded. The same seed and
// size give the same bytes; files are kept in a cache folder named by what made them.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The project's own seeded generator; Node 24, which runs the project's scripts, reads TypeScript as is.
import { seededRandom as random } from '../../src/core/random.ts';
import { GGML, T, writeGguf } from './gguf.mjs';

/**
 * Shapes. tiny is for tests (writes in milliseconds, decodes well over 1,000 tokens a second on one
 * thread); small is for benches, slow enough that a few sequences fill a core.
 */
export const SIZES = {
  tiny: { vocab: 1024, embd: 64, layers: 2, heads: 4, kvHeads: 2, ff: 192, context: 2048, type: GGML.f32 },
  small: { vocab: 4096, embd: 512, layers: 8, heads: 8, kvHeads: 4, ff: 1408, context: 4096, type: GGML.f16 },
};

/** Bumped when the bytes a seed and size give change, so a cached file from before is not reused. */
const GENERATOR_VERSION = 1;

/** Ids below this are <unk>, <s>, </s> and the byte tokens; text pieces start here. */
export const FIRST_TEXT_TOKEN = 259;

const TOKEN_NORMAL = 1;
const TOKEN_UNKNOWN = 2;
const TOKEN_CONTROL = 3;
const TOKEN_BYTE = 6;
const SPACE = '\u2581'; // SentencePiece's word-start mark

const WORDS = `the of and to in is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if more will no out so said
what up its about into than them can only other new some could time these two may then do first any my now
such like our over man me even most made after also did many before must through back years where much your
way well down should because each just those people how too little state good very make world still own see
men work long get here between both life being under never day same another know while last might us great
old year off come since against go came right used take three load test token model server request stream
latency queue batch user reply prompt answer fast slow engine gate`.split(/\s+/);

/**
 * An SPM vocabulary: <unk>, <s>, </s>, the 256 byte tokens, the printable characters with and without the
 * word-start mark, every prefix of the words above (so each word is reachable by merging a pair), then
 * seeded pairs of what is already there until the size is reached. Longer pieces score higher, so the
 * tokenizer prefers them.
 */
export function vocabulary(size, seed) {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_CONTROL];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(TOKEN_BYTE);
  }
  const seen = new Set(tokens);
  const add = (piece) => {
    if (tokens.length >= size || seen.has(piece)) return;
    seen.add(piece);
    tokens.push(piece);
    types.push(TOKEN_NORMAL);
  };
  add(SPACE);
  for (let c = 33; c < 127; c++) add(String.fromCharCode(c));
  for (let c = 33; c < 127; c++) add(SPACE + String.fromCharCode(c));
  for (const word of WORDS) for (let n = 2; n <= word.length; n++) add(SPACE + word.slice(0, n));
  const next = random(seed ^ 0x5eed);
  const normal = () => tokens.slice(FIRST_TEXT_TOKEN);
  for (let tries = 0; tokens.length < size && tries < size * 50; tries++) {
    const pool = normal();
    const left = pool[Math.floor(next() * pool.length)];
    const right = pool[Math.floor(next() * pool.length)];
    if (right.startsWith(SPACE) || left.length + right.length > 8) continue;
    add(left + right);
  }
  if (tokens.length < size) throw new Error(`vocabulary: could not reach ${size} tokens`);
  const scores = tokens.map((t, i) => (types[i] === TOKEN_NORMAL ? -i / size + t.length : 0));
  return { tokens, scores, types, bos: 1, eos: 2, unk: 0 };
}

/** Every tensor a llama block stack reads, as ggml names and shapes them (dims innermost first). */
function tensorsOf(shape, next) {
  const { vocab, embd, layers, heads, kvHeads, ff, type } = shape;
  const kv = (embd / heads) * kvHeads;
  const weights = (name, dims, scale) => ({
    name,
    dims,
    type: dims.length === 1 ? GGML.f32 : type,
    fillRow: (_row, out) => {
      for (let i = 0; i < out.length; i++) out[i] = (next() * 2 - 1) * scale;
    },
  });
  const ones = (name) => ({ name, dims: [embd], type: GGML.f32, fillRow: (_row, out) => out.fill(1) });
  // Uniform in ±sqrt(3/n): unit variance through each matmul, so activations neither die nor blow up.
  const scale = (n) => Math.sqrt(3 / n);
  const out = [
    weights('token_embd.weight', [embd, vocab], 1),
    ones('output_norm.weight'),
    weights('output.weight', [embd, vocab], scale(embd)),
  ];
  for (let l = 0; l < layers; l++) {
    out.push(
      ones(`blk.${l}.attn_norm.weight`),
      weights(`blk.${l}.attn_q.weight`, [embd, embd], scale(embd)),
      weights(`blk.${l}.attn_k.weight`, [embd, kv], scale(embd)),
      weights(`blk.${l}.attn_v.weight`, [embd, kv], scale(embd)),
      weights(`blk.${l}.attn_output.weight`, [embd, embd], scale(embd)),
      ones(`blk.${l}.ffn_norm.weight`),
      weights(`blk.${l}.ffn_gate.weight`, [embd, ff], scale(embd)),
      weights(`blk.${l}.ffn_up.weight`, [embd, ff], scale(embd)),
      weights(`blk.${l}.ffn_down.weight`, [ff, embd], scale(ff)),
    );
  }
  return out;
}

/** Parameters a shape holds, for the README and the bench's header. */
export function parameterCount(shape) {
  const { vocab, embd, layers, heads, kvHeads, ff } = shape;
  const kv = (embd / heads) * kvHeads;
  return 2 * vocab * embd + embd + layers * (2 * embd + 2 * embd * embd + 2 * embd * kv + 3 * embd * ff);
}

/**
 * Writes the model for a size and seed to `path`; `layers` gives it more or fewer blocks than its size
 * has (a larger model of the same shape, as a bench's regression).
 * @param {string} path
 * @param {{size?: keyof typeof SIZES, seed?: number, layers?: number}} [options]
 */
export function writeModel(path, { size = 'tiny', seed = 1, layers } = {}) {
  if (!SIZES[size]) throw new Error(`--size: expected one of ${Object.keys(SIZES).join(', ')}, got "${size}"`);
  const shape = { ...SIZES[size], ...(layers ? { layers } : {}) };
  const vocab = vocabulary(shape.vocab, seed);
  const metadata = [
    ['general.architecture', T.string, 'llama'],
    ['general.name', T.string, `llm-load ${size} seed ${seed}${layers ? `, ${layers} blocks` : ''}`],
    ['general.alignment', T.u32, 32],
    ['general.file_type', T.u32, shape.type === GGML.f16 ? 1 : 0],
    ['llama.context_length', T.u32, shape.context],
    ['llama.embedding_length', T.u32, shape.embd],
    ['llama.block_count', T.u32, shape.layers],
    ['llama.feed_forward_length', T.u32, shape.ff],
    ['llama.attention.head_count', T.u32, shape.heads],
    ['llama.attention.head_count_kv', T.u32, shape.kvHeads],
    ['llama.attention.layer_norm_rms_epsilon', T.f32, 1e-5],
    ['llama.rope.dimension_count', T.u32, shape.embd / shape.heads],
    ['llama.rope.freq_base', T.f32, 10000],
    ['llama.vocab_size', T.u32, shape.vocab],
    ['tokenizer.ggml.model', T.string, 'llama'],
    ['tokenizer.ggml.tokens', T.array, vocab.tokens, T.string],
    ['tokenizer.ggml.scores', T.array, vocab.scores, T.f32],
    ['tokenizer.ggml.token_type', T.array, vocab.types, T.i32],
    ['tokenizer.ggml.bos_token_id', T.u32, vocab.bos],
    ['tokenizer.ggml.eos_token_id', T.u32, vocab.eos],
    ['tokenizer.ggml.unknown_token_id', T.u32, vocab.unk],
    ['tokenizer.ggml.add_bos_token', T.bool, true],
    ['tokenizer.ggml.add_eos_token', T.bool, false],
  ];
  writeGguf(path, metadata, tensorsOf(shape, random(seed)));
  return { path, shape, parameters: parameterCount(shape) };
}

/**
 * The model for a size and seed from the cache folder, written first when it is not there. Written to
 * a temporary name and renamed, so two processes asking at once never read half a file.
 */
export function cachedModel({ size = 'tiny', seed = 1, layers, dir = join(tmpdir(), 'llm-load-engine') } = {}) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${size}${layers ? `-${layers}layers` : ''}-seed${seed}-v${GENERATOR_VERSION}.gguf`);
  if (!existsSync(path)) {
    const partial = `${path}.${process.pid}.partial`;
    writeModel(partial, { size, seed, layers });
    renameSync(partial, path);
  }
  return path;
}
