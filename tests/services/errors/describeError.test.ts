import { AppError } from '../../../src/services/errors/AppError';
import { describeError } from '../../../src/services/errors/describeError';
import { sharePointAppError } from '../../../src/services/errors/sharePointErrors';
import { toGraphAppError } from '../../../src/services/errors/graphErrors';
import { TextTooLongError } from '../../../src/services/sharepoint/schema/columnLimits';

const spBody = (code: string, message: string): string => JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });

describe('describeError', () => {
  it('takes an AppError as it is: kind, code, values, status and technical detail', () => {
    const error = new AppError('conflict', 'sharepoint.changedByOthers', 'ETag mismatch', { status: 412, values: ['a', 2] });
    expect(describeError(error)).toEqual({ kind: 'conflict', code: 'sharepoint.changedByOthers', values: ['a', 2], status: 412, detail: 'ETag mismatch' });
    expect(describeError(new AppError('offline', 'network.offline', 'fetch failed'))).toEqual({ kind: 'offline', code: 'network.offline', detail: 'fetch failed' });
  });

  it('reads the status of a PnPjs HttpRequestError and of a GraphError that did not pass through the typed layers', () => {
    expect(describeError({ name: 'HttpRequestError', status: 403, message: 'Access denied' })).toEqual({ kind: 'accessDenied', status: 403, detail: 'Access denied' });
    expect(describeError({ name: 'GraphError', statusCode: 429, message: 'Too many' })).toMatchObject({ kind: 'throttled', status: 429 });
  });

  it.each([
    [401, 'notSignedIn'], [404, 'notFound'], [412, 'conflict'], [409, 'conflict'], [413, 'tooLong'], [503, 'throttled'], [504, 'throttled'], [500, 'unexpected']
  ])('classifies HTTP %i as %s', (status, kind) => {
    expect(describeError({ status, message: 'x' }).kind).toBe(kind);
  });

  it('calls a failed fetch "offline" and anything else "unexpected", keeping the message as detail', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ kind: 'offline', detail: 'Failed to fetch' });
    expect(describeError('boom')).toEqual({ kind: 'unexpected', detail: 'boom' });
  });

  it('calls text refused before sending for its length "tooLong", with the column, its limit and the length to fill the sentence', () => {
    const failure = describeError(new TextTooLongError('School Profile', 'Headteacher', 255, 300));
    expect(failure).toEqual({ kind: 'tooLong', code: 'sharepoint.textTooLong', values: ['Headteacher', 255, 300], detail: '"Headteacher" in School Profile holds at most 255 characters; this text has 300.' });
  });
});

describe('SharePoint answers as AppErrors (sharePointAppError)', () => {
  it.each([
    [401, '-2147024891, System.UnauthorizedAccessException', 'Access denied.', 'notSignedIn', 'sharepoint.notSignedIn'],
    [403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.', 'accessDenied', 'sharepoint.accessDenied'],
    [403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted.', 'notSignedIn', 'sharepoint.pageExpired'],
    [404, '-1, System.ArgumentException', "List 'Tasks' does not exist at site with URL 'x'.", 'notFound', 'sharepoint.listMissing'],
    [404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.', 'notFound', 'sharepoint.itemMissing'],
    [404, '-2130575338, Microsoft.SharePoint.SPException', 'The file /x does not exist.', 'notFound', 'sharepoint.fileMissing'],
    [412, '-1, Microsoft.SharePoint.Client.ClientServiceException', "The request ETag value '\"1\"' does not match the object's ETag value '\"2\"'.", 'conflict', 'sharepoint.changedByOthers'],
    [409, '-2130575305, Microsoft.SharePoint.SPException', 'Save Conflict. Your changes conflict with those made concurrently by another user.', 'conflict', 'sharepoint.saveConflict'],
    [400, '-2130575257, Microsoft.SharePoint.SPException', 'A file with the name x already exists.', 'conflict', 'sharepoint.alreadyExists'],
    [413, '-2147024882, System.OutOfMemoryException', 'The request body is larger than this server accepts.', 'tooLong', 'sharepoint.tooLarge'],
    [500, '-2130575155, Microsoft.SharePoint.SPFieldValueException', 'Invalid text value.', 'tooLong', 'sharepoint.valueTooLong'],
    [500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.', 'unexpected', 'sharepoint.listViewThreshold'],
    [400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The property X does not exist.', 'invalid', 'sharepoint.badRequest'],
    [500, '-1, System.Exception', 'Boom.', 'unexpected', 'sharepoint.unexpected']
  ])('HTTP %i %s', (status, code, message, kind, appCode) => {
    expect(sharePointAppError({ status, body: spBody(code, message) }, 'detail')).toMatchObject({ kind, code: appCode, status, serviceCode: code });
  });

  it('reads the verbose shape too, and keeps Retry-After (a wait of 0 names no wait)', () => {
    const verbose = JSON.stringify({ error: { code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', message: { lang: 'en-US', value: 'Throttled.' } } });
    expect(sharePointAppError({ status: 429, body: verbose, retryAfter: '120' }, 'd')).toMatchObject({ kind: 'throttled', code: 'sharepoint.throttledFor', values: [120], retryAfterSeconds: 120 });
    expect(sharePointAppError({ status: 503, body: '', retryAfter: '0' }, 'd')).toMatchObject({ kind: 'throttled', code: 'sharepoint.throttled', values: [], retryAfterSeconds: 0 });
    expect(sharePointAppError({ status: 429, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' }, 'd')).toMatchObject({ code: 'sharepoint.throttled', retryAfterSeconds: undefined });
  });
});

describe('Graph failures as AppErrors (toGraphAppError)', () => {
  const graphError = (statusCode: number, code: string | null, message = ''): Error => Object.assign(new Error(message), { statusCode, code });

  it.each([
    [403, 'Authorization_RequestDenied', '', 'accessDenied', 'graph.permissionMissing'],
    [403, 'Forbidden', "Missing scope permissions on the request. API requires one of 'Mail.Send'.", 'accessDenied', 'graph.permissionMissing'],
    [403, 'Forbidden', 'Ensure that the expected Teams app is installed in the target scope.', 'accessDenied', 'graph.forbidden'],
    [404, 'MailboxNotEnabledForRESTAPI', '', 'notFound', 'graph.noMailbox'],
    [404, 'Request_ResourceNotFound', '', 'notFound', 'graph.notFound'],
    [409, 'Conflict', '', 'conflict', 'graph.conflict'],
    [429, 'TooManyRequests', '', 'throttled', 'graph.throttled'],
    [400, 'BadRequest', '', 'invalid', 'graph.badRequest']
  ])('HTTP %i %s', (status, code, message, kind, appCode) => {
    expect(toGraphAppError(graphError(status, code, message))).toMatchObject({ kind, code: appCode, status, serviceCode: code });
  });

  it("reads SPFx's consent failure (no status) as the app's missing API access, and a fetch failure as offline", () => {
    expect(toGraphAppError(new Error('AADSTS65001: The user or administrator has not consented to use the application.'))).toMatchObject({ kind: 'accessDenied', code: 'graph.noApiAccess' });
    // The Graph client wraps fetch's TypeError as a GraphError of status -1 with an empty message and the TypeError as body.
    expect(toGraphAppError(Object.assign(new Error(''), { statusCode: -1, code: null, body: new TypeError('fetch failed') }))).toMatchObject({ kind: 'offline', code: 'network.offline', message: 'fetch failed' });
    const same = new AppError('invalid', 'x.y', 'already typed');
    expect(toGraphAppError(same)).toBe(same);
  });
});
