// A checked row's messages by the field they belong to, so a fix form shows each beside its input.
import { COLUMN_LABEL, TEMPLATE_COLUMNS, type ParticipantField } from '@/lib/groups/list/participant-columns';
import type { RowError } from '@/lib/groups/list/validate-rows';

const fieldOfLabel = new Map<string, ParticipantField>(TEMPLATE_COLUMNS.map((f) => [COLUMN_LABEL[f], f]));

export function rowFieldErrors(errors: readonly RowError[]): Partial<Record<ParticipantField, string>> {
  const out: Partial<Record<ParticipantField, string>> = {};
  for (const e of errors) {
    const field = fieldOfLabel.get(e.column);
    if (field) out[field] = out[field] ? `${out[field]} ${e.message}` : e.message;
  }
  return out;
}
