import { AUP_AUDIENCES } from '../bank/AupAudience';
import type { FlowchartStep, LetterBody, RiskRow, SectionContent, StatementContent, TemplateBody, TemplateContent } from '../bank/BankModel';
import { flowchartProblems } from '../bank/bankValidation';
import { SCHOOL_SETTINGS } from '../school/SchoolSetting';
import { unknownMergeFields } from '../school/mergeFields';
import { PACK_FORMAT, PACK_FORMAT_VERSION, packChecksum, type ContentPack, type PackEntity, type PackResource } from './ContentPack';
import { PackShapeError, read } from './packReader';

/** Why a pack was refused. Nothing is written when a pack is refused. */
export type PackErrorCode = 'tooLarge' | 'notJson' | 'notAPack' | 'unsupportedVersion' | 'tampered' | 'invalid';

export interface PackError {
  code: PackErrorCode;
  message: string;
}

export type PackParseResult = { ok: true; pack: ContentPack } | { ok: false; error: PackError };

/** The largest pack file accepted (the starter pack is about 0.3 MB). */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;

const LEVELS = ['Low', 'Medium', 'High'] as const;

function noUnknownFields(text: string, path: string): string {
  const unknown = unknownMergeFields(text);
  if (unknown.length > 0) throw new PackShapeError(path, `uses {{${unknown[0]}}}, which is not a merge field.`);
  return text;
}

function readSection(value: unknown, path: string): SectionContent {
  const o = read.object(value, path);
  const group = read.oneOf(o.group, `${path}.group`, ['Policy', 'Aup'] as const);
  return {
    title: read.string(o.title, `${path}.title`, { max: 200 }),
    summary: read.string(o.summary, `${path}.summary`, { allowEmpty: true }),
    group,
    audience: o.audience === undefined ? undefined : read.oneOf(o.audience, `${path}.audience`, AUP_AUDIENCES),
    order: read.integer(o.order, `${path}.order`),
    retired: read.boolean(o.retired, `${path}.retired`)
  };
}

function readStatement(value: unknown, path: string): StatementContent {
  const o = read.object(value, path);
  const settings = read.array(o.settings, `${path}.settings`, 10).map((s, i) => read.oneOf(s, `${path}.settings[${i}]`, SCHOOL_SETTINGS));
  if (settings.length === 0) throw new PackShapeError(`${path}.settings`, 'must name at least one setting.');
  return {
    sectionKey: read.key(o.sectionKey, `${path}.sectionKey`),
    text: noUnknownFields(read.string(o.text, `${path}.text`), `${path}.text`),
    guidance: read.string(o.guidance, `${path}.guidance`, { allowEmpty: true }),
    mandatory: read.boolean(o.mandatory, `${path}.mandatory`),
    settings,
    tags: read.strings(o.tags, `${path}.tags`, 50),
    order: read.integer(o.order, `${path}.order`),
    checkAgainstGuidance: read.boolean(o.checkAgainstGuidance, `${path}.checkAgainstGuidance`),
    retired: read.boolean(o.retired, `${path}.retired`)
  };
}

function readLetter(value: unknown, path: string): LetterBody {
  const o = read.object(value, path);
  return {
    recipients: read.string(o.recipients, `${path}.recipients`, { max: 500 }),
    purpose: read.string(o.purpose, `${path}.purpose`, { max: 1000 }),
    subject: noUnknownFields(read.string(o.subject, `${path}.subject`, { max: 300 }), `${path}.subject`),
    paragraphs: read.strings(o.paragraphs, `${path}.paragraphs`, 100).map((p, i) => noUnknownFields(p, `${path}.paragraphs[${i}]`)),
    signOff: noUnknownFields(read.string(o.signOff, `${path}.signOff`, { max: 300 }), `${path}.signOff`)
  };
}

function readRiskRow(value: unknown, path: string): RiskRow {
  const o = read.object(value, path);
  return {
    key: read.key(o.key, `${path}.key`), risk: read.string(o.risk, `${path}.risk`), likelihood: read.oneOf(o.likelihood, `${path}.likelihood`, LEVELS),
    impact: read.oneOf(o.impact, `${path}.impact`, LEVELS), mitigation: read.string(o.mitigation, `${path}.mitigation`), owner: read.string(o.owner, `${path}.owner`, { max: 200 })
  };
}

function readStep(value: unknown, path: string): FlowchartStep {
  const o = read.object(value, path);
  const kind = read.oneOf(o.kind, `${path}.kind`, ['Question', 'Outcome'] as const);
  return {
    id: read.key(o.id, `${path}.id`), kind, title: read.string(o.title, `${path}.title`, { max: 500 }), help: read.optionalString(o.help, `${path}.help`),
    answers: o.answers === undefined ? undefined : read.array(o.answers, `${path}.answers`, 20).map((a, i) => {
      const answer = read.object(a, `${path}.answers[${i}]`);
      return { label: read.string(answer.label, `${path}.answers[${i}].label`, { max: 300 }), next: read.key(answer.next, `${path}.answers[${i}].next`) };
    }),
    actions: o.actions === undefined ? undefined : read.strings(o.actions, `${path}.actions`, 50),
    contacts: o.contacts === undefined ? undefined : read.array(o.contacts, `${path}.contacts`, 50).map((c, i) => {
      const contact = read.object(c, `${path}.contacts[${i}]`);
      return { name: read.string(contact.name, `${path}.contacts[${i}].name`, { max: 300 }), detail: read.string(contact.detail, `${path}.contacts[${i}].detail`, { max: 1000 }) };
    })
  };
}

function readBody(value: unknown, path: string): TemplateBody {
  const o = read.object(value, path);
  const kind = read.oneOf(o.kind, `${path}.kind`, ['Policy', 'Aup', 'Letter', 'RiskAssessment', 'Flowchart'] as const);
  switch (kind) {
    case 'Policy':
    case 'Aup': return { kind, statementKeys: read.array(o.statementKeys, `${path}.statementKeys`, 2000).map((k, i) => read.key(k, `${path}.statementKeys[${i}]`)) };
    case 'Letter': return { kind, letter: readLetter(o.letter, `${path}.letter`) };
    case 'RiskAssessment': return { kind, introduction: read.string(o.introduction, `${path}.introduction`, { allowEmpty: true }), rows: read.array(o.rows, `${path}.rows`, 500).map((r, i) => readRiskRow(r, `${path}.rows[${i}]`)) };
    case 'Flowchart': return { kind, start: read.key(o.start, `${path}.start`), steps: read.array(o.steps, `${path}.steps`, 500).map((s, i) => readStep(s, `${path}.steps[${i}]`)) };
  }
}

function readTemplate(value: unknown, path: string): TemplateContent {
  const o = read.object(value, path);
  return {
    title: read.string(o.title, `${path}.title`, { max: 300 }),
    setting: o.setting === undefined ? undefined : read.oneOf(o.setting, `${path}.setting`, SCHOOL_SETTINGS),
    audience: o.audience === undefined ? undefined : read.oneOf(o.audience, `${path}.audience`, AUP_AUDIENCES),
    body: readBody(o.body, `${path}.body`),
    order: read.integer(o.order, `${path}.order`),
    retired: read.boolean(o.retired, `${path}.retired`)
  };
}

function readEntities<T>(value: unknown, path: string, readContent: (v: unknown, p: string) => T): PackEntity<T>[] {
  const seen = new Set<string>();
  return read.array(value, path).map((entry, i) => {
    const o = read.object(entry, `${path}[${i}]`);
    const key = read.key(o.key, `${path}[${i}].key`);
    if (seen.has(key)) throw new PackShapeError(`${path}[${i}].key`, `"${key}" appears twice.`);
    seen.add(key);
    return { key, version: read.integer(o.version, `${path}[${i}].version`, 1), content: readContent(o.content, `${path}[${i}].content`) };
  });
}

function readResource(value: unknown, path: string): PackResource {
  const o = read.object(value, path);
  return {
    key: read.key(o.key, `${path}.key`), title: read.string(o.title, `${path}.title`, { max: 300 }),
    kind: read.oneOf(o.kind, `${path}.kind`, ['Poster', 'Flowchart', 'Guidance'] as const), audience: read.string(o.audience, `${path}.audience`, { max: 300 }),
    printNotes: read.string(o.printNotes, `${path}.printNotes`, { max: 300, allowEmpty: true }), description: read.string(o.description, `${path}.description`, { allowEmpty: true }),
    lines: read.strings(o.lines, `${path}.lines`, 200)
  };
}

function checkReferences(pack: ContentPack): void {
  const sections = new Set(pack.sections.map(s => s.key));
  const statements = new Set(pack.statements.map(s => s.key));
  pack.statements.forEach((s, i) => {
    if (!sections.has(s.content.sectionKey)) throw new PackShapeError(`statements[${i}].content.sectionKey`, `names the section "${s.content.sectionKey}", which is not in the pack.`);
  });
  pack.templates.forEach((t, i) => {
    const body = t.content.body;
    if (body.kind === 'Policy' || body.kind === 'Aup') {
      body.statementKeys.forEach((k, j) => {
        if (!statements.has(k)) throw new PackShapeError(`templates[${i}].content.body.statementKeys[${j}]`, `names the statement "${k}", which is not in the pack.`);
      });
    }
    if (body.kind === 'Flowchart') {
      const problem = flowchartProblems(t.key, body.start, body.steps)[0];
      if (problem) throw new PackShapeError(`templates[${i}].content.body`, problem.message);
    }
  });
  const resourceKeys = new Set<string>();
  pack.resources.forEach((r, i) => {
    if (resourceKeys.has(r.key)) throw new PackShapeError(`resources[${i}].key`, `"${r.key}" appears twice.`);
    resourceKeys.add(r.key);
  });
}

/**
 * Reads a content pack file, refusing with a clear reason anything that is not a complete, untampered pack of
 * this format: too large, not JSON, not a pack, a newer format, a checksum that does not match, or content
 * that does not hold together. Checks everything before the caller writes anything.
 */
export function parseContentPack(text: string): PackParseResult {
  if (text.length > MAX_PACK_BYTES) {
    return { ok: false, error: { code: 'tooLarge', message: `The file is ${(text.length / 1048576).toFixed(1)} MB; a content pack is at most ${MAX_PACK_BYTES / 1048576} MB. Check you chose the right file.` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { code: 'notJson', message: `The file is not a content pack: it is not valid JSON (${(error as Error).message}). Choose the .json file the bank exported.` } };
  }
  const root = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (!root || root.format !== PACK_FORMAT) {
    return { ok: false, error: { code: 'notAPack', message: 'The file is JSON but not an e-Safety Policy Hub content pack. Choose the file the bank exported.' } };
  }
  if (root.formatVersion !== PACK_FORMAT_VERSION) {
    return { ok: false, error: { code: 'unsupportedVersion', message: `The pack uses format version ${String(root.formatVersion)}; this version of the app reads version ${PACK_FORMAT_VERSION}. Update the app, or export the pack again from a bank on this version.` } };
  }
  if (typeof root.checksum !== 'string' || root.checksum !== packChecksum(root as unknown as ContentPack)) {
    return { ok: false, error: { code: 'tampered', message: "The pack's checksum does not match its content: it was changed or damaged after it was exported. Nothing was imported. Export it again from the bank it came from." } };
  }
  try {
    const pack: ContentPack = {
      format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION,
      packVersion: read.string(root.packVersion, 'packVersion', { max: 100 }), title: read.string(root.title, 'title', { max: 300 }),
      source: read.string(root.source, 'source', { max: 300 }), createdUtc: read.string(root.createdUtc, 'createdUtc', { max: 40 }),
      sections: readEntities(root.sections, 'sections', readSection), statements: readEntities(root.statements, 'statements', readStatement),
      templates: readEntities(root.templates, 'templates', readTemplate),
      resources: read.array(root.resources, 'resources', 500).map((r, i) => readResource(r, `resources[${i}]`)),
      checksum: root.checksum
    };
    checkReferences(pack);
    return { ok: true, pack };
  } catch (error) {
    if (error instanceof PackShapeError) return { ok: false, error: { code: 'invalid', message: `The pack cannot be imported: ${error.message} Nothing was imported. Fix this in the bank it came from, then export the pack again.` } };
    throw error;
  }
}
