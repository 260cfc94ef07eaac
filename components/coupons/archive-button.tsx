"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/admin-action";

type Props<Input> = { label: string; title: string; description: ReactNode; action: (input: Input) => Promise<ActionResult<unknown>>; input: Input };

/** A confirmed archive (coupon, tax rate…) that refreshes the page it is on. */
export function ArchiveButton<Input>({ label, title, description, action, input }: Props<Input>) {
  const router = useRouter();
  return (
    <ConfirmButton
      label={label}
      title={title}
      description={description}
      action={async () => {
        const result = await action(input);
        if (result.ok) router.refresh();
        return result;
      }}
    />
  );
}
