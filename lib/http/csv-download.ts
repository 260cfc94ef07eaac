import { RawBody } from "./json-route";

/** A CSV answer the browser saves as `filename`. */
export const csvDownload = (csv: string, filename: string) =>
  new RawBody(csv, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` });

/** The export file name, dated: `customers-2026-11-23.csv`. */
export const datedCsvName = (prefix: string, now: Date) => `${prefix}-${now.toISOString().slice(0, 10)}.csv`;
