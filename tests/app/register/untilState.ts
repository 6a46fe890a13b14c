import type { Observable } from '../../../src/app/common/Observable';

/** Resolves once the controller's state satisfies `predicate` (checked now and on every change; no timers). */
export function untilState<S>(controller: Observable<S>, predicate: (state: S) => boolean): Promise<S> {
  return new Promise(resolve => {
    if (predicate(controller.state)) {
      resolve(controller.state);
      return;
    }
    const unsubscribe = controller.subscribe(() => {
      if (!predicate(controller.state)) return;
      unsubscribe();
      resolve(controller.state);
    });
  });
}
