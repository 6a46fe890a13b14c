/**
 * @jest-environment ./tests/security/support/jsdomWithFetchEnvironment.ts
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { SchoolHomeContainer } from '../../src/components/school/SchoolHomeContainer';
import { parseSubEntity } from '../../src/domain/approval/deepLink';
import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { format } from '../../src/loc/strings';
import { enGB } from '../../src/loc/enGB';
import { PROFILE, ROLES } from './support/securityTenant';
import { appServicesFor } from './support/appServices';
import { startTenantProcess, type TenantProcess } from './support/tenantProcess';

/**
 * A deep link's sub-entity arrives from outside (Teams' context, or `?subEntityId=` on a page) and anyone can
 * forge one. The app opens the school home with it through the real services: a forged id opens nothing the
 * person cannot see, and ends in an explanation, never a crash or a blank page.
 */
jest.setTimeout(60_000);

describe('deep links with forged ids, opened by the school home through the real services', () => {
  let tenant: TenantProcess;
  /** Words only the seeded draft's first statement holds: seeing them means the draft was opened. */
  let draftWords: string;

  beforeAll(async () => {
    tenant = await startTenantProcess();
    const owner = tenant.as(ROLES.owner.login);
    const draft = (await owner.school.openDraft(1)).draft;
    const first = draft.blocks.find(b => b.kind === 'Statement') as DraftBlock;
    draftWords = first.content.text.slice(0, 60);
    await owner.approvals.submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
  }, 120_000);
  afterAll(async () => { await tenant.stop(); });

  const open = (login: string, subEntityId: string) => render(<SchoolHomeContainer services={appServicesFor(tenant.url, login, subEntityId)} />);
  const loaded = async (): Promise<void> => {
    await waitFor(() => expect(screen.queryByText(enGB.shell.loading)).toBeNull(), { timeout: 15_000 });
  };

  it.each([
    ['a draft that does not exist', 'draft:999999'],
    ['a round of a draft that does not exist', 'round:999999:1'],
    ['a round the draft never had', 'round:1:9999']
  ])('explains that %s is not there, and opens nothing', async (_what, subEntityId) => {
    expect(parseSubEntity(subEntityId)).toBeDefined();
    const { container, unmount } = open(ROLES.owner.login, subEntityId);
    // The kind's sentence, or the exact case: the item SharePoint says does not exist, or the round the draft lacks.
    const notThere = [enGB.errors.notFound, enGB.errorCodes.sharepoint.itemMissing, format(enGB.approval.noRound, 1), format(enGB.approval.noRound, 9999)];
    expect(await screen.findByText(text => notThere.includes(text), undefined, { timeout: 15_000 })).toBeTruthy();
    expect(container.querySelector('[data-block-key], [data-testid="frozen-draft"]')).toBeNull();
    unmount();
  });

  it.each([
    ["another school's headteacher", 'draft:1', ROLES.otherSchool.login],
    ["another school's headteacher", 'round:1:1', ROLES.otherSchool.login],
    ['the e-Safety officer (no access to the school site)', 'round:1:1', ROLES.officer.login]
  ])('tells %s following a real link to %s that they have no access, and shows nothing of the draft', async (_who, subEntityId, login) => {
    const { container, unmount } = open(login, subEntityId);
    expect(await screen.findByText(enGB.errors.accessDenied, undefined, { timeout: 15_000 })).toBeTruthy();
    expect(container.textContent).not.toContain(draftWords);
    expect(container.querySelector('[data-block-key], [data-testid="frozen-draft"]')).toBeNull();
    unmount();
  });

  it.each([
    "draft:1' or '1'='1", 'draft:1 or 1 eq 1', 'round:1:1:1', 'draft:../../_api/web', 'draft:-1', 'draft:1e3', 'round:1', '{"kind":"draft","draftId":1}', '<script>window.__pwned=1</script>'
  ])('ignores the malformed sub-entity %j: the home opens as if there were none', async subEntityId => {
    expect(parseSubEntity(subEntityId)).toBeUndefined();
    const { container, unmount } = open(ROLES.owner.login, subEntityId);
    await loaded();
    await waitFor(() => expect(container.textContent).not.toBe(''));
    expect(container.querySelector('[data-block-key], [data-testid="frozen-draft"]')).toBeNull();
    expect(screen.queryByText(enGB.errors.notFound)).toBeNull();
    expect(screen.queryByText(enGB.errors.unexpected)).toBeNull();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    unmount();
  });

  it('opens a real draft for a site visitor, who may read it, without any way to edit it', async () => {
    const { container, unmount } = open(ROLES.visitor.login, 'draft:1');
    await waitFor(() => expect(container.querySelector('[data-block-key]')).not.toBeNull(), { timeout: 15_000 });
    expect(container.textContent).toContain(draftWords);
    expect(container.querySelectorAll('textarea')).toHaveLength(0);
    unmount();
  });
});
