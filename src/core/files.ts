import { mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError } from './errors.js';

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns for a folder it cannot make
 * under /proc (it spins at full CPU), so a bad output path would hang the run after its load.
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    const found = await stat(at).then(
      (s) => s,
      () => undefined,
    );
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const level of missing)
    await mkdir(level).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
}

/**
 * Checks, before anything runs, that `file` can be written (its folder made, the file opened), so a long
 * run does not lose its results at the end. Names the flag or input and what went wrong.
 */
export async function checkWritable(
  file: string,
  what: string,
  hint = 'give a path in a folder you can write, e.g. --output results.json',
): Promise<void> {
  const existed = await stat(file).then(
    () => true,
    () => false,
  );
  try {
    await makeFolder(dirname(file));
    await (await open(file, 'a')).close();
    if (!existed) await rm(file, { force: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ConfigError(`${what} ${file}: cannot write there (${e.code ?? e.message})`, hint);
  }
}
