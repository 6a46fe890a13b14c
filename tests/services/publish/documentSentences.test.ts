import { failureSentence } from '../../../src/components/common/FailureNotice';
import { enGB } from '../../../src/loc/enGB';
import { AppError } from '../../../src/services/errors/AppError';
import { describeError, type FailureKind } from '../../../src/services/errors/describeError';

/** Every `documents.*` code the publish services throw, with the kind they throw it as (pdfConversion.ts, PublishService.ts, SitePagePublisher.ts). */
const CODES: [FailureKind, string][] = [
  ['invalid', 'documents.pdfNotSupported'],
  ['accessDenied', 'documents.pdfAccessDenied'],
  ['notFound', 'documents.pdfFileNotFound'],
  ['throttled', 'documents.pdfBusy'],
  ['unexpected', 'documents.pdfFailed'],
  // SitePagePublisher.ts
  ['invalid', 'documents.pageOutsideTenant'],
  ['notFound', 'documents.pageNoSite'],
  ['accessDenied', 'documents.pageDenied'],
  ['notFound', 'documents.pageNoWebsiteCopy']
];

describe("the website copy's failure sentences", () => {
  it.each(CODES)('FailureNotice finds its own sentence for %s %s, not the kind\'s', (kind, code) => {
    const sentence = failureSentence(enGB, describeError(new AppError(kind, code, 'raw technical text')));
    const key = code.split('.')[1] as keyof typeof enGB.errorCodes.documents;
    expect(sentence).toBe(enGB.errorCodes.documents[key]);
    expect(sentence).not.toBe(enGB.errors[kind]);
    expect(sentence).not.toContain('raw technical text');
  });
});
