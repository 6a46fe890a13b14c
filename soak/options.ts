/** What one soak run does: how long, how many simulated people, and the faults the server injects meanwhile. */
export interface SoakOptions {
  /** How long the editors and approvers work, in minutes (then faults stop and every client flushes). */
  minutes: number;
  /** Simulated editing sessions, each an independent client (the seeded staff take turns). */
  editors: number;
  /** Share of SharePoint and Graph requests that get a fault. */
  faultRate: number;
  /** Seed of the simulated people's choices (which block, which word, which decision). */
  seed: number;
}

const DEFAULT_MINUTES = 5;
/** A soak is bounded: an hour at most, whatever is asked. */
const MAX_MINUTES = 60;

function minutesFrom(text: string, source: string): number {
  const minutes = Number(text);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES) {
    throw new Error(`${source} must be a number of minutes above 0 and at most ${MAX_MINUTES}; got '${text}'.`);
  }
  return minutes;
}

/** Reads `--minutes N` (or `--minutes=N`), else `SOAK_MINUTES`, else 5 minutes. */
export function soakOptions(argv: string[], env: NodeJS.ProcessEnv): SoakOptions {
  let minutes = env.SOAK_MINUTES ? minutesFrom(env.SOAK_MINUTES, 'SOAK_MINUTES') : DEFAULT_MINUTES;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--minutes') minutes = minutesFrom(argv[++i] ?? '', '--minutes');
    else if (arg.startsWith('--minutes=')) minutes = minutesFrom(arg.slice('--minutes='.length), '--minutes');
    else throw new Error(`Unknown argument '${arg}'. Usage: npm run soak [-- --minutes N]`);
  }
  return { minutes, editors: 20, faultRate: 0.1, seed: Number(env.SOAK_SEED ?? 2026) };
}
