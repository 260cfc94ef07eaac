import { parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { importCustomersQuerySchema } from "@/lib/schemas/customer";
import { importCustomersOrFail } from "@/lib/services/customers/import-customers";

export const POST = withApiKey(async ({ ctx, url, request, bodyText }) => {
  const { dry_run } = parseQuery(url, importCustomersQuerySchema);
  return importCustomersOrFail(ctx, request.headers.get("content-type"), bodyText, { dryRun: dry_run === "true" });
});
