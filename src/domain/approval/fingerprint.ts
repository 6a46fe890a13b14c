/** A snapshot hash as people compare it: its first 16 hex digits in groups of four (`3f9a 1c2b 77de 0b41`). */
export function fingerprint(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}
