import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Every string the app shows lives in `src/loc/enGB.ts`, so another language is one more file. This test parses
 * every file of `src/components` (the `.tsx` components and the `.ts` helpers beside them) with the TypeScript
 * compiler and fails, naming file:line, on text written straight into one:
 *
 * - JSX text with a letter in it (`<Text>For: {x}</Text>`); punctuation and spacing (` · `, `(`, `:`) may stay;
 * - string and template literal text with a letter in it given to a prop people see or hear (`text`, `label`,
 *   `placeholder`, `title`, `ariaLabel`, `aria-label`, `headerText`, `description`, `subText`, `emptyText`,
 *   `closeButtonAriaLabel`…), or put in a JSX child expression (`{busy ? 'Saving' : x}`), following a
 *   condition's branches, `??`/`||`, template parts, `format(…)` values, `.join(…)` separators and a constant
 *   defined in the same file;
 * - the same for `text`, `name`, `label`, `title`, `ariaLabel`, `subText`… properties of object literals given to
 *   props such as `options`, `columns`, `items`, `groups` and `dialogContentProps` (inline, or a constant of the
 *   same file passed by name);
 * - `new Error('…')` with words in it: a component's errors end up on screen.
 *
 * A line may opt out with a trailing comment `// i18n-ignore: <reason>` (sparingly: an icon name, a test id, a CSS
 * value). In JSX children, where `//` would be text, write `{/* i18n-ignore: <reason> *\/}` at the end of the line.
 */

const ROOT = path.resolve(__dirname, '../..');
const COMPONENTS = path.join(ROOT, 'src', 'components');

/** JSX attributes whose value people read or hear. */
const VISIBLE_ATTRIBUTES = new Set([
  'text', 'label', 'placeholder', 'title', 'ariaLabel', 'aria-label', 'headerText', 'description', 'subText', 'emptyText',
  'closeButtonAriaLabel', 'errorMessage', 'alt', 'ariaLabelForGrid', 'ariaDescription', 'aria-description', 'aria-roledescription',
  'aria-valuetext', 'secondaryText', 'iconAriaLabel', 'offText', 'onText', 'personaName', 'checkedText', 'uncheckedText'
]);

/** Properties of object literals (options, columns, command items, nav links, dialog content) people read or hear. */
const VISIBLE_PROPERTIES = new Set([
  'text', 'name', 'label', 'title', 'ariaLabel', 'subText', 'placeholder', 'description', 'headerText', 'emptyText',
  'closeButtonAriaLabel', 'secondaryText', 'ariaDescription', 'personaName', 'errorMessage'
]);

/** Props that take object literals (or a same-file constant of them) whose visible properties are checked. */
const STRUCTURED_ATTRIBUTES = new Set([
  'options', 'columns', 'items', 'groups', 'links', 'farItems', 'overflowItems', 'menuProps', 'subMenuProps', 'dialogContentProps',
  'overflowButtonProps', 'personas'
]);

/** String and list methods whose result is the text they were given (`[...].filter(Boolean).join(', ')`). */
const TEXT_METHODS = new Set(['join', 'concat', 'filter', 'map', 'trim', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'replace', 'slice']);

const IGNORE = /(\/\/|\/\*)\s*i18n-ignore:\s*\S/;
const LETTER = /\p{L}/u;

interface Finding {
  file: string;
  line: number;
  text: string;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [full] : [];
  });
}

function hasLetter(text: string): boolean {
  // An HTML entity (&nbsp;) is spacing, not words.
  return LETTER.test(text.replace(/&[a-zA-Z]+;|&#\d+;/g, ''));
}

function nameOf(name: ts.PropertyName | ts.JsxAttributeName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return undefined;
}

/** Finds hard-coded visible text in one component's source. */
function findHardCodedText(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = source.split(/\r?\n/);
  const findings = new Map<number, Finding>();

  /** Declarations of this file by name: constants and functions a prop may be given by name. */
  const declarations = new Map<string, ts.Node[]>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      declarations.set(node.name.text, [...(declarations.get(node.name.text) ?? []), node.initializer]);
    } else if (ts.isFunctionDeclaration(node) && node.name && node.body) {
      declarations.set(node.name.text, [...(declarations.get(node.name.text) ?? []), node.body]);
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  /** A callback's parameter stands for the items of the list it is mapped over: `LEVELS.map(l => ({ text: l }))`. */
  const itemsOf = (identifier: ts.Identifier): ts.Node[] => {
    for (let node: ts.Node = identifier; node.parent; node = node.parent) {
      const fn = node.parent;
      if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !fn.parameters.some(p => ts.isIdentifier(p.name) && p.name.text === identifier.text)) continue;
      const call = fn.parent;
      const isItem = ts.isIdentifier(fn.parameters[0].name) && fn.parameters[0].name.text === identifier.text;
      return isItem && ts.isCallExpression(call) && call.arguments[0] === fn && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'map'
        ? [call.expression.expression] : [];
    }
    return [];
  };
  const resolve = (identifier: ts.Identifier): ts.Node[] => declarations.get(identifier.text) ?? itemsOf(identifier);

  const report = (node: ts.Node, text: string, at = node.getStart(file)): void => {
    const line = file.getLineAndCharacterOfPosition(at).line;
    if (IGNORE.test(lines[line] ?? '')) return;
    findings.set(at, { file: path.relative(ROOT, fileName).split(path.sep).join('/'), line: line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };

  /** An expression whose value is shown: flags the literal words it can produce. */
  const visible = (node: ts.Node, seen: Set<ts.Node>): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (hasLetter(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      if (hasLetter(node.head.text)) report(node.head, node.head.text);
      node.templateSpans.forEach(span => {
        if (hasLetter(span.literal.text)) report(span.literal, span.literal.text);
        visible(span.expression, seen);
      });
    } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isJsxExpression(node) || ts.isSatisfiesExpression(node)) {
      if (node.expression) visible(node.expression, seen);
    } else if (ts.isConditionalExpression(node)) {
      visible(node.whenTrue, seen);
      visible(node.whenFalse, seen);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) visible(node.left, seen);
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.AmpersandAmpersandToken) visible(node.right, seen);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'format') node.arguments.forEach(a => visible(a, seen));
      else if (ts.isPropertyAccessExpression(callee) && TEXT_METHODS.has(callee.name.text)) {
        // The text a string or list method works on, and what it adds: the separator, the replacement, the mapped value.
        // `.map(f)` shows what f returns, not the list it maps.
        if (callee.name.text !== 'map') visible(callee.expression, seen);
        node.arguments.forEach((a, i) => (callee.name.text !== 'replace' || i === 1) && visible(a, seen));
      }
    } else if (ts.isIdentifier(node)) {
      resolve(node).forEach(d => visible(d, seen));
    } else if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
      // A lookup in a constant table: KIND_NAMES[kind].
      resolve(node.expression).forEach(d => {
        if (ts.isObjectLiteralExpression(d)) d.properties.forEach(p => ts.isPropertyAssignment(p) && visible(p.initializer, seen));
      });
    } else if (ts.isArrayLiteralExpression(node)) {
      node.elements.forEach(e => visible(e, seen));
    } else if (ts.isSpreadElement(node)) {
      visible(node.expression, seen);
    } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      visible(node.body, seen);
    }
  };

  /** A prop's value that may hold objects (options, columns, items): checks their visible properties. */
  const structured = (node: ts.Node, seen: Set<ts.Node>, follow: boolean): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return; // walked on its own
    if (ts.isPropertyAssignment(node)) {
      const name = nameOf(node.name);
      if (name && VISIBLE_PROPERTIES.has(name)) visible(node.initializer, new Set());
    }
    if (follow && ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
      resolve(node).forEach(d => structured(d, seen, follow));
    }
    ts.forEachChild(node, child => structured(child, seen, follow));
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasLetter(node.text)) {
        const offset = node.text.search(/\S/);
        report(node, node.text, node.getStart(file) + Math.max(0, offset));
      }
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = nameOf(node.name) ?? '';
      if (VISIBLE_ATTRIBUTES.has(name)) visible(node.initializer, new Set());
      else structured(node.initializer, new Set(), STRUCTURED_ATTRIBUTES.has(name));
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      visible(node.expression, new Set());
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /Error$/.test(node.expression.text)) {
      node.arguments?.forEach(a => visible(a, new Set()));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...findings.values()].sort((a, b) => a.line - b.line);
}

describe('components show no hard-coded text', () => {
  it('finds a planted example, and respects the escape hatch', () => {
    const planted = [
      'export function X({ t }: { t: { ok: string } }): JSX.Element {',
      '  return <div>',
      '    <Text>For: {t.ok}</Text>',
      '    <Text> · {t.ok} ( : )</Text>',
      '    <Dropdown label="Audience" options={[{ key: "", text: `Everyone` }, { key: "a", text: t.ok }]} />',
      '    <Button text={t.ok} ariaLabel={busy ? "Saving" : t.ok} />',
      '    <Icon iconName="Add" title="Add" // i18n-ignore: test of the hatch',
      '    /> <Text>v{t.ok}</Text> {/* i18n-ignore: test of the hatch in JSX children */}',
      '  </div>;',
      '}',
      'const COLUMNS = [{ key: "risk", name: "Risk" }];',
      'export const Y = (): JSX.Element => <DetailsList columns={COLUMNS} items={[]} />;',
      'export function fail(): never { throw new Error("Something broke"); }',
      'const LEVELS = ["Low", "High"];',
      'export const Z = (): JSX.Element => <Dropdown options={LEVELS.map(l => ({ key: l, text: l }))} />;'
    ].join('\n');
    expect(findHardCodedText(path.join(COMPONENTS, 'Planted.tsx'), planted).map(f => `${f.line}: ${f.text}`)).toEqual([
      '3: For:', '5: Audience', '5: Everyone', '6: Saving', '11: Risk', '13: Something broke', '14: Low', '14: High'
    ]);
  });

  it('has none in src/components', () => {
    const findings = filesUnder(COMPONENTS).flatMap(file => findHardCodedText(file, fs.readFileSync(file, 'utf8')));
    const listed = findings.map(f => `${f.file}:${f.line}  ${JSON.stringify(f.text)}`).join('\n');
    expect(`${findings.length} hard-coded string(s); move them to src/loc/enGB.ts:\n${listed}`).toBe('0 hard-coded string(s); move them to src/loc/enGB.ts:\n');
  });
});
