import "server-only";
import { parseCustomerCsv, type ImportIssue, type ParsedCustomerRow } from "../../customers/customer-csv";
import { prisma } from "../../db/client";
import { findCustomerGroupsByIds } from "../../db/customer-groups";
import { findTakenExternalRefs } from "../../db/customers";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import type { CustomerImportReport } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { insertNewCustomer } from "./create-customer";
import { groupIssue, reverseChargeIssue } from "./shared";

/** The rules createCustomer enforces, checked for every row at once (so every row's error is reported). */
async function businessIssues(db: Db, rows: ParsedCustomerRow[]): Promise<ImportIssue[]> {
  const refs = rows.flatMap(({ input }) => (input.external_ref ? [input.external_ref] : []));
  const taken = new Set(refs.length ? await findTakenExternalRefs(db, refs) : []);
  const groupIds = [...new Set(rows.flatMap(({ input }) => (input.group_id ? [input.group_id] : [])))];
  const groups = new Map((groupIds.length ? await findCustomerGroupsByIds(db, groupIds) : []).map((group) => [group.id, group]));
  const issues: ImportIssue[] = [];
  for (const { row, input } of rows) {
    if (input.external_ref && taken.has(input.external_ref)) {
      issues.push({ row, column: "external_ref", message: `A customer with external_ref '${input.external_ref}' already exists.` });
    }
    const group = input.group_id ? groupIssue(input.group_id, groups.get(input.group_id)) : null;
    const reverseCharge = reverseChargeIssue(input.tax_id ?? null, input.reverse_charge);
    for (const issue of [group, reverseCharge]) if (issue) issues.push({ row, column: issue.param, message: issue.message });
  }
  return issues;
}

const byRow = (a: ImportIssue, b: ImportIssue) => a.row - b.row;

/**
 * Imports customers from CSV (columns: lib/customers/customer-csv.ts). All or nothing: any
 * row error imports nothing and reports every error; otherwise all rows are created in one
 * transaction. `dryRun` validates only.
 */
export async function importCustomers(ctx: Ctx, csv: string, { dryRun }: { dryRun: boolean }): Promise<CustomerImportReport> {
  assertCanWrite(ctx);
  const { rows, rowCount, issues } = parseCustomerCsv(csv);
  const errors = [...issues, ...(rows.length ? await businessIssues(prisma(), rows) : [])].sort(byRow);
  const report = { object: "customer_import" as const, dry_run: dryRun, row_count: rowCount, valid: errors.length === 0, errors };
  if (dryRun || errors.length) return { ...report, customer_ids: [] };
  const customerIds = await inTransaction(async (tx) => {
    const ids: string[] = [];
    for (const { input } of rows) ids.push((await insertNewCustomer(tx, ctx, input)).id);
    await recordAudit(tx, ctx, { action: "customer.import", resourceType: "customer", details: { created: ids.length } });
    return ids;
  });
  return { ...report, customer_ids: customerIds };
}

/**
 * The API's import: the body must be text/csv; a dry run answers the report (200); an import
 * answers it with 201, or 422 with every row error in `details` (`param`: `rows[3].email`).
 */
export async function importCustomersOrFail(ctx: Ctx, contentType: string | null, csv: string, options: { dryRun: boolean }) {
  if (!/^text\/(csv|plain)\b/i.test(contentType ?? "")) {
    throw new AppError("invalid_request", "Send the CSV file as the request body with Content-Type: text/csv.");
  }
  const report = await importCustomers(ctx, csv, options);
  if (options.dryRun) return report;
  if (!report.valid) {
    const details = report.errors.map((issue) => ({ param: `rows[${issue.row}]${issue.column ? `.${issue.column}` : ""}`, message: issue.message }));
    throw new AppError("unprocessable", `${report.errors.length} error(s) in the file; nothing was imported. First: row ${report.errors[0]!.row}: ${report.errors[0]!.message}`, {
      param: details[0]!.param,
      details,
    });
  }
  return { status: 201, body: report };
}
