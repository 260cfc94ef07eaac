"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { ListResponse } from "@/lib/schemas/common";
import type { CustomerDto } from "@/lib/schemas/customer";
import type { UsageLimitDto } from "@/lib/schemas/usage-limit";
import { CustomerPicker } from "@/components/customers/customer-picker";

type Action = (input: Record<string, unknown>) => Promise<ActionResult<UsageLimitDto>>;

const ACTIONS = [
  { value: "warning", label: "Warning: alert only" },
  { value: "disable", label: "Disable: alert, and entitlements answer disabled" },
];
const CREATE_FIELDS = ["customer_id", "meter_id", "threshold", "threshold_percent", "action", "name"];
const EDIT_FIELDS = ["threshold", "threshold_percent", "action", "name", "description"];

/** Text fields left empty are not sent (optional fields) or sent as null (to clear them on edit). */
const optional = (value: string | undefined) => (value ? value : undefined);

type ThresholdKind = "threshold" | "threshold_percent";
const THRESHOLD_KINDS = [
  { value: "threshold", label: "A quantity of the meter" },
  { value: "threshold_percent", label: "A percentage of the included quantity" },
];

/** The request's threshold field: the kind chosen, named as the API names it. */
const thresholdInput = (values: Record<string, string>) => ({ [values.threshold_kind === "threshold_percent" ? "threshold_percent" : "threshold"]: values.threshold_value });

/** The kind select and the value input; the error shown is the one of the field the kind sends. */
function ThresholdFields({ initialKind, defaultValue, fieldError }: { initialKind: ThresholdKind; defaultValue?: string; fieldError: (field: string) => string | undefined }) {
  const [kind, setKind] = useState<ThresholdKind>(initialKind);
  const percent = kind === "threshold_percent";
  return (
    <>
      <SelectField label="Threshold as" name="threshold_kind" value={kind} onChange={(event) => setKind(event.target.value as ThresholdKind)} options={THRESHOLD_KINDS} />
      <TextField
        label={percent ? "Threshold (% of included)" : "Threshold"}
        name="threshold_value"
        inputMode="decimal"
        defaultValue={defaultValue}
        hint={percent ? "Of the quantity the customer's price of the meter includes (free units, free first tiers); follows plan changes." : "In the meter's units, e.g. 8000 for 80% of 10,000 included calls."}
        error={fieldError(kind)}
      />
    </>
  );
}

export function CreateUsageLimitForm({ customers, meters, create }: { customers: ListResponse<CustomerDto>; meters: { value: string; label: string }[]; create: Action }) {
  const router = useRouter();
  const [success, setSuccess] = useState<string>();
  // Bumped on reset: the threshold fields start again from a quantity (form.reset() alone would leave their state behind).
  const [generation, setGeneration] = useState(0);
  const { run, pending, fieldError, formError } = useAction(create, { fields: CREATE_FIELDS });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    setSuccess(undefined);
    run(
      { customer_id: values.customer_id, meter_id: values.meter_id, ...thresholdInput(values), action: values.action, name: optional(values.name) },
      (limit) => {
        form.reset();
        setGeneration((value) => value + 1);
        setSuccess(limit.state === "reached" ? "Usage limit created: it is already reached, and its alert was emitted." : "Usage limit created.");
        router.refresh();
      },
    );
  }

  return (
    <FormCard title="New usage limit" description="A threshold on a customer's usage of a meter in its current billing period (or the calendar month without a subscription pricing the meter)." onSubmit={submit}>
      <FormError message={formError} />
      <SuccessMessage message={success} />
      <CustomerPicker initial={customers} name="customer_id" error={fieldError("customer_id")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Meter" name="meter_id" options={meters} error={fieldError("meter_id")} />
        <ThresholdFields key={generation} initialKind="threshold" fieldError={fieldError} />
        <SelectField label="Action" name="action" options={ACTIONS} error={fieldError("action")} />
        <TextField label="Name (optional)" name="name" placeholder="80% of included calls" error={fieldError("name")} />
      </div>
      <Button type="submit" pending={pending}>
        Create limit
      </Button>
    </FormCard>
  );
}

export function EditUsageLimitForm({ limit, update }: { limit: UsageLimitDto; update: Action }) {
  const [success, setSuccess] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(update, { fields: EDIT_FIELDS });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    setSuccess(undefined);
    run(
      { limitId: limit.id, ...thresholdInput(values), action: values.action, name: values.name || null, description: values.description || null },
      (updated) => setSuccess(updated.state === "reached" ? "Saved: the limit is reached in the current period." : "Saved."),
    );
  }

  return (
    <FormCard title="Edit usage limit" description="A new threshold or action starts the limit afresh: a raised limit re-enables the customer at once." onSubmit={submit}>
      <FormError message={formError} />
      <SuccessMessage message={success} />
      <div className="grid gap-4 sm:grid-cols-2">
        <ThresholdFields
          initialKind={limit.threshold_percent === null ? "threshold" : "threshold_percent"}
          defaultValue={limit.threshold_percent ?? limit.threshold ?? undefined}
          fieldError={fieldError}
        />
        <SelectField label="Action" name="action" defaultValue={limit.action} options={ACTIONS} error={fieldError("action")} />
        <TextField label="Name (optional)" name="name" defaultValue={limit.name ?? ""} error={fieldError("name")} />
      </div>
      <TextAreaField label="Description (optional)" name="description" defaultValue={limit.description ?? ""} error={fieldError("description")} />
      <Button type="submit" pending={pending}>
        Save changes
      </Button>
    </FormCard>
  );
}
