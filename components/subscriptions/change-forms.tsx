"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { SubscriptionDto } from "@/lib/schemas/subscription";

type Result = Promise<ActionResult<SubscriptionDto>>;

const WHEN_OPTIONS = [
  { value: "now", label: "Now (prorated)" },
  { value: "period_end", label: "At the end of the current period" },
];

/** Upgrade or downgrade to another plan, now or at period end. */
export function ChangePlanForm({ plans, changePlan }: { plans: { value: string; label: string }[]; changePlan: (input: unknown) => Result }) {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(changePlan, { fields: ["plan_id", "when"] });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    run({ plan_id: values.plan_id, when: values.when }, () => {
      setDone(values.when === "now" ? "Plan changed." : "Plan change scheduled at period end.");
      router.refresh();
    });
  }
  return (
    <FormCard title="Change plan" description="Plans sold in this subscription's currency on the same billing interval. Quantities and add-ons carry over." onSubmit={submit}>
      <SuccessMessage message={done} />
      <FormError message={formError} />
      {plans.length === 0 ? (
        <p className="text-sm text-slate-600">No other active plan fits this subscription.</p>
      ) : (
        <>
          <SelectField label="New plan" name="plan_id" options={plans} error={fieldError("plan_id")} />
          <SelectField label="When" name="when" options={WHEN_OPTIONS} error={fieldError("when")} />
          <Button type="submit" pending={pending}>
            Change plan
          </Button>
        </>
      )}
    </FormCard>
  );
}

/** New quantities of per-unit and per-seat items, now or at period end. */
export function ChangeQuantityForm({ items, changeQuantity }: { items: { key: string; label: string; quantity: string }[]; changeQuantity: (input: unknown) => Result }) {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const fields = items.map((item) => `quantities.${item.key}`);
  const { run, pending, fieldError, formError } = useAction(changeQuantity, { fields: [...fields, "quantities", "when"] });
  if (items.length === 0) return null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const quantities = Object.fromEntries(items.filter((item) => values[item.key] !== item.quantity).map((item) => [item.key, values[item.key] ?? ""]));
    run({ quantities, when: values.when }, () => {
      setDone(values.when === "now" ? "Quantities changed." : "Quantity change scheduled at period end.");
      router.refresh();
    });
  }
  return (
    <FormCard title="Change quantities" description="Seats and other per-unit charges." onSubmit={submit}>
      <SuccessMessage message={done} />
      <FormError message={formError ?? fieldError("quantities")} />
      {items.map((item) => (
        <TextField key={item.key} label={item.label} name={item.key} defaultValue={item.quantity} inputMode="decimal" error={fieldError(`quantities.${item.key}`)} />
      ))}
      <SelectField label="When" name="when" options={WHEN_OPTIONS} error={fieldError("when")} />
      <Button type="submit" pending={pending}>
        Change quantities
      </Button>
    </FormCard>
  );
}
