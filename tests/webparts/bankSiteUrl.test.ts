import { validateBankSiteUrl as validate } from '../../src/webparts/eSafetyPolicyHub/bankSiteUrl';
import { enGB } from '../../src/loc/enGB';

const validateBankSiteUrl = (value: string): string => validate(value, enGB.propertyPane);

describe('the bank site address setting', () => {
  it('accepts empty (this site is the bank) and an https SharePoint site address', () => {
    expect(validateBankSiteUrl('')).toBe('');
    expect(validateBankSiteUrl('https://contoso.sharepoint.com/sites/esafety-bank')).toBe('');
  });

  it('explains what is wrong with anything else', () => {
    expect(validateBankSiteUrl('http://contoso.sharepoint.com/sites/bank')).toMatch(/https/);
    expect(validateBankSiteUrl('https://contoso.sharepoint.com/')).toMatch(/address of a SharePoint site/);
    expect(validateBankSiteUrl('bank site')).toMatch(/not a web address/);
  });
});
