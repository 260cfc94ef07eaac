import "server-only";
import { customersToCsv } from "../../customers/customer-csv";
import type { CustomerDto, ExportCustomersQuery } from "../../schemas/customer";
import type { Ctx } from "../context";
import { listCustomers } from "./list-customers";

const PAGE = 100;

/** The customers matching the list's filters and sort, as CSV (read through the same paging as the list). */
export async function exportCustomersCsv(ctx: Ctx, query: ExportCustomersQuery): Promise<string> {
  const customers: CustomerDto[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCustomers(ctx, { ...query, limit: PAGE, starting_after: cursor });
    customers.push(...page.data);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return customersToCsv(customers);
}
