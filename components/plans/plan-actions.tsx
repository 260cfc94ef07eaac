"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError, TextField } from "@/components/ui/field";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { PlanDto } from "@/lib/schemas/plan";

type Change = "activate" | "deactivate" | "archive";
type Props = {
  plan: Pick<PlanDto, "id" | "name" | "status">;
  setPlanStatusAction: (input: { planId: string; change: Change }) => Promise<ActionResult<PlanDto>>;
  duplicatePlanAction: (input: Record<string, string>) => Promise<ActionResult<PlanDto>>;
};

const CHANGES: Record<Change, { label: string; from: PlanDto["status"][]; description: string }> = {
  activate: { label: "Activate", from: ["draft", "inactive"], description: "The plan can then be sold to new subscribers." },
  deactivate: { label: "Deactivate", from: ["active"], description: "New subscriptions can no longer start on this plan; existing ones continue." },
  archive: { label: "Archive", from: ["draft", "active", "inactive"], description: "The plan becomes read-only and can never be sold again. This cannot be undone." },
};

/** Status changes behind a confirmation, and "duplicate as" a new draft. */
export function PlanActions({ plan, setPlanStatusAction, duplicatePlanAction }: Props) {
  const router = useRouter();
  const [duplicating, setDuplicating] = useState(false);
  const { run, pending, fieldError, formError } = useAction(duplicatePlanAction, { fields: ["code", "name"] });

  function onDuplicate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(formValues(event.currentTarget), (copy) => router.push(`/catalog/plans/${copy.id}?saved=duplicated`));
  }

  return (
    <div className="flex flex-wrap items-start gap-2">
      {(Object.keys(CHANGES) as Change[])
        .filter((change) => CHANGES[change].from.includes(plan.status))
        .map((change) => (
          <ConfirmButton
            key={change}
            label={CHANGES[change].label}
            title={`${CHANGES[change].label} ${plan.name}?`}
            description={CHANGES[change].description}
            action={async () => {
              const result = await setPlanStatusAction({ planId: plan.id, change });
              if (result.ok) router.refresh();
              return result;
            }}
          />
        ))}
      {duplicating ? (
        <form onSubmit={onDuplicate} aria-label="Duplicate plan" className="flex flex-wrap items-end gap-2">
          <TextField label="New plan code" name="code" autoFocus error={fieldError("code")} />
          <Button type="submit" pending={pending}>
            Duplicate
          </Button>
          <FormError message={formError} />
        </form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setDuplicating(true)}>
          Duplicate…
        </Button>
      )}
    </div>
  );
}
