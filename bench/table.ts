/** One line of the benchmark table. */
export interface BenchRow {
  measure: string;
  value: string;
  detail?: string;
}

/** Prints the rows as one aligned table. */
export function printTable(rows: BenchRow[]): void {
  const widths = [
    Math.max(7, ...rows.map(r => r.measure.length)),
    Math.max(5, ...rows.map(r => r.value.length))
  ];
  const line = (a: string, b: string, c: string): string => `${a.padEnd(widths[0])}  ${b.padStart(widths[1])}  ${c}`;
  console.log(line('Measure', 'Value', 'Detail'));
  console.log(line('-'.repeat(widths[0]), '-'.repeat(widths[1]), '------'));
  for (const row of rows) console.log(line(row.measure, row.value, row.detail ?? ''));
}
