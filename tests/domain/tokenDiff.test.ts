import fc from 'fast-check';
import { tokenRuns, type TokenRun } from '../../src/domain/text/tokenDiff';

function sides(runs: TokenRun[]): { a: string[]; b: string[] } {
  const a: string[] = [];
  const b: string[] = [];
  for (const run of runs) {
    if (run.kind === 'equal') { a.push(...run.tokens); b.push(...run.tokens); } else { a.push(...run.removed); b.push(...run.added); }
  }
  return { a, b };
}

describe('tokenRuns (the diff library under every word diff)', () => {
  it('finds the shared tokens and groups each replacement into one change', () => {
    expect(tokenRuns(['a', 'b', 'c', 'd'], ['a', 'x', 'y', 'd'])).toEqual([
      { kind: 'equal', tokens: ['a'] }, { kind: 'change', removed: ['b', 'c'], added: ['x', 'y'] }, { kind: 'equal', tokens: ['d'] }
    ]);
    expect(tokenRuns([], [])).toEqual([]);
  });

  it('shows a wholesale rewrite (more than 1,000 tokens inserted and deleted) as one replacement between the shared ends', () => {
    const before = ['Start', ...Array.from({ length: 600 }, (_, i) => `old${i}`), 'End'];
    const after = ['Start', ...Array.from({ length: 600 }, (_, i) => `new${i}`), 'End'];
    expect(tokenRuns(before, after)).toEqual([
      { kind: 'equal', tokens: ['Start'] }, { kind: 'change', removed: before.slice(1, -1), added: after.slice(1, -1) }, { kind: 'equal', tokens: ['End'] }
    ]);
  });

  it('rebuilds both sides, never puts two runs of a kind together, and finds every shared token of a small edit', () => {
    const tokens = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '.'), { maxLength: 40 });
    fc.assert(fc.property(tokens, tokens, (a, b) => {
      const runs = tokenRuns(a, b);
      expect(sides(runs)).toEqual({ a, b });
      for (let i = 1; i < runs.length; i++) expect(runs[i].kind).not.toBe(runs[i - 1].kind);
    }));
    fc.assert(fc.property(tokens, fc.nat(), fc.constantFrom('x', 'y'), (a, at, inserted) => {
      const b = [...a.slice(0, at % (a.length + 1)), inserted, ...a.slice(at % (a.length + 1))];
      const changes = tokenRuns(a, b).filter(r => r.kind === 'change');
      expect(changes).toEqual([{ kind: 'change', removed: [], added: [inserted] }]);
    }));
  });
});
