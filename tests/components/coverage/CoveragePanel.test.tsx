import * as React from 'react';
import { TextEncoder } from 'util';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildStarterPack } from '../../../src/content/starterPack';
import { BankCoveragePanel, CoveragePanel } from '../../../src/components/coverage/CoveragePanel';
import { ReferenceList } from '../../../src/components/coverage/ReferenceList';
import { EMPTY_BANK, type Bank } from '../../../src/domain/bank/BankModel';
import { retireStatement } from '../../../src/domain/bank/bankCommands';
import { GUIDANCE_LINKS } from '../../../src/domain/bank/references';
import { publishRelease } from '../../../src/domain/bank/releasePlan';
import { applyImport } from '../../../src/domain/content/importPlan';
import { bankCoverage, coverageOf } from '../../../src/domain/coverage/coverage';
import { assembleDraft } from '../../../src/domain/draft/assembleDraft';
import type { Draft } from '../../../src/domain/draft/DraftModel';
import { SCHOOL_SETTINGS } from '../../../src/domain/school/SchoolSetting';
import { enGB } from '../../../src/loc/enGB';
import { format } from '../../../src/loc/strings';
import { plural } from '../../../src/loc/plural';

// jsdom has no TextEncoder, which every browser has; the starter pack's checksum (SHA-256 of UTF-8) needs it.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

const BANK: Bank = publishRelease(applyImport(EMPTY_BANK, buildStarterPack()), 'starter', '').bank;
const POLICY = assembleDraft(BANK, 'policy-primary', { setting: 'Primary', schoolName: 'Oakfield' });
const words = enGB.coverage;

function withoutTopic(draft: Draft, topic: string): Draft {
  const covers = (key: string | undefined): boolean => (BANK.statements.find(s => s.key === key)?.published?.content.topics ?? []).some(t => t === topic);
  return { ...draft, blocks: draft.blocks.filter(b => !covers(b.sourceKey)) };
}

describe('CoveragePanel', () => {
  it('lists a missing topic with the statements that would cover it, and adds the one chosen', () => {
    const onAdd = jest.fn();
    const report = coverageOf(withoutTopic(POLICY, 'generative-ai'), BANK);
    render(<CoveragePanel report={report} strings={enGB} onAdd={onAdd} />);
    expect(screen.getByText(format(words.summary, report.covered.length, report.covered.length + 1))).toBeTruthy();
    const topic = screen.getByRole('region', { name: words.topics['generative-ai'].name });
    expect(within(topic).getByText(words.topics['generative-ai'].description)).toBeTruthy();
    const offers = report.missing[0].offers;
    expect(within(topic).getAllByRole('button', { name: /^Add this statement to the policy:/ })).toHaveLength(offers.length);
    // The mandatory statement comes first, with its badge; its text is shown as text.
    expect(within(topic).getAllByText(words.mandatory).length).toBeGreaterThan(0);
    fireEvent.click(within(topic).getByRole('button', { name: format(words.addLabel, offers[1].text.slice(0, 120)) }));
    expect(onAdd).toHaveBeenCalledWith(offers[1].statementKey);
  });

  it('says so when everything is covered, and shows no Add action without a handler', async () => {
    render(<CoveragePanel report={coverageOf(POLICY, BANK)} strings={enGB} />);
    // Fluent's MessageBar renders its text a moment later (for screen readers): wait for it.
    expect(await screen.findByText(words.allCovered)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText(words.topics['mobile-phones'].name)).toBeTruthy();
  });

  it('waits on the statement being added and holds the other Add buttons', () => {
    const report = coverageOf(withoutTopic(POLICY, 'mobile-phones'), BANK);
    render(<CoveragePanel report={report} strings={enGB} onAdd={jest.fn()} adding={report.missing[0].offers[0].statementKey} />);
    for (const button of screen.getAllByRole('button')) expect((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true').toBe(true);
  });

  it('explains itself for drafts it does not check', async () => {
    render(<CoveragePanel report={{ applies: false, covered: [], missing: [] }} strings={enGB} />);
    expect(await screen.findByText(words.notApplicable)).toBeTruthy();
  });
});

describe('BankCoveragePanel', () => {
  it('names the settings a topic leaves without a statement', async () => {
    let bank = BANK;
    for (const s of BANK.statements.filter(x => (x.working.topics ?? []).includes('ai-in-assessment'))) bank = retireStatement(bank, s.key);
    render(<BankCoveragePanel report={bankCoverage(bank, SCHOOL_SETTINGS)} strings={enGB} />);
    expect(await screen.findByText(plural(words.bankGaps, 1))).toBeTruthy();
    expect(screen.getByText(format(words.bankGap, `${enGB.school.settings.Secondary}, ${enGB.school.settings.Post16}`))).toBeTruthy();
  });
});

describe('ReferenceList', () => {
  it("shows each document's title as a link to its https address, with the part as text", () => {
    render(<ReferenceList strings={enGB} references={[{ document: 'kcsie', part: 'Part two: online safety' }, { document: 'rshe', link: 'javascript:alert(1)' }]} />);
    const kcsie = screen.getByRole('link', { name: words.documents.kcsie });
    expect(kcsie.getAttribute('href')).toBe(GUIDANCE_LINKS.kcsie);
    expect(kcsie.getAttribute('target')).toBe('_blank');
    expect(kcsie.getAttribute('rel')).toContain('noopener');
    expect(kcsie.closest('li')?.textContent).toBe(`${words.documents.kcsie}${format(words.referencePart, 'Part two: online safety')}`);
    // A link that is not https never reaches the page.
    expect(screen.getByRole('link', { name: words.documents.rshe }).getAttribute('href')).toBe(GUIDANCE_LINKS.rshe);
  });

  it('renders nothing for a statement that cites nothing', () => {
    const { container } = render(<ReferenceList strings={enGB} references={undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
