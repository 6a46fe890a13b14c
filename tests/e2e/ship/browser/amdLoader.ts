/**
 * Runs in the host page (bundled by esbuild at test time). A small AMD loader that does what SharePoint's SPFx
 * loader does with component manifests: each component is one script that calls `define(name, deps, factory)`;
 * a dependency name (`react`, `@microsoft/sp-core-library`) means whatever the *requiring* component's manifest
 * maps it to (a component id and version), so two components can get different versions of the same name.
 * The Node side (tests/e2e/ship/spfxRuntime.ts) resolves the manifests; this file only loads and links.
 */

/** One component as the Node side resolved it from its manifest. */
export interface ComponentPlan {
  /** Where its entry script is served (absent for stand-ins, which have no script). */
  url?: string;
  /** Dependency name in its `define` → the key (`<id>_<version>`) of the component the manifest maps it to. */
  deps: Record<string, string>;
  /** A SharePoint-internal module that npm does not publish: given an inert stand-in (see standIn.ts). */
  standIn?: string;
}

type Factory = (...args: unknown[]) => unknown;
interface Definition { deps: string[]; factory: Factory | Record<string, unknown> }

declare global {
  interface Window {
    define?: ((...args: unknown[]) => void) & { amd?: object };
  }
}

export class AmdLoader {
  private readonly definitions = new Map<string, Definition>();
  private readonly exportsByKey = new Map<string, unknown>();
  private readonly loading = new Map<string, Promise<unknown>>();
  /** Keys in the order their scripts were requested: the test reads it to show which real packages ran. */
  readonly requested: string[] = [];

  constructor(private readonly plans: Record<string, ComponentPlan>, private readonly makeStandIn: (name: string) => unknown) {
    const define = (...args: unknown[]): void => this.define(args);
    window.define = Object.assign(define, { amd: {} });
  }

  /** Loads a component and everything its manifest says it needs; resolves to its exports. */
  load(key: string): Promise<unknown> {
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.loadNow(key);
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async loadNow(key: string): Promise<unknown> {
    const plan = this.plans[key];
    if (!plan) throw new Error(`No component manifest resolves ${key}.`);
    if (plan.standIn !== undefined) {
      const value = this.makeStandIn(plan.standIn);
      this.exportsByKey.set(key, value);
      return value;
    }
    // Dependencies first, as SPFx's loader does: the define's factory runs once all of them are there.
    await Promise.all(Object.values(plan.deps).map(dep => this.load(dep)));
    this.requested.push(key);
    await this.injectScript(key, plan.url!);
    const definition = this.definitions.get(key);
    if (!definition) throw new Error(`The script of ${key} (${plan.url}) did not call define().`);
    const exports = this.link(key, definition);
    this.exportsByKey.set(key, exports);
    return exports;
  }

  private injectScript(key: string, url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.dataset.component = key;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`Could not load ${url} for ${key}.`));
      document.head.appendChild(script);
    });
  }

  /** `define([deps], factory)`, `define(name, [deps], factory)` or `define(object)`: filed under the running script's component. */
  private define(args: unknown[]): void {
    const rest = typeof args[0] === 'string' ? args.slice(1) : args;
    const deps = Array.isArray(rest[0]) ? rest[0] as string[] : [];
    const factory = (Array.isArray(rest[0]) ? rest[1] : rest[0]) as Definition['factory'];
    const key = (document.currentScript as HTMLScriptElement | null)?.dataset.component;
    if (!key) throw new Error('define() was called outside a component script.');
    this.definitions.set(key, { deps, factory });
  }

  private link(key: string, definition: Definition): unknown {
    if (typeof definition.factory !== 'function') return definition.factory;
    const module = { exports: {} as unknown };
    const plan = this.plans[key];
    const args = definition.deps.map(name => {
      if (name === 'exports') return module.exports;
      if (name === 'module') return module;
      if (name === 'require') return (dep: string) => this.required(key, plan.deps[dep] ?? dep);
      const depKey = plan.deps[name];
      if (!depKey) throw new Error(`${key} needs "${name}", which its manifest does not map to a component.`);
      return this.required(key, depKey);
    });
    const returned = definition.factory(...args);
    return returned !== undefined ? returned : module.exports;
  }

  private required(from: string, key: string): unknown {
    if (!this.exportsByKey.has(key)) throw new Error(`${from} requires ${key} before it was loaded.`);
    return this.exportsByKey.get(key);
  }
}
