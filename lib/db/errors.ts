/** True for a unique-constraint violation (Prisma P2002, or PostgreSQL 23505 through an adapter). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return code === "P2002" || code === "23505" || (cause !== undefined && isUniqueViolation(cause));
}
