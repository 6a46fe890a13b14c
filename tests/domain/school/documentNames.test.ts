import { duplicateDocumentName, normaliseDocumentName } from '../../../src/domain/school/documentNames';

describe('duplicate document names', () => {
  const existing = [{ title: 'Online safety policy 2026' }, { title: 'Staff AUP' }];

  it('finds the existing document whatever the case and the spaces around or inside the name', () => {
    expect(duplicateDocumentName('  online SAFETY   policy 2026 ', existing)).toBe('Online safety policy 2026');
    expect(duplicateDocumentName('staff aup', existing)).toBe('Staff AUP');
  });

  it('lets a different name through, and an empty name is not a duplicate', () => {
    expect(duplicateDocumentName('Online safety policy 2027', existing)).toBeUndefined();
    expect(duplicateDocumentName('   ', existing)).toBeUndefined();
  });

  it('normalises as people compare names', () => {
    expect(normaliseDocumentName(' A\tB  c ')).toBe('a b c');
  });
});
