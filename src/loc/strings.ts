import { enGB, type Strings } from './enGB';

const LANGUAGES: Record<string, Strings> = { 'en-gb': enGB };

/** The strings for a locale (`en-GB`, `en-us`…), falling back to British English. */
export function resolveStrings(locale: string | undefined): Strings {
  return LANGUAGES[(locale ?? '').toLowerCase()] ?? enGB;
}

/** Fills `{0}`, `{1}`… in a string, as text (never markup). */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

export type { Strings };
