/** A refusal while reading untrusted JSON, with the path of the offending value (`statements[3].content.text`). */
export class PackShapeError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'PackShapeError';
  }
}
