import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { Filter, filterField, odataLiteral, pathText } from '../../src/services/sharepoint/odataFilter';
import { SharePointBlockStore } from '../../src/services/drafts/SharePointBlockStore';
import { searchStatements } from '../../src/domain/bank/statementSearch';
import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { parseFilter } from '../../local/server/sharepoint/odataFilter';
import { SITES } from '../support/testTenant';
import { APPROVERS_GROUP, PROFILE, ROLES, startSecurityTenant, type SecurityTenant } from './support/securityTenant';

/**
 * OData injection: a title, key or search term someone typed must never change what a query asks for. Every
 * `$filter` the services build goes through src/services/sharepoint/odataFilter.ts (checked in their source), a
 * hostile key finds exactly its own item (checked against SharePoint), and search terms never reach a query.
 */
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const SERVICES = path.join(ROOT, 'src', 'services');
const FILTER_MODULE = path.join(SERVICES, 'sharepoint', 'odataFilter.ts');

const HOSTILE_KEYS = ["o'brien", "') or (1 eq 1", "x' or BlockKey ne '", "'", "''", "\\'", "%27) or (Id gt 0", 'c:ünïcödé 😀 / ? # &'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Where a node is, for messages: `src/services/x.ts:12`. */
function where(node: ts.Node): string {
  const file = node.getSourceFile();
  return `${path.relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/**
 * Reads the services' source with the TypeScript checker and lists every `$filter` PnPjs is given (a `.filter(…)`
 * call whose method is PnPjs', not an array's) and every path argument PnPjs passes through unencoded
 * (`getByName`, `getByEmail`, `getByLoginName`), with how each argument is built.
 */
function auditServices(): { filters: { at: string; safe: boolean; text: string }[]; pathArguments: { at: string; safe: boolean; text: string }[] } {
  const files = sourceFiles(SERVICES).filter(f => f.endsWith('.ts'));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, strict: true, skipLibCheck: true,
    noEmit: true, esModuleInterop: true, types: [], lib: ['lib.es2020.d.ts', 'lib.dom.d.ts']
  });
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter(f => f.fileName.startsWith(SERVICES.replace(/\\/g, '/')) || path.resolve(f.fileName).startsWith(SERVICES));
  const declarationFile = (node: ts.Node): string => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return path.resolve(symbol?.declarations?.[0]?.getSourceFile().fileName ?? '');
  };
  const isPnpMethod = (call: ts.CallExpression): boolean =>
    /[\\/]@pnp[\\/]/.test(checker.getResolvedSignature(call)?.getDeclaration()?.getSourceFile().fileName ?? '');
  const calls: ts.CallExpression[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) calls.push(node);
    ts.forEachChild(node, collect);
  };
  ours.forEach(collect);

  /** True when `expr` can only be text made by odataFilter.ts (following variables and parameters to their sources). */
  const builtBy = (names: string[], expr: ts.Expression, seen = new Set<ts.Node>()): boolean => {
    if (seen.has(expr)) return true;
    seen.add(expr);
    if (ts.isParenthesizedExpression(expr)) return builtBy(names, expr.expression, seen);
    if (ts.isConditionalExpression(expr)) return builtBy(names, expr.whenTrue, seen) && builtBy(names, expr.whenFalse, seen);
    if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      const name = ts.isPropertyAccessExpression(callee) ? `${callee.expression.getText()}.${callee.name.text}` : callee.getText();
      const target = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
      return names.some(n => name === n || name.startsWith(`${n}.`)) && declarationFile(target) === FILTER_MODULE;
    }
    if (ts.isIdentifier(expr)) {
      const declaration = checker.getSymbolAtLocation(expr)?.valueDeclaration;
      if (!declaration) return false;
      if (ts.isVariableDeclaration(declaration)) return declaration.initializer !== undefined && builtBy(names, declaration.initializer, seen);
      if (ts.isParameter(declaration)) {
        // A parameter is as safe as every argument any caller passes for it.
        const fn = declaration.parent;
        const index = fn.parameters.indexOf(declaration);
        const fnSymbol = ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) ? checker.getSymbolAtLocation(fn.name as ts.Node) : undefined;
        if (!fnSymbol) return false;
        const callers = calls.filter(c => {
          let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(c.expression) ? c.expression.name : c.expression);
          if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
          return symbol === fnSymbol;
        });
        return callers.every(c => c.arguments[index] === undefined || builtBy(names, c.arguments[index], seen));
      }
    }
    return false;
  };

  const filters = calls.filter(c => ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === 'filter' && isPnpMethod(c))
    .map(c => ({ at: where(c), safe: c.arguments.length === 1 && builtBy(['Filter'], c.arguments[0]), text: c.arguments.map(a => a.getText()).join(', ') }));
  const pathArguments = calls
    .filter(c => ts.isPropertyAccessExpression(c.expression) && ['getByName', 'getByEmail', 'getByLoginName'].includes(c.expression.name.text) && isPnpMethod(c))
    .map(c => ({ at: where(c), safe: c.arguments.length === 1 && (ts.isStringLiteral(c.arguments[0]) || builtBy(['pathText'], c.arguments[0])), text: c.arguments.map(a => a.getText()).join(', ') }));
  return { filters, pathArguments };
}

/** A PnPjs behavior that records the `$filter` of every request it sends. */
function recordFilters(seen: string[]): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      const filter = new URL(url).searchParams.get('$filter');
      if (filter !== null) seen.push(filter);
      return [url, init, result];
    });
    return instance;
  };
}

describe('OData injection', () => {
  describe('in the source: every filter and unencoded path argument the services build goes through odataFilter.ts', () => {
    let audit: ReturnType<typeof auditServices>;
    beforeAll(() => { audit = auditServices(); });

    it('finds the queries it checks (the audit sees the services)', () => {
      // 14 since the bank's and the drafts' reads stopped filtering lists that can pass 5,000 items (issue 16).
      expect(audit.filters.length).toBeGreaterThanOrEqual(14);
      expect(audit.pathArguments.length).toBeGreaterThanOrEqual(2);
    });

    it('gives PnPjs no $filter that odataFilter.ts did not build', () => {
      expect(audit.filters.filter(f => !f.safe)).toEqual([]);
    });

    it('gives PnPjs no group, user or login name in a path that pathText did not encode', () => {
      expect(audit.pathArguments.filter(p => !p.safe)).toEqual([]);
    });

    it('writes no OData filter text by hand anywhere else in the services', () => {
      const handWritten = sourceFiles(SERVICES).filter(f => f !== FILTER_MODULE).flatMap(file => fs.readFileSync(file, 'utf8').split('\n')
        .map((line, i) => ({ at: `${path.relative(ROOT, file)}:${i + 1}`, line }))
        .filter(({ line }) => /\$filter|%24filter|\b(eq|ne|gt|ge|lt|le) '|substringof\(|startswith\(/.test(line)));
      expect(handWritten).toEqual([]);
    });
  });

  describe('the builders', () => {
    it.each(HOSTILE_KEYS)('keep %j inside one literal that SharePoint reads back as exactly that text', key => {
      const text = Filter.and(Filter.eq('DraftId', 1), Filter.eq('BlockKey', key));
      expect(parseFilter(text)).toEqual({
        kind: 'and',
        left: { kind: 'compare', op: 'eq', field: 'DraftId', literal: { type: 'number', value: 1 } },
        right: { kind: 'compare', op: 'eq', field: 'BlockKey', literal: { type: 'string', value: key } }
      });
      expect(parseFilter(Filter.contains('Title', key))).toEqual({ kind: 'substringof', field: 'Title', text: key });
      expect(parseFilter(Filter.startsWith('Title', key))).toEqual({ kind: 'startswith', field: 'Title', text: key });
    });

    it.each(["Title eq 'x' or Id", 'Title)', 'Title,Id', "Title'", 'Author/Title/Name', '1Title', '', 'Title eq', `${'T'.repeat(65)}`])('refuse %j as a field name', name => {
      expect(() => filterField(name)).toThrow(/is not a field name a filter may use/);
      expect(() => Filter.eq(name, 'x')).toThrow();
    });

    it('refuse numbers and dates that are not values', () => {
      expect(() => odataLiteral(Number.NaN)).toThrow();
      expect(() => odataLiteral(Number.POSITIVE_INFINITY)).toThrow();
      expect(() => odataLiteral(new Date('not a date'))).toThrow();
      expect(odataLiteral(-0.5)).toBe('-0.5');
    });

    it('encode a path argument so it can neither end its literal nor add path segments', () => {
      expect(pathText("St Mary's Governors")).toBe("St%20Mary''s%20Governors");
      expect(decodeURIComponent(pathText("x')/../getByName('y"))).toBe("x'')/../getByName(''y");
      expect(decodeURIComponent(pathText('Governors%27)'))).toBe('Governors%27)');
    });
  });

  describe('against SharePoint, through the real services', () => {
    let st: SecurityTenant;

    beforeAll(async () => { st = await startSecurityTenant(); }, 120_000);
    afterAll(async () => { await st.close(); });

    it.each(HOSTILE_KEYS)('finds exactly the block whose key is %j when a retried add looks it up, and nothing else', async key => {
      const filters: string[] = [];
      const store = new SharePointBlockStore(st.tenant.sp(SITES.oakfield, ROLES.member.login).using(recordFilters(filters)));
      const block: DraftBlock = {
        key, kind: 'Custom', baseText: '', mandatory: false,
        content: { text: `The block keyed ${key}`, included: true, note: '', sectionKey: 'purpose', order: 5, removed: false }
      };
      const first = await store.addBlock(1, block);
      // The same add again (as a retry after a dropped answer would): SharePoint refuses the duplicate key and the
      // store looks the block up by its key; a key that changed the query would find another block of the draft.
      const again = await store.addBlock(1, block);
      expect(again.itemId).toBe(first.itemId);
      expect(again.key).toBe(key);
      expect(again.content.text).toBe(`The block keyed ${key}`);
      expect(filters).toHaveLength(1);
      // Led by the unique BlockKey (a draft's DraftId may match over 5,000 blocks), kept inside the draft by DraftId.
      expect(parseFilter(filters[0])).toEqual({
        kind: 'and',
        left: { kind: 'compare', op: 'eq', field: 'BlockKey', literal: { type: 'string', value: `1/${key}` } },
        right: { kind: 'compare', op: 'eq', field: 'DraftId', literal: { type: 'number', value: 1 } }
      });
      const blocks = (await st.as(ROLES.owner.login).school.openDraft(1)).draft.blocks;
      expect(blocks.filter(b => b.key === key)).toHaveLength(1);
    });

    it("finds the approvers of a group named with an apostrophe, and no group for a name that is another group's name disguised", async () => {
      const owner = st.as(ROLES.owner.login);
      const name = "St Mary's Governors (Oakfield)";
      await owner.schoolSp.web.siteGroups.add({ Title: name, Description: 'A group whose name holds a quote.' });
      await owner.schoolSp.web.siteGroups.getByName(pathText(name)).users.add('i:0#.f|membership|david.okafor@northshire.example');
      const found = (await owner.approvals.approvers(name)).map(a => a.name);
      expect(found).toContain('David Okafor');
      expect(found).not.toContain('Margaret Lewis');
      // Each of these names reached "Oakfield Governors" before group names were encoded as path literals.
      for (const disguised of ['Oakfield%20Governors', "Nobody%27)/../getByName(%27Oakfield Governors", "Nobody')/../getByName('Oakfield Governors"]) {
        await expect(owner.approvals.approvers(disguised)).rejects.toMatchObject({ status: 404 });
      }
      expect((await owner.approvals.approvers(APPROVERS_GROUP)).map(a => a.name).sort()).toEqual(['David Okafor', 'Margaret Lewis', 'Robert Hughes', 'Sarah Whitfield']);
      expect(PROFILE.approversGroup).toBe(APPROVERS_GROUP);
    });

    it('keeps search terms out of queries: the bank is searched on the page, for the words as typed', async () => {
      const bank = await st.as(ROLES.member.login).bank.loadPublished();
      const all = bank.statements.length;
      expect(all).toBeGreaterThan(100);
      expect(searchStatements(bank.statements, { words: "') or (1 eq 1" }, 'published')).toEqual([]);
      expect(searchStatements(bank.statements, { words: "' or ''='" }, 'published')).toEqual([]);
      const word = bank.statements[0].published?.content.text.split(/\s+/).find(w => w.length > 6) as string;
      const found = searchStatements(bank.statements, { words: word }, 'published');
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(all);
      expect(found.every(s => `${s.published?.content.text} ${s.published?.content.guidance} ${s.key} ${s.published?.content.tags.join(' ')}`.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    });
  });
});
