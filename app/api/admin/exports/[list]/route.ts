import { csvDownload, datedCsvName } from "@/lib/http/csv-download";
import { withAdmin } from "@/lib/http/json-route";
import { exportListCsv } from "@/lib/services/exports/export-list-csv";

/** The console's "Export CSV" of a list, with the page's filters and sort. */
export const GET = withAdmin<{ list: string }>(async ({ ctx, url, params }) =>
  csvDownload(await exportListCsv(ctx, params.list, Object.fromEntries(url.searchParams)), datedCsvName(params.list.replaceAll("_", "-"), ctx.now)),
);
