import type { FlowchartStep } from './BankModel';

/** Where someone is in the incident flowchart: the steps visited and the answers given, newest last. */
export interface FlowchartWalk {
  visited: { stepId: string; answer?: string }[];
}

export function startWalk(start: string): FlowchartWalk {
  return { visited: [{ stepId: start }] };
}

/** The step on screen. */
export function currentStep(walk: FlowchartWalk, steps: FlowchartStep[]): FlowchartStep | undefined {
  const id = walk.visited[walk.visited.length - 1]?.stepId;
  return steps.find(s => s.id === id);
}

/** Takes an answer of the current step; an answer the step does not offer changes nothing. */
export function answerStep(walk: FlowchartWalk, steps: FlowchartStep[], label: string): FlowchartWalk {
  const step = currentStep(walk, steps);
  const answer = step?.answers?.find(a => a.label === label);
  if (!step || !answer || !steps.some(s => s.id === answer.next)) return walk;
  const visited = walk.visited.slice(0, -1);
  return { visited: [...visited, { stepId: step.id, answer: label }, { stepId: answer.next }] };
}

/** Goes back one question, forgetting its answer. */
export function stepBack(walk: FlowchartWalk): FlowchartWalk {
  if (walk.visited.length <= 1) return walk;
  const visited = walk.visited.slice(0, -1);
  const last = visited[visited.length - 1];
  return { visited: [...visited.slice(0, -1), { stepId: last.stepId }] };
}
