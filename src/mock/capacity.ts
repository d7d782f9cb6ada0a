/**
 * A mock with a capacity, as a real inference server has: at most `slots` replies decode at once and the
 * rest wait in arrival order (their TTFT includes the wait); the first token also waits for the prompt's
 * prefill (its tokens at `prefillTokensPerS`); and every token's gap grows with how many replies decode
 * beside it (`batchSlowdown` per extra stream, as batched decoding slows each sequence). Left unset, the
 * mock has none of it: unlimited slots, no prefill time, no slowdown.
 */
export interface CapacitySettings {
  slots?: number;
  prefillTokensPerS?: number;
  batchSlowdown?: number;
}

export class Capacity {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly settings: CapacitySettings) {}

  /** Waits for a slot; resolves with its release (call it once, when the reply has ended). */
  async acquire(): Promise<() => void> {
    const slots = this.settings.slots ?? Infinity;
    if (this.active >= slots) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.();
    };
  }

  /** How long the prompt's prefill takes, ms. */
  prefillMs(promptTokens: number): number {
    const rate = this.settings.prefillTokensPerS;
    return rate && rate > 0 ? (promptTokens / rate) * 1000 : 0;
  }

  /** The factor on the gap between tokens now: 1 for a stream decoding alone. */
  slowdown(): number {
    return 1 + (this.settings.batchSlowdown ?? 0) * Math.max(0, this.active - 1);
  }

  /** Replies decoding now, and waiting for a slot. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }
}
