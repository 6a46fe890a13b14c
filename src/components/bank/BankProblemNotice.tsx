import * as React from 'react';
import type { BankAction, BankFailure } from '../../app/bank/bankFailure';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';

export interface BankProblemNoticeProps {
  strings: Strings;
  action: BankAction;
  failure: BankFailure;
  onRetry?: () => void;
}

/** The sentence for a bank failure: its code's words (what happened, what to do) when it has one, else the step that failed. */
export function bankProblemText(strings: Strings, action: BankAction, failure: BankFailure): string {
  const sentence = failure.code ? strings.bank.errorCodes[failure.code] : undefined;
  return sentence ? format(sentence, ...(failure.values ?? [])) : strings.bank.actionFailed[action];
}

/** A bank failure as words from `src/loc`, with the technical detail one click away. */
export function BankProblemNotice({ strings, action, failure, onRetry }: BankProblemNoticeProps): JSX.Element {
  return <FailureNotice failure={failure} strings={strings} title={bankProblemText(strings, action, failure)} onRetry={onRetry} />;
}
