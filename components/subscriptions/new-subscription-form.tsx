"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { PlanDto } from "@/lib/schemas/plan";
import type { SubscriptionDto } from "@/lib/schemas/subscription";

type Props = {
  customers: { value: string; label: string }[];
  plans: PlanDto[];
  /** Preselected customer (from a customer's page). */
  customerId?: string;
  create: (input: Record<string, unknown>) => Promise<ActionResult<SubscriptionDto>>;
};

const FIELDS = ["customer_id", "plan_id", "currency", "add_ons", "coupon_code", "start_date", "trial_days", "billing_alignment", "time_zone", "payment_terms_days"];
const ALIGNMENTS = [
  { value: "anniversary", label: "Anniversary (from the start date)" },
  { value: "calendar", label: "Calendar (1st of the month, prorated first period)" },
];

const takesQuantity = (charge: PlanDto["current_version"]["charges"][number]) => charge.kind === "recurring" && (charge.model === "per_unit" || charge.model === "per_seat");

/** Subscribe a customer to a plan: currency, seats, add-ons, coupon, start, trial and billing cycle. */
export function NewSubscriptionForm({ customers, plans, customerId, create }: Props) {
  const router = useRouter();
  const [planId, setPlanId] = useState(plans[0]?.id ?? "");
  const plan = plans.find((candidate) => candidate.id === planId);
  const charges = plan?.current_version.charges ?? [];
  const addOnFields = charges.map((_, index) => `add_ons[${index}]`);
  const { run, pending, fieldError, formError } = useAction(create, { fields: [...FIELDS, ...addOnFields, ...charges.map((charge) => `quantities.${charge.key}`)] });
  const addOnError = addOnFields.map(fieldError).find(Boolean);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    const addOns = charges.filter((charge) => charge.add_on && (form.elements.namedItem(`add_on.${charge.key}`) as HTMLInputElement | null)?.checked).map((charge) => charge.key);
    const quantities = Object.fromEntries(charges.filter(takesQuantity).map((charge) => [charge.key, values[`quantity.${charge.key}`] ?? ""]));
    const optionalNumber = (value: string | undefined) => (value ? (/^\d+$/.test(value) ? Number(value) : value) : undefined);
    run(
      {
        customer_id: values.customer_id,
        plan_id: values.plan_id,
        ...(values.currency ? { currency: values.currency } : {}),
        quantities,
        add_ons: addOns,
        ...(values.coupon_code ? { coupon_code: values.coupon_code } : {}),
        ...(values.start_date ? { start_date: new Date(values.start_date).toISOString() } : {}),
        ...(values.trial_days ? { trial_days: optionalNumber(values.trial_days) } : {}),
        billing_alignment: values.billing_alignment,
        time_zone: values.time_zone || "UTC",
        ...(values.payment_terms_days ? { payment_terms_days: optionalNumber(values.payment_terms_days) } : {}),
      },
      (subscription) => router.push(`/subscriptions/${subscription.id}?created=1`),
    );
  }

  return (
    <FormCard title="New subscription" description="The subscription takes the plan's current version; each charge is priced for this customer and keeps that price." onSubmit={submit}>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Customer" name="customer_id" defaultValue={customerId} options={customers} error={fieldError("customer_id")} />
        <SelectField
          label="Plan"
          name="plan_id"
          value={planId}
          onChange={(event) => setPlanId(event.target.value)}
          options={plans.map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${candidate.current_version.billing_interval}ly)` }))}
          error={fieldError("plan_id")}
        />
        <SelectField
          key={`currency-${planId}`}
          label="Currency"
          name="currency"
          options={[{ value: "", label: "Customer's preferred" }, ...(plan?.current_version.currencies ?? []).map((currency) => ({ value: currency, label: currency }))]}
          error={fieldError("currency")}
        />
        <TextField label="Coupon code (optional)" name="coupon_code" error={fieldError("coupon_code")} />
        {charges.filter(takesQuantity).map((charge) => (
          <TextField
            key={`${planId}-${charge.key}`}
            label={`${charge.name} quantity`}
            name={`quantity.${charge.key}`}
            defaultValue={charge.default_quantity}
            inputMode="decimal"
            error={fieldError(`quantities.${charge.key}`)}
          />
        ))}
      </div>
      {charges.some((charge) => charge.add_on) && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">Add-ons</legend>
          {charges.filter((charge) => charge.add_on).map((charge) => (
            <label key={`${planId}-${charge.key}`} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name={`add_on.${charge.key}`} />
              {charge.name}
            </label>
          ))}
          {addOnError && (
            <p role="alert" className="text-sm text-red-600">
              {addOnError}
            </p>
          )}
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Start date (optional)" name="start_date" type="datetime-local" hint="Default: now. A past date bills the missed periods." error={fieldError("start_date")} />
        <TextField label="Trial days (optional)" name="trial_days" inputMode="numeric" hint={`Default: the plan's (${plan?.current_version.trial_days ?? 0}).`} error={fieldError("trial_days")} />
        <SelectField label="Billing alignment" name="billing_alignment" options={ALIGNMENTS} error={fieldError("billing_alignment")} />
        <TextField label="Time zone" name="time_zone" defaultValue="UTC" error={fieldError("time_zone")} />
        <TextField label="Payment terms in days (optional)" name="payment_terms_days" inputMode="numeric" hint="Default: the customer's." error={fieldError("payment_terms_days")} />
      </div>
      <Button type="submit" pending={pending}>
        Create subscription
      </Button>
    </FormCard>
  );
}
