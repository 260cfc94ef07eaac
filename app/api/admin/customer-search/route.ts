import { z } from "zod";
import { parseQuery } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { listCustomersQuerySchema } from "@/lib/schemas/customer";
import { listCustomers } from "@/lib/services/customers/list-customers";

const searchQuerySchema = z.object({ q: z.string().trim().max(200).optional() }).strict();

/** Pickers: the first active customers by name matching `q` (name, email, external ref...). */
export const GET = withAdmin(async ({ ctx, url }) => {
  const { q } = parseQuery(url, searchQuerySchema);
  return listCustomers(ctx, listCustomersQuerySchema.parse({ status: "active", sort: "name", limit: "20", ...(q ? { q } : {}) }));
});
