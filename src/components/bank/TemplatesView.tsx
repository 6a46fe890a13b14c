import * as React from 'react';
import { Checkbox, DetailsList, DetailsListLayoutMode, Nav, SelectionMode, Stack, Text, type INavLink } from '@fluentui/react';
import type { Bank, BankTemplate, TemplateContent } from '../../domain/bank/BankModel';
import { entityStatus } from '../../domain/bank/entityStatus';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import { Badge } from '../common/Badge';
import { useLayout } from '../common/layout';
import { audienceLabel, settingLabel } from './labels';

export interface TemplatesViewProps {
  strings: Strings;
  bank: Bank;
  editable: boolean;
  onSave: (key: string, content: TemplateContent) => void;
}

/** The navigation's groups, one per kind of template, in this order. */
const KINDS: TemplateContent['body']['kind'][] = ['Policy', 'Aup', 'Letter', 'RiskAssessment', 'Flowchart'];

function kindName(strings: Strings, kind: TemplateContent['body']['kind']): string {
  return kind === 'Aup' ? strings.bank.aupSections : strings.bank.templateKinds[kind];
}

interface TemplatePartProps { strings: Strings; bank: Bank; template: BankTemplate; editable: boolean; onSave: TemplatesViewProps['onSave'] }

function StatementPicker({ strings, bank, template, editable, onSave }: TemplatePartProps): JSX.Element {
  const body = template.working.body;
  if (body.kind !== 'Policy' && body.kind !== 'Aup') return <></>;
  const chosen = new Set(body.statementKeys);
  const candidates = bank.statements.filter(s => !s.working.retired && (body.kind === 'Aup'
    ? bank.sections.find(sec => sec.key === s.working.sectionKey)?.working.group === 'Aup'
    : bank.sections.find(sec => sec.key === s.working.sectionKey)?.working.group === 'Policy' && (!template.working.setting || s.working.settings.includes(template.working.setting))));
  const sectionsInOrder = [...bank.sections].sort((a, b) => a.working.order - b.working.order);
  const toggle = (key: string, include: boolean): void => {
    // Keep the template's statements in bank order, so the document reads section by section.
    const order = sectionsInOrder.flatMap(sec => bank.statements.filter(s => s.working.sectionKey === sec.key).sort((a, b) => a.working.order - b.working.order).map(s => s.key));
    const next = order.filter(k => (k === key ? include : chosen.has(k)));
    onSave(template.key, { ...template.working, body: { ...body, statementKeys: next } });
  };
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text>{plural(strings.bank.templateStatements, chosen.size)}</Text>
      {sectionsInOrder.map(section => {
        const own = candidates.filter(s => s.working.sectionKey === section.key).sort((a, b) => a.working.order - b.working.order);
        if (own.length === 0) return null;
        return (
          <Stack key={section.key} tokens={{ childrenGap: 4 }}>
            <Text variant="mediumPlus" as="h4">{section.working.title}</Text>
            {own.map(s => (
              <Checkbox key={s.key} label={s.working.text} checked={chosen.has(s.key)} disabled={!editable} onChange={(_e, c) => toggle(s.key, Boolean(c))} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

function TemplateBody({ strings, bank, template, editable, onSave }: TemplatePartProps): JSX.Element {
  const body = template.working.body;
  switch (body.kind) {
    case 'Policy':
    case 'Aup': return <StatementPicker strings={strings} bank={bank} template={template} editable={editable} onSave={onSave} />;
    case 'Letter':
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text variant="small">{format(strings.bank.letterTo, body.letter.recipients, body.letter.purpose)}</Text>
          <Text styles={{ root: { fontWeight: 600 } }}>{body.letter.subject}</Text>
          {body.letter.paragraphs.map((p, i) => <Text key={i} block>{p}</Text>)}
          <Text block>{body.letter.signOff}</Text>
        </Stack>
      );
    case 'RiskAssessment':
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text block>{body.introduction}</Text>
          <DetailsList items={body.rows} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified}
            columns={[
              { key: 'risk', name: strings.bank.riskColumns.risk, fieldName: 'risk', minWidth: 160, isMultiline: true },
              { key: 'likelihood', name: strings.draft.riskLikelihood, fieldName: 'likelihood', minWidth: 70 },
              { key: 'impact', name: strings.draft.riskImpact, fieldName: 'impact', minWidth: 60 },
              { key: 'mitigation', name: strings.bank.riskColumns.mitigation, fieldName: 'mitigation', minWidth: 200, isMultiline: true },
              { key: 'owner', name: strings.draft.riskOwner, fieldName: 'owner', minWidth: 100, isMultiline: true }
            ]} />
        </Stack>
      );
    case 'Flowchart':
      return (
        <ol>{body.steps.map(step => (
          <li key={step.id}><Text styles={{ root: { fontWeight: 600 } }}>{step.title}</Text>
            {step.answers && <ul>{step.answers.map(a => <li key={a.label}>{a.label} → {body.steps.find(s => s.id === a.next)?.title ?? a.next}</li>)}</ul>}
            {step.actions && <ul>{step.actions.map(a => <li key={a}>{a}</li>)}</ul>}
          </li>
        ))}</ol>
      );
  }
}

/** The officer's templates: policy templates per setting, AUPs per audience, letters, risk assessments, the flowchart. */
export function TemplatesView({ strings, bank, editable, onSave }: TemplatesViewProps): JSX.Element {
  const templates = [...bank.templates].filter(t => !t.working.retired).sort((a, b) => a.working.order - b.working.order);
  const [selected, setSelected] = React.useState<string | undefined>(templates[0]?.key);
  const layout = useLayout();
  const template = templates.find(t => t.key === selected);
  const groups = KINDS.map(kind => ({
    name: kindName(strings, kind),
    links: templates.filter(t => t.working.body.kind === kind).map<INavLink>(t => ({
      key: t.key, url: '', name: editable && entityStatus(t) !== 'published' ? format(strings.bank.templateChanged, t.working.title) : t.working.title,
      onClick: e => { e?.preventDefault(); setSelected(t.key); }
    }))
  })).filter(g => g.links.length > 0);
  return (
    <Stack horizontal={layout !== 'narrow'} tokens={{ childrenGap: 16 }}>
      <Stack.Item styles={{ root: { width: layout === 'narrow' ? '100%' : 280, flexShrink: 0 } }}><Nav ariaLabel={strings.bank.templates} groups={groups} selectedKey={selected} /></Stack.Item>
      <Stack.Item grow styles={{ root: { minWidth: 0 } }}>
        {template && (
          <Stack tokens={{ childrenGap: 8 }}>
            <Text as="h2" variant="xLarge">{template.working.title}</Text>
            <Stack horizontal tokens={{ childrenGap: 6 }}>
              {template.working.setting && <Badge tone="info" text={settingLabel(strings, template.working.setting)} />}
              {template.working.audience && <Badge tone="info" text={audienceLabel(strings, template.working.audience)} />}
              <Badge tone="neutral" text={template.published ? format(strings.bank.version, template.published.version) : strings.bank.unpublished} />
            </Stack>
            <TemplateBody strings={strings} bank={bank} template={template} editable={editable} onSave={onSave} />
          </Stack>
        )}
      </Stack.Item>
    </Stack>
  );
}
