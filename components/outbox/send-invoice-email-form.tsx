"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { EmailMessageDto } from "@/lib/schemas/invoice-document";
import { sendResultMessage } from "./send-result";

// An error may name the list (`to`) or one address in it (`to[2]`).
const RECIPIENT_FIELDS = ["to", ...Array.from({ length: 10 }, (_, index) => `to[${index}]`)];

type Props = {
  invoiceId: string;
  sendInvoiceEmailAction: (input: Record<string, string>) => Promise<ActionResult<EmailMessageDto>>;
};

/** "Send by email" for a finalized invoice: to the customer's billing addresses, or to the addresses typed. */
export function SendInvoiceEmailForm({ invoiceId, sendInvoiceEmailAction }: Props) {
  const { run, pending, fieldError, formError } = useAction(sendInvoiceEmailAction, { fields: RECIPIENT_FIELDS });
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(undefined);
    run({ ...formValues(event.currentTarget), invoiceId }, (message) => setResult(sendResultMessage(message)));
  }

  return (
    <form aria-label="Send invoice by email" onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={formError ?? (result && !result.ok ? result.text : undefined)} />
      <TextField
        label="Send to"
        name="to"
        type="text"
        inputMode="email"
        autoComplete="off"
        placeholder="ap@customer.example"
        hint="Leave empty for the customer's email and its contacts that receive invoices; separate several addresses with commas."
        error={RECIPIENT_FIELDS.map(fieldError).find(Boolean)}
      />
      <Button type="submit" pending={pending}>
        Send invoice
      </Button>
      <SuccessMessage message={result?.ok ? result.text : undefined} />
    </form>
  );
}
