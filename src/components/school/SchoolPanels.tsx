import * as React from 'react';
import type { SchoolHomeController, SchoolHomeState } from '../../app/schoolHome/SchoolHomeController';
import type { SchoolHomeData } from '../../app/schoolHome/schoolHomeModel';
import type { Strings } from '../../loc/strings';
import { NewDocumentPanel } from './NewDocumentPanel';
import { ProfileForm } from './ProfileForm';

export interface SchoolPanelsProps {
  strings: Strings;
  state: Pick<SchoolHomeState, 'panel' | 'panelBusy' | 'panelFailure' | 'panelIssue'>;
  data: SchoolHomeData;
  actions: Pick<SchoolHomeController, 'saveProfile' | 'createDocument' | 'showPanel'>;
}

/** The school home's side panels: the profile (all of it, or only the approvers group) and a new document. */
export function SchoolPanels({ strings, state, data, actions }: SchoolPanelsProps): JSX.Element | null {
  const { panel, panelBusy, panelFailure, panelIssue } = state;
  const { profile, bank } = data;
  const dismiss = (): void => actions.showPanel('none');
  if ((panel === 'profile' || panel === 'approvers') && profile) {
    return (
      <ProfileForm strings={strings} initial={profile} groups={data.groups} only={panel === 'approvers' ? 'approvers' : undefined} onDismiss={dismiss}
        busy={panelBusy} failure={panelFailure} refused={panelIssue?.kind === 'invalidProfile'} onSave={next => void actions.saveProfile(next)} />
    );
  }
  if (panel === 'new' && profile && bank) {
    return (
      <NewDocumentPanel strings={strings} bank={bank} profile={profile} onDismiss={dismiss} existing={data.rows}
        refusedAs={panelIssue?.kind === 'duplicateName' ? panelIssue.existing : undefined}
        busy={panelBusy} failure={panelFailure} onStart={(templateKey, title) => void actions.createDocument(templateKey, title)} />
    );
  }
  return null;
}
