// The account's single billing settings row ("default"); reads go through findBillingSettings in ./invoices.ts.
import { Prisma } from "./generated/client";
import type { Db } from "./types";

export type BillingSettingsData = Partial<{
  sellerName: string;
  sellerAddress: Prisma.InputJsonValue | null;
  sellerTaxId: string | null;
  sellerEmail: string | null;
  invoiceNumberFormat: string;
  creditNoteNumberFormat: string;
  draftGraceHours: number;
  defaultTimeZone: string;
}>;

/** Saves the given fields (the row exists once findBillingSettings ran); null JSON clears the address. */
export const updateBillingSettings = (db: Db, { sellerAddress, ...data }: BillingSettingsData, now: Date) =>
  db.billingSettings.update({
    where: { id: "default" },
    data: { ...data, ...(sellerAddress !== undefined ? { sellerAddress: sellerAddress ?? Prisma.DbNull } : {}), updatedAt: now },
  });
