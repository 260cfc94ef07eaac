import { csvDownload, datedCsvName } from "@/lib/http/csv-download";
import { parseQuery } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { exportCustomersQuerySchema } from "@/lib/schemas/customer";
import { exportCustomersCsv } from "@/lib/services/customers/export-customers-csv";

export const GET = withAdmin(async ({ ctx, url }) =>
  csvDownload(await exportCustomersCsv(ctx, parseQuery(url, exportCustomersQuerySchema)), datedCsvName("customers", ctx.now)),
);
