import { ManualClock } from '../../../src/app/common/manualClock';
import { ReportingController, type PackFile, type ReportingPorts } from '../../../src/app/register/ReportingController';
import type { Bank } from '../../../src/domain/bank/BankModel';
import { parseReportPack, type SchoolIdentity } from '../../../src/domain/register/ReportPack';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { AppError } from '../../../src/services/errors/AppError';
import { BANK, oakfieldPolicy } from '../../domain/register/registerFixtures';

/**
 * Mailing a report pack from the school's reporting card: offered only when the authority's bank gives an address
 * (read with the bank the first report uses: no read of its own), the pack mailed is the report the download gives,
 * and a failed mail leaves the download to fall back on. Ports are fakes: the mail itself is tested against the
 * local server in tests/services/register/reportAddress.test.ts.
 */
const OAKFIELD: SchoolIdentity = { key: '0c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f', name: 'Oakfield Primary School' };
const ADDRESS = 'esafety.reports@northshire.example';

function withAddress(bank: Bank, address: string | undefined): Bank {
  return { ...bank, releases: bank.releases.map((r, i) => (i === bank.releases.length - 1 ? { ...r, reportAddress: address } : r)) };
}

function controllerWith(bank: Bank, mail: (to: string, file: PackFile, school: SchoolIdentity) => Promise<void>): { controller: ReportingController; bankReads: () => number } {
  const clock = new ManualClock();
  clock.advance(Date.parse('2026-03-01T09:00:00Z'));
  let reads = 0;
  const ports: ReportingPorts = {
    identity: async () => OAKFIELD, facts: async () => [oakfieldPolicy()], store: new MemoryKeyValueStore(), clock,
    bank: async () => { reads += 1; return bank; },
    register: { sendReport: async () => undefined },
    mailPack: mail
  };
  return { controller: new ReportingController(ports), bankReads: () => reads };
}

describe('mailing a report pack', () => {
  it("knows the bank's address from the one bank read of the first report, and mails the same pack the download gives", async () => {
    const sent: { to: string; file: PackFile; school: SchoolIdentity }[] = [];
    const { controller, bankReads } = controllerWith(withAddress(BANK, ADDRESS), async (to, file, school) => { sent.push({ to, file, school }); });
    await controller.start();
    expect(controller.state.reportAddress).toBe(ADDRESS);
    expect(bankReads()).toBe(1);
    await controller.mailPack();
    expect(sent.map(m => [m.to, m.school])).toEqual([[ADDRESS, OAKFIELD]]);
    const parsed = await parseReportPack(sent[0].file.text);
    expect(parsed.ok && parsed.pack.school).toEqual(OAKFIELD);
    expect(controller.state.mailed).toEqual({ to: ADDRESS, reportedOn: controller.state.last?.reportedOn });
    const downloaded = await controller.packFile();
    expect(downloaded?.fileName).toBe(sent[0].file.fileName);
    controller.dispose();
  });

  it('offers no mail where the bank gives no address (or something that is not one address)', async () => {
    for (const bank of [BANK, withAddress(BANK, 'reports@a.example, other@b.example')]) {
      const mail = jest.fn(async () => undefined);
      const { controller } = controllerWith(bank, mail);
      await controller.start();
      expect(controller.state.reportAddress).toBeUndefined();
      await controller.mailPack();
      expect(mail).not.toHaveBeenCalled();
      controller.dispose();
    }
  });

  it('keeps a failed mail apart from reporting, as a failure to show (the download still works)', async () => {
    const { controller } = controllerWith(withAddress(BANK, ADDRESS), async () => { throw new AppError('notFound', 'graph.noMailbox', 'MailboxNotEnabledForRESTAPI'); });
    await controller.start();
    await controller.mailPack();
    expect(controller.state).toMatchObject({ working: false, failure: undefined, mailed: undefined });
    expect(controller.state.mailFailure?.kind).toBe('notFound');
    expect(await controller.packFile()).toBeDefined();
    controller.dispose();
  });
});
