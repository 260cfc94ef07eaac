"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { DataTable } from "@/components/ui/table";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { CustomerContactDto, DeletedCustomerContactDto } from "@/lib/schemas/customer";

type Props = {
  customerId: string;
  contacts: CustomerContactDto[];
  canWrite: boolean;
  addContact: (input: Record<string, unknown>) => Promise<ActionResult<CustomerContactDto>>;
  removeContact: (input: { customerId: string; contactId: string }) => Promise<ActionResult<DeletedCustomerContactDto>>;
};

const ROLE_OPTIONS = [
  { value: "billing", label: "Billing" },
  { value: "technical", label: "Technical" },
  { value: "other", label: "Other" },
];

export function ContactsPanel({ customerId, contacts, canWrite, addContact, removeContact }: Props) {
  const router = useRouter();
  const { run, pending, fieldError, formError } = useAction(addContact, { fields: ["name", "email", "role"] });
  const [added, setAdded] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    setAdded(undefined);
    run({ name: values.name, email: values.email, role: values.role, receives_invoices: values.receives_invoices === "on" }, (contact) => {
      form.reset();
      setAdded(`${contact.name} added.`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <DataTable
        caption="Contacts"
        rows={contacts}
        rowKey={(contact) => contact.id}
        empty="No contacts yet."
        columns={[
          { header: "Name", cell: (contact) => contact.name },
          { header: "Email", cell: (contact) => contact.email },
          { header: "Role", cell: (contact) => ROLE_OPTIONS.find((option) => option.value === contact.role)?.label },
          { header: "Invoices", cell: (contact) => (contact.receives_invoices ? "Receives invoices" : "—") },
          ...(canWrite
            ? [
                {
                  header: "Actions",
                  hideHeader: true,
                  cell: (contact: CustomerContactDto) => (
                    <ConfirmButton
                      label="Remove"
                      title={`Remove the contact ${contact.name}?`}
                      description="They will no longer receive anything about this customer."
                      action={async () => {
                        const result = await removeContact({ customerId, contactId: contact.id });
                        if (result.ok) router.refresh();
                        return result;
                      }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {canWrite && (
        <div className="max-w-xl">
          <FormCard title="Add a contact" onSubmit={onSubmit}>
            <FormError message={formError} />
            <TextField label="Contact name" name="name" required error={fieldError("name")} />
            <TextField label="Contact email" name="email" type="email" required error={fieldError("email")} />
            <SelectField label="Role" name="role" defaultValue="billing" options={ROLE_OPTIONS} error={fieldError("role")} />
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="receives_invoices" className="size-4 rounded border-slate-300" />
              Receives invoices
            </label>
            <SuccessMessage message={added} />
            <Button type="submit" pending={pending}>
              Add contact
            </Button>
          </FormCard>
        </div>
      )}
    </div>
  );
}
