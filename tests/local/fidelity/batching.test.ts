import { randomUUID } from 'crypto';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { digestFor, faultCounters, isHttpFailure, RecordRequests, setFaults, settle, SP, type RecordedRequest } from './helpers';

interface Row { Id: number; Title: string; 'odata.etag': string }

const LIST = 'Batch List';

/** Builds a `$batch` body the way PnPjs does: LF lines, GETs under the batch boundary, writes in a quoted changeset. */
function batchBody(batchId: string, parts: { method: string; url: string; body?: unknown; ifMatch?: string }[]): string {
  const lines: string[] = [];
  let changeset = '';
  const closeChangeset = (): void => {
    if (changeset) lines.push(`--changeset_${changeset}--`, '');
    changeset = '';
  };
  for (const part of parts) {
    if (part.method === 'GET') {
      closeChangeset();
      lines.push(`--batch_${batchId}`);
    } else {
      if (!changeset) {
        changeset = randomUUID();
        lines.push(`--batch_${batchId}`, `Content-Type: multipart/mixed; boundary="changeset_${changeset}"`, '');
      }
      lines.push(`--changeset_${changeset}`);
    }
    lines.push('Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `${part.method} ${part.url} HTTP/1.1`, 'accept: application/json');
    if (part.body !== undefined) lines.push('content-type: application/json;charset=utf-8');
    if (part.ifMatch) lines.push(`if-match: ${part.ifMatch}`);
    lines.push('');
    if (part.body !== undefined) lines.push(JSON.stringify(part.body));
    lines.push('');
  }
  closeChangeset();
  lines.push(`--batch_${batchId}--`, '');
  return lines.join('\n');
}

/** Splits a `--batchresponse_` body into its parts' status codes and bodies. */
function batchParts(text: string): { status: number; headers: string[]; body: string }[] {
  const boundary = /^--(batchresponse_[^\n]+)$/m.exec(text)?.[1];
  if (!boundary) throw new Error(`No batchresponse boundary in ${text}`);
  return text.split(`--${boundary}`).slice(1, -1).map(chunk => {
    const lines = chunk.replace(/^\n/, '').split('\n');
    const statusAt = lines.findIndex(l => l.startsWith('HTTP/1.1 '));
    const blank = lines.indexOf('', statusAt);
    return {
      status: Number(lines[statusAt].split(' ')[1]),
      headers: lines.slice(statusAt + 1, blank),
      body: lines.slice(blank + 1).join('\n').trim()
    };
  });
}

describe('$batch through the real PnPjs (PROTOCOL §1 Batching)', () => {
  let tenant: TestTenant;
  let sp: SPFI;
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(LIST);

  beforeAll(async () => {
    tenant = await startTestTenant();
    sp = tenant.sp(SITES.bank, PEOPLE.officer);
    await sp.web.lists.add(LIST, '', 100);
    for (let i = 1; i <= 5; i++) await list().items.add({ Title: `Row ${i}` });
  });
  afterAll(async () => { await tenant.close(); });

  it('mixes reads and writes in one batch, each request getting its own answer', async () => {
    const [batched, execute] = sp.batched();
    const batchList = batched.web.lists.getByTitle(LIST);
    const read = settle(batchList.items.getById(1).select('Id', 'Title')<Row>());
    const added = settle(batchList.items.add({ Title: 'Added in batch' }));
    const updated = settle(batchList.items.getById(2).update({ Title: 'Updated in batch' }, '"1"'));
    const deleted = settle(batchList.items.getById(3).delete());
    const listRead = settle(batchList.select('Title', 'ItemCount')<{ Title: string; ItemCount: number }>());
    await execute();
    const [r, a, u, d, l] = await Promise.all([read, added, updated, deleted, listRead]);
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ Id: 1, Title: 'Row 1' }) });
    expect(a).toEqual({ ok: true, value: expect.objectContaining({ Title: 'Added in batch', Id: 6 }) });
    expect(u).toEqual({ ok: true, value: { etag: '"2"' } });
    expect(d.ok).toBe(true);
    expect(l).toEqual({ ok: true, value: expect.objectContaining({ Title: LIST }) });
    const rows = await list().items.select('Id', 'Title')<Row[]>();
    expect(rows.map(row => [row.Id, row.Title])).toEqual([[1, 'Row 1'], [2, 'Updated in batch'], [4, 'Row 4'], [5, 'Row 5'], [6, 'Added in batch']]);
  });

  it('is not transactional: a part failing with a stale ETag does not stop the others', async () => {
    const [batched, execute] = sp.batched();
    const batchList = batched.web.lists.getByTitle(LIST);
    const first = settle(batchList.items.getById(4).update({ Title: 'Before the failure' }));
    const stale = settle(batchList.items.getById(5).update({ Title: 'Stale' }, '"7"'));
    const after = settle(batchList.items.getById(6).update({ Title: 'After the failure' }));
    const missing = settle(batchList.items.getById(999)());
    await execute();
    expect(await first).toEqual({ ok: true, value: { etag: '"2"' } });
    expect(await after).toEqual({ ok: true, value: { etag: '"2"' } });
    const staleOutcome = await stale;
    const missingOutcome = await missing;
    if (staleOutcome.ok || !isHttpFailure(staleOutcome.error)) throw new Error('The stale update should fail with an HTTP error');
    expect(staleOutcome.error.status).toBe(412);
    expect(staleOutcome.error.message).toContain(SP.etagMismatch('"7"', '"1"').message.replace(/"/g, '\\"'));
    if (missingOutcome.ok || !isHttpFailure(missingOutcome.error)) throw new Error('The missing item should fail with an HTTP error');
    expect(missingOutcome.error.status).toBe(404);
    const rows = await list().items.select('Id', 'Title')<Row[]>();
    expect(rows.find(row => row.Id === 4)?.Title).toBe('Before the failure');
    expect(rows.find(row => row.Id === 5)?.Title).toBe('Row 5');
    expect(rows.find(row => row.Id === 6)?.Title).toBe('After the failure');
  });

  it('answers more than 20 requests, which PnPjs chunks into several $batch calls of at most 20', async () => {
    await list().items.add({ Title: 'Primes the digest cache' });
    await setFaults(tenant, 'rate=0');
    const log: RecordedRequest[] = [];
    const [batched, execute] = tenant.sp(SITES.bank, PEOPLE.officer).using(RecordRequests(log)).batched();
    const ids = [1, 2, 4, 5, 6];
    const reads = Array.from({ length: 25 }, (_, i) => settle(batched.web.lists.getByTitle(LIST).items.getById(ids[i % ids.length]).select('Id')<Row>()));
    await execute();
    const outcomes = await Promise.all(reads);
    expect(outcomes.map(o => (o.ok ? o.value.Id : -1))).toEqual(Array.from({ length: 25 }, (_, i) => ids[i % ids.length]));
    const counters = await faultCounters(tenant);
    expect(counters.requests).toBe(2);
    const batches = log.filter(r => r.url.endsWith('/_api/$batch'));
    expect(batches.map(b => (b.body?.match(/ HTTP\/1\.1$/gm) ?? []).length)).toEqual([20, 5]);
  });

  describe('the wire format', () => {
    let digest: string;
    const itemsUrl = (): string => `${tenant.url}${SITES.bank}/_api/web/lists/getByTitle('Batch%20List')/items`;
    const post = (body: string, batchId: string): Promise<Response> => tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/$batch`, {
      method: 'POST', body, headers: { 'Content-Type': `multipart/mixed; boundary=batch_${batchId}`, 'X-RequestDigest': digest, Accept: 'application/json' }
    });

    beforeAll(async () => { digest = await digestFor(tenant, PEOPLE.officer, SITES.bank); });

    it('answers flat --batchresponse_ parts, one per request (changeset members too), closed with a trailing newline', async () => {
      const id = randomUUID();
      const body = batchBody(id, [
        { method: 'GET', url: `${itemsUrl()}(1)?%24select=Title` },
        { method: 'POST', url: itemsUrl(), body: { Title: 'Raw add' } },
        { method: 'MERGE', url: `${itemsUrl()}(1)`, body: { Title: 'Raw merge' }, ifMatch: '*' },
        { method: 'DELETE', url: `${itemsUrl()}(2)`, ifMatch: '*' },
        { method: 'GET', url: `${itemsUrl()}(999)` }
      ]);
      const response = await post(body, id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
      const text = await response.text();
      expect(text).toMatch(/--batchresponse_[^\n]+--\n$/);
      const parts = batchParts(text);
      expect(parts.map(p => p.status)).toEqual([200, 201, 204, 200, 404]);
      expect(JSON.parse(parts[0].body)).toMatchObject({ Title: 'Row 1' });
      expect(JSON.parse(parts[1].body)).toMatchObject({ Title: 'Raw add' });
      expect(parts[2].headers.some(h => /^etag: "\d+"$/i.test(h))).toBe(true);
      expect(parts[2].body).toBe('');
      expect(JSON.parse(parts[4].body)).toEqual({ 'odata.error': { code: SP.itemNotFound.code, message: { lang: 'en-US', value: SP.itemNotFound.message } } });
    });
  });
});
