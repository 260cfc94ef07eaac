import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { columnSort } from "@/components/ui/list-href";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { LimitAlertTable } from "@/components/usage-limits/limit-alert-table";
import { CreateUsageLimitForm } from "@/components/usage-limits/usage-limit-forms";
import { UsageLimitTable } from "@/components/usage-limits/usage-limit-table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCustomersQuerySchema } from "@/lib/schemas/customer";
import { listMetersQuerySchema } from "@/lib/schemas/meter";
import { listUsageLimitsQuerySchema } from "@/lib/schemas/usage-limit";
import { canWrite } from "@/lib/services/context";
import { listCustomers } from "@/lib/services/customers/list-customers";
import { listMeters } from "@/lib/services/meters/list-meters";
import { listUsageLimits } from "@/lib/services/usage-limits/list-usage-limits";
import { listWebhookEvents } from "@/lib/services/usage-limits/list-webhook-events";
import { catalogListQuery } from "../../catalog/list-params";
import type { SearchParams } from "../../search-params";
import { createUsageLimitAction } from "./actions";
import { customerNames, toAlertRow, toLimitRow } from "./rows";

export const metadata = { title: "Usage limits" };

const PATH = "/usage/limits";
const STATES = [
  { value: "", label: "Any state" },
  { value: "ok", label: "OK" },
  { value: "reached", label: "Reached" },
];
const ACTIONS = [
  { value: "", label: "Any action" },
  { value: "warning", label: "Warning" },
  { value: "disable", label: "Disable" },
];
const STATUSES = [
  { value: "", label: "Active and archived" },
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
];

export default async function UsageLimitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { filters, startingAfter, query } = catalogListQuery(await searchParams, listUsageLimitsQuerySchema, ["customer_id", "meter_id", "state", "action"]);
  const [page, customers, meters, alerts] = await Promise.all([
    query.success ? listUsageLimits(ctx, query.data) : undefined,
    listCustomers(ctx, listCustomersQuerySchema.parse({ status: "active", sort: "name", limit: "100" })),
    listMeters(ctx, listMetersQuerySchema.parse({ status: "active", sort: "name", limit: "100" })),
    listWebhookEvents(ctx, { type: "usage_limit.reached", limit: 10 }),
  ]);
  const names = await customerNames(ctx, [...(page?.data ?? []).map((limit) => limit.customer_id), ...alerts.data.flatMap((event) => (event.customer_id ? [event.customer_id] : []))]);
  const isFiltered = Object.entries(filters).some(([name, value]) => name !== "sort" && Boolean(value));
  const meterOptions = meters.data.map((meter) => ({ value: meter.id, label: `${meter.name} (${meter.code})` }));
  return (
    <>
      <PageHeader
        title="Usage limits"
        description="Thresholds on a customer's usage of a meter per period. Reaching one emits a usage_limit.reached event (once per period); a disable limit also makes the customer's entitlements answer disabled until the period ends. Events are never refused."
      />
      {!canWrite(ctx) ? (
        <ReadOnlyNotice />
      ) : meterOptions.length === 0 ? (
        <p className="mb-6 text-sm text-slate-600">Create an active meter first: a limit watches a meter.</p>
      ) : (
        <div className="mb-8 max-w-3xl">
          <CreateUsageLimitForm customers={customers} meters={meterOptions} create={createUsageLimitAction} />
        </div>
      )}
      <FilterBar path={PATH} isFiltered={isFiltered}>
        <TextField label="Search limits" name="q" type="search" defaultValue={filters.q} placeholder="Name or description" />
        <SelectField label="Customer" name="customer_id" defaultValue={filters.customer_id ?? ""} options={[{ value: "", label: "Any customer" }, ...customers.data.map((customer) => ({ value: customer.id, label: customer.name }))]} />
        <SelectField label="Meter" name="meter_id" defaultValue={filters.meter_id ?? ""} options={[{ value: "", label: "Any meter" }, ...meterOptions]} />
        <SelectField label="State" name="state" defaultValue={filters.state ?? ""} options={STATES} />
        <SelectField label="Action" name="action" defaultValue={filters.action ?? ""} options={ACTIONS} />
        <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={STATUSES} />
        {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      </FilterBar>
      {page ? (
        <>
          <UsageLimitTable
            rows={page.data.map((limit) => toLimitRow(limit, names))}
            createdSort={columnSort(PATH, filters, "created_at", filters.sort ?? "-created_at")}
            empty={isFiltered ? "No usage limits match these filters." : "No usage limits yet: add one to be alerted when a customer nears its quota."}
          />
          <CursorPagination path={PATH} filters={filters} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      ) : (
        <FormError message={query.error?.issues[0]?.message} />
      )}
      <Section title="Recent alerts">
        <p className="mb-3 text-sm text-slate-600">The latest usage_limit.reached events in the outbox (GET /api/v1/webhook_events), newest first.</p>
        <LimitAlertTable rows={alerts.data.map((event) => toAlertRow(event, names))} />
      </Section>
    </>
  );
}
