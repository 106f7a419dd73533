// The catalogue for client components (no server-only imports such as zod's locale set-up).
import { pl, type Messages } from './pl';

export function messages(): Messages {
  return pl;
}
