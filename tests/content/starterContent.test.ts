import {
  STARTER_AUP_SECTIONS,
  STARTER_INCIDENT_FLOWCHART,
  STARTER_LETTERS,
  STARTER_POLICY_SECTIONS,
  STARTER_RESOURCES,
  STARTER_RISK_ASSESSMENT
} from '../../src/content/starter';
import type { FlowchartStep, StarterSection, StarterStatement } from '../../src/content/starter/StarterContentTypes';
import { isMergeField } from '../../src/domain/school/MergeField';
import { isSchoolSetting } from '../../src/domain/school/SchoolSetting';
import { AUP_AUDIENCES } from '../../src/domain/bank/AupAudience';

/** Every string anywhere inside a value, however deeply nested. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (Array.isArray(value)) {
    return value.flatMap(allStrings);
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value as Record<string, unknown>).flatMap(allStrings);
  }
  return [];
}

function statementsOf(sections: StarterSection[]): StarterStatement[] {
  return sections.flatMap((section) => section.statements);
}

function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?]+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((word) => word.length > 0);
}

const ALL_CONTENT = {
  policy: STARTER_POLICY_SECTIONS,
  aups: STARTER_AUP_SECTIONS,
  letters: STARTER_LETTERS,
  riskAssessment: STARTER_RISK_ASSESSMENT,
  resources: STARTER_RESOURCES,
  flowchart: STARTER_INCIDENT_FLOWCHART
};
const POLICY_STATEMENTS = statementsOf(STARTER_POLICY_SECTIONS);
const AUP_STATEMENTS = statementsOf(STARTER_AUP_SECTIONS);
const ALL_STATEMENTS = [...POLICY_STATEMENTS, ...AUP_STATEMENTS];
const STEPS_BY_ID = new Map<string, FlowchartStep>(STARTER_INCIDENT_FLOWCHART.steps.map((step) => [step.id, step]));
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('starter policy sections', () => {
  it('has at least 16 sections and 120 statements, all in the Policy group', () => {
    expect(STARTER_POLICY_SECTIONS.length).toBeGreaterThanOrEqual(16);
    expect(POLICY_STATEMENTS.length).toBeGreaterThanOrEqual(120);
    for (const section of STARTER_POLICY_SECTIONS) {
      expect(section.group).toBe('Policy');
      expect(section.audience).toBeUndefined();
    }
  });

  it('gives each section 8 to 12 statements, a title and a summary', () => {
    for (const section of STARTER_POLICY_SECTIONS) {
      expect(section.title.trim().length).toBeGreaterThan(0);
      expect(section.summary.trim().length).toBeGreaterThan(0);
      expect(section.statements.length).toBeGreaterThanOrEqual(8);
      expect(section.statements.length).toBeLessThanOrEqual(12);
    }
  });

  it('prefixes each statement key with its section slug', () => {
    for (const section of STARTER_POLICY_SECTIONS) {
      const slug = section.key.split('-')[0];
      for (const statement of section.statements) {
        expect(statement.key.startsWith(`${slug}-`)).toBe(true);
      }
    }
  });

  it('marks roughly a quarter to a third of policy statements as mandatory', () => {
    const share = POLICY_STATEMENTS.filter((statement) => statement.mandatory).length / POLICY_STATEMENTS.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it('uses merge fields in at least 30 policy statements', () => {
    const withMergeFields = POLICY_STATEMENTS.filter((statement) => /\{\{\w+\}\}/.test(statement.text));
    expect(withMergeFields.length).toBeGreaterThanOrEqual(30);
  });

  it('has a statement tagged with each of the 4 Cs', () => {
    for (const tag of ['content', 'contact', 'conduct', 'commerce']) {
      expect(POLICY_STATEMENTS.some((statement) => statement.tags.includes(tag))).toBe(true);
    }
  });
});

describe('starter AUP sections', () => {
  it('has one section per audience, in AUP_AUDIENCES order', () => {
    expect(STARTER_AUP_SECTIONS.length).toBe(7);
    expect(STARTER_AUP_SECTIONS.map((section) => section.audience)).toEqual([...AUP_AUDIENCES]);
    for (const section of STARTER_AUP_SECTIONS) {
      expect(section.group).toBe('Aup');
      expect(section.statements.length).toBeGreaterThanOrEqual(8);
      expect(section.statements.length).toBeLessThanOrEqual(14);
    }
  });

  it('prefixes each statement key with its section key', () => {
    for (const section of STARTER_AUP_SECTIONS) {
      expect(section.key.startsWith('aup-')).toBe(true);
      for (const statement of section.statements) {
        expect(statement.key.startsWith(`${section.key}-`)).toBe(true);
      }
    }
  });

  it('keeps early years and key stage 1 statements short enough to read with a young child', () => {
    const section = STARTER_AUP_SECTIONS.find((candidate) => candidate.audience === 'EarlyYearsKS1');
    expect(section).toBeDefined();
    const sentences = (section?.statements ?? []).flatMap((statement) => sentencesOf(statement.text));
    const words = sentences.reduce((total, sentence) => total + wordsOf(sentence).length, 0);
    expect(sentences.length).toBeGreaterThan(0);
    expect(words / sentences.length).toBeLessThanOrEqual(10);
    for (const sentence of sentences) {
      expect(wordsOf(sentence).length).toBeLessThanOrEqual(8);
    }
  });
});

describe('every statement', () => {
  it('has text, useful guidance, valid settings and lower-case tags', () => {
    for (const statement of ALL_STATEMENTS) {
      expect(statement.text.trim().length).toBeGreaterThan(0);
      expect(statement.guidance.trim().length).toBeGreaterThanOrEqual(40);
      expect(typeof statement.mandatory).toBe('boolean');
      if (statement.settings !== 'All') {
        expect(statement.settings.length).toBeGreaterThan(0);
        expect(statement.settings.every((setting) => isSchoolSetting(setting))).toBe(true);
      }
      expect(statement.tags.length).toBeGreaterThan(0);
      for (const tag of statement.tags) {
        expect(tag).toMatch(KEBAB_CASE);
      }
    }
  });

  it('tells the officer to check any statement that rests on unconfirmed guidance', () => {
    const flagged = ALL_STATEMENTS.filter((statement) => statement.checkAgainstGuidance === true);
    expect(flagged.length).toBeGreaterThan(0);
    for (const statement of flagged) {
      expect(statement.guidance).toMatch(/check/i);
    }
  });
});

describe('keys and text across the whole starter content', () => {
  it('uses unique kebab-case keys for sections, statements, letters, risk rows, resources and flowchart steps', () => {
    const keys = [
      ...[...STARTER_POLICY_SECTIONS, ...STARTER_AUP_SECTIONS].map((section) => section.key),
      ...ALL_STATEMENTS.map((statement) => statement.key),
      ...STARTER_LETTERS.map((letter) => letter.key),
      STARTER_RISK_ASSESSMENT.key,
      ...STARTER_RISK_ASSESSMENT.rows.map((row) => row.key),
      ...STARTER_RESOURCES.map((resource) => resource.key),
      STARTER_INCIDENT_FLOWCHART.key,
      ...STARTER_INCIDENT_FLOWCHART.steps.map((step) => step.id)
    ];
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(duplicates).toEqual([]);
    for (const key of keys) {
      expect(key).toMatch(KEBAB_CASE);
    }
  });

  it('uses only known merge fields, written {{Name}}', () => {
    for (const text of allStrings(ALL_CONTENT)) {
      const fields = [...text.matchAll(/\{\{([^{}]*)\}\}/g)].map((match) => match[1]);
      for (const field of fields) {
        expect(isMergeField(field)).toBe(true);
      }
      // Every opening brace pair must belong to a well-formed field.
      expect((text.match(/\{\{/g) ?? []).length).toBe(fields.length);
      expect((text.match(/\}\}/g) ?? []).length).toBe(fields.length);
    }
  });

  it('contains no placeholders, reliability labels, web addresses or phone numbers', () => {
    for (const text of allStrings(ALL_CONTENT)) {
      expect(text).not.toMatch(/\[Unverified\]/i);
      expect(text).not.toMatch(/TODO/);
      expect(text).not.toMatch(/lorem/i);
      expect(text).not.toMatch(/https?:\/\/|www\./i);
      expect(text).not.toMatch(/\d[\d -]{6,}\d/);
    }
  });
});

describe('starter letters, risk assessment and resources', () => {
  it('has at least 7 complete letters', () => {
    expect(STARTER_LETTERS.length).toBeGreaterThanOrEqual(7);
    for (const letter of STARTER_LETTERS) {
      expect(letter.title.trim().length).toBeGreaterThan(0);
      expect(letter.recipients.trim().length).toBeGreaterThan(0);
      expect(letter.subject.trim().length).toBeGreaterThan(0);
      expect(letter.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(letter.signOff).toMatch(/\{\{\w+\}\}/);
    }
  });

  it('has at least 12 complete risk rows', () => {
    const levels = ['Low', 'Medium', 'High'];
    expect(STARTER_RISK_ASSESSMENT.rows.length).toBeGreaterThanOrEqual(12);
    for (const row of STARTER_RISK_ASSESSMENT.rows) {
      expect(levels).toContain(row.likelihood);
      expect(levels).toContain(row.impact);
      expect(row.risk.trim().length).toBeGreaterThan(0);
      expect(row.mitigation.trim().length).toBeGreaterThanOrEqual(40);
      expect(row.owner.trim().length).toBeGreaterThan(0);
    }
  });

  it('has at least 7 resources, including the three pupil posters and the flowchart', () => {
    expect(STARTER_RESOURCES.length).toBeGreaterThanOrEqual(7);
    const posters = STARTER_RESOURCES.filter((resource) => resource.kind === 'Poster');
    expect(posters.length).toBeGreaterThanOrEqual(3);
    for (const poster of posters) {
      expect(poster.printNotes).toBe('A3; for A4 print at 71%');
    }
    expect(STARTER_RESOURCES.some((resource) => resource.kind === 'Flowchart')).toBe(true);
    for (const resource of STARTER_RESOURCES) {
      expect(resource.lines.length).toBeGreaterThan(0);
    }
  });
});

describe('starter incident flowchart', () => {
  it('has at least 10 steps and starts at an existing step', () => {
    expect(STARTER_INCIDENT_FLOWCHART.steps.length).toBeGreaterThanOrEqual(10);
    expect(STEPS_BY_ID.has(STARTER_INCIDENT_FLOWCHART.start)).toBe(true);
    expect(STEPS_BY_ID.size).toBe(STARTER_INCIDENT_FLOWCHART.steps.length);
  });

  it('points every answer at an existing step', () => {
    for (const step of STARTER_INCIDENT_FLOWCHART.steps) {
      if (step.kind === 'Question') {
        expect(step.answers?.length ?? 0).toBeGreaterThan(0);
      }
      for (const answer of step.answers ?? []) {
        expect(STEPS_BY_ID.has(answer.next)).toBe(true);
      }
    }
  });

  it('has no cycles, reaches every step, and ends every path in an outcome with actions and contacts', () => {
    const visited = new Set<string>();
    const endings: FlowchartStep[] = [];
    const walk = (id: string, path: string[]): void => {
      expect(path).not.toContain(id);
      const step = STEPS_BY_ID.get(id);
      expect(step).toBeDefined();
      if (step === undefined || path.includes(id)) {
        return;
      }
      visited.add(id);
      const answers = step.answers ?? [];
      if (answers.length === 0) {
        endings.push(step);
        return;
      }
      for (const answer of answers) {
        walk(answer.next, [...path, id]);
      }
    };
    walk(STARTER_INCIDENT_FLOWCHART.start, []);
    expect(visited.size).toBe(STARTER_INCIDENT_FLOWCHART.steps.length);
    expect(endings.length).toBeGreaterThan(0);
    for (const ending of endings) {
      expect(ending.kind).toBe('Outcome');
      expect(ending.actions?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(ending.contacts?.length ?? 0).toBeGreaterThanOrEqual(1);
    }
  });

  it('never gives an outcome answers to follow', () => {
    for (const step of STARTER_INCIDENT_FLOWCHART.steps) {
      if (step.kind === 'Outcome') {
        expect(step.answers ?? []).toEqual([]);
      }
    }
  });
});
