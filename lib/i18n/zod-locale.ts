// zod's own messages (types, lengths) in Polish; our schemas add their own where it matters.
// Imported for its effect wherever the server parses user input with zod (the action wrapper,
// the participant-file rules), so the shared accessor `messages()` stays free of side effects.
import { z } from 'zod';

z.config(z.locales.pl());
