import { GraphClientAdapter, relativeGraphPath, type GraphClientLike } from '../../src/services/graph/GraphClientAdapter';

/** A Graph client double keyed by path: records what was asked and answers from a table. */
function fakeClient(pages: Record<string, unknown>): GraphClientLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    api: (path: string) => ({
      get: async () => {
        asked.push(path);
        if (!(path in pages)) throw new Error(`unexpected ${path}`);
        return pages[path];
      },
      post: async () => undefined
    })
  };
}

describe('GraphClientAdapter', () => {
  it('turns absolute next links (https or the local http server) into version-relative paths', () => {
    expect(relativeGraphPath('https://graph.microsoft.com/v1.0/groups/g/members?$skiptoken=X')).toBe('/groups/g/members?$skiptoken=X');
    expect(relativeGraphPath('http://127.0.0.1:4321/graph/v1.0/groups/g/members?$top=2&$skiptoken=2')).toBe('/groups/g/members?$top=2&$skiptoken=2');
    expect(relativeGraphPath('/me')).toBe('/me');
  });

  it('follows @odata.nextLink until the last page', async () => {
    const client = fakeClient({
      '/groups/g/members': { value: [1, 2], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/groups/g/members?$skiptoken=a' },
      '/groups/g/members?$skiptoken=a': { value: [3], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/groups/g/members?$skiptoken=b' },
      '/groups/g/members?$skiptoken=b': { value: [4] }
    });
    expect(await new GraphClientAdapter(client).getAll<number>('/groups/g/members')).toEqual([1, 2, 3, 4]);
    expect(client.asked).toHaveLength(3);
  });

  it('stops at maxPages so a server that never ends cannot loop forever', async () => {
    const client = fakeClient({ '/x': { value: [1], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/x' } });
    expect(await new GraphClientAdapter(client).getAll<number>('/x', 3)).toEqual([1, 1, 1]);
  });
});
