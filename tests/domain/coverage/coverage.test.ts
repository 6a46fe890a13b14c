import { buildStarterPack } from '../../../src/content/starterPack';
import { EMPTY_BANK, type Bank } from '../../../src/domain/bank/BankModel';
import { editStatement, retireStatement } from '../../../src/domain/bank/bankCommands';
import { publishRelease } from '../../../src/domain/bank/releasePlan';
import { applyImport } from '../../../src/domain/content/importPlan';
import { additionFor, CoverageAddError } from '../../../src/domain/coverage/addOffer';
import { bankCoverage, coverageOf } from '../../../src/domain/coverage/coverage';
import { COVERAGE_TOPICS, TOPIC_DEFINITIONS, topicAppliesTo } from '../../../src/domain/coverage/topics';
import { assembleDraft } from '../../../src/domain/draft/assembleDraft';
import { applyPatch, newCustomBlock } from '../../../src/domain/draft/draftCommands';
import type { Draft } from '../../../src/domain/draft/DraftModel';
import { SCHOOL_SETTINGS, type SchoolSetting } from '../../../src/domain/school/SchoolSetting';

/** The refreshed starter bank as an authority publishes it. */
const BANK: Bank = publishRelease(applyImport(EMPTY_BANK, buildStarterPack()), 'starter', '').bank;

function policyFor(setting: SchoolSetting, bank: Bank = BANK): Draft {
  return assembleDraft(bank, `policy-${setting.toLowerCase()}`, { setting, schoolName: 'Oakfield' });
}

function topicsOfStatement(bank: Bank, key: string | undefined): readonly string[] {
  return bank.statements.find(s => s.key === key)?.published?.content.topics ?? [];
}

/** A draft with no statement on generative AI, as one started from a bank that had none would be. */
function withoutAi(draft: Draft): Draft {
  const blocks = draft.blocks.filter(b => !topicsOfStatement(BANK, b.sourceKey).includes('generative-ai'));
  return { ...draft, blocks, sections: draft.sections.filter(s => blocks.some(b => b.content.sectionKey === s.key)) };
}

/** A draft after taking an offered statement, as the draft screen would apply the addition. */
function take(draft: Draft, statementKey: string): Draft {
  const addition = additionFor(draft, BANK, statementKey);
  if (addition.kind === 'include') return { ...draft, blocks: draft.blocks.map(b => (b.key === addition.blockKey ? applyPatch(b, { included: true }) : b)) };
  return { ...draft, blocks: [...draft.blocks, addition.block], sections: addition.section ? [...draft.sections, addition.section] : draft.sections };
}

const missingKeys = (draft: Draft): string[] => coverageOf(draft, BANK).missing.map(m => m.topic.key);

describe('coverageOf: the topics a 2026 policy must cover', () => {
  it.each(SCHOOL_SETTINGS.map(s => [s]))('finds nothing missing in the refreshed starter policy for %s', setting => {
    const report = coverageOf(policyFor(setting), BANK);
    expect(report.applies).toBe(true);
    expect(report.missing.map(m => m.topic.key)).toEqual([]);
    expect(report.covered.map(c => c.topic.key)).toEqual(TOPIC_DEFINITIONS.filter(t => topicAppliesTo(t, setting)).map(t => t.key));
  });

  it('flags a draft without an AI statement, offers the bank statements that cover it, and clears when one is added', () => {
    const draft = withoutAi(policyFor('Primary'));
    expect(missingKeys(draft)).toEqual(['generative-ai']);
    const missing = coverageOf(draft, BANK).missing[0];
    expect(missing.coveredBy).toEqual([]);
    // Every offer covers the topic, is published for primary schools, and the mandatory one comes first.
    expect(missing.offers.length).toBeGreaterThanOrEqual(5);
    for (const offer of missing.offers) {
      expect(topicsOfStatement(BANK, offer.statementKey)).toContain('generative-ai');
      expect(BANK.statements.find(s => s.key === offer.statementKey)?.published?.content.settings).toContain('Primary');
    }
    expect(missing.offers[0]).toMatchObject({ statementKey: 'ai-no-personal-data', mandatory: true, sectionKey: 'ai-generative' });

    const added = take(draft, missing.offers[0].statementKey);
    expect(missingKeys(added)).toEqual([]);
    // The AI section came back in the bank's place, between phones and photos.
    const order = [...added.sections].sort((a, b) => a.order - b.order).map(s => s.key);
    expect(order.indexOf('ai-generative')).toBe(order.indexOf('phones-smart-tech') + 1);
    expect(added.blocks.find(b => b.sourceKey === 'ai-no-personal-data')).toMatchObject({ kind: 'Statement', sourceVersion: 1, mandatory: true, content: { included: true, sectionKey: 'ai-generative' } });
  });

  it('counts only included statements: leaving them out flags the topic, and taking the offer includes the block again', () => {
    const draft = policyFor('Secondary');
    const phones = draft.blocks.filter(b => topicsOfStatement(BANK, b.sourceKey).includes('mobile-phones'));
    const left = { ...draft, blocks: draft.blocks.map(b => (phones.includes(b) ? applyPatch(b, { included: false }) : b)) };
    expect(missingKeys(left)).toEqual(['mobile-phones']);
    const offer = coverageOf(left, BANK).missing[0].offers[0];
    expect(additionFor(left, BANK, offer.statementKey)).toEqual({ kind: 'include', blockKey: `s:${offer.statementKey}` });
    expect(missingKeys(take(left, offer.statementKey))).toEqual([]);
  });

  it("still counts an amended statement, and never the school's own words", () => {
    const draft = withoutAi(policyFor('Primary'));
    const custom = newCustomBlock(draft.blocks, draft.sections[0], 'We use AI tools safely.', 'c:1');
    expect(missingKeys({ ...draft, blocks: [...draft.blocks, custom] })).toEqual(['generative-ai']);
    const taken = take(draft, 'ai-approach');
    const amended = { ...taken, blocks: taken.blocks.map(b => (b.sourceKey === 'ai-approach' ? applyPatch(b, { text: 'Our own wording about AI.' }) : b)) };
    expect(missingKeys(amended)).toEqual([]);
  });

  it('asks each setting only for its topics and offers only statements for its setting', () => {
    const primary = coverageOf(policyFor('Primary'), BANK);
    expect(primary.covered.map(c => c.topic.key)).not.toContain('ai-in-assessment');
    const secondary = policyFor('Secondary');
    const noJcq = { ...secondary, blocks: secondary.blocks.filter(b => !topicsOfStatement(BANK, b.sourceKey).includes('ai-in-assessment')) };
    expect(missingKeys(noJcq)).toEqual(['ai-in-assessment']);
    const early = withoutAi(policyFor('EarlyYears'));
    for (const offer of coverageOf(early, BANK).missing.flatMap(m => m.offers)) {
      expect(BANK.statements.find(s => s.key === offer.statementKey)?.published?.content.settings).toContain('EarlyYears');
    }
  });

  it('does not apply to AUPs and letters', () => {
    const aup = assembleDraft(BANK, 'aup-template-ks2', { setting: 'Primary', schoolName: 'Oakfield' });
    expect(coverageOf(aup, BANK)).toEqual({ applies: false, setting: aup.setting, covered: [], missing: [] });
  });

  it('refuses to add a statement the published bank no longer has', () => {
    const retired = publishRelease(retireStatement(BANK, 'ai-openness'), 'retire', '').bank;
    expect(() => additionFor(withoutAi(policyFor('Primary')), retired, 'ai-openness')).toThrow(CoverageAddError);
    expect(() => additionFor(withoutAi(policyFor('Primary')), BANK, 'no-such-statement')).toThrow(/no longer in the published bank/);
  });
});

describe("bankCoverage: the officer's view of the bank", () => {
  it('finds no gap in the refreshed starter bank for any setting, every topic with statements', () => {
    const report = bankCoverage(BANK, SCHOOL_SETTINGS);
    expect(report.gaps).toEqual([]);
    expect(report.topics.map(t => t.topic.key)).toEqual([...COVERAGE_TOPICS]);
    for (const topic of report.topics) expect(topic.statementKeys.length).toBeGreaterThan(0);
  });

  it('names the settings a topic leaves without a statement once its statements are retired or narrowed', () => {
    const phones = BANK.statements.filter(s => (s.working.topics ?? []).includes('mobile-phones'));
    let edited = BANK;
    for (const s of phones) {
      edited = s.working.settings.includes('Post16') && s.working.settings.length === 1 ? retireStatement(edited, s.key)
        : editStatement(edited, s.key, { settings: s.working.settings.filter(x => x !== 'Post16') });
    }
    const report = bankCoverage(edited, SCHOOL_SETTINGS);
    expect(report.gaps.map(g => [g.topic.key, g.settingsWithout])).toEqual([['mobile-phones', ['Post16']]]);
  });

  it('counts neither AUP statements nor statements without topics', () => {
    const report = bankCoverage({ ...BANK, statements: BANK.statements.map(s => ({ ...s, working: { ...s.working, topics: undefined } })) }, ['Primary']);
    expect(report.gaps.map(g => g.topic.key)).toEqual(TOPIC_DEFINITIONS.filter(t => topicAppliesTo(t, 'Primary')).map(t => t.key));
  });
});
