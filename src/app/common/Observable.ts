/**
 * The base of every screen controller: plain state, replaced (never mutated) on each change, and listeners told
 * after it changes. React subscribes through `useController`; tests read `state` directly.
 */
export class Observable<S> {
  private current: S;
  private readonly listeners = new Set<() => void>();
  private disposed = false;

  protected constructor(initial: S) {
    this.current = initial;
  }

  public get state(): S {
    return this.current;
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops timers and tells late answers to go nowhere; subclasses extend it and call `super.dispose()`. */
  public dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  /** Replaces part of the state; answers arriving after `dispose()` are dropped, not applied to a dead screen. */
  protected update(patch: Partial<S>): void {
    if (this.disposed) return;
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
