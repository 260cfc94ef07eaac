"use client";

import { useState } from "react";
import { ROLE_LABELS } from "@/components/admin/roles";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { ApiKeyDto } from "@/lib/schemas/api-key";
import type { ListResponse, PaginationQuery } from "@/lib/schemas/common";

type Props = {
  /** The newest keys, rendered by the page (and refreshed by it after every change). */
  firstPage: ListResponse<ApiKeyDto>;
  pageSize: number;
  canWrite: boolean;
  listApiKeysAction: (query: PaginationQuery) => Promise<ActionResult<ListResponse<ApiKeyDto>>>;
  revokeApiKeyAction: (input: { apiKeyId: string }) => Promise<ActionResult<ApiKeyDto>>;
};

/** Keys loaded with "Load more", valid only while the first page still ends at `after`. */
type OlderKeys = { after: string; keys: ApiKeyDto[]; nextCursor: string | null };

export function ApiKeyTable({ firstPage, pageSize, canWrite, listApiKeysAction, revokeApiKeyAction }: Props) {
  const [loaded, setLoaded] = useState<OlderKeys>();
  const { run, pending, formError } = useAction(listApiKeysAction);

  // A new key shifts the first page; older pages loaded before then no longer line up with it.
  const firstPageEnd = firstPage.next_cursor;
  const older = loaded && loaded.after === firstPageEnd ? loaded : undefined;
  const keys = [...firstPage.data, ...(older?.keys ?? [])];
  const nextCursor = older ? older.nextCursor : firstPageEnd;

  function loadMore(after: string, cursor: string) {
    run({ limit: pageSize, starting_after: cursor }, (page) =>
      setLoaded({ after, keys: [...(older?.keys ?? []), ...page.data], nextCursor: page.next_cursor }),
    );
  }

  async function revoke(key: ApiKeyDto) {
    const result = await revokeApiKeyAction({ apiKeyId: key.id });
    // The page refreshes the first page; a key from an older page is updated here.
    if (result.ok) setLoaded((current) => current && { ...current, keys: current.keys.map((k) => (k.id === key.id ? result.data : k)) });
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
      <FormError message={formError} />
      {firstPageEnd && nextCursor && (
        <Button type="button" variant="secondary" pending={pending} onClick={() => loadMore(firstPageEnd, nextCursor)}>
          Load more
        </Button>
      )}
    </div>
  );
}
