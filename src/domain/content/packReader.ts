/** A refusal while reading untrusted JSON, with the path of the offending value (`statements[3].content.text`). */
export class PackShapeError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'PackShapeError';
  }
}

/** Small typed readers for untrusted JSON: each returns the value or throws a PackShapeError naming where. */
export const read = {
  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PackShapeError(path, 'must be an object.');
    return value as Record<string, unknown>;
  },
  array(value: unknown, path: string, max = 10000): unknown[] {
    if (!Array.isArray(value)) throw new PackShapeError(path, 'must be a list.');
    if (value.length > max) throw new PackShapeError(path, `has ${value.length} entries; at most ${max} are allowed.`);
    return value;
  },
  string(value: unknown, path: string, options: { max?: number; allowEmpty?: boolean } = {}): string {
    if (typeof value !== 'string') throw new PackShapeError(path, 'must be text.');
    if (!options.allowEmpty && value.trim() === '') throw new PackShapeError(path, 'must not be empty.');
    if (value.length > (options.max ?? 4000)) throw new PackShapeError(path, `is ${value.length} characters long; at most ${options.max ?? 4000} are allowed.`);
    return value;
  },
  optionalString(value: unknown, path: string, max = 4000): string | undefined {
    return value === undefined || value === null ? undefined : read.string(value, path, { max, allowEmpty: true });
  },
  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') throw new PackShapeError(path, 'must be true or false.');
    return value;
  },
  integer(value: unknown, path: string, min = 0, max = 1_000_000): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new PackShapeError(path, `must be a whole number from ${min} to ${max}.`);
    return value;
  },
  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new PackShapeError(path, `must be one of ${allowed.join(', ')}.`);
    return value as T;
  },
  key(value: unknown, path: string): string {
    const key = read.string(value, path, { max: 100 });
    if (!/^[a-z0-9][a-z0-9-]*$/.test(key)) throw new PackShapeError(path, `"${key}" is not a valid key (lower-case letters, digits and hyphens).`);
    return key;
  },
  strings(value: unknown, path: string, max = 500): string[] {
    return read.array(value, path, max).map((v, i) => read.string(v, `${path}[${i}]`, { allowEmpty: false }));
  }
};
