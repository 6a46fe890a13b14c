/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** A wait of `min` to `max` milliseconds, as a person pauses between actions. */
export function pause(random: () => number, min: number, max: number): Promise<void> {
  return sleep(min + random() * (max - min));
}

/** Calls `work` until it succeeds (a person trying again), up to `attempts` times with a growing pause. */
export async function persist<T>(work: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await sleep(Math.min(200 * attempt, 2000));
    }
  }
}
