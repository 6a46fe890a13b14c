import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReportingContainer } from '../../../src/components/register/ReportingContainer';
import type { Bank } from '../../../src/domain/bank/BankModel';
import { enGB } from '../../../src/loc/enGB';
import { format } from '../../../src/loc/strings';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import type { PackMail } from '../../../src/services/register/ReportPackMailer';
import type { ReportingSources } from '../../../src/services/register/reportingSources';
import { BANK, oakfieldPolicy } from '../../domain/register/registerFixtures';

/** The reporting card's container words the mail from loc: the school's name in the subject, the pack's file named. */
jest.setTimeout(60_000);

const ADDRESS = 'esafety.reports@northshire.example';
const SCHOOL = { key: '0c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f', name: 'Hillside Academy' };

describe('ReportingContainer', () => {
  it("mails the pack with the loc file's words, to the address the bank gives", async () => {
    const mails: PackMail[] = [];
    const bank: Bank = { ...BANK, releases: BANK.releases.map((r, i) => (i === BANK.releases.length - 1 ? { ...r, reportAddress: ADDRESS } : r)) };
    const ports: ReportingSources = {
      identity: async () => SCHOOL, facts: async () => [oakfieldPolicy()], bank: async () => bank, store: new MemoryKeyValueStore(),
      register: { sendReport: async () => undefined, mailPack: async mail => { mails.push(mail); } }
    };
    render(<ReportingContainer strings={enGB} ports={ports} zone="Europe/London" />);
    const button = await screen.findByText(format(enGB.register.mailPack, ADDRESS), undefined, { timeout: 15_000 });
    await waitFor(() => expect(button.closest('button')?.disabled).toBe(false), { timeout: 15_000 });
    fireEvent.click(button);
    await waitFor(() => expect(mails).toHaveLength(1), { timeout: 15_000 });
    const [mail] = mails;
    expect(mail.to).toBe(ADDRESS);
    expect(mail.subject).toBe(format(enGB.register.packMailSubject, SCHOOL.name));
    expect(mail.lines[0]).toBe(format(enGB.register.packMailLines[0], SCHOOL.name, mail.file.fileName));
    expect(mail.file.fileName).toMatch(new RegExp(`^esafety-report-${SCHOOL.key}-\\d+\\.json$`));
    expect(await screen.findByText(format(enGB.register.mailed, ADDRESS), undefined, { timeout: 15_000 })).toBeTruthy();
  });
});
