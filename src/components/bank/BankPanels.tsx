import * as React from 'react';
import type { BankController, BankState } from '../../app/bank/BankController';
import type { Bank } from '../../domain/bank/BankModel';
import type { Strings } from '../../loc/strings';
import { ImportPanel } from './ImportPanel';
import { PublishPanel } from './PublishPanel';
import { SectionEditor } from './SectionEditor';
import { StatementEditor } from './StatementEditor';

export interface BankPanelsProps {
  strings: Strings;
  controller: BankController;
  state: BankState;
  bank: Bank;
}

/** The panel open on the bank screen (statement, section, publish, import), wired to the controller's commands. */
export function BankPanels({ strings, controller, state, bank }: BankPanelsProps): JSX.Element | null {
  const panel = state.panel;
  const close = (): void => controller.closePanel();
  switch (panel.kind) {
    case 'statement':
      return (
        <StatementEditor strings={strings} sections={bank.sections} defaultSectionKey={controller.sectionKey ?? ''}
          initial={panel.key ? bank.statements.find(s => s.key === panel.key)?.working : undefined} onDismiss={close}
          onSave={draft => {
            close();
            if (panel.key) controller.editStatement(panel.key, { text: draft.text, guidance: draft.guidance, mandatory: draft.mandatory, settings: draft.settings, tags: draft.tags, checkAgainstGuidance: draft.checkAgainstGuidance });
            else controller.addStatement(draft);
          }} />
      );
    case 'section':
      return (
        <SectionEditor strings={strings} onDismiss={close} initial={panel.key ? bank.sections.find(s => s.key === panel.key)?.working : undefined}
          onSave={input => {
            close();
            if (panel.key) controller.editSection(panel.key, { title: input.title, summary: input.summary, audience: input.audience });
            else controller.addSection(input);
          }} />
      );
    case 'publish':
      return (
        <PublishPanel strings={strings} bank={bank} interrupted={state.interrupted} onDismiss={close}
          failure={state.problem?.action === 'publish' ? state.problem.failure : undefined}
          onPublish={(label, notes) => controller.publish(label, notes)} />
      );
    case 'import':
      return (
        <ImportPanel strings={strings} preview={pack => controller.previewImport(pack)} onDismiss={close}
          runImport={(pack, publishAs, onProgress) => controller.importPack(pack, { publishAs, onProgress: p => onProgress(p.step, p.done / Math.max(1, p.total)) })} />
      );
    default:
      return null;
  }
}
