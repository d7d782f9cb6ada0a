import type { IncomingMessage } from 'node:http';
import type { Random } from '../core/random.js';

/**
 * Faults the mock injects, aimed by the `x-mock-fault` header or drawn by rate:
 * 429 (with retry-after), 500, 503, 529 (Anthropic overloaded_error) answer at once;
 * cut (the connection drops halfway through a stream), malformed (a broken JSON chunk halfway) and
 * stall (the stream stops halfway until the client gives up) strike mid-stream.
 */
export const FAULTS = ['429', '500', '503', '529', 'cut', 'malformed', 'stall'] as const;
export type Fault = (typeof FAULTS)[number];

export type FaultRates = Partial<Record<Fault, number>>;

export function isFault(value: string): value is Fault {
  return (FAULTS as readonly string[]).includes(value);
}

/** Parses `429:0.01,cut:0.02` into rates. */
export function parseFaultRates(text: string): FaultRates {
  const rates: FaultRates = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [name, rate] = part.split(':');
    const value = Number(rate);
    if (!name || !isFault(name) || !(value >= 0 && value <= 1)) {
      throw new Error(`--faults: "${part}" is not FAULT:RATE with FAULT one of ${FAULTS.join(', ')} and RATE from 0 to 1`);
    }
    rates[name] = value;
  }
  return rates;
}

export function pickFault(req: IncomingMessage, rates: FaultRates, random: Random): Fault | undefined {
  const asked = req.headers['x-mock-fault'];
  if (typeof asked === 'string' && isFault(asked)) return asked;
  let draw = random();
  for (const fault of FAULTS) {
    const rate = rates[fault] ?? 0;
    if (draw < rate) return fault;
    draw -= rate;
  }
  return undefined;
}

export const STATUS_OF: Record<'429' | '500' | '503' | '529', number> = { '429': 429, '500': 500, '503': 503, '529': 529 };

export function isImmediate(fault: Fault): fault is '429' | '500' | '503' | '529' {
  return fault in STATUS_OF;
}
