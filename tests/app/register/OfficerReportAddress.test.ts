import { OfficerDashboardController, type ReportAddressStore } from '../../../src/app/register/OfficerDashboardController';
import { AppError } from '../../../src/services/errors/AppError';
import type { IRegisterService } from '../../../src/services/register/IRegisterService';
import { untilState } from './untilState';

/**
 * The officer sets the address schools mail report packs to from the dashboard: it shows what the bank holds, saves
 * (and clears) it, and a refusal comes back in the register's words. The store is a fake: the bank's side is tested
 * against the local server in tests/services/register/reportAddress.test.ts.
 */
const register = { readRegister: async () => [] } as unknown as IRegisterService;

function storeHolding(initial: string | undefined): ReportAddressStore & { value?: string } {
  const store = {
    value: initial,
    reportAddress: async () => store.value,
    setReportAddress: async (address: string) => {
      const trimmed = address.trim();
      if (trimmed.includes(' ')) throw new AppError('invalid', 'register.badReportAddress', trimmed);
      store.value = trimmed || undefined;
      return store.value;
    }
  };
  return store;
}

describe("the officer's report address", () => {
  it('shows the stored address, saves a new one and clears it', async () => {
    const store = storeHolding('old@northshire.example');
    const controller = new OfficerDashboardController(register, () => new Date('2026-08-01T00:00:00Z'), store);
    await controller.load();
    expect((await untilState(controller, s => s.reportAddress !== undefined)).reportAddress).toBe('old@northshire.example');
    await controller.setReportAddress(' reports@northshire.example ');
    expect(store.value).toBe('reports@northshire.example');
    expect(controller.state).toMatchObject({ reportAddress: 'reports@northshire.example', addressSaved: 'reports@northshire.example', busy: false });
    await controller.setReportAddress('');
    expect(controller.state).toMatchObject({ reportAddress: '', addressSaved: '' });
    controller.dispose();
  });

  it("explains a refused address in the register's words and keeps the stored one", async () => {
    const store = storeHolding(undefined);
    const controller = new OfficerDashboardController(register, () => new Date('2026-08-01T00:00:00Z'), store);
    await controller.load();
    await untilState(controller, s => s.reportAddress !== undefined);
    await controller.setReportAddress('two addresses@here.example');
    expect(controller.state.refusal).toEqual({ code: 'badReportAddress', values: [] });
    expect(controller.state).toMatchObject({ reportAddress: '', addressSaved: undefined });
    controller.dispose();
  });
});
