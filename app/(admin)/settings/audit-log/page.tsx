import { AuditLogTable } from "@/components/audit/audit-log-table";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { FormError, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listAuditLogQuerySchema } from "@/lib/schemas/audit-log";
import { listAuditLog } from "@/lib/services/audit/list-audit-log";
import { searchParam, type SearchParams } from "../../search-params";

export const metadata = { title: "Audit log" };

const PATH = "/settings/audit-log";
const PAGE_SIZE = 50;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = { resource_type: searchParam(params, "resource_type"), action: searchParam(params, "action") };
  const startingAfter = searchParam(params, "starting_after");
  const query = listAuditLogQuerySchema.safeParse({ ...filters, limit: PAGE_SIZE, starting_after: startingAfter });
  const page = query.success ? await listAuditLog(ctx, query.data) : undefined;
  return (
    <>
      <PageHeader title="Audit log" description="Every change made in Billow, by a user, an API key or the system itself. Newest first." />
      <FilterBar path={PATH} isFiltered={Boolean(filters.resource_type || filters.action)}>
        <TextField label="Resource type" name="resource_type" defaultValue={filters.resource_type} placeholder="api_key" />
        <TextField label="Action" name="action" defaultValue={filters.action} placeholder="api_key.create" />
      </FilterBar>
      {page ? (
        <>
          <AuditLogTable entries={page.data} />
          <CursorPagination path={PATH} filters={filters} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      ) : (
        <FormError message={query.error?.issues[0]?.message} />
      )}
    </>
  );
}
