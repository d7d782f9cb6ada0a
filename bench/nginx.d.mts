import type { ChildProcess } from 'node:child_process';

export const NGINX: string | undefined;
export const INSTALL_NGINX: string;
export function startNginx(
  dir: string,
  options?: { command?: (argv: string[]) => string[]; track?: <T extends ChildProcess>(child: T) => T },
): Promise<{ url: string; child: ChildProcess }>;
