import "server-only";
import { formatInvoiceNumber, invoiceNumberSeries, parseInvoiceNumberFormat } from "../../billing/invoice-number";
import { toLocalDate } from "../../billing/zoned-time";
import { takeSeriesValues } from "../../db/invoices";
import type { Db } from "../../db/types";

/**
 * The next numbers of a document format (invoices, credit notes), one per date, in order, each
 * dated in `timeZone`. Gap-free and unique: each series' counter stays row-locked until the
 * caller's transaction commits. Many at once take one counter update per series.
 */
export async function nextDocumentNumbers(tx: Db, format: string, dates: readonly Date[], timeZone: string): Promise<string[]> {
  const parsed = parseInvoiceNumberFormat(format);
  const local = dates.map((date) => toLocalDate(date, timeZone));
  const bySeries = new Map<string, number[]>();
  local.forEach((date, index) => {
    const series = invoiceNumberSeries(parsed, date);
    bySeries.set(series, [...(bySeries.get(series) ?? []), index]);
  });
  const numbers: string[] = [];
  // A fixed order of series keeps two transactions from locking the same counters in opposite orders.
  for (const [series, indexes] of [...bySeries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const last = await takeSeriesValues(tx, series, indexes.length);
    indexes.forEach((index, position) => {
      numbers[index] = formatInvoiceNumber(parsed, local[index]!, last - indexes.length + 1 + position);
    });
  }
  return numbers;
}

export async function nextDocumentNumber(tx: Db, format: string, at: Date, timeZone: string): Promise<string> {
  return (await nextDocumentNumbers(tx, format, [at], timeZone))[0]!;
}
