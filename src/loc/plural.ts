import { format } from './strings';

/** A sentence in the forms English needs ("{0} document", "{0} documents"); other languages add `few`, `many`… */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

const RULES = new Intl.PluralRules('en-GB');

/**
 * The form of `forms` for `count` by the language's plural rules (`Intl.PluralRules`), with `{0}` the count and
 * `{1}`… the other values: never "thing(s)" or "1 statements".
 */
export function plural(forms: PluralForms, count: number, ...values: (string | number)[]): string {
  const category = RULES.select(count) as keyof PluralForms;
  return format(forms[category] ?? forms.other, count, ...values);
}
