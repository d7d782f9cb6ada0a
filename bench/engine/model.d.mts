export interface Shape {
  vocab: number;
  embd: number;
  layers: number;
  heads: number;
  kvHeads: number;
  ff: number;
  context: number;
  type: number;
}
export type Size = 'tiny' | 'small';
export const SIZES: Record<Size, Shape>;
export const FIRST_TEXT_TOKEN: number;
export function vocabulary(
  size: number,
  seed: number,
): { tokens: string[]; scores: number[]; types: number[]; bos: number; eos: number; unk: number };
export function parameterCount(shape: Shape): number;
export function writeModel(
  path: string,
  options?: { size?: Size; seed?: number; layers?: number },
): { path: string; shape: Shape; parameters: number };
export function cachedModel(options?: { size?: Size; seed?: number; layers?: number; dir?: string }): string;
