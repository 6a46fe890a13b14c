import { filterFields, firstClauseField, parseFilter, type FilterNode } from '../../../local/server/sharepoint/odataFilter';
import { SpError } from '../../../local/server/sharepoint/SpError';

function refused(text: string): string {
  try {
    parseFilter(text);
  } catch (error) {
    if (error instanceof SpError) {
      expect(error.status).toBe(400);
      return error.message;
    }
    throw error;
  }
  throw new Error(`'${text}' was accepted`);
}

const eq = (field: string, value: number): FilterNode => ({ kind: 'compare', op: 'eq', field, literal: { type: 'number', value } });

describe('parseFilter: the $filter SharePoint accepts', () => {
  it('binds and tighter than or', () => {
    expect(parseFilter('A eq 1 or B eq 2 and C eq 3')).toEqual({ kind: 'or', left: eq('A', 1), right: { kind: 'and', left: eq('B', 2), right: eq('C', 3) } });
    expect(parseFilter('A eq 1 and B eq 2 or C eq 3')).toEqual({ kind: 'or', left: { kind: 'and', left: eq('A', 1), right: eq('B', 2) }, right: eq('C', 3) });
  });

  it('lets parentheses override precedence', () => {
    expect(parseFilter('(A eq 1 or B eq 2) and C eq 3')).toEqual({ kind: 'and', left: { kind: 'or', left: eq('A', 1), right: eq('B', 2) }, right: eq('C', 3) });
  });

  it('mirrors a comparison written value-first', () => {
    expect(parseFilter('2 lt Priority')).toEqual({ kind: 'compare', op: 'gt', field: 'Priority', literal: { type: 'number', value: 2 } });
    expect(parseFilter("'x' eq Title")).toEqual({ kind: 'compare', op: 'eq', field: 'Title', literal: { type: 'string', value: 'x' } });
    expect(parseFilter('5 ge Score')).toMatchObject({ op: 'le', field: 'Score' });
  });

  it('reads startswith(Col, text) and substringof(text, Col) (PnPjs contains) with the field on the right side', () => {
    expect(parseFilter("startswith(Title, 'A')")).toEqual({ kind: 'startswith', field: 'Title', text: 'A' });
    expect(parseFilter("substringof('o''b', Title)")).toEqual({ kind: 'substringof', field: 'Title', text: "o'b" });
    refused("startswith('A', Title)");
  });

  it('reads the literals PnPjs sends: quoted text, numbers, 1/0 booleans, quoted ISO dates, datetime, null', () => {
    expect(parseFilter("Due gt '2026-04-21T10:00:00.000Z'")).toMatchObject({ literal: { type: 'string', value: '2026-04-21T10:00:00.000Z' } });
    expect(parseFilter("Due lt datetime'2026-04-21T10:00:00Z'")).toMatchObject({ literal: { type: 'datetime', value: '2026-04-21T10:00:00Z' } });
    expect(parseFilter('Urgent eq 1')).toMatchObject({ literal: { type: 'number', value: 1 } });
    expect(parseFilter('Urgent eq true')).toMatchObject({ literal: { type: 'boolean', value: true } });
    expect(parseFilter('Owner eq null')).toMatchObject({ literal: { type: 'null', value: null } });
    expect(parseFilter('Author/Title eq -1.5')).toMatchObject({ field: 'Author/Title', literal: { value: -1.5 } });
  });

  it('refuses the functions SharePoint does not support', () => {
    for (const fn of ['endswith', 'tolower', 'toupper', 'trim', 'concat', 'substring', 'length', 'indexof', 'year']) {
      expect(refused(`${fn}(Title) eq 'x'`)).toContain(`the function '${fn}' is not supported`);
    }
    expect(refused("madeup(Title, 'x')")).toContain("unknown function 'madeup'");
  });

  it('refuses arithmetic, broken expressions and comparisons of two fields or two values', () => {
    refused('Priority add 1 eq 2');
    refused('Priority eq');
    refused('(Priority eq 1');
    refused('Priority eq 1)');
    refused("Title eq 'open");
    refused('Priority eq Score');
    refused('1 eq 1');
    refused('Priority ~ 1');
    refused("not (Category eq 'x')");
    refused("Code eq 'C1' and not startswith(Title, 'A')");
  });

  it('lists the fields in order and names the first clause (what the view threshold checks)', () => {
    const tree = parseFilter("Code eq 'C1' and (Category eq 'x' or startswith(Title, 'A'))");
    expect(filterFields(tree)).toEqual(['Code', 'Category', 'Title']);
    expect(firstClauseField(tree)).toBe('Code');
    expect(firstClauseField(parseFilter("Category eq 'x' and Code eq 'C1'"))).toBe('Category');
  });
});
