import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Issue 15's rule for the screens: components render, controllers (src/app/<screen>) decide. A component function
 * over 80 lines is a sign that a workflow moved back into the view, so this guard names every one.
 */
const MAX_LINES = 80;
const COMPONENTS = path.resolve(__dirname, '../../src/components');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_LINES) {
        const name = (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name ? node.name.getText(source) : `function at line ${start + 1}`;
        found.push(`${path.relative(COMPONENTS, file)}: ${name} (${end - start + 1} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('component size', () => {
  it(`keeps every function in src/components within ${MAX_LINES} lines`, () => {
    const all = files(COMPONENTS);
    expect(all.length).toBeGreaterThan(20);
    expect(all.flatMap(longFunctions)).toEqual([]);
  });
});
