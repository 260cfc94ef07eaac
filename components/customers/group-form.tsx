"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { createCustomerGroupSchema, updateCustomerGroupSchema, type CustomerGroupDto } from "@/lib/schemas/customer-group";
import { fieldErrorsOf } from "./form-values";

type Props = {
  group?: CustomerGroupDto;
  save: (input: Record<string, unknown>) => Promise<ActionResult<CustomerGroupDto>>;
};

const FIELDS = ["code", "name", "description", "payment_terms_days", "preferred_currency", "locale", "tax_exempt"];
const TAX_OPTIONS = [
  { value: "", label: "No default" },
  { value: "true", label: "Tax exempt" },
  { value: "false", label: "Not exempt" },
];

/** The form's strings as the API request: empty defaults left out (create) or cleared with null (edit). */
function groupRequest(values: Record<string, string>, editing: boolean): Record<string, unknown> {
  const empty = editing ? null : undefined;
  const text = (name: string) => values[name]?.trim() || empty;
  const terms = values.payment_terms_days?.trim() ?? "";
  const request: Record<string, unknown> = {
    ...(editing ? {} : { code: values.code?.trim() ?? "" }),
    name: values.name?.trim() ?? "",
    description: text("description"),
    payment_terms_days: terms === "" ? empty : /^-?\d+$/.test(terms) ? Number(terms) : terms,
    preferred_currency: text("preferred_currency"),
    locale: text("locale"),
    tax_exempt: values.tax_exempt === "" ? empty : values.tax_exempt === "true",
  };
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
}

export function GroupForm({ group, save }: Props) {
  const router = useRouter();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(save, { fields: FIELDS });
  const errorOf = (field: string) => clientErrors[field] ?? fieldError(field);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const request = groupRequest(formValues(event.currentTarget), Boolean(group));
    const parsed = (group ? updateCustomerGroupSchema : createCustomerGroupSchema).safeParse(request);
    if (!parsed.success) return setClientErrors(fieldErrorsOf(parsed.error));
    setClientErrors({});
    run(request, (result) => {
      if (group) setSaved("Group saved.");
      else router.push(`/customers/groups/${result.id}`);
    });
  }

  return (
    <FormCard
      title={group ? `Edit ${group.name}` : "New customer group"}
      description="Defaults fill a member's unset values: no currency, locale en, 0 payment days, not tax exempt."
      onSubmit={onSubmit}
    >
      <FormError message={formError} />
      {!group && <TextField label="Code" name="code" required hint="Stable identifier, e.g. resellers-eu; cannot change later." error={errorOf("code")} />}
      <TextField label="Name" name="name" defaultValue={group?.name} required error={errorOf("name")} />
      <TextField label="Description" name="description" defaultValue={group?.description ?? ""} error={errorOf("description")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Default payment terms (days)" name="payment_terms_days" inputMode="numeric" defaultValue={group?.payment_terms_days?.toString() ?? ""} error={errorOf("payment_terms_days")} />
        <TextField label="Default currency" name="preferred_currency" maxLength={3} defaultValue={group?.preferred_currency ?? ""} error={errorOf("preferred_currency")} />
        <TextField label="Default locale" name="locale" defaultValue={group?.locale ?? ""} error={errorOf("locale")} />
        <SelectField label="Default tax exemption" name="tax_exempt" defaultValue={group?.tax_exempt === null || !group ? "" : String(group.tax_exempt)} options={TAX_OPTIONS} error={errorOf("tax_exempt")} />
      </div>
      <SuccessMessage message={saved} />
      <Button type="submit" pending={pending}>
        {group ? "Save group" : "Create group"}
      </Button>
    </FormCard>
  );
}
