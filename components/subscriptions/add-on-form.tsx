"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { SubscriptionDto } from "@/lib/schemas/subscription";

/** Adds one of the plan version's add-ons now; the rest of the period is charged. */
export function AddOnForm({ addOns, add }: { addOns: { value: string; label: string }[]; add: (input: unknown) => Promise<ActionResult<SubscriptionDto>> }) {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(add, { fields: ["key"] });
  if (addOns.length === 0) return null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ key: formValues(event.currentTarget).key }, () => {
      setDone("Add-on added.");
      router.refresh();
    });
  }
  return (
    <FormCard title="Add an add-on" description="Priced for this customer; the rest of the current period is charged." onSubmit={submit}>
      <SuccessMessage message={done} />
      <FormError message={formError} />
      <SelectField label="Add-on" name="key" options={addOns} error={fieldError("key")} />
      <Button type="submit" pending={pending}>
        Add add-on
      </Button>
    </FormCard>
  );
}
