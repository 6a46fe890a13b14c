import type { FlowchartStep } from '../../src/domain/bank/BankModel';
import { answerStep, currentStep, startWalk, stepBack } from '../../src/domain/bank/flowchartWalk';
import { buildStarterPack } from '../../src/content/starterPack';

const steps: FlowchartStep[] = [
  { id: 'danger', kind: 'Question', title: 'Is anyone in danger?', answers: [{ label: 'Yes', next: 'call' }, { label: 'No', next: 'image' }] },
  { id: 'image', kind: 'Question', title: 'Is an image involved?', answers: [{ label: 'Yes', next: 'dsl' }, { label: 'No', next: 'record' }] },
  { id: 'call', kind: 'Outcome', title: 'Call 999', actions: ['Call 999'] },
  { id: 'dsl', kind: 'Outcome', title: 'Tell the DSL', actions: ['Do not copy it'] },
  { id: 'record', kind: 'Outcome', title: 'Record it', actions: ['Record it'] }
];

describe('walking the incident flowchart', () => {
  it('moves from question to question by the answers given and ends at an outcome', () => {
    let walk = startWalk('danger');
    walk = answerStep(walk, steps, 'No');
    walk = answerStep(walk, steps, 'Yes');
    expect(currentStep(walk, steps)?.id).toBe('dsl');
    expect(walk.visited).toEqual([{ stepId: 'danger', answer: 'No' }, { stepId: 'image', answer: 'Yes' }, { stepId: 'dsl' }]);
  });

  it('goes back one question and forgets that answer; back at the start does nothing', () => {
    const walk = answerStep(answerStep(startWalk('danger'), steps, 'No'), steps, 'No');
    const back = stepBack(walk);
    expect(back.visited).toEqual([{ stepId: 'danger', answer: 'No' }, { stepId: 'image' }]);
    expect(stepBack(stepBack(back))).toEqual(startWalk('danger'));
  });

  it('ignores an answer the current step does not offer', () => {
    const walk = startWalk('danger');
    expect(answerStep(walk, steps, 'Maybe')).toBe(walk);
  });

  it('reaches an outcome with actions from every answer path of the starter flowchart', () => {
    const template = buildStarterPack().templates.find(t => t.content.body.kind === 'Flowchart');
    if (template?.content.body.kind !== 'Flowchart') throw new Error('The starter pack has no flowchart.');
    const { start, steps: starter } = template.content.body;
    const ends = new Set<string>();
    const explore = (walk: ReturnType<typeof startWalk>, depth: number): void => {
      const step = currentStep(walk, starter);
      expect(step).toBeDefined();
      expect(depth).toBeLessThan(starter.length);
      if (step!.kind === 'Outcome') {
        expect(step!.actions?.length ?? 0).toBeGreaterThan(0);
        ends.add(step!.id);
        return;
      }
      for (const answer of step!.answers ?? []) explore(answerStep(walk, starter, answer.label), depth + 1);
    };
    explore(startWalk(start), 0);
    expect(ends.size).toBeGreaterThan(2);
  });
});
