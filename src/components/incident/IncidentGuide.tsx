import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, useTheme, mergeStyleSets } from '@fluentui/react';
import type { Bank, FlowchartStep } from '../../domain/bank/BankModel';
import { answerStep, currentStep, startWalk, stepBack, type FlowchartWalk } from '../../domain/bank/flowchartWalk';
import type { MergeField } from '../../domain/school/MergeField';
import { fillMergeFields } from '../../domain/school/mergeFields';
import { format, type Strings } from '../../loc/strings';

export interface IncidentGuideProps {
  strings: Strings;
  bank: Bank;
  /** The school profile's merge values: contacts name the school's own people. */
  values: Partial<Record<MergeField, string>>;
}

/** Fills a contact or action from the profile; a field the profile leaves empty says so rather than showing a blank. */
function filled(text: string, values: Partial<Record<MergeField, string>>, notSet: string): string {
  const known = Object.fromEntries(Object.entries(values).filter(([, v]) => v && v.trim())) as Partial<Record<MergeField, string>>;
  return fillMergeFields(text, known).text.replace(/\{\{\w+\}\}/g, notSet);
}

/**
 * The authority's incident-response flowchart as a step-by-step guide: one question at a time, answers as
 * buttons, back and start again, ending in the actions and contacts the authority published. The walk lives
 * only on this screen: nothing is saved, sent or asked about any child.
 */
export function IncidentGuide({ strings, bank, values }: IncidentGuideProps): JSX.Element {
  const t = strings.incident;
  const theme = useTheme();
  const template = bank.templates.find(tm => tm.published?.content.body.kind === 'Flowchart' && !tm.published.content.retired);
  const body = template?.published?.content.body;
  const steps: FlowchartStep[] = body?.kind === 'Flowchart' ? body.steps : [];
  const start = body?.kind === 'Flowchart' ? body.start : '';
  const [walk, setWalk] = React.useState<FlowchartWalk>(() => startWalk(start));
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const step = currentStep(walk, steps);
  const classes = mergeStyleSets({
    card: { padding: 16, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, maxWidth: 760 },
    outcome: { borderLeft: `4px solid ${theme.palette.themePrimary}` }
  });

  // Focus follows the question, so a keyboard or screen-reader user hears the next step after answering.
  const count = walk.visited.length;
  const moved = React.useRef(false);
  React.useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [count]);

  if (!template || !step) return <MessageBar messageBarType={MessageBarType.info}>{t.none}</MessageBar>;
  const answered = walk.visited.filter(v => v.answer);
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="incident-guide">
      <Text as="h2" variant="xLarge">{template.published?.content.title}</Text>
      <Text>{t.intro}</Text>
      <section className={`${classes.card} ${step.kind === 'Outcome' ? classes.outcome : ''}`} aria-live="polite">
        <Stack tokens={{ childrenGap: 10 }}>
          {step.kind === 'Question' && <Text variant="small">{format(t.question, answered.length + 1)}</Text>}
          <h3 ref={headingRef} tabIndex={-1} style={{ margin: 0, outline: 'none' }} data-testid="incident-step"><Text variant="large">{step.title}</Text></h3>
          {step.help && <Text>{filled(step.help, values, t.notSet)}</Text>}
          {step.kind === 'Question' && (
            <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={step.title}>
              {(step.answers ?? []).map((a, i) => {
                const Button = i === 0 ? PrimaryButton : DefaultButton;
                return <Button key={a.label} text={a.label} onClick={() => setWalk(w => answerStep(w, steps, a.label))} />;
              })}
            </Stack>
          )}
          {step.kind === 'Outcome' && (
            <>
              {step.actions && step.actions.length > 0 && (
                <>
                  <Text as="h4" variant="mediumPlus">{t.actions}</Text>
                  <ol data-testid="incident-actions">{step.actions.map(a => <li key={a}><Text>{filled(a, values, t.notSet)}</Text></li>)}</ol>
                </>
              )}
              {step.contacts && step.contacts.length > 0 && (
                <>
                  <Text as="h4" variant="mediumPlus">{t.contacts}</Text>
                  <ul data-testid="incident-contacts">{step.contacts.map(c => <li key={c.name}><Text><strong>{c.name}</strong>: {filled(c.detail, values, t.notSet)}</Text></li>)}</ul>
                </>
              )}
            </>
          )}
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {walk.visited.length > 1 && <DefaultButton iconProps={{ iconName: 'Back' }} text={t.back} onClick={() => setWalk(stepBack)} />}
            {walk.visited.length > 1 && <DefaultButton iconProps={{ iconName: 'Refresh' }} text={t.restart} onClick={() => setWalk(startWalk(start))} />}
            {step.kind === 'Outcome' && <DefaultButton iconProps={{ iconName: 'Print' }} text={t.print} onClick={() => window.print()} />}
          </Stack>
        </Stack>
      </section>
      {answered.length > 0 && (
        <section aria-label={t.answersSoFar}>
          <Text as="h3" variant="mediumPlus">{t.answersSoFar}</Text>
          <ol>{answered.map(v => <li key={v.stepId}><Text>{steps.find(s => s.id === v.stepId)?.title} <strong>{v.answer}</strong></Text></li>)}</ol>
        </section>
      )}
    </Stack>
  );
}
