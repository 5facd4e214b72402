// The post step's overall deadline (input `timeout`, default 60 s). The local results and
// the budget gate are settled before the network phase starts; the network phase runs
// against what is left, and whatever has not finished when time is up is dropped.

export type Raced<T> = { done: true; value: T } | { done: false };

export interface Deadline {
  readonly timeoutMs: number;
  remainingMs(): number;
  /** Resolves with the promise's value, or { done: false } once the deadline passes. */
  race<T>(promise: Promise<T>): Promise<Raced<T>>;
}

export function createDeadline(timeoutMs: number, now: () => number = Date.now): Deadline {
  const endsAt = now() + timeoutMs;
  return {
    timeoutMs,
    remainingMs: () => Math.max(0, endsAt - now()),
    async race<T>(promise: Promise<T>): Promise<Raced<T>> {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<Raced<T>>((resolve) => {
        timer = setTimeout(() => resolve({ done: false }), Math.max(0, endsAt - now()));
      });
      try {
        return await Promise.race([promise.then((value) => ({ done: true as const, value })), expired]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** "60 s", "2 min" for a message. */
export function formatTimeout(ms: number): string {
  return ms % 60_000 === 0 && ms >= 60_000 ? `${ms / 60_000} min` : `${Math.round(ms / 100) / 10} s`;
}
