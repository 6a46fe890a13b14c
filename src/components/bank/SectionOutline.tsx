import * as React from 'react';
import { Nav, type INavLink } from '@fluentui/react';
import type { BankSection, BankStatement } from '../../domain/bank/BankModel';
import { entityStatus } from '../../domain/bank/entityStatus';
import { format, type Strings } from '../../loc/strings';

export interface SectionOutlineProps {
  strings: Strings;
  sections: BankSection[];
  statements: BankStatement[];
  selectedKey: string | undefined;
  /** Show counts of unpublished changes (the officer). */
  showChanges: boolean;
  onSelect: (sectionKey: string) => void;
}

/** The left pane: sections grouped as policy and AUPs, with how many statements and how many are changed. */
export function SectionOutline({ strings, sections, statements, selectedKey, showChanges, onSelect }: SectionOutlineProps): JSX.Element {
  const link = (section: BankSection): INavLink => {
    const own = statements.filter(s => s.working.sectionKey === section.key && !s.working.retired);
    const changed = statements.filter(s => s.working.sectionKey === section.key && entityStatus(s) !== 'published').length;
    const suffix = showChanges && changed > 0 ? ` · ${format(strings.bank.changedCount, changed)}` : '';
    return { key: section.key, name: `${section.working.title} (${own.length})${suffix}`, url: '', title: section.working.summary, onClick: e => { e?.preventDefault(); onSelect(section.key); } };
  };
  const visible = [...sections].filter(s => !s.working.retired || showChanges).sort((a, b) => a.working.order - b.working.order);
  return (
    <Nav
      ariaLabel={strings.bank.sections} selectedKey={selectedKey}
      groups={[
        { name: strings.bank.policySections, links: visible.filter(s => s.working.group === 'Policy').map(link) },
        { name: strings.bank.aupSections, links: visible.filter(s => s.working.group === 'Aup').map(link) }
      ]}
      styles={{ root: { maxHeight: '70vh', overflowY: 'auto' } }}
    />
  );
}
