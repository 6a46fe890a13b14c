import { buildStarterPack, STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { AUP_AUDIENCES } from '../../src/domain/bank/AupAudience';
import { EMPTY_BANK } from '../../src/domain/bank/BankModel';
import { editStatement } from '../../src/domain/bank/bankCommands';
import { validateBankForRelease } from '../../src/domain/bank/bankValidation';
import { publishRelease } from '../../src/domain/bank/releasePlan';
import {
  exportPack, packChecksum, packToFile, PACK_FORMAT, PACK_FORMAT_VERSION, sealPack, type ContentPack
} from '../../src/domain/content/ContentPack';
import { applyImport } from '../../src/domain/content/importPlan';
import { MAX_PACK_BYTES, parseContentPack, type PackError, type PackErrorCode } from '../../src/domain/content/parseContentPack';
import { SCHOOL_SETTINGS, type SchoolSetting } from '../../src/domain/school/SchoolSetting';
import { unknownMergeFields } from '../../src/domain/school/mergeFields';

const STARTER = buildStarterPack();
const STARTER_FILE = packToFile(STARTER);

/** A deep, writable copy of the starter pack. */
function copy(): ContentPack {
  return JSON.parse(STARTER_FILE) as ContentPack;
}

/** Breaks a copy of the starter pack, seals it again with a correct checksum, and reads it back. */
function resealed(breakIt: (pack: ContentPack) => void): ReturnType<typeof parseContentPack> {
  const { checksum: _old, ...pack } = copy();
  breakIt(pack as ContentPack);
  return parseContentPack(packToFile(sealPack(pack)));
}

/** The refusal of a parse, asserting it was refused with `code`. */
function refused(result: ReturnType<typeof parseContentPack>, code: PackErrorCode): PackError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('The pack was accepted.');
  expect(result.error.code).toBe(code);
  return result.error;
}

/** An 'invalid' refusal that names `path`, says nothing was imported and says what to do. */
function expectInvalidAt(result: ReturnType<typeof parseContentPack>, path: string, detail: RegExp): void {
  const error = refused(result, 'invalid');
  expect(error.message).toContain(`The pack cannot be imported: ${path}: `);
  expect(error.message).toMatch(detail);
  expect(error.message).toMatch(/Nothing was imported\./);
  expect(error.message).toMatch(/export the pack again/);
}

function indexOfTemplate(pack: ContentPack, kind: string): number {
  return pack.templates.findIndex(t => t.content.body.kind === kind);
}

describe('the starter pack', () => {
  it('round-trips through its file', () => {
    const result = parseContentPack(STARTER_FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack).toEqual(STARTER);
    expect(packChecksum(result.pack)).toBe(STARTER.checksum);
  });

  it('has a stable checksum across builds', () => {
    const again = buildStarterPack();
    expect(again.checksum).toBe(STARTER.checksum);
    expect(packToFile(again)).toBe(STARTER_FILE);
    expect(STARTER.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stamped as this format and release', () => {
    expect(STARTER).toMatchObject({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, packVersion: STARTER_PACK_VERSION });
    expect(STARTER_FILE.endsWith('}\n')).toBe(true);
    expect(STARTER_FILE).toContain('\n  "format": ');
  });

  it('has at least 16 policy sections with at least 120 statements, and 7 AUP sections, one per audience', () => {
    const policySections = new Set(STARTER.sections.filter(s => s.content.group === 'Policy').map(s => s.key));
    expect(policySections.size).toBeGreaterThanOrEqual(16);
    expect(STARTER.statements.filter(s => policySections.has(s.content.sectionKey)).length).toBeGreaterThanOrEqual(120);
    const aupSections = STARTER.sections.filter(s => s.content.group === 'Aup');
    expect(aupSections).toHaveLength(7);
    expect(aupSections.map(s => s.content.audience)).toEqual([...AUP_AUDIENCES]);
  });

  it('has a policy template per setting, an AUP template per audience, letters, a risk assessment and a flowchart', () => {
    const ofKind = (kind: string): ContentPack['templates'] => STARTER.templates.filter(t => t.content.body.kind === kind);
    expect(ofKind('Policy').map(t => t.content.setting)).toEqual([...SCHOOL_SETTINGS]);
    expect(new Set(ofKind('Aup').map(t => t.content.audience))).toEqual(new Set(AUP_AUDIENCES));
    expect(ofKind('Aup')).toHaveLength(7);
    expect(ofKind('Letter').length).toBeGreaterThanOrEqual(6);
    expect(ofKind('RiskAssessment')).toHaveLength(1);
    expect(ofKind('Flowchart')).toHaveLength(1);
    expect(STARTER.resources.length).toBeGreaterThan(0);
  });

  it('lists in each template only statements it has, of the right setting or audience section', () => {
    const statements = new Map(STARTER.statements.map(s => [s.key, s.content]));
    const sections = new Map(STARTER.sections.map(s => [s.key, s.content]));
    for (const template of STARTER.templates) {
      const body = template.content.body;
      if (body.kind !== 'Policy' && body.kind !== 'Aup') continue;
      expect(body.statementKeys.length).toBeGreaterThan(0);
      expect(new Set(body.statementKeys).size).toBe(body.statementKeys.length);
      for (const key of body.statementKeys) {
        const statement = statements.get(key);
        expect(statement).toBeDefined();
        const section = sections.get(statement?.sectionKey ?? '');
        expect(section?.group).toBe(body.kind);
        if (body.kind === 'Policy') expect(statement?.settings).toContain(template.content.setting);
        else expect(section?.audience).toBe(template.content.audience);
      }
    }
  });

  it('uses unique keys and only known merge fields in statements', () => {
    for (const list of [STARTER.sections, STARTER.statements, STARTER.templates, STARTER.resources]) {
      const keys = list.map(e => e.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(STARTER.statements.flatMap(s => unknownMergeFields(s.content.text))).toEqual([]);
  });

  it('imports into an empty bank that can be published as it is', () => {
    const imported = applyImport(EMPTY_BANK, STARTER);
    expect(validateBankForRelease(imported).filter(p => p.severity === 'error')).toEqual([]);
    const { release } = publishRelease(imported, STARTER_PACK_VERSION, '');
    expect(release.changes).toHaveLength(STARTER.sections.length + STARTER.statements.length + STARTER.templates.length);
  });
});

describe('exportPack', () => {
  it('exports what schools see, as a pack that imports again', () => {
    const { bank: released } = publishRelease(applyImport(EMPTY_BANK, STARTER), '2026.1', '');
    const key = STARTER.statements[0].key;
    const edited = editStatement(released, key, { text: 'An unpublished edit.' });
    const pack = exportPack(edited, STARTER.resources, { title: 'County bank', source: 'Northshire County Council', createdUtc: '2026-10-01T00:00:00Z' });
    expect(pack.packVersion).toBe('2026.1');
    expect(pack.statements[0]).toEqual({ key, version: 1, content: STARTER.statements[0].content });
    const result = parseContentPack(packToFile(pack));
    expect(result.ok).toBe(true);
  });

  it('leaves out entities never published and marks an unreleased bank', () => {
    const pack = exportPack(applyImport(EMPTY_BANK, STARTER), [], { title: 'T', source: 'S', createdUtc: '2026-10-01T00:00:00Z' });
    expect(pack).toMatchObject({ packVersion: 'unreleased', sections: [], statements: [], templates: [], resources: [] });
  });
});

describe('parseContentPack refusals', () => {
  it('accepts the file however it is laid out: the checksum covers content, not white space or key order', () => {
    expect(parseContentPack(JSON.stringify(STARTER)).ok).toBe(true);
    const { checksum, ...rest } = STARTER;
    expect(parseContentPack(JSON.stringify({ checksum, ...Object.fromEntries(Object.entries(rest).reverse()) })).ok).toBe(true);
  });

  it('refuses a file that is too large, before reading it', () => {
    const error = refused(parseContentPack('x'.repeat(MAX_PACK_BYTES + 1)), 'tooLarge');
    expect(error.message).toMatch(/The file is 10\.0 MB; a content pack is at most 10 MB\. Check you chose the right file\./);
  });

  it('refuses a file that is not JSON', () => {
    const error = refused(parseContentPack('{"format": "esafety-policy-hub.content-pack",'), 'notJson');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toMatch(/Choose the \.json file the bank exported\./);
    refused(parseContentPack(''), 'notJson');
  });

  it.each(['[]', 'null', '42', '"pack"', '{}', '{"format":"something-else","formatVersion":1}'])('refuses JSON that is not a pack: %s', text => {
    const error = refused(parseContentPack(text), 'notAPack');
    expect(error.message).toBe('The file is JSON but not an e-Safety Policy Hub content pack. Choose the file the bank exported.');
  });

  it('refuses a newer format version, saying to update the app', () => {
    const { checksum: _c, ...rest } = copy();
    const error = refused(parseContentPack(packToFile(sealPack({ ...rest, formatVersion: PACK_FORMAT_VERSION + 1 }))), 'unsupportedVersion');
    expect(error.message).toMatch(/format version 2; this version of the app reads version 1\. Update the app/);
  });

  it('refuses a pack changed by one character after it was sealed', () => {
    const pack = copy();
    const text = pack.statements[3].content.text;
    pack.statements[3].content.text = `${text[0] === 'X' ? 'Y' : 'X'}${text.slice(1)}`;
    expect(pack.statements[3].content.text).not.toBe(text);
    expect(pack.checksum).toBe(STARTER.checksum);
    const error = refused(parseContentPack(packToFile(pack)), 'tampered');
    expect(error.message).toMatch(/checksum does not match its content.*Nothing was imported\. Export it again from the bank it came from\./);
  });

  it('refuses a pack with its checksum missing or altered', () => {
    const { checksum: _c, ...unsealed } = copy();
    refused(parseContentPack(JSON.stringify(unsealed)), 'tampered');
    refused(parseContentPack(JSON.stringify({ ...unsealed, checksum: STARTER.checksum.toUpperCase() })), 'tampered');
    refused(parseContentPack(JSON.stringify({ ...unsealed, checksum: 42 })), 'tampered');
  });

  describe('re-sealed packs whose content does not hold together', () => {
    it('refuses a statement in a section the pack does not have', () => {
      expectInvalidAt(resealed(p => { p.statements[3].content.sectionKey = 'no-such-section'; }), 'statements[3].content.sectionKey', /names the section "no-such-section", which is not in the pack\./);
    });

    it('refuses a template listing a statement the pack does not have', () => {
      expectInvalidAt(resealed(p => { (p.templates[0].content.body as { statementKeys: string[] }).statementKeys[2] = 'no-such-statement'; }),
        'templates[0].content.body.statementKeys[2]', /names the statement "no-such-statement", which is not in the pack\./);
    });

    it('refuses a key used twice', () => {
      expectInvalidAt(resealed(p => { p.statements[5].key = p.statements[4].key; }), 'statements[5].key', /appears twice\./);
    });

    it('refuses a key with characters keys cannot have', () => {
      expectInvalidAt(resealed(p => { p.sections[1].key = 'Roles & Responsibilities'; }), 'sections[1].key', /"Roles & Responsibilities" is not a valid key \(lower-case letters, digits and hyphens\)\./);
    });

    it('refuses a setting the product does not know', () => {
      expectInvalidAt(resealed(p => { p.statements[2].content.settings = ['University' as SchoolSetting]; }), 'statements[2].content.settings[0]', /must be one of EarlyYears, Primary, Secondary, Special, Post16\./);
    });

    it('refuses a statement for no setting', () => {
      expectInvalidAt(resealed(p => { p.statements[2].content.settings = []; }), 'statements[2].content.settings', /must name at least one setting\./);
    });

    it('refuses an unknown merge field in a statement or letter', () => {
      expectInvalidAt(resealed(p => { p.statements[7].content.text = 'Everyone at {{SchoolNmae}} stays safe online.'; }), 'statements[7].content.text', /uses \{\{SchoolNmae\}\}, which is not a merge field\./);
      const letter = indexOfTemplate(copy(), 'Letter');
      expectInvalidAt(resealed(p => {
        const body = p.templates[letter].content.body;
        if (body.kind === 'Letter') body.letter.signOff = '{{HeadName}}';
      }), `templates[${letter}].content.body.letter.signOff`, /\{\{HeadName\}\}/);
    });

    it('refuses a flowchart that loops', () => {
      const flow = indexOfTemplate(copy(), 'Flowchart');
      expectInvalidAt(resealed(p => {
        const body = p.templates[flow].content.body;
        if (body.kind !== 'Flowchart') return;
        const start = body.steps.find(s => s.id === body.start);
        if (start?.answers) start.answers[0].next = body.start;
      }), `templates[${flow}].content.body`, /loops back on itself: .*→/);
    });

    it('refuses a flowchart answer leading nowhere', () => {
      const flow = indexOfTemplate(copy(), 'Flowchart');
      expectInvalidAt(resealed(p => {
        const body = p.templates[flow].content.body;
        if (body.kind === 'Flowchart') body.steps[0].answers = [{ label: 'Yes', next: 'missing-step' }];
      }), `templates[${flow}].content.body`, /leads to a missing step "missing-step"/);
    });

    it('refuses wrong types, empty text and out-of-range numbers, naming where', () => {
      expectInvalidAt(resealed(p => { p.sections[0].version = 0; }), 'sections[0].version', /must be a whole number from 1 to 1000000\./);
      expectInvalidAt(resealed(p => { p.templates[1].content.title = ' '; }), 'templates[1].content.title', /must not be empty\./);
      expectInvalidAt(resealed(p => { (p.statements[0].content as { mandatory: unknown }).mandatory = 'yes'; }), 'statements[0].content.mandatory', /must be true or false\./);
      expectInvalidAt(resealed(p => { (p as { statements: unknown }).statements = {}; }), 'statements', /must be a list\./);
      expectInvalidAt(resealed(p => { p.statements[0].content.text = 'x'.repeat(4001); }), 'statements[0].content.text', /is 4001 characters long; at most 4000 are allowed\./);
    });

    it('refuses a resource key used twice', () => {
      expectInvalidAt(resealed(p => { p.resources[1].key = p.resources[0].key; }), 'resources[1].key', /appears twice\./);
    });
  });
});
