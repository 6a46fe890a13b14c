import { buildDashboard, type RegisterSchool } from '../../../src/domain/register/dashboard';
import { buildReport } from '../../../src/domain/register/milestones';
import { BANK, oakfieldPolicy, statementBlock } from './registerFixtures';

/** The officer's dashboard: derived from each school's newest report, both routes alike. */

const NOW = new Date('2027-03-01T12:00:00Z');
const published = { submitted: '2026-02-01T10:00:00Z', approved: '2026-02-03T10:00:00Z', published: '2026-02-04T10:00:00Z' };

function school(key: string, name: string, latest: RegisterSchool['latest'], route: RegisterSchool['route'] = 'tenant'): RegisterSchool {
  return { key, name, route, latest, unreadable: 0 };
}

const oakfield = school('a', 'Oakfield Primary School', buildReport(undefined, [oakfieldPolicy({ ...published, reviewDue: '2027-02-04' })], BANK, '2026-02-05T08:00:00Z'));
const riverside = school('b', 'Riverside Secondary School', buildReport(undefined, [oakfieldPolicy({
  started: '2026-01-20T09:00:00Z', bankRelease: '2026.1', blocks: [statementBlock('filtering', 'Riverside words.', { baseText: 'The school reviews filtering each year.' }), statementBlock('ai', 'Kept.')]
})], BANK, '2026-01-21T08:00:00Z'));
const hillside = school('c', 'Hillside Academy', buildReport(undefined, [oakfieldPolicy({ bankRelease: '2026.2', started: '2026-06-01T09:00:00Z', ...published, reviewDue: '2027-06-01' })], BANK, '2026-06-02T08:00:00Z'), 'pack');
const silent = school('d', 'Brook Infant School', undefined);

describe('buildDashboard', () => {
  const model = buildDashboard([oakfield, riverside, hillside, silent], NOW);

  it('lists per release the schools that adopted it and when, earliest first; newest release first', () => {
    expect(model.releases.map(r => [r.release, r.schools.map(s => [s.name, s.adoptedOn])])).toEqual([
      ['2026.2', [['Hillside Academy', '2026-06-01T09:00:00Z']]],
      ['2026.1', [['Oakfield Primary School', '2026-01-10T09:00:00Z'], ['Riverside Secondary School', '2026-01-20T09:00:00Z']]]
    ]);
  });

  it('ranks statements by how many schools departed from them, with each way counted', () => {
    expect(model.statements[0]).toEqual({ key: 'filtering', amended: 3, leftOut: 0, refusedUpdate: 0, schools: 3 });
    expect(model.statements.find(s => s.key === 'images')).toEqual({ key: 'images', amended: 0, leftOut: 2, refusedUpdate: 0, schools: 2 });
    expect(model.statements.some(s => s.key === 'ai')).toBe(false);
    expect(model.statementsFor('2026.2').map(s => s.key)).toEqual(['filtering', 'images', 'phones']);
  });

  it('names overdue reviews, schools that never started, and each school\'s stage and report date (both routes alike)', () => {
    expect(model.overdue.map(s => s.name)).toEqual(['Oakfield Primary School']);
    expect(model.neverStarted.map(s => s.name)).toEqual(['Brook Infant School']);
    expect(model.schools.map(s => [s.name, s.route, s.stage, s.reportedOn])).toEqual([
      ['Brook Infant School', 'tenant', 'notStarted', undefined],
      ['Hillside Academy', 'pack', 'published', '2026-06-02T08:00:00Z'],
      ['Oakfield Primary School', 'tenant', 'published', '2026-02-05T08:00:00Z'],
      ['Riverside Secondary School', 'tenant', 'started', '2026-01-21T08:00:00Z']
    ]);
  });
});

describe('overdue reviews', () => {
  it('judge only the newest published document of each template, not an older year\'s', () => {
    const twoYears = buildReport(undefined, [
      oakfieldPolicy({ id: 1, ...published, reviewDue: '2027-02-04' }),
      oakfieldPolicy({ id: 7, started: '2027-01-05T09:00:00Z', published: '2027-02-01T10:00:00Z', reviewDue: '2028-02-01' })
    ], BANK, '2027-02-02T08:00:00Z');
    expect(buildDashboard([school('e', 'Elm School', twoYears)], NOW).overdue).toEqual([]);
    // A newer draft not yet published leaves the published one in force, and its review counts.
    const draftOnly = buildReport(undefined, [oakfieldPolicy({ id: 1, ...published, reviewDue: '2027-02-04' }), oakfieldPolicy({ id: 7 })], BANK, '2027-02-02T08:00:00Z');
    expect(buildDashboard([school('e', 'Elm School', draftOnly)], NOW).overdue.map(s => s.name)).toEqual(['Elm School']);
  });
});
