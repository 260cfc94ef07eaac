"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { InvoiceStatusName } from "@/lib/schemas/invoice";
import { PAYMENT_METHODS } from "@/lib/schemas/invoice";

type Result = Promise<ActionResult<unknown>>;

/** The invoice's server actions, bound to it by the page. */
export type InvoiceActionHandlers = {
  finalize: () => Result;
  remove: () => Result;
  markUncollectible: () => Result;
  duplicate: () => Result;
  recordPayment: (input: Record<string, string>) => Result;
  voidInvoice: (input: Record<string, string>) => Result;
};

/** `deletable`: a one-off draft (a subscription's draft is finalized and voided instead). */
type Props = { number: string | null; status: InvoiceStatusName; currency: string; amountPaid: number; remainingLabel: string; deletable: boolean; actions: InvoiceActionHandlers };

const METHOD_LABELS: Record<(typeof PAYMENT_METHODS)[number], string> = {
  bank_transfer: "Bank transfer",
  card: "Card",
  cash: "Cash",
  check: "Check",
  direct_debit: "Direct debit",
  other: "Other",
};

/** The lifecycle actions an invoice's status allows, each behind a confirmation or its own form. */
export function InvoiceActions({ number, status, currency, amountPaid, remainingLabel, deletable, actions }: Props) {
  const payable = status === "open" || status === "uncollectible";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {status === "draft" && (
          <>
            <ConfirmButton
              label="Finalize"
              title="Finalize this invoice?"
              description="It gets the next invoice number and can no longer be edited; the customer's credit balance is applied."
              action={actions.finalize}
            />
            {deletable && <ConfirmButton label="Delete draft" title="Delete this draft?" description="The draft and its lines are deleted. This cannot be undone." action={actions.remove} />}
          </>
        )}
        {status === "open" && (
          <ConfirmButton
            label="Mark uncollectible"
            title={`Mark ${number} uncollectible?`}
            description="It stays payable, but counts as bad debt."
            action={actions.markUncollectible}
          />
        )}
        <ConfirmButton label="Duplicate" title="Duplicate this invoice?" description="A new draft with the same lines is created for the same customer." action={actions.duplicate} />
      </div>
      {payable && <PaymentForm record={actions.recordPayment} currency={currency} remainingLabel={remainingLabel} />}
      {payable && amountPaid === 0 && <VoidForm voidInvoice={actions.voidInvoice} number={number} />}
    </div>
  );
}

function PaymentForm({ record, currency, remainingLabel }: { record: InvoiceActionHandlers["recordPayment"]; currency: string; remainingLabel: string }) {
  const [saved, setSaved] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(record, {
    fields: ["amount", "method", "reference"],
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(undefined);
    run(formValues(form), () => {
      form.reset();
      setSaved("Payment recorded.");
    });
  }
  return (
    <form aria-label="Record a payment" onSubmit={submit} noValidate className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-sm font-semibold text-slate-900">Record a payment</h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label={`Amount (${currency})`} name="amount" inputMode="decimal" required hint={`Remaining: ${remainingLabel}`} error={fieldError("amount")} />
        <SelectField label="Method" name="method" defaultValue="bank_transfer" options={PAYMENT_METHODS.map((method) => ({ value: method, label: METHOD_LABELS[method] }))} error={fieldError("method")} />
        <TextField label="Reference" name="reference" error={fieldError("reference")} />
      </div>
      <FormError message={formError} />
      <SuccessMessage message={saved} />
      <Button type="submit" pending={pending}>
        Record payment
      </Button>
    </form>
  );
}

/** Voiding asks for a reason and a second, explicit click. */
function VoidForm({ voidInvoice, number }: { voidInvoice: InvoiceActionHandlers["voidInvoice"]; number: string | null }) {
  const [open, setOpen] = useState(false);
  const { run, pending, fieldError, formError } = useAction(voidInvoice, { fields: ["reason"] });
  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Void…
      </Button>
    );
  }
  return (
    <form
      aria-label="Void the invoice"
      onSubmit={(event) => {
        event.preventDefault();
        run(formValues(event.currentTarget), () => setOpen(false));
      }}
      noValidate
      className="space-y-3 rounded-lg bg-red-50/40 p-4 ring-1 ring-red-200"
    >
      <p className="text-sm text-slate-700">
        Voiding {number} cancels it for good: it keeps its number, nothing is owed, and credit balance it used goes back to the customer.
      </p>
      <TextField label="Reason" name="reason" required autoFocus error={fieldError("reason")} />
      <FormError message={formError} />
      <div className="flex gap-2">
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          Void invoice
        </Button>
      </div>
    </form>
  );
}
