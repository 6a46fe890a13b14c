/**
 * Counts a person's actions in a browser walk as issue 17 counts them: a click, a field filled (one `fill` however
 * long the text) and an option chosen are one action each. Waiting, reading and the test's own checks are not.
 */
export interface ActionCounter {
  /** Who is acting (printed with the count). */
  readonly who: string;
  /** The actions counted so far. */
  readonly count: number;
  /** What each action was, in order (printed when a budget fails). */
  readonly log: readonly string[];
  /** Counts one action, described for the log, and waits for it to be done. */
  act(what: string, action: Promise<unknown> | (() => Promise<unknown>)): Promise<void>;
}

export function countActions(who: string): ActionCounter {
  const log: string[] = [];
  return {
    who,
    get count() { return log.length; },
    log,
    async act(what, action) {
      log.push(what);
      await (typeof action === 'function' ? action() : action);
    }
  };
}

/** "Headteacher: 31 actions" and, below, each action numbered: what the walk prints and what a failing budget shows. */
export function describeActions(counter: ActionCounter): string {
  return [`${counter.who}: ${counter.count} actions`, ...counter.log.map((what, i) => `  ${i + 1}. ${what}`)].join('\n');
}
