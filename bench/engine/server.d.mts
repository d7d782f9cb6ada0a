import type { Size } from './model.mjs';

export interface EngineServer {
  port: number;
  url: string;
  modelPath: string;
  close(): Promise<void>;
}
export function startEngineServer(options?: {
  port?: number;
  host?: string;
  sequences?: number;
  size?: Size;
  seed?: number;
  threads?: number;
  contextSize?: number;
  layers?: number;
  modelPath?: string;
}): Promise<EngineServer>;
