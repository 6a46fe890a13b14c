import * as React from 'react';
import type { Observable } from '../../app/common/Observable';

/**
 * Makes a screen's controller for as long as the screen is shown (a new one when `deps` change), re-renders on
 * each state change, and disposes it on unmount so its timers stop and late answers go nowhere.
 */
export function useController<S, C extends Observable<S>>(create: () => C, deps: React.DependencyList): [C, S] {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const controller = React.useMemo(create, deps);
  const [, setTick] = React.useState(0);
  React.useEffect(() => {
    const unsubscribe = controller.subscribe(() => setTick(t => t + 1));
    return () => {
      unsubscribe();
      controller.dispose();
    };
  }, [controller]);
  return [controller, controller.state];
}
