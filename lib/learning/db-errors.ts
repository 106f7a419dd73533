/** Prisma's "unique constraint failed" (P2002), the signal that a concurrent twin won a race. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';
}
