import { BankEditError } from '../../domain/bank/bankCommands';
import { ReleaseRefusedError } from '../../domain/bank/releasePlan';
import { isAppError } from '../../services/errors/AppError';
import { describeError, type Failure } from '../../services/errors/describeError';

/**
 * A failure as the bank screen keeps it: its kind (and HTTP status, technical detail) plus, for an `AppError`, the
 * code and values whose sentence the view shows from `src/loc` (`strings.bank.errorCodes[code]`).
 */
export type BankFailure = Failure & { code?: string; values?: ReadonlyArray<string | number> };

/** What the screen was doing when it failed, so the view says which step to try again. */
export type BankAction = 'load' | 'save' | 'publish' | 'resume' | 'export' | 'import' | 'setUp' | 'edit';

/** Classifies any error for the screen; never keeps its message as words for a person (it is "technical detail"). */
export function bankFailure(error: unknown): BankFailure {
  if (isAppError(error)) return { ...describeError(error), kind: error.kind, status: error.status, code: error.code, values: error.values };
  // The domain refuses an edit or a release before anything is sent: the officer's input is what needs changing.
  if (error instanceof BankEditError) return { kind: 'invalid', detail: error.message, code: error.code, values: error.values };
  if (error instanceof ReleaseRefusedError) return { kind: 'invalid', detail: error.message, code: 'bank.releaseRefused' };
  return describeError(error);
}
