import type { ChildProcess } from 'node:child_process';

export const running: Set<ChildProcess>;
export function tracked<T extends ChildProcess>(child: T): T;
export function stop(child: ChildProcess): Promise<void>;
export function measure(argv: string[]): Promise<{ stdout: string; stderr: string; code: number | null; cpuS: number; peakMb: number }>;
