export const T: { u32: number; i32: number; f32: number; bool: number; string: number; array: number; u64: number };
export const GGML: { f32: number; f16: number };
export const ALIGNMENT: number;
export function toHalf(value: number): number;
export function writeGguf(
  path: string,
  metadata: [string, number, unknown, number?][],
  tensors: { name: string; dims: number[]; type: number; fillRow: (row: number, out: Float32Array) => void }[],
): void;
