/**
 * SPFx's own bundles import SharePoint-internal modules that npm does not publish (`@msinternal/sp-telemetry`,
 * `@msinternal/odsp-core-bundle`, …: telemetry, flights, customer-promise logging). SharePoint serves them from
 * its CDN; here each one is an inert stand-in: every member is a function that returns undefined (so no flight
 * is on and no kill switch is activated, the shipped defaults), is constructible, and can be extended.
 * Every member touched is recorded in `window.__standInsUsed`, which the test prints when a host fails.
 */
const used = new Set<string>();

declare global {
  interface Window { __standInsUsed?: string[] }
}

export function standIn(path: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function standInFunction(): undefined { return undefined; };
  return new Proxy(target, {
    get(fnTarget, property) {
      if (property === '__esModule') return true;
      // Not a promise, not a primitive: `await standIn` and template strings must not recurse.
      if (property === 'then' || property === Symbol.toPrimitive || property === Symbol.iterator) return undefined;
      if (property === 'prototype') return Reflect.get(fnTarget, property) as unknown;
      if (typeof property === 'symbol') return undefined;
      if (!cache.has(property)) {
        const member = `${path}.${property}`;
        used.add(member);
        window.__standInsUsed = [...used];
        cache.set(property, standIn(member));
      }
      return cache.get(property);
    },
    apply: () => undefined,
    construct: () => standIn(`new ${path}()`) as object
  });
}
