/**
 * An error SharePoint would answer with: an HTTP status, SharePoint's `<hresult>, <Type>` code and its message.
 * Serialised in the JSON light (`odata.error`) or verbose (`error`) shape the caller asked for.
 */
export class SpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'SpError';
  }

  /** The body SharePoint sends for this error. */
  toBody(verbose: boolean): Record<string, unknown> {
    const error = { code: this.code, message: { lang: 'en-US', value: this.message } };
    return verbose ? { error } : { 'odata.error': error };
  }
}

/** The errors the local server raises, with SharePoint's own codes and wording. */
export const SpErrors = {
  listNotFound: (title: string, webUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`),
  itemNotFound: (): SpError =>
    new SpError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  etagMismatch: (sent: string, actual: string): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`),
  propertyNotFound: (property: string, typeName: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The property '${property}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`),
  badQuery: (message: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  fieldNotFound: (field: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${field}' does not exist.`),
  fieldNotFilterable: (field: string, typeAsString: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field '${field}' of type '${typeAsString}' cannot be used in the query filter expression.`),
  thresholdExceeded: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold enforced by the administrator.'),
  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'),
  notLoopback: (reason: string): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', `Access denied. ${reason}`),
  notSignedIn: (): SpError =>
    new SpError(401, '-2147024891, System.UnauthorizedAccessException',
      'Access denied. Before opening files in this location, you must first browse to the web site and select the option to login automatically.'),
  invalidDigest: (): SpError =>
    new SpError(403, '-2130575252, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),
  notFound: (what: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${what}.`),
  methodNotAllowed: (method: string, what: string): SpError =>
    new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' cannot be used on ${what}.`),
  badRequest: (message: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  invalidJson: (detail: string): SpError =>
    new SpError(400, '-1, Microsoft.OData.ODataException', `Invalid JSON. ${detail}`),
  duplicateList: (_title: string): SpError =>
    new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`),
  duplicateField: (title: string): SpError =>
    new SpError(500, '-2130575245, Microsoft.SharePoint.SPException',
      `A duplicate field name "${title}" was found.`),
  userNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  groupNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  requestTooLarge: (limit: number): SpError =>
    new SpError(413, '-2147024882, System.OutOfMemoryException', `The request body is larger than the ${limit} bytes this server accepts.`),
  fileNotFound: (url: string): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${url} does not exist.`),
  fileExists: (url: string): SpError =>
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${url} already exists.`),
  /**
   * A text value longer than its column allows. SharePoint names it `SPFieldValueException` with the hresult of
   * `InvalidFieldValue` (-2130575155; SPErrorCode tables of the client libraries, and the CLI for Microsoft 365's
   * recorded batch answer "Only numbers can go here." with that code and type) and words it "Invalid text value. A
   * text field contains invalid data." (red-gate.com "SharePoint's way of saying your string is too long").
   * REST answers SPException subclasses with 500 (SPListDataValidationException in pnp/pnpjs#1770 and
   * SharePoint/sp-dev-docs#4938; a too-long value gave 500 in sp-dev-docs#7942): 500 is also the stricter reading,
   * as a client cannot tell it from a passing fault by its status and must check lengths before sending.
   */
  textTooLong: (field: string, limit: number): SpError =>
    new SpError(500, '-2130575155, Microsoft.SharePoint.SPFieldValueException',
      `Invalid text value.\r\n\r\nA text field contains invalid data. Please check the value and try again. (Column '${field}' holds at most ${limit} characters.)`),
  valueNotValid: (field: string, detail: string): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `Invalid value for '${field}': ${detail}`)
};
