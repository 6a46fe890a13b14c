import { SpErrors } from './SpError';

/** A literal on the right of a comparison. */
export interface FilterLiteral {
  type: 'string' | 'number' | 'boolean' | 'null' | 'datetime';
  value: string | number | boolean | null;
}

export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** The filter SharePoint accepts, as a tree. Field paths keep their case (`Author/Title`). */
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'compare'; op: CompareOp; field: string; literal: FilterLiteral }
  | { kind: 'startswith' | 'substringof'; field: string; text: string };

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'datetime'; v: string }
  | { t: 'number'; v: number }
  | { t: 'punct'; v: '(' | ')' | ',' };

const OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const UNSUPPORTED_FUNCTIONS = new Set(['endswith', 'tolower', 'toupper', 'trim', 'concat', 'length', 'indexof', 'substring', 'year', 'month', 'day']);
const MIRRORED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { tokens.push({ t: 'punct', v: ch }); i++; continue; }
    if (ch === "'") {
      const [value, next] = readQuoted(text, i);
      tokens.push({ t: 'string', v: value });
      i = next;
      continue;
    }
    const number = /^-?\d+(\.\d+)?(?![\w.])/.exec(text.slice(i));
    if (number) { tokens.push({ t: 'number', v: Number(number[0]) }); i += number[0].length; continue; }
    const ident = /^[A-Za-z_@][\w./:-]*/.exec(text.slice(i));
    if (ident) {
      const word = ident[0];
      i += word.length;
      if (/^(datetime|guid)$/i.test(word) && text[i] === "'") {
        const [value, next] = readQuoted(text, i);
        tokens.push(word.toLowerCase() === 'datetime' ? { t: 'datetime', v: value } : { t: 'string', v: value });
        i = next;
        continue;
      }
      tokens.push({ t: 'ident', v: word });
      continue;
    }
    throw SpErrors.badQuery(`The expression "${text}" is not valid: unexpected '${ch}' at position ${i}.`);
  }
  return tokens;
}

function readQuoted(text: string, openAt: number): [string, number] {
  let value = '';
  let i = openAt + 1;
  for (;;) {
    if (i >= text.length) throw SpErrors.badQuery(`The expression "${text}" is not valid: unterminated string literal.`);
    if (text[i] === "'") {
      if (text[i + 1] === "'") { value += "'"; i += 2; continue; }
      return [value, i + 1];
    }
    value += text[i];
    i++;
  }
}

/** Parses a `$filter` value into a tree, refusing what SharePoint refuses. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const fail = (why: string): never => { throw SpErrors.badQuery(`The expression "${text}" is not valid: ${why}.`); };
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (token: Token | undefined, word: string): boolean => token?.t === 'ident' && token.v.toLowerCase() === word;
  const expectPunct = (v: '(' | ')' | ','): void => {
    const token = tokens[pos++];
    if (token?.t !== 'punct' || token.v !== v) fail(`expected '${v}'`);
  };

  const parseOr = (): FilterNode => {
    let node = parseAnd();
    while (isWord(peek(), 'or')) { pos++; node = { kind: 'or', left: node, right: parseAnd() }; }
    return node;
  };
  const parseAnd = (): FilterNode => {
    let node = parseUnary();
    while (isWord(peek(), 'and')) { pos++; node = { kind: 'and', left: node, right: parseUnary() }; }
    return node;
  };
  const parseUnary = (): FilterNode => {
    // SharePoint's REST $filter has `and` and `or` but no `not` (SharePoint/sp-dev-docs#9298, #9823: "not
    // substringof(…)" is not a correct syntax; Microsoft's "Use OData query operations in SharePoint REST requests"
    // lists no `not`): refused, so no local query can rely on it.
    if (isWord(peek(), 'not')) fail("the operator 'not' is not supported");
    return parsePrimary();
  };
  const parseOperand = (): { field?: string; literal?: FilterLiteral } => {
    const token = tokens[pos++];
    if (!token) return fail('an operand is missing');
    switch (token.t) {
      case 'string': return { literal: { type: 'string', value: token.v } };
      case 'datetime': return { literal: { type: 'datetime', value: token.v } };
      case 'number': return { literal: { type: 'number', value: token.v } };
      case 'ident': {
        const lower = token.v.toLowerCase();
        if (lower === 'true' || lower === 'false') return { literal: { type: 'boolean', value: lower === 'true' } };
        if (lower === 'null') return { literal: { type: 'null', value: null } };
        return { field: token.v };
      }
      default: return fail(`unexpected '${token.v}'`);
    }
  };
  const parsePrimary = (): FilterNode => {
    const token = peek();
    if (token?.t === 'punct' && token.v === '(') {
      pos++;
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    if (token?.t === 'ident' && tokens[pos + 1]?.t === 'punct' && (tokens[pos + 1] as { v: string }).v === '(') {
      const name = token.v.toLowerCase();
      if (name === 'startswith' || name === 'substringof') {
        pos += 2;
        const first = parseOperand();
        expectPunct(',');
        const second = parseOperand();
        expectPunct(')');
        const [fieldSide, textSide] = name === 'startswith' ? [first, second] : [second, first];
        if (!fieldSide.field || textSide.literal?.type !== 'string') fail(`${name} needs a field and a text`);
        return { kind: name, field: fieldSide.field as string, text: textSide.literal?.value as string };
      }
      if (UNSUPPORTED_FUNCTIONS.has(name)) fail(`the function '${token.v}' is not supported`);
      fail(`unknown function '${token.v}'`);
    }
    const left = parseOperand();
    const opToken = tokens[pos++];
    if (opToken?.t !== 'ident' || !OPS.has(opToken.v.toLowerCase())) return fail('a comparison operator (eq, ne, lt, le, gt, ge) is expected');
    const op = opToken.v.toLowerCase() as CompareOp;
    const right = parseOperand();
    if (left.field && right.literal) return { kind: 'compare', op, field: left.field, literal: right.literal };
    if (right.field && left.literal) return { kind: 'compare', op: MIRRORED[op], field: right.field, literal: left.literal };
    return fail('a comparison needs one field and one value');
  };

  const tree = parseOr();
  if (pos !== tokens.length) fail(`unexpected '${String(tokens[pos].v)}'`);
  return tree;
}

/** Every field path the filter reads, in order of appearance. */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or': return [...filterFields(node.left), ...filterFields(node.right)];
    default: return [node.field];
  }
}

/** The field of the first clause: what SharePoint's list view threshold looks at. */
export function firstClauseField(node: FilterNode): string {
  return filterFields(node)[0];
}
