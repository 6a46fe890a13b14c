import * as React from 'react';
import { CommandBar, Dropdown, mergeStyleSets, Pivot, PivotItem, SearchBox, Stack, Text } from '@fluentui/react';
import type { BankController, BankTab } from '../../app/bank/BankController';
import type { Bank, BankStatement } from '../../domain/bank/BankModel';
import { allTags, searchStatements } from '../../domain/bank/statementSearch';
import { statementsOfSection } from '../../domain/bank/bankCommands';
import { SCHOOL_SETTINGS, type SchoolSetting } from '../../domain/school/SchoolSetting';
import type { Strings } from '../../loc/strings';
import { plural } from '../../loc/plural';
import { threePaneColumns, useLayout } from '../common/layout';
import { BankHeader, type BankHeaderProps } from './BankHeader';
import { SectionOutline } from './SectionOutline';
import { StatementCard } from './StatementCard';
import { settingLabel } from './labels';

/** The header's props, and what the bank's panes show beside the statements. */
export interface BankViewProps extends BankHeaderProps {
  detail: React.ReactNode;
  templates: React.ReactNode;
  resources: React.ReactNode;
  /** The officer's dashboard of schools (the register): only on the bank site, for those who edit the bank. */
  schools?: React.ReactNode;
  /** The bank's own coverage of the topics a 2026 policy must cover. */
  coverage?: React.ReactNode;
}

interface Filters { words: string; setting: SchoolSetting | ''; tag: string }
const NO_FILTERS: Filters = { words: '', setting: '', tag: '' };

function FilterBar({ strings, bank, filters, onChange }: { strings: Strings; bank: Bank; filters: Filters; onChange: (filters: Filters) => void }): JSX.Element {
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
      <SearchBox placeholder={strings.bank.search} ariaLabel={strings.bank.search} value={filters.words} onChange={(_e, v) => onChange({ ...filters, words: v ?? '' })} styles={{ root: { width: 320, maxWidth: '100%' } }} />
      <Dropdown label={strings.bank.settingFilter} selectedKey={filters.setting} styles={{ root: { width: 180 } }}
        options={[{ key: '', text: strings.bank.anySetting }, ...SCHOOL_SETTINGS.map(s => ({ key: s, text: settingLabel(strings, s) }))]}
        onChange={(_e, o) => onChange({ ...filters, setting: (o?.key as SchoolSetting | '') ?? '' })} />
      <Dropdown label={strings.bank.tagFilter} selectedKey={filters.tag} styles={{ root: { width: 180 } }}
        options={[{ key: '', text: strings.bank.anyTag }, ...allTags(bank.statements).map(t => ({ key: t, text: t }))]}
        onChange={(_e, o) => onChange({ ...filters, tag: String(o?.key ?? '') })} />
    </Stack>
  );
}

function SectionCommands({ strings, controller, sectionKey }: { strings: Strings; controller: BankController; sectionKey: string }): JSX.Element {
  const t = strings.bank.sectionEditor;
  return (
    <CommandBar ariaLabel={t.edit} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} items={[
      { key: 'edit', text: t.edit, iconProps: { iconName: 'Edit' }, onClick: () => controller.openPanel({ kind: 'section', key: sectionKey }) },
      { key: 'up', text: t.moveUp, iconProps: { iconName: 'Up' }, onClick: () => controller.moveSection(sectionKey, -1) },
      { key: 'down', text: t.moveDown, iconProps: { iconName: 'Down' }, onClick: () => controller.moveSection(sectionKey, 1) },
      { key: 'retire', text: t.retire, iconProps: { iconName: 'Archive' }, onClick: () => controller.retireSection(sectionKey) }
    ]} />
  );
}

/** The statements tab: filters, sections on the left, statement cards in the centre, detail on the right. */
function StatementsTab({ strings, controller, state, bank, editable, detail }: BankViewProps): JSX.Element {
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const sectionKey = controller.sectionKey;
  const searching = filters.words.trim() !== '' || filters.setting !== '' || filters.tag !== '';
  const shown: BankStatement[] = searching
    ? searchStatements(bank.statements, { words: filters.words, setting: filters.setting || undefined, tag: filters.tag || undefined, includeRetired: editable }, 'working', new Map(bank.sections.map(s => [s.key, s.working.order])))
    : sectionKey ? statementsOfSection(bank, sectionKey).filter(s => editable || !s.working.retired) : [];
  const layout = useLayout();
  const classes = mergeStyleSets({
    columns: { display: 'grid', gridTemplateColumns: threePaneColumns(layout, 'minmax(180px, 260px)', 'minmax(220px, 320px)'), gap: 16, alignItems: 'start' },
    detail: { gridColumn: layout === 'wide' ? 'auto' : '1 / -1' },
    cards: { display: 'flex', flexDirection: 'column', gap: 8 }
  });
  const title = bank.sections.find(s => s.key === sectionKey)?.working.title;
  return (
    <>
      <FilterBar strings={strings} bank={bank} filters={filters} onChange={setFilters} />
      <div className={classes.columns}>
        <SectionOutline strings={strings} sections={bank.sections} statements={bank.statements} selectedKey={searching ? undefined : sectionKey} showChanges={editable} onSelect={key => { setFilters(NO_FILTERS); controller.selectSection(key); }} />
        <section className={classes.cards} aria-label={searching ? plural(strings.bank.searchResults, shown.length) : title}>
          {searching && <Text role="status">{shown.length === 0 ? strings.bank.noMatches : plural(strings.bank.searchResults, shown.length)}</Text>}
          {!searching && sectionKey && <Text as="h3" variant="large">{title}</Text>}
          {!searching && sectionKey && editable && <SectionCommands strings={strings} controller={controller} sectionKey={sectionKey} />}
          {shown.map((statement, i) => (
            <StatementCard key={statement.key} statement={statement} strings={strings} editable={editable} selected={statement.key === state.selectedStatement}
              isFirst={i === 0 || searching} isLast={i === shown.length - 1 || searching}
              onSelect={() => controller.selectStatement(statement.key)} onEdit={() => controller.openPanel({ kind: 'statement', key: statement.key })}
              onMove={delta => controller.moveStatement(statement.key, delta)} onRetire={() => controller.retireStatement(statement.key, true)} onRestore={() => controller.retireStatement(statement.key, false)} />
          ))}
        </section>
        <div className={classes.detail}>{detail}</div>
      </div>
    </>
  );
}

/** The bank screen: header and command bar, then the statements, templates or resources tab. */
export function BankView(props: BankViewProps): JSX.Element {
  const { strings, controller, state } = props;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <BankHeader strings={strings} controller={controller} state={state} bank={props.bank} editable={props.editable} saveStatus={props.saveStatus} onExport={props.onExport} />
      <Pivot selectedKey={state.tab} onLinkClick={item => item?.props.itemKey && controller.setTab(item.props.itemKey as BankTab)} aria-label={strings.bank.title}>
        <PivotItem headerText={strings.bank.title} itemKey="statements" />
        <PivotItem headerText={strings.bank.templates} itemKey="templates" />
        <PivotItem headerText={strings.bank.resources} itemKey="resources" />
        {props.coverage ? <PivotItem headerText={strings.coverage.bankTab} itemKey="coverage" /> : null}
        {props.schools ? <PivotItem headerText={strings.register.schoolsTab} itemKey="schools" /> : null}
      </Pivot>
      {state.tab === 'coverage' && props.coverage}
      {state.tab === 'schools' && props.schools}
      {state.tab === 'templates' && props.templates}
      {state.tab === 'resources' && props.resources}
      {state.tab === 'statements' && <StatementsTab {...props} />}
    </Stack>
  );
}
