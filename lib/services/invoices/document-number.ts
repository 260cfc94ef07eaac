import "server-only";
import { formatInvoiceNumber, invoiceNumberSeries, parseInvoiceNumberFormat } from "../../billing/invoice-number";
import { toLocalDate } from "../../billing/zoned-time";
import { nextSeriesValue } from "../../db/invoices";
import type { Db } from "../../db/types";

/**
 * The next number of a document format (invoices, credit notes) dated `at` in `timeZone`. Gap-free
 * and unique: the series counter stays row-locked until the caller's transaction commits.
 */
export async function nextDocumentNumber(tx: Db, format: string, at: Date, timeZone: string): Promise<string> {
  const parsed = parseInvoiceNumberFormat(format);
  const date = toLocalDate(at, timeZone);
  const sequence = await nextSeriesValue(tx, invoiceNumberSeries(parsed, date));
  return formatInvoiceNumber(parsed, date, sequence);
}
