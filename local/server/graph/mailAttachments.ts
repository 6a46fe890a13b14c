import { GraphError } from './graphErrors';

/** A file attached to a mail `sendMail` accepted, kept in the local outbox as Exchange keeps it. */
export interface OutboxAttachment {
  name: string;
  contentType: string;
  /** Size of the decoded content in bytes. */
  size: number;
  /** The content, base64 as Graph's `fileAttachment.contentBytes` carries it. */
  contentBytes: string;
}

/**
 * The largest attachment one `sendMail` request may carry: "If the file size is under 3 MB, you can do a single POST
 * on the attachments navigation property"; 3 to 150 MB need an upload session ("Attach large files to Outlook
 * messages", https://learn.microsoft.com/en-us/graph/outlook-large-attachments). Graph refuses a request over its
 * ~4 MB limit with 413; where the real limit sits between the two, this server takes the stricter: 3 MB a file.
 */
export const ATTACHMENT_MAX_BYTES = 3 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The attachments of a `sendMail` message, checked as Graph checks them: file attachments only here (item and
 * reference attachments are real Graph types this server does not implement: 501), each named, with base64
 * `contentBytes` ("fileAttachment resource type": contentBytes "The base64-encoded contents of the file").
 */
export function readAttachments(raw: unknown): OutboxAttachment[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new GraphError(400, 'ErrorInvalidRequest', "The property 'attachments' must be a collection.");
  return raw.map((value: unknown) => {
    const a = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const type = a['@odata.type'];
    if (type === '#microsoft.graph.itemAttachment' || type === '#microsoft.graph.referenceAttachment') {
      throw new GraphError(501, 'NotImplemented', `${String(type)} is not supported by the local server.`);
    }
    // Graph needs the type to know which attachment it is; without it the abstract `attachment` cannot be made.
    if (type !== '#microsoft.graph.fileAttachment') throw new GraphError(400, 'ErrorInvalidRequest', "An attachment must say its type in '@odata.type' (#microsoft.graph.fileAttachment).");
    const name = typeof a.name === 'string' ? a.name : '';
    const contentBytes = typeof a.contentBytes === 'string' ? a.contentBytes : '';
    if (!name.trim()) throw new GraphError(400, 'ErrorInvalidRequest', "The attachment's 'name' is required.");
    if (!contentBytes || contentBytes.length % 4 !== 0 || !BASE64.test(contentBytes)) {
      throw new GraphError(400, 'ErrorInvalidRequest', "The attachment's 'contentBytes' is not valid base64.");
    }
    const size = Buffer.from(contentBytes, 'base64').length;
    if (size > ATTACHMENT_MAX_BYTES) throw new GraphError(413, 'ErrorRequestEntityTooLarge', 'The attachment is larger than a single request takes; use an upload session.');
    return { name, contentType: typeof a.contentType === 'string' ? a.contentType : 'application/octet-stream', size, contentBytes };
  });
}
