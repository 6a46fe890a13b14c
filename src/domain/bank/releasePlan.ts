import { canonicalJson } from '../json/canonicalJson';
import { diffWords, type DiffRun } from '../text/wordDiff';
import type {
  Bank, ChangeKind, EntityKind, ReleaseChange, ReleaseRecord, SectionContent, StatementContent, TemplateContent, Versioned
} from './BankModel';
import { validateBankForRelease, type BankProblem } from './bankValidation';
import { exportabilityProblems } from './exportability';

/** A change the next release would publish, with what it replaces and, for statements, word diffs. */
export interface PlannedChange extends ReleaseChange {
  before?: StatementContent | SectionContent | TemplateContent;
  textDiff?: DiffRun[];
  guidanceDiff?: DiffRun[];
}

function changeOf<T>(entity: Versioned<T> & { working: T & { retired: boolean } }): ChangeKind | undefined {
  const published = entity.published as { content: T & { retired: boolean } } | undefined;
  if (!published) return entity.working.retired ? undefined : 'new';
  if (canonicalJson(published.content) === canonicalJson(entity.working)) return undefined;
  if (entity.working.retired && !published.content.retired) return 'retired';
  return 'changed';
}

function plan<T extends StatementContent | SectionContent | TemplateContent>(kind: EntityKind, entities: Versioned<T>[]): PlannedChange[] {
  const changes: PlannedChange[] = [];
  for (const entity of entities) {
    const change = changeOf(entity as Versioned<T> & { working: T & { retired: boolean } });
    if (!change) continue;
    const planned: PlannedChange = {
      entity: kind, key: entity.key, change, fromVersion: entity.published?.version ?? 0,
      toVersion: (entity.published?.version ?? 0) + 1, content: entity.working, before: entity.published?.content
    };
    if (kind === 'statement') {
      const after = entity.working as StatementContent;
      const before = entity.published?.content as StatementContent | undefined;
      planned.textDiff = diffWords(before?.text ?? '', after.text);
      planned.guidanceDiff = diffWords(before?.guidance ?? '', after.guidance);
    }
    changes.push(planned);
  }
  return changes;
}

/** Everything the next release would publish: new, changed and retired sections, statements and templates. */
export function planRelease(bank: Bank): PlannedChange[] {
  return [...plan('section', bank.sections), ...plan('statement', bank.statements), ...plan('template', bank.templates)];
}

/** Why a release cannot be published, in words the officer can act on. */
export class ReleaseRefusedError extends Error {
  constructor(message: string, readonly problems: BankProblem[] = []) {
    super(message);
    this.name = 'ReleaseRefusedError';
  }
}

/**
 * Publishes the working copies as a new release: every changed entity's published copy becomes its working
 * copy with the next version. Refuses an empty release, a label already used, and content that would leave
 * schools with a broken bank (see `validateBankForRelease`). Returns the new bank and the release record.
 */
export function publishRelease(bank: Bank, label: string, notes: string): { bank: Bank; release: ReleaseRecord } {
  const trimmed = label.trim();
  if (!trimmed) throw new ReleaseRefusedError('Give the release a label, for example "2026.2".');
  if (trimmed.length > 100) throw new ReleaseRefusedError('A release label can be at most 100 characters.');
  if (bank.releases.some(r => r.label.toLowerCase() === trimmed.toLowerCase())) {
    throw new ReleaseRefusedError(`A release called "${trimmed}" already exists. Choose another label.`);
  }
  const changes = planRelease(bank);
  if (changes.length === 0) throw new ReleaseRefusedError('Nothing has changed since the last release, so there is nothing to publish.');
  const problems = validateBankForRelease(bank).filter(p => p.severity === 'error');
  if (problems.length === 0) problems.push(...exportabilityProblems(bank));
  if (problems.length > 0) {
    throw new ReleaseRefusedError(`The bank has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before it can be published.`, problems);
  }
  const number = bank.releases.reduce((max, r) => Math.max(max, r.number), 0) + 1;
  const publish = <T>(kind: EntityKind, entities: Versioned<T>[]): Versioned<T>[] => entities.map(entity => {
    const change = changes.find(c => c.entity === kind && c.key === entity.key);
    return change ? { ...entity, published: { version: change.toVersion, content: entity.working, releaseLabel: trimmed } } : entity;
  });
  const release: ReleaseRecord = {
    number, label: trimmed, notes: notes.trim(),
    changes: changes.map(({ entity, key, change, fromVersion, toVersion, content }) => ({ entity, key, change, fromVersion, toVersion, content }))
  };
  return {
    bank: {
      sections: publish('section', bank.sections),
      statements: publish('statement', bank.statements),
      templates: publish('template', bank.templates),
      releases: [...bank.releases, release]
    },
    release
  };
}

/** A statement's published versions, newest first, from the releases that changed it. */
export function statementHistory(bank: Bank, key: string): { version: number; releaseLabel: string; publishedOn?: string; publishedBy?: string; change: ChangeKind; content: StatementContent }[] {
  const history = [];
  for (const release of bank.releases) {
    for (const change of release.changes) {
      if (change.entity === 'statement' && change.key === key) {
        history.push({ version: change.toVersion, releaseLabel: release.label, publishedOn: release.publishedOn, publishedBy: release.publishedBy, change: change.change, content: change.content as StatementContent });
      }
    }
  }
  return history.sort((a, b) => b.version - a.version);
}

/** The text of a statement as published at `version`, if that version exists. */
export function statementAtVersion(bank: Bank, key: string, version: number): StatementContent | undefined {
  return statementHistory(bank, key).find(h => h.version === version)?.content;
}
