"use client";

import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { UsageLimitDto } from "@/lib/schemas/usage-limit";

type SetArchived = (input: { limitId: string }, archived: boolean) => Promise<ActionResult<UsageLimitDto>>;

/** Archive behind a confirmation (it may re-enable a customer); unarchive at once (it is evaluated again). */
export function ArchiveUsageLimitButton({ limit, setArchived }: { limit: Pick<UsageLimitDto, "id" | "status" | "action" | "state">; setArchived: SetArchived }) {
  const unarchive = useAction(() => setArchived({ limitId: limit.id }, false));
  if (limit.status === "archived") {
    return (
      <div className="space-y-2">
        <Button type="button" variant="secondary" pending={unarchive.pending} onClick={() => unarchive.run(undefined)}>
          Unarchive
        </Button>
        <FormError message={unarchive.formError} />
      </div>
    );
  }
  return (
    <ConfirmButton
      label="Archive"
      title="Archive this usage limit?"
      description={
        limit.action === "disable" && limit.state === "reached"
          ? "It is no longer evaluated, and the customer it disabled is enabled again at once. Its past alerts stay."
          : "It is no longer evaluated and emits no more alerts. Its past alerts stay."
      }
      action={() => setArchived({ limitId: limit.id }, true)}
    />
  );
}
