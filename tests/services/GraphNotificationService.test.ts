import { GraphNotificationService } from '../../src/services/notify/GraphNotificationService';
import type { IGraphClient } from '../../src/services/graph/IGraphClient';
import type { NotificationRequest } from '../../src/services/notify/INotificationService';

const request: NotificationRequest = {
  activityType: 'approvalRequested', policy: 'Online safety policy', preview: 'Please review round 1.', deepLink: 'https://teams.microsoft.com/l/entity/app/tab',
  webUrl: 'https://contoso.sharepoint.com/sites/oakfield', mailSubject: 'Please review', mailLines: ['Please review round 1.']
};
const chair = { name: 'Margaret Lewis', login: 'margaret.lewis@northshire.example', email: 'margaret.lewis@northshire.example' };

/** A Graph client that records the paths it was asked to POST to. */
function recordingGraph(): { graph: IGraphClient; posts: string[] } {
  const posts: string[] = [];
  const graph: IGraphClient = {
    get: async <T>() => ({ id: 'user-1' }) as T,
    post: async <T>(path: string) => { posts.push(path); return undefined as T | undefined; },
    getAll: async <T>() => [] as T[]
  };
  return { graph, posts };
}

describe('GraphNotificationService: which Team to notify through', () => {
  it('asks again for the Team after a failed look-up, instead of sending every later notice by mail', async () => {
    const { graph, posts } = recordingGraph();
    let lookups = 0;
    const service = new GraphNotificationService(graph, async () => {
      lookups++;
      if (lookups === 1) throw new Error('503 Service Unavailable');
      return 'group-1';
    });
    expect((await service.notify([chair], request))[0].channel).toBe('mail');
    expect((await service.notify([chair], request))[0].channel).toBe('teams');
    expect((await service.notify([chair], request))[0].channel).toBe('teams');
    expect(lookups).toBe(2);
    expect(posts).toEqual(['/me/sendMail', '/teams/group-1/sendActivityNotification', '/teams/group-1/sendActivityNotification']);
  });
});
