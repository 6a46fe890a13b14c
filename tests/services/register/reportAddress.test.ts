import { buildStarterPack } from '../../../src/content/starterPack';
import { sealPack } from '../../../src/domain/content/ContentPack';
import { reportAddressOf } from '../../../src/domain/register/reportAddress';
import { editStatement } from '../../../src/domain/bank/bankCommands';
import { BankService } from '../../../src/services/bank/BankService';
import { isAppError } from '../../../src/services/errors/AppError';
import { RegisterService } from '../../../src/services/register/RegisterService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/**
 * The address schools mail report packs to: the officer sets it in the bank (on the newest release, which schools
 * read with the bank), a school member cannot, a new release carries it on; a pack mailed through Graph's sendMail
 * lands in the local outbox with the pack attached, byte for byte. Real PnPjs and Graph clients, local server.
 */
jest.setTimeout(180_000);

const ADDRESS = 'esafety.reports@northshire.example';

describe('the report address and mailed report packs', () => {
  let tenant: TestTenant;
  let officer: BankService;
  let school: BankService;

  beforeAll(async () => {
    tenant = await startTestTenant();
    officer = new BankService(tenant.sp(SITES.bank, PEOPLE.officer), `${tenant.url}${SITES.bank}`);
    school = new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`);
    await officer.provision();
    // A small pack (one section, its first statement) keeps the first release quick.
    const starter = buildStarterPack();
    const section = starter.sections[0];
    const { checksum: _old, ...rest } = starter;
    const pack = sealPack({ ...rest, sections: [section], statements: starter.statements.filter(s => s.content.sectionKey === section.key).slice(0, 1), templates: [], resources: [] });
    await officer.importPack(await officer.load(), pack, { publishAs: { label: '2026.1', notes: 'Starter' } });
  }, 180_000);
  afterAll(async () => { await tenant.close(); });

  const refusal = async (work: Promise<unknown>): Promise<string> => {
    try {
      await work;
    } catch (error) {
      return isAppError(error) ? `${error.kind}:${error.code}` : String(error);
    }
    return 'no refusal';
  };

  it('has no address until the officer sets one; schools then read it with the bank, and it can be cleared', async () => {
    expect(await officer.reportAddress()).toBeUndefined();
    expect(reportAddressOf((await school.loadPublished()).releases)).toBeUndefined();
    expect(await officer.setReportAddress(`  ${ADDRESS} `)).toBe(ADDRESS);
    expect(reportAddressOf((await school.loadPublished()).releases)).toBe(ADDRESS);
    expect(await school.reportAddress()).toBe(ADDRESS);
    expect(await officer.setReportAddress('')).toBeUndefined();
    expect(reportAddressOf((await school.loadPublished()).releases)).toBeUndefined();
  });

  it('refuses what is not one address, and a school member who tries to set it gets SharePoint\'s refusal', async () => {
    expect(await refusal(officer.setReportAddress('reports@northshire.example; someone@else.example'))).toBe('invalid:register.badReportAddress');
    expect(await refusal(officer.setReportAddress('not an address'))).toBe('invalid:register.badReportAddress');
    expect(await refusal(school.setReportAddress('head@oakfield.example'))).toMatch(/^accessDenied:/);
    expect(await officer.reportAddress()).toBeUndefined();
  });

  it('carries the address onto the next release, which becomes the one schools read', async () => {
    await officer.setReportAddress(ADDRESS);
    const loaded = await officer.load();
    const statement = loaded.statements[0];
    const edited = await officer.save(loaded, editStatement(loaded, statement.key, { text: `${statement.working.text} Reviewed.` }));
    const { release } = await officer.publish(edited, '2026.2', 'A reviewed statement.');
    expect(release.reportAddress).toBe(ADDRESS);
    const published = await school.loadPublished();
    expect(published.releases.map(r => [r.label, r.reportAddress])).toEqual([['2026.1', ADDRESS], ['2026.2', ADDRESS]]);
    await officer.setReportAddress('');
    expect(reportAddressOf((await school.loadPublished()).releases)).toBeUndefined();
  });

  it('mails a report pack as the signed-in person with the pack attached, and a guest without a mailbox is refused', async () => {
    const text = `${JSON.stringify({ format: 'esafety-policy-hub.report-pack', note: 'Ysgol – café ✓' }, null, 2)}\n`;
    const register = new RegisterService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), tenant.graph(PEOPLE.oakfieldHead));
    await register.mailPack({ to: ADDRESS, subject: 'Report pack from Oakfield', lines: ['Attached.'], file: { fileName: 'oakfield-report-3.json', text } });
    const outbox = await (await fetch(`${tenant.url}/_local/outbox`)).json() as { subject: string; to: string[]; sender: string; attachments?: { name: string; contentType: string; size: number; contentBytes: string }[] }[];
    const mail = outbox.find(m => m.subject === 'Report pack from Oakfield');
    expect(mail?.to).toEqual([ADDRESS]);
    expect(mail?.sender).toBe('Helen Carter');
    expect(mail?.attachments?.map(a => [a.name, a.contentType, a.size])).toEqual([['oakfield-report-3.json', 'application/json', Buffer.byteLength(text)]]);
    expect(Buffer.from(mail?.attachments?.[0].contentBytes ?? '', 'base64').toString('utf8')).toBe(text);
    const guest = new RegisterService(tenant.sp(SITES.bank, PEOPLE.oakfieldGuestGovernor), tenant.graph(PEOPLE.oakfieldGuestGovernor));
    expect(await refusal(guest.mailPack({ to: ADDRESS, subject: 'x', lines: [], file: { fileName: 'x.json', text: '{}' } }))).toMatch(/^notFound:/);
  });

  it('refuses a pack too large for one sendMail request before sending anything', async () => {
    const register = new RegisterService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), tenant.graph(PEOPLE.oakfieldHead));
    const huge = 'x'.repeat(3 * 1024 * 1024 + 1);
    expect(await refusal(register.mailPack({ to: ADDRESS, subject: 'Too big', lines: [], file: { fileName: 'big.json', text: huge } }))).toBe('invalid:register.packTooLargeToMail');
    const outbox = await (await fetch(`${tenant.url}/_local/outbox`)).json() as { subject: string }[];
    expect(outbox.some(m => m.subject === 'Too big')).toBe(false);
  });
});
