"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { TaxRateDto } from "@/lib/schemas/tax-rate";
import { CheckboxField } from "./checkbox-field";

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

type CreateProps = { mode: "create"; createTaxRateAction: (input: unknown) => Promise<ActionResult<TaxRateDto>> };
type EditProps = { mode: "edit"; taxRate: TaxRateDto; updateTaxRateAction: (input: { taxRateId: string; changes: unknown }) => Promise<ActionResult<TaxRateDto>> };

/**
 * Create a tax rate, or edit where one applies. The percentage and the inclusive flag are fixed
 * at creation: a different rate is a new tax rate (invoices keep the rate they were issued with).
 */
export function TaxRateForm(props: CreateProps | EditProps) {
  const router = useRouter();
  const editing = props.mode === "edit" ? props.taxRate : undefined;
  const prefix = editing ? "changes." : "";
  const action = (input: Record<string, unknown>) =>
    props.mode === "edit" ? props.updateTaxRateAction({ taxRateId: props.taxRate.id, changes: input }) : props.createTaxRateAction(input);
  const fields = ["code", "name", "percentage", "inclusive", "country", "region", "applies_by_default"].map((field) => prefix + field);
  const { run, pending, fieldError, formError } = useAction(action, { fields });
  const [saved, setSaved] = useState<string>();
  const error = (field: string) => fieldError(prefix + field);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "");
    const place = { country: optional(value("country"))?.toUpperCase(), region: optional(value("region")) };
    const input = editing
      ? { name: value("name"), country: place.country ?? null, region: place.region ?? null, applies_by_default: data.has("applies_by_default") }
      : { code: value("code"), name: value("name"), percentage: value("percentage"), inclusive: data.has("inclusive"), ...place, applies_by_default: data.has("applies_by_default") };
    setSaved(undefined);
    run(input, (rate) => {
      if (!editing) form.reset();
      setSaved(editing ? "Tax rate saved." : `Tax rate ${rate.code} created.`);
      router.refresh();
    });
  }

  return (
    <FormCard
      title={editing ? "Edit tax rate" : "New tax rate"}
      description={editing ? "The percentage and whether prices include it never change: create a new rate and archive this one instead." : undefined}
      onSubmit={onSubmit}
    >
      <FormError message={formError} />
      <SuccessMessage message={saved} />
      <div className="grid gap-4 sm:grid-cols-2">
        {editing ? (
          <TextField label="Code" name="code" value={editing.code} readOnly disabled />
        ) : (
          <TextField label="Code" name="code" placeholder="FR-VAT-20" autoComplete="off" required error={error("code")} />
        )}
        <TextField label="Name" name="name" placeholder="VAT" defaultValue={editing?.name} required error={error("name")} hint="Shown on invoices." />
        {editing ? (
          <TextField label="Percentage" value={`${editing.percentage} %${editing.inclusive ? " (included in prices)" : ""}`} readOnly disabled />
        ) : (
          <TextField label="Percentage" name="percentage" inputMode="decimal" placeholder="20" required hint="At least 0 and below 100, up to 6 decimals." error={error("percentage")} />
        )}
        <TextField label="Country" name="country" placeholder="FR" maxLength={2} defaultValue={editing?.country ?? ""} hint="ISO code; empty: any country." error={error("country")} />
        <TextField label="Region" name="region" placeholder="CA" defaultValue={editing?.region ?? ""} hint="State or province; empty: the whole country." error={error("region")} />
      </div>
      {!editing && <CheckboxField label="Inclusive: prices already contain this tax" name="inclusive" error={error("inclusive")} />}
      <CheckboxField
        label="Apply by default"
        name="applies_by_default"
        defaultChecked={editing?.applies_by_default}
        hint="To customers billed in this country (and region) who have no tax rates of their own."
        error={error("applies_by_default")}
      />
      <Button type="submit" pending={pending}>
        {editing ? "Save changes" : "Create tax rate"}
      </Button>
    </FormCard>
  );
}
