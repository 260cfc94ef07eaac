"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { CUSTOMER_IMPORT_COLUMNS } from "@/lib/customers/customer-csv";
import { createCustomerSchema, updateCustomerSchema, type CustomerDto } from "@/lib/schemas/customer";
import { customerRequest, fieldErrorsOf, type MetadataRow } from "./form-values";

type Props = {
  customer?: CustomerDto;
  groups: { value: string; label: string }[];
  save: (input: Record<string, unknown>) => Promise<ActionResult<CustomerDto>>;
};

const TYPE_OPTIONS = [
  { value: "company", label: "Company" },
  { value: "individual", label: "Individual" },
];

/** Every field the form shows: the customer's columns (as the CSV import names them) and its metadata. */
const FIELDS = [...CUSTOMER_IMPORT_COLUMNS, "metadata"];

let nextRowId = 0;
const metadataRows = (metadata: Record<string, string>): MetadataRow[] => Object.entries(metadata).map(([key, value]) => ({ id: nextRowId++, key, value }));

/** Create and edit form of a customer: every field, validated in the browser with the API's zod schema, then by the server. */
export function CustomerForm({ customer, groups, save }: Props) {
  const router = useRouter();
  const mode = customer ? "update" : "create";
  const [rows, setRows] = useState<MetadataRow[]>(() => metadataRows(customer?.metadata ?? {}));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string>();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const { run, pending, fieldError, formError } = useAction(save, { fields: FIELDS });
  const errorOf = (field: string) => clientErrors[field] ?? fieldError(field);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const request = customerRequest(new FormData(event.currentTarget), mode, rows, customer?.metadata);
    const parsed = (mode === "create" ? createCustomerSchema : updateCustomerSchema).safeParse(request);
    if (!parsed.success) {
      setClientErrors(fieldErrorsOf(parsed.error));
      focusFirstError();
      return;
    }
    setClientErrors({});
    run(request, (result) => {
      if (mode === "create") router.push(`/customers/${result.id}?created=1`);
      else setSaved("Customer saved.");
    });
  }

  function focusFirstError() {
    requestAnimationFrame(() => wrapperRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
  }

  const field = (name: keyof CustomerDto & string) => {
    const value = customer?.[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  };
  const groupOptions = [{ value: "", label: "No group" }, ...groups];

  return (
    <div ref={wrapperRef}>
      <FormCard title={customer ? `Edit ${customer.name}` : "New customer"} onSubmit={onSubmit}>
        <FormError message={formError} />
        <Fieldset legend="Identity">
          <TextField label="Name" name="name" defaultValue={field("name")} required error={errorOf("name")} />
          <SelectField label="Type" name="type" defaultValue={customer?.type ?? "company"} options={TYPE_OPTIONS} error={errorOf("type")} />
          <TextField label="Email" name="email" type="email" defaultValue={field("email")} error={errorOf("email")} />
          <TextField label="Phone" name="phone" defaultValue={field("phone")} error={errorOf("phone")} />
          <TextField label="External reference" name="external_ref" defaultValue={field("external_ref")} hint="Your id for this customer; unique." error={errorOf("external_ref")} />
          <SelectField label="Group" name="group_id" defaultValue={customer?.group_id ?? ""} options={groupOptions} error={errorOf("group_id")} />
        </Fieldset>
        <Fieldset legend="Billing settings">
          <TextField label="Locale" name="locale" defaultValue={customer?.locale ?? "en"} hint="e.g. en or fr-FR" error={errorOf("locale")} />
          <TextField label="Preferred currency" name="preferred_currency" defaultValue={field("preferred_currency")} placeholder="EUR" maxLength={3} error={errorOf("preferred_currency")} />
          <TextField label="Payment terms (days)" name="payment_terms_days" inputMode="numeric" defaultValue={String(customer?.payment_terms_days ?? 0)} error={errorOf("payment_terms_days")} />
          <TextField label="Tax id" name="tax_id" defaultValue={field("tax_id")} error={errorOf("tax_id")} />
          <Checkbox label="Tax exempt" name="tax_exempt" defaultChecked={customer?.tax_exempt} error={errorOf("tax_exempt")} />
          <Checkbox label="Reverse charge (needs a tax id)" name="reverse_charge" defaultChecked={customer?.reverse_charge} error={errorOf("reverse_charge")} />
        </Fieldset>
        {(["billing_address", "shipping_address"] as const).map((address) => (
          <Fieldset key={address} legend={address === "billing_address" ? "Billing address" : "Shipping address"}>
            {(
              [
                ["line1", "Address line 1"],
                ["line2", "Address line 2"],
                ["city", "City"],
                ["postal_code", "Postal code"],
                ["region", "Region"],
                ["country", "Country (ISO code)"],
              ] as const
            ).map(([part, label]) => (
              <TextField
                key={part}
                label={label}
                name={`${address}.${part}`}
                defaultValue={customer?.[address]?.[part] ?? ""}
                error={errorOf(`${address}.${part}`)}
              />
            ))}
          </Fieldset>
        ))}
        <Fieldset legend="Metadata">
          <div className="space-y-2 sm:col-span-2">
            {rows.map((row, index) => (
              <div key={row.id} className="flex items-end gap-2">
                <TextField label={`Key ${index + 1}`} value={row.key} onChange={(e) => setRows(rows.map((r) => (r.id === row.id ? { ...r, key: e.target.value } : r)))} error={errorOf(`metadata.${row.key.trim()}`)} />
                <TextField label={`Value ${index + 1}`} value={row.value} onChange={(e) => setRows(rows.map((r) => (r.id === row.id ? { ...r, value: e.target.value } : r)))} />
                <Button type="button" variant="ghost" onClick={() => setRows(rows.filter((r) => r.id !== row.id))} aria-label={`Remove metadata row ${index + 1}`}>
                  Remove
                </Button>
              </div>
            ))}
            {errorOf("metadata") && (
              <p role="alert" className="text-sm text-red-600">
                {errorOf("metadata")}
              </p>
            )}
            <Button type="button" variant="secondary" onClick={() => setRows([...rows, { id: nextRowId++, key: "", value: "" }])}>
              Add metadata
            </Button>
          </div>
        </Fieldset>
        <Fieldset legend="Notes">
          <FieldShell label="Internal notes" error={errorOf("notes")}>
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                name="notes"
                rows={3}
                defaultValue={field("notes")}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500"
              />
            )}
          </FieldShell>
        </Fieldset>
        <SuccessMessage message={saved} />
        <Button type="submit" pending={pending}>
          {customer ? "Save customer" : "Create customer"}
        </Button>
      </FormCard>
    </div>
  );
}

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-2">
      <legend className="mb-2 text-sm font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

function Checkbox({ label, name, defaultChecked, error }: { label: string; name: string; defaultChecked?: boolean; error?: string }) {
  const errorId = useId();
  return (
    <div className="space-y-1 self-end">
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          className="size-4 rounded border-slate-300"
        />
        {label}
      </label>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
