import { AUP_AUDIENCES, isPupilAudience } from '../../src/domain/bank/AupAudience';
import type { Bank, BankTemplate, FlowchartStep, LetterBody, StatementContent } from '../../src/domain/bank/BankModel';
import { MAX_TEXT_LENGTH, flowchartProblems, validateBankForRelease, type BankProblem } from '../../src/domain/bank/bankValidation';
import { bank, flowchartSteps, policyTemplate, section, statement, template } from './bankFixtures';

function letter(patch: Partial<LetterBody> = {}): LetterBody {
  return {
    recipients: 'Parents and carers', purpose: 'Start of year', subject: 'Online safety at {{SchoolName}}',
    paragraphs: ['Dear parents and carers,', 'Please talk to {{DSLName}} if you are worried.'], signOff: '{{HeadteacherName}}, Headteacher', ...patch
  };
}

/** A bank with one of everything, all valid. */
function validBank(): Bank {
  return bank({
    sections: [section('roles', { title: 'Roles' }), section('aup-ks2', { title: 'KS2 AUP', group: 'Aup', audience: 'KS2' }, 20)],
    statements: [
      statement('roles-lead', { text: '{{DSLName}} leads on online safety at {{SchoolName}}.', settings: ['Primary', 'Secondary'] }),
      statement('roles-report', { order: 20 }),
      statement('aup-ks2-ask', { sectionKey: 'aup-ks2', text: 'I ask an adult if I am unsure.' })
    ],
    templates: [
      policyTemplate('policy-primary', ['roles-lead', 'roles-report']),
      template('aup-template-ks2', { title: 'KS2 AUP', audience: 'KS2', body: { kind: 'Aup', statementKeys: ['aup-ks2-ask'] } }),
      template('letter-home', { title: 'Online safety at home', body: { kind: 'Letter', letter: letter() } }),
      template('ra-tech', { title: 'Risk assessment', body: { kind: 'RiskAssessment', introduction: '', rows: [{ key: 'r1', risk: 'Phones', likelihood: 'Low', impact: 'High', mitigation: 'Lockers', owner: '{{DSLName}}' }] } }),
      template('flow', { title: 'Incident', body: { kind: 'Flowchart', start: 'q-harm', steps: flowchartSteps() } })
    ]
  });
}

function withStatement(b: Bank, key: string, patch: Partial<StatementContent>): Bank {
  return { ...b, statements: b.statements.map(s => (s.key === key ? { ...s, working: { ...s.working, ...patch } } : s)) };
}

function withTemplate(b: Bank, t: BankTemplate): Bank {
  return { ...b, templates: b.templates.some(x => x.key === t.key) ? b.templates.map(x => (x.key === t.key ? t : x)) : [...b.templates, t] };
}

function errors(b: Bank): BankProblem[] {
  return validateBankForRelease(b).filter(p => p.severity === 'error');
}

/** The single error a bank has, asserting there is exactly one. */
function onlyError(b: Bank): BankProblem {
  const found = errors(b);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('validateBankForRelease', () => {
  it('finds nothing wrong with a valid bank', () => {
    expect(validateBankForRelease(validBank())).toEqual([]);
  });

  describe('statements', () => {
    it('refuses an unknown merge field and lists the ones to use', () => {
      const problem = onlyError(withStatement(validBank(), 'roles-report', { text: 'Ask the office at {{SchoolNmae}}.' }));
      expect(problem).toMatchObject({ entity: 'statement', key: 'roles-report' });
      expect(problem.message).toMatch(/^The statement uses \{\{SchoolNmae\}\}, which is not a merge field\. Use one of: /);
      expect(problem.message).toContain('{{SchoolName}}');
    });

    it('refuses an empty text', () => {
      expect(onlyError(withStatement(validBank(), 'roles-report', { text: '  ' })).message).toBe('The statement has no text.');
    });

    it('refuses text or guidance that is too long', () => {
      expect(onlyError(withStatement(validBank(), 'roles-report', { text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).message).toMatch(/4001 characters long; the most is 4000/);
      expect(onlyError(withStatement(validBank(), 'roles-report', { guidance: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).message).toMatch(/^The guidance is 4001/);
      expect(errors(withStatement(validBank(), 'roles-report', { text: 'x'.repeat(MAX_TEXT_LENGTH) }))).toEqual([]);
    });

    it('refuses a statement for no setting', () => {
      expect(onlyError(withStatement(validBank(), 'roles-report', { settings: [] })).message).toMatch(/applies to no setting\. Choose at least one/);
    });

    it('refuses a statement in a missing section', () => {
      const b = withStatement(validBank(), 'roles-report', { sectionKey: 'ghost' });
      expect(onlyError(b).message).toBe('The statement is in the section "ghost", which is missing or retired.');
    });

    it('refuses an active statement in a retired section', () => {
      const b = validBank();
      const retiredSection = { ...b, sections: b.sections.map(s => (s.key === 'aup-ks2' ? { ...s, working: { ...s.working, retired: true } } : s)) };
      expect(onlyError(retiredSection)).toMatchObject({ entity: 'statement', key: 'aup-ks2-ask', message: expect.stringContaining('missing or retired') });
    });

    it('does not check retired statements', () => {
      const b = validBank();
      const retired = { ...b, statements: [...b.statements, statement('roles-gone', { text: '', settings: [], sectionKey: 'ghost', retired: true })] };
      expect(errors(retired)).toEqual([]);
    });

    it('warns, without an error, about a statement to check against current guidance', () => {
      const problems = validateBankForRelease(withStatement(validBank(), 'roles-report', { checkAgainstGuidance: true }));
      expect(problems).toEqual([{ severity: 'warning', entity: 'statement', key: 'roles-report', message: expect.stringMatching(/check against the current guidance/) }]);
    });
  });

  describe('sections and keys', () => {
    it('refuses an AUP section without an audience and a section without a title', () => {
      const b = validBank();
      const noAudience = { ...b, sections: b.sections.map(s => (s.key === 'aup-ks2' ? { ...s, working: { ...s.working, audience: undefined } } : s)) };
      expect(onlyError(noAudience)).toMatchObject({ entity: 'section', key: 'aup-ks2', message: 'The AUP section "KS2 AUP" does not say who it is for.' });
      const noTitle = { ...b, sections: b.sections.map(s => (s.key === 'roles' ? { ...s, working: { ...s.working, title: ' ' } } : s)) };
      expect(onlyError(noTitle)).toMatchObject({ entity: 'section', key: 'roles', message: 'The section has no title.' });
    });

    it('refuses a key used twice within a kind', () => {
      const b = validBank();
      const twice = { ...b, statements: [...b.statements, statement('roles-report', { order: 30 })] };
      expect(onlyError(twice)).toMatchObject({ entity: 'statement', key: 'roles-report', message: 'The key "roles-report" is used twice.' });
    });
  });

  describe('policy and AUP templates', () => {
    it('refuses a template listing a statement that is not in the bank', () => {
      const problem = onlyError(withTemplate(validBank(), policyTemplate('policy-primary', ['roles-lead', 'roles-ghost'])));
      expect(problem).toMatchObject({ entity: 'template', key: 'policy-primary', message: '"Template policy-primary" lists the statement "roles-ghost", which is not in the bank.' });
    });

    it('refuses a template still listing a retired statement', () => {
      const b = withStatement(validBank(), 'roles-report', { retired: true });
      expect(onlyError(b).message).toMatch(/still lists the retired statement "roles-report"\. Remove it from the template or restore the statement\./);
    });

    it('refuses a template listing a statement twice', () => {
      const problem = onlyError(withTemplate(validBank(), policyTemplate('policy-primary', ['roles-lead', 'roles-report', 'roles-lead'])));
      expect(problem.message).toBe('"Template policy-primary" lists the statement "roles-lead" twice.');
    });

    it('refuses a template with no statements', () => {
      expect(onlyError(withTemplate(validBank(), policyTemplate('policy-primary', []))).message).toBe('"Template policy-primary" has no statements.');
    });

    it('refuses a policy template without a setting and an AUP template without an audience', () => {
      expect(onlyError(withTemplate(validBank(), policyTemplate('policy-primary', ['roles-lead'], { setting: undefined }))).message)
        .toBe('The policy template "Template policy-primary" does not say which setting it is for.');
      const noAudience = template('aup-template-ks2', { title: 'KS2 AUP', body: { kind: 'Aup', statementKeys: ['aup-ks2-ask'] } });
      expect(onlyError(withTemplate(validBank(), noAudience)).message).toBe('The AUP template "KS2 AUP" does not say who it is for.');
    });

    it('refuses a template without a title', () => {
      expect(onlyError(withTemplate(validBank(), policyTemplate('policy-primary', ['roles-lead'], { title: ' ' }))).message).toBe('The template has no title.');
    });

    it('does not check retired templates', () => {
      expect(errors(withTemplate(validBank(), policyTemplate('policy-primary', ['roles-ghost'], { retired: true, setting: undefined })))).toEqual([]);
    });
  });

  describe('letters and risk assessments', () => {
    const letterTemplate = (patch: Partial<LetterBody>): BankTemplate => template('letter-home', { title: 'Online safety at home', body: { kind: 'Letter', letter: letter(patch) } });

    it('refuses a letter paragraph with an unknown merge field', () => {
      const problem = onlyError(withTemplate(validBank(), letterTemplate({ paragraphs: ['Dear parents at {{SchoolNmae}},'] })));
      expect(problem).toMatchObject({ entity: 'template', key: 'letter-home' });
      expect(problem.message).toMatch(/^The letter "Online safety at home" uses \{\{SchoolNmae\}\}, which is not a merge field/);
    });

    it('refuses an unknown merge field in the subject or sign-off too (a pack would refuse them)', () => {
      expect(onlyError(withTemplate(validBank(), letterTemplate({ subject: 'News from {{Schoolname}}' }))).message).toContain('{{Schoolname}}');
      expect(onlyError(withTemplate(validBank(), letterTemplate({ signOff: '{{HeadName}}, Headteacher' }))).message).toContain('{{HeadName}}');
    });

    it('refuses a letter with no paragraphs and a risk assessment with no rows', () => {
      expect(onlyError(withTemplate(validBank(), letterTemplate({ paragraphs: [] }))).message).toBe('The letter "Online safety at home" has no paragraphs.');
      const empty = template('ra-tech', { title: 'Risk assessment', body: { kind: 'RiskAssessment', introduction: '', rows: [] } });
      expect(onlyError(withTemplate(validBank(), empty)).message).toBe('The risk assessment "Risk assessment" has no rows.');
    });
  });

  describe('flowcharts', () => {
    const flow = (start: string, steps: FlowchartStep[]): BankTemplate => template('flow', { title: 'Incident', body: { kind: 'Flowchart', start, steps } });
    const messages = (start: string, steps: FlowchartStep[]): string[] => flowchartProblems('flow', start, steps).map(p => p.message);

    it('accepts a valid flowchart', () => {
      expect(flowchartProblems('flow', 'q-harm', flowchartSteps())).toEqual([]);
    });

    it('refuses a start that is not a step', () => {
      expect(messages('q-missing', flowchartSteps())).toEqual(['The flowchart starts at "q-missing", which is not one of its steps.']);
    });

    it('refuses an answer leading to a missing step', () => {
      const steps = flowchartSteps();
      steps[0] = { ...steps[0], answers: [{ label: 'Yes', next: 'o-dsl' }, { label: 'No', next: 'o-nowhere' }] };
      expect(messages('q-harm', steps)).toEqual(['The answer "No" of "Is a child at risk of harm?" leads to a missing step "o-nowhere".']);
    });

    it('refuses a loop and shows the path round it', () => {
      const steps: FlowchartStep[] = [
        { id: 'q1', kind: 'Question', title: 'First?', answers: [{ label: 'Yes', next: 'q2' }, { label: 'No', next: 'o-end' }] },
        { id: 'q2', kind: 'Question', title: 'Second?', answers: [{ label: 'Again', next: 'q1' }] },
        { id: 'o-end', kind: 'Outcome', title: 'Done', actions: ['Log it.'] }
      ];
      expect(messages('q1', steps)).toEqual(['The flowchart loops back on itself: q1 → q2 → q1.']);
    });

    it('refuses a question answering itself', () => {
      const steps: FlowchartStep[] = [{ id: 'q1', kind: 'Question', title: 'Again?', answers: [{ label: 'Yes', next: 'q1' }] }];
      expect(messages('q1', steps)).toEqual(['The flowchart loops back on itself: q1 → q1.']);
    });

    it('accepts two answers leading to the same step (a join is not a loop)', () => {
      const steps = flowchartSteps();
      steps[0] = { ...steps[0], answers: [{ label: 'Yes', next: 'o-dsl' }, { label: 'Not sure', next: 'o-dsl' }, { label: 'No', next: 'o-log' }] };
      expect(messages('q-harm', steps)).toEqual([]);
    });

    it('refuses an outcome with no actions and a question with no answers', () => {
      const steps = flowchartSteps();
      steps[1] = { ...steps[1], actions: [] };
      steps[2] = { id: 'o-log', kind: 'Question', title: 'Then what?' };
      expect(messages('q-harm', steps)).toEqual(['The outcome "Tell the DSL now" says nothing to do.', 'The question "Then what?" has no answers.']);
    });

    it('reports flowchart problems against the template when validating the bank', () => {
      const problem = onlyError(withTemplate(validBank(), flow('nope', flowchartSteps())));
      expect(problem).toMatchObject({ severity: 'error', entity: 'template', key: 'flow' });
    });
  });
});

describe('AUP audiences', () => {
  it('lists seven audiences, youngest first, and knows which are pupils', () => {
    expect(AUP_AUDIENCES).toHaveLength(7);
    expect(AUP_AUDIENCES.filter(isPupilAudience)).toEqual(['EarlyYearsKS1', 'KS2', 'KS3to5']);
  });
});
