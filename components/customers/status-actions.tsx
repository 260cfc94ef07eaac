"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { CustomerDto } from "@/lib/schemas/customer";

type Change = "disable" | "enable" | "archive";

const CHANGES: Record<Change, { label: string; from: CustomerDto["status"][]; description: string }> = {
  disable: { label: "Disable", from: ["active"], description: "The customer is kept but not billed anew until enabled again." },
  enable: { label: "Enable", from: ["disabled"], description: "The customer can be billed again." },
  archive: { label: "Archive", from: ["active", "disabled"], description: "The customer becomes read-only. This is final." },
};

type Props = {
  customer: CustomerDto;
  setStatus: (change: Change, input: { reason?: string }) => Promise<ActionResult<CustomerDto>>;
};

/** Disable / enable / archive, each behind a confirmation that asks for an optional reason (kept in the history). */
export function StatusActions({ customer, setStatus }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const available = (Object.keys(CHANGES) as Change[]).filter((change) => CHANGES[change].from.includes(customer.status));
  if (available.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {available.map((change) => (
        <ConfirmButton
          key={change}
          label={CHANGES[change].label}
          title={`${CHANGES[change].label} ${customer.name}?`}
          description={
            <div className="space-y-3">
              <p>{CHANGES[change].description}</p>
              <TextField label="Reason (optional)" name="reason" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />
            </div>
          }
          action={async () => {
            const result = await setStatus(change, reason.trim() ? { reason: reason.trim() } : {});
            if (result.ok) {
              setReason("");
              router.refresh();
            }
            return result;
          }}
        />
      ))}
    </div>
  );
}
