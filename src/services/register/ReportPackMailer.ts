import { AppError } from '../errors/AppError';
import { toGraphAppError } from '../errors/graphErrors';
import type { IGraphClient } from '../graph/IGraphClient';

/** A report pack mailed to the authority: to whom, the words of the mail (from loc), and the pack file attached. */
export interface PackMail {
  to: string;
  subject: string;
  /** Paragraphs of the mail's text body. */
  lines: string[];
  file: { fileName: string; text: string };
}

/**
 * The largest attachment sent inside a `sendMail` request: "If the file size is under 3 MB, you can do a single POST";
 * larger files need an upload session on a draft ("Attach large files to Outlook messages",
 * https://learn.microsoft.com/en-us/graph/outlook-large-attachments). A report pack is capped well under it.
 */
export const MAIL_ATTACHMENT_MAX_BYTES = 3 * 1024 * 1024;

/** Base64 of bytes, in chunks (a spread of a few megabytes would overflow the argument list). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sends a report pack as the signed-in person through Graph `POST /me/sendMail` (delegated Mail.Send; user-sendmail),
 * the pack as a `fileAttachment` (base64 `contentBytes`), not kept in Sent Items. Graph answers 202 with no body;
 * a failure is an `AppError` by Graph's status and code (a guest has no mailbox: `MailboxNotEnabledForRESTAPI`).
 */
export class ReportPackMailer {
  constructor(private readonly graph: IGraphClient) {}

  async send(mail: PackMail): Promise<void> {
    const bytes = new TextEncoder().encode(mail.file.text);
    if (bytes.length > MAIL_ATTACHMENT_MAX_BYTES) {
      throw new AppError('invalid', 'register.packTooLargeToMail', `${bytes.length} bytes is over the ${MAIL_ATTACHMENT_MAX_BYTES} a sendMail attachment takes`);
    }
    try {
      await this.graph.post('/me/sendMail', {
        message: {
          subject: mail.subject,
          body: { contentType: 'Text', content: mail.lines.join('\n\n') },
          toRecipients: [{ emailAddress: { address: mail.to } }],
          attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: mail.file.fileName, contentType: 'application/json', contentBytes: base64(bytes) }]
        },
        saveToSentItems: false
      });
    } catch (error) {
      throw toGraphAppError(error);
    }
  }
}
