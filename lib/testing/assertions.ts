// Small helpers shared by integration tests.
import { expect } from "vitest";
import { prisma } from "../db/client";
import { AppError, type ErrorCode } from "../errors";

/** Awaits a promise that must reject with an AppError of `code`; returns the error for further checks. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode, message?: string | RegExp): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected an AppError ${code}`).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect({ code: appError.code, message: appError.message }).toEqual({
    code,
    message: message === undefined ? expect.any(String) : typeof message === "string" ? message : expect.stringMatching(message),
  });
  return appError;
}

/** Every audit row, oldest first, in the fields tests assert on. */
export async function auditRows() {
  const rows = await prisma().auditLog.findMany({ orderBy: { id: "asc" } });
  return rows.map((row) => ({
    action: row.action,
    actorType: row.actorType,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    details: row.details,
  }));
}

/** Row counts of the tables a failed write must leave untouched. */
export async function tableCounts() {
  const db = prisma();
  const [users, invitations, apiKeys, auditLogs, idempotencyKeys, customers, customerContacts] = await Promise.all([
    db.user.count(),
    db.invitation.count(),
    db.apiKey.count(),
    db.auditLog.count(),
    db.idempotencyKey.count(),
    db.customer.count(),
    db.customerContact.count(),
  ]);
  return { users, invitations, apiKeys, auditLogs, idempotencyKeys, customers, customerContacts };
}

/** tableCounts plus the catalogue tables. */
export async function catalogTableCounts() {
  const db = prisma();
  const [productFamilies, products, units, features, exchangeRates] = await Promise.all([
    db.productFamily.count(),
    db.product.count(),
    db.unit.count(),
    db.feature.count(),
    db.exchangeRate.count(),
  ]);
  return { ...(await tableCounts()), productFamilies, products, units, features, exchangeRates };
}
