"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { MeterChoice } from "@/lib/schemas/meter";
import type { FeatureChoice, PlanDto, ProductChoice } from "@/lib/schemas/plan";
import { ChargeEditor } from "./charge-editor";
import { FeatureGrantsEditor } from "./feature-grants-editor";
import { createInput, currencyList, newCharge, updateInput, type PlanDraft } from "./plan-draft";

type Props = {
  mode: "create" | "edit";
  initial: PlanDraft;
  products: ProductChoice[];
  features: FeatureChoice[];
  meters: MeterChoice[];
  /** Receives the request body (the API's shape). */
  saveAction: (input: unknown) => Promise<ActionResult<PlanDto>>;
  /** Edit only: subscribers use the current version, so saving terms creates a new one. */
  versionNotice?: string;
};

const INTERVALS = ["day", "week", "month", "quarter", "year"].map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }));
const TIMINGS = [
  { value: "in_advance", label: "In advance" },
  { value: "in_arrears", label: "In arrears" },
];


/** Create or edit a plan with its charges; errors come back from the server by param and show beside their field. */
export function PlanForm({ mode, initial, products, features, meters, saveAction, versionNotice }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const { run, pending, fieldError, formError } = useAction(saveAction);
  const currencies = currencyList(draft.currencies);
  const set = <K extends keyof PlanDraft>(field: K, value: PlanDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(mode === "create" ? createInput(draft) : updateInput(draft), (plan) => router.push(`/catalog/plans/${plan.id}?saved=${mode === "create" ? "created" : "updated"}`));
  }

  return (
    <FormCard title={mode === "create" ? "New plan" : `Edit ${initial.name}`} onSubmit={onSubmit}>
      {versionNotice && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-inset ring-amber-200">{versionNotice}</p>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Code" value={draft.code} onChange={(event) => set("code", event.target.value)} disabled={mode === "edit"} placeholder="pro_monthly" error={fieldError("code")} />
        <TextField label="Name" value={draft.name} onChange={(event) => set("name", event.target.value)} error={fieldError("name")} />
        <TextField label="Description" value={draft.description} onChange={(event) => set("description", event.target.value)} error={fieldError("description")} />
        <SelectField
          label="Product"
          value={draft.product_id}
          options={[{ value: "", label: "None" }, ...products.map((product) => ({ value: product.id, label: product.label }))]}
          onChange={(event) => set("product_id", event.target.value)}
          error={fieldError("product_id")}
        />
        <SelectField label="Billing interval" value={draft.billing_interval} options={INTERVALS} onChange={(event) => set("billing_interval", event.target.value)} error={fieldError("billing_interval")} />
        <TextField label="Every (intervals)" inputMode="numeric" value={draft.interval_count} onChange={(event) => set("interval_count", event.target.value)} error={fieldError("interval_count")} />
        <SelectField label="Billing timing" value={draft.billing_timing} options={TIMINGS} onChange={(event) => set("billing_timing", event.target.value)} error={fieldError("billing_timing")} />
        <TextField label="Trial days" inputMode="numeric" value={draft.trial_days} onChange={(event) => set("trial_days", event.target.value)} error={fieldError("trial_days")} />
        <TextField
          label="Currencies"
          value={draft.currencies}
          onChange={(event) => set("currencies", event.target.value)}
          hint="ISO 4217 codes separated by commas, e.g. EUR, USD."
          error={fieldError("currencies") ?? currencies.map((_, index) => fieldError(`currencies[${index}]`)).find(Boolean)}
        />
        <label className="flex items-center gap-2 self-end text-sm text-slate-700">
          <input type="checkbox" checked={draft.checkout_enabled} onChange={(event) => set("checkout_enabled", event.target.checked)} className="size-4 rounded border-slate-300" />
          Sell through hosted checkout
        </label>
      </div>
      <div className="space-y-4">
        <h3 className="text-base font-semibold text-slate-900">Charges</h3>
        {fieldError("charges") && (
          <p role="alert" className="text-sm text-red-600">
            {fieldError("charges")}
          </p>
        )}
        {draft.charges.map((charge, index) => (
          <ChargeEditor
            key={charge.uid}
            index={index}
            charge={charge}
            currencies={currencies}
            meters={meters}
            onChange={(next) => set("charges", draft.charges.map((item, at) => (at === index ? next : item)))}
            onRemove={() => set("charges", draft.charges.filter((_, at) => at !== index))}
            errorFor={(suffix) => fieldError(`charges[${index}].${suffix}`)}
          />
        ))}
        <Button type="button" variant="secondary" onClick={() => set("charges", [...draft.charges, newCharge()])}>
          Add charge
        </Button>
      </div>
      <FeatureGrantsEditor grants={draft.features} features={features} onChange={(grants) => set("features", grants)} errorFor={(suffix) => fieldError(`features${suffix}`)} />
      <FormError message={formError} />
      <Button type="submit" pending={pending}>
        {mode === "create" ? "Create plan" : "Save changes"}
      </Button>
    </FormCard>
  );
}
