import * as React from 'react';
import { describeError, type Failure } from '../../services/errors/describeError';

export type Loaded<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; failure: Failure };

/**
 * Loads once per change of `deps` for a small component (a panel's history, a side list); an answer arriving
 * after the component moved on is dropped. A failure is kept as a `Failure` for `FailureNotice`, never as raw text.
 */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList): [Loaded<T>, () => void] {
  const [state, setState] = React.useState<Loaded<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    load().then(value => live && setState({ kind: 'loaded', value }), (error: unknown) => live && setState({ kind: 'failed', failure: describeError(error) }));
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  return [state, () => setAttempt(a => a + 1)];
}
