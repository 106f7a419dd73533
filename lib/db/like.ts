// Prisma's `contains` / `startsWith` put the term inside a LIKE pattern without escaping it, so a
// search for "50%" or "a_b" would match as wildcards: terms typed by people go through here first.

/** The term as a literal inside a LIKE pattern (PostgreSQL's escape character is the backslash). */
export function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A search box's text: trimmed, control characters (a NUL breaks the query) dropped, bounded. */
export function searchTerm(raw: string | undefined | null, maxLength = 200): string | undefined {
  const term = (raw ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, maxLength);
  return term ? likeLiteral(term) : undefined;
}
