"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { BillingError } from "@/lib/billing/errors";
import { formatInvoiceNumber, parseInvoiceNumberFormat } from "@/lib/billing/invoice-number";
import type { BillingSettingsDto } from "@/lib/schemas/billing-settings";

/** The first and 42nd numbers a format gives today, or why it is invalid. */
function preview(format: string): { ok: boolean; text: string } {
  const now = new Date();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  try {
    const parsed = parseInvoiceNumberFormat(format.trim());
    return { ok: true, text: `${formatInvoiceNumber(parsed, today, 1)}, ${formatInvoiceNumber(parsed, today, 42)}, …` };
  } catch (error) {
    if (error instanceof BillingError) return { ok: false, text: error.message };
    throw error;
  }
}

function FormatField({ label, name, initial, error, disabled }: { label: string; name: string; initial: string; error?: string; disabled: boolean }) {
  const [value, setValue] = useState(initial);
  const shown = preview(value);
  return (
    <div>
      <TextField label={label} name={name} value={value} onChange={(event) => setValue(event.target.value)} error={error} disabled={disabled} className="font-mono" />
      <p aria-live="polite" className={`mt-1 text-xs ${shown.ok ? "text-slate-600" : "text-red-600"}`}>
        {shown.ok ? <>Preview: <span className="font-mono">{shown.text}</span></> : shown.text}
      </p>
    </div>
  );
}

const ADDRESS_FIELDS = ["line1", "line2", "city", "postal_code", "region", "country"] as const;

/** Form values → the settings input: the address is null when left empty; numbers are numbers. */
function toInput(values: Record<string, string>) {
  const address = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, values[`address_${field}`] ?? ""]).filter(([, value]) => value !== ""));
  return {
    seller_name: values.seller_name ?? "",
    seller_address: Object.keys(address).length === 0 ? null : address,
    seller_tax_id: values.seller_tax_id || null,
    seller_email: values.seller_email || null,
    invoice_number_format: values.invoice_number_format,
    credit_note_number_format: values.credit_note_number_format,
    draft_grace_hours: values.draft_grace_hours === "" ? Number.NaN : Number(values.draft_grace_hours),
    default_time_zone: values.default_time_zone,
  };
}

export function BillingSettingsForm({ settings, readOnly, save }: { settings: BillingSettingsDto; readOnly: boolean; save: (input: unknown) => Promise<ActionResult<BillingSettingsDto>> }) {
  const [saved, setSaved] = useState<string>();
  const fields = ["seller_name", "seller_tax_id", "seller_email", "invoice_number_format", "credit_note_number_format", "draft_grace_hours", "default_time_zone", ...ADDRESS_FIELDS.map((field) => `seller_address.${field}`)];
  const { run, pending, fieldError, formError } = useAction(save, { fields });
  const address = settings.seller_address ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    run(toInput(formValues(event.currentTarget)), () => setSaved("Billing settings saved."));
  }

  return (
    <FormCard title="Invoicing" description="Changes apply to invoices finalized from now on; issued invoices keep what they say." onSubmit={submit}>
      <fieldset disabled={readOnly} className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label="Seller name" name="seller_name" defaultValue={settings.seller_name} error={fieldError("seller_name")} />
          <TextField label="Tax id" name="seller_tax_id" defaultValue={settings.seller_tax_id ?? ""} error={fieldError("seller_tax_id")} />
          <TextField label="Billing email" name="seller_email" type="email" defaultValue={settings.seller_email ?? ""} error={fieldError("seller_email")} />
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="mb-2 text-sm font-semibold text-slate-900">Seller address</legend>
          <TextField label="Address line 1" name="address_line1" defaultValue={address.line1 ?? ""} error={fieldError("seller_address.line1")} />
          <TextField label="Address line 2" name="address_line2" defaultValue={address.line2 ?? ""} error={fieldError("seller_address.line2")} />
          <TextField label="City" name="address_city" defaultValue={address.city ?? ""} error={fieldError("seller_address.city")} />
          <TextField label="Postal code" name="address_postal_code" defaultValue={address.postal_code ?? ""} error={fieldError("seller_address.postal_code")} />
          <TextField label="Region" name="address_region" defaultValue={address.region ?? ""} error={fieldError("seller_address.region")} />
          <TextField label="Country" name="address_country" defaultValue={address.country ?? ""} placeholder="FR" maxLength={2} error={fieldError("seller_address.country")} />
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormatField label="Invoice number format" name="invoice_number_format" initial={settings.invoice_number_format} error={fieldError("invoice_number_format")} disabled={readOnly} />
          <FormatField label="Credit note number format" name="credit_note_number_format" initial={settings.credit_note_number_format} error={fieldError("credit_note_number_format")} disabled={readOnly} />
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="Draft review (hours)"
            name="draft_grace_hours"
            type="number"
            min={0}
            max={720}
            defaultValue={settings.draft_grace_hours}
            hint="Generated invoices stay drafts this long before they are finalized; 0 finalizes at once."
            error={fieldError("draft_grace_hours")}
          />
          <TextField label="Time zone of document dates" name="default_time_zone" defaultValue={settings.default_time_zone} error={fieldError("default_time_zone")} />
        </div>
        <FormError message={formError} />
        <SuccessMessage message={saved} />
        {!readOnly && (
          <Button type="submit" pending={pending}>
            Save settings
          </Button>
        )}
      </fieldset>
    </FormCard>
  );
}
