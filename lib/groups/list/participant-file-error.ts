// A participant file we refuse, with the reason in Polish for the company admin. Kept free of
// the action layer so the decoder stays a plain function; actions turn it into a UserError.
import { text, type MessageCode } from '@/lib/i18n';

export type ParticipantFileProblem = 'empty' | 'too-large' | 'unsupported' | 'corrupt' | 'no-header' | 'too-many-rows';

export class ParticipantFileError extends Error {
  constructor(
    readonly problem: ParticipantFileProblem,
    readonly reason: MessageCode,
  ) {
    super(text(reason));
    this.name = 'ParticipantFileError';
  }
}
