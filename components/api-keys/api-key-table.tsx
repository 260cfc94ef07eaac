"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ROLE_LABELS } from "@/components/admin/roles";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/admin-action";
import { fetchJson } from "@/lib/query/fetch-json";
import { qk } from "@/lib/query/keys";
import type { ApiKeyDto } from "@/lib/schemas/api-key";
import type { ListResponse } from "@/lib/schemas/common";

type Props = {
  /** The newest keys, rendered by the page: the query starts from them. */
  firstPage: ListResponse<ApiKeyDto>;
  pageSize: number;
  canWrite: boolean;
  revokeApiKeyAction: (input: { apiKeyId: string }) => Promise<ActionResult<ApiKeyDto>>;
};

export function ApiKeyTable({ firstPage, pageSize, canWrite, revokeApiKeyAction }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: qk.apiKeys.list({ limit: pageSize }),
    queryFn: ({ pageParam }) =>
      fetchJson<ListResponse<ApiKeyDto>>(`/api/admin/api-keys?limit=${pageSize}${pageParam ? `&starting_after=${pageParam}` : ""}`),
    initialPageParam: "",
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    initialData: { pages: [firstPage], pageParams: [""] },
  });
  const keys = query.data.pages.flatMap((page) => page.data);

  async function revoke(key: ApiKeyDto) {
    const result = await revokeApiKeyAction({ apiKeyId: key.id });
    if (result.ok) {
      await queryClient.invalidateQueries({ queryKey: qk.apiKeys.all });
      router.refresh();
    }
    return result;
  }

  const columns: Column<ApiKeyDto>[] = [
    { header: "Name", cell: (key) => <span className="font-medium text-slate-900">{key.name}</span> },
    { header: "Key", cell: (key) => <code className="whitespace-nowrap font-mono text-xs">{key.prefix}…</code> },
    { header: "Role", cell: (key) => ROLE_LABELS[key.role] },
    { header: "Created by", cell: (key) => key.created_by ?? <span className="text-slate-400">—</span> },
    { header: "Created", cell: (key) => <LocalTime iso={key.created_at} /> },
    { header: "Last used", cell: (key) => <LocalTime iso={key.last_used_at} fallback="Never" /> },
    { header: "Status", cell: (key) => (key.revoked_at ? <Badge tone="neutral">Revoked</Badge> : <Badge tone="success">Active</Badge>) },
  ];
  if (canWrite) {
    columns.push({
      header: "Actions",
      hideHeader: true,
      cell: (key) =>
        !key.revoked_at && (
          <ConfirmButton
            label="Revoke"
            title={`Revoke the API key “${key.name}”?`}
            description="Requests with this key are refused from now on. This cannot be undone."
            action={() => revoke(key)}
          />
        ),
    });
  }

  return (
    <div className="space-y-4">
      <DataTable caption="API keys" columns={columns} rows={keys} rowKey={(key) => key.id} empty="No API keys yet." />
      <FormError message={query.error?.message} />
      {query.hasNextPage && (
        <Button type="button" variant="secondary" pending={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
          Load more
        </Button>
      )}
    </div>
  );
}
