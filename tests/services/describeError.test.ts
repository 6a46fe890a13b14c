import { describeError } from '../../src/services/errors/describeError';
import { TextTooLongError } from '../../src/services/sharepoint/schema/columnLimits';

describe('describeError', () => {
  it('reads the status of a PnPjs HttpRequestError and of a GraphError', () => {
    expect(describeError({ name: 'HttpRequestError', status: 403, message: 'Access denied' })).toEqual({ kind: 'accessDenied', status: 403, detail: 'Access denied' });
    expect(describeError({ name: 'GraphError', statusCode: 429, message: 'Too many' })).toMatchObject({ kind: 'throttled', status: 429 });
  });

  it.each([
    [401, 'notSignedIn'], [404, 'notFound'], [412, 'conflict'], [409, 'conflict'], [503, 'throttled'], [504, 'throttled'], [500, 'unexpected']
  ])('classifies HTTP %i as %s', (status, kind) => {
    expect(describeError({ status, message: 'x' }).kind).toBe(kind);
  });

  it('calls a failed fetch "offline" and anything else "unexpected", keeping the message as detail', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ kind: 'offline', detail: 'Failed to fetch' });
    expect(describeError('boom')).toEqual({ kind: 'unexpected', detail: 'boom' });
  });

  it('calls text refused before sending for its length "tooLong", with what and where as detail', () => {
    const failure = describeError(new TextTooLongError('School Profile', 'Headteacher', 255, 300));
    expect(failure).toEqual({ kind: 'tooLong', detail: '"Headteacher" in School Profile holds at most 255 characters; this text has 300.' });
  });
});
