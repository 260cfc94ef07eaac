"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { CustomerGroupDto } from "@/lib/schemas/customer-group";

export function ArchiveGroupButton({ group, archive }: { group: CustomerGroupDto; archive: (input: { groupId: string }) => Promise<ActionResult<CustomerGroupDto>> }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Archive"
      title={`Archive the group ${group.name}?`}
      description="It will take no new members and can no longer be edited. Its current members keep it and its defaults. This is final."
      action={async () => {
        const result = await archive({ groupId: group.id });
        if (result.ok) router.refresh();
        return result;
      }}
    />
  );
}
