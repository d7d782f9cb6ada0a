// A GGUF v3 writer: the header, typed metadata and tensor table llama.cpp reads, then the tensors, each
// aligned. Enough of the format to write a model; no reader (node-llama-cpp's own reader checks ours).
import { closeSync, openSync, writeSync } from 'node:fs';

const MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
const VERSION = 3;
export const ALIGNMENT = 32;

/** Metadata value types (gguf.h). */
export const T = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10 };
/** Tensor element types (ggml.h). */
export const GGML = { f32: 0, f16: 1 };
const ELEMENT_BYTES = { [GGML.f32]: 4, [GGML.f16]: 2 };

/** Grows one buffer as values are appended, little-endian throughout. */
class ByteWriter {
  buf = Buffer.alloc(1 << 16);
  len = 0;
  room(n) {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.alloc(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }
  u32(v) {
    this.room(4);
    this.len = this.buf.writeUInt32LE(v, this.len);
  }
  i32(v) {
    this.room(4);
    this.len = this.buf.writeInt32LE(v, this.len);
  }
  u64(v) {
    this.room(8);
    this.len = this.buf.writeBigUInt64LE(BigInt(v), this.len);
  }
  f32(v) {
    this.room(4);
    this.len = this.buf.writeFloatLE(v, this.len);
  }
  bool(v) {
    this.room(1);
    this.len = this.buf.writeUInt8(v ? 1 : 0, this.len);
  }
  string(s) {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.room(bytes.length);
    bytes.copy(this.buf, this.len);
    this.len += bytes.length;
  }
  pad(to) {
    const n = (to - (this.len % to)) % to;
    this.room(n);
    this.len += n; // Buffer.alloc zero-fills
  }
  bytes() {
    return this.buf.subarray(0, this.len);
  }
}

function writeValue(w, type, value) {
  switch (type) {
    case T.u32:
      return w.u32(value);
    case T.i32:
      return w.i32(value);
    case T.f32:
      return w.f32(value);
    case T.bool:
      return w.bool(value);
    case T.string:
      return w.string(value);
    case T.u64:
      return w.u64(value);
    default:
      throw new Error(`gguf: no writer for metadata type ${type}`);
  }
}

/**
 * A metadata entry: [key, type, value], or [key, T.array, values, elementType] for an array.
 * @typedef {[string, number, unknown, number?]} Entry
 * A tensor: its name, its dims innermost first (ggml's ne order), its type, and a function that fills
 * a Float32Array of one row (`ne[0]` values) given the row index, so a large tensor never sits in memory
 * whole.
 * @typedef {{name: string, dims: number[], type: number, fillRow: (row: number, out: Float32Array) => void}} Tensor
 */

/**
 * Writes a GGUF v3 file.
 * @param {string} path
 * @param {Entry[]} metadata
 * @param {Tensor[]} tensors
 */
export function writeGguf(path, metadata, tensors) {
  const head = new ByteWriter();
  head.u32(MAGIC);
  head.u32(VERSION);
  head.u64(tensors.length);
  head.u64(metadata.length);
  for (const [key, type, value, elementType] of metadata) {
    head.string(key);
    head.u32(type);
    if (type !== T.array) {
      writeValue(head, type, value);
      continue;
    }
    const values = /** @type {unknown[]} */ (value);
    head.u32(/** @type {number} */ (elementType));
    head.u64(values.length);
    for (const v of values) writeValue(head, /** @type {number} */ (elementType), v);
  }
  let offset = 0;
  const offsets = [];
  for (const t of tensors) {
    head.string(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(d);
    head.u32(t.type);
    head.u64(offset);
    offsets.push(offset);
    offset += alignUp(tensorBytes(t), ALIGNMENT);
  }
  head.pad(ALIGNMENT);

  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head.bytes());
    for (const t of tensors) writeTensor(fd, t);
  } finally {
    closeSync(fd);
  }
}

const alignUp = (n, a) => Math.ceil(n / a) * a;
const elements = (t) => t.dims.reduce((a, b) => a * b, 1);
const tensorBytes = (t) => elements(t) * ELEMENT_BYTES[t.type];

function writeTensor(fd, t) {
  const rowLength = t.dims[0];
  const rows = elements(t) / rowLength;
  const row = new Float32Array(rowLength);
  const rowsPerChunk = Math.max(1, Math.floor((1 << 20) / rowLength));
  const chunk = Buffer.alloc(rowsPerChunk * rowLength * ELEMENT_BYTES[t.type]);
  for (let r = 0; r < rows; r += rowsPerChunk) {
    const n = Math.min(rowsPerChunk, rows - r);
    for (let i = 0; i < n; i++) {
      t.fillRow(r + i, row);
      const at = i * rowLength;
      if (t.type === GGML.f32) for (let j = 0; j < rowLength; j++) chunk.writeFloatLE(row[j], (at + j) * 4);
      else for (let j = 0; j < rowLength; j++) chunk.writeUInt16LE(toHalf(row[j]), (at + j) * 2);
    }
    writeSync(fd, chunk, 0, n * rowLength * ELEMENT_BYTES[t.type]);
  }
  const pad = alignUp(tensorBytes(t), ALIGNMENT) - tensorBytes(t);
  if (pad) writeSync(fd, Buffer.alloc(pad));
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** IEEE half from a float, rounded to nearest even; weights here are small and finite. */
export function toHalf(value) {
  f32[0] = value;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && half & 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  return sign | half;
}
