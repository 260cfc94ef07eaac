"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { CREDIT_NOTE_REASONS } from "@/lib/schemas/credit-note";

export type CreditNoteFormInput = { reason: string; settlement: string; memo?: string; lines: { invoice_line_id: string; amount: string }[] };

type Line = { id: string; description: string; creditableLabel: string; creditable: number };

const REASON_LABELS: Record<(typeof CREDIT_NOTE_REASONS)[number], string> = {
  duplicate: "Duplicate",
  fraudulent: "Fraudulent",
  order_change: "Order change",
  product_unsatisfactory: "Product unsatisfactory",
  other: "Other",
};

/** A credit note by line: an amount per line (major units, at most what remains creditable), a reason and the settlement. */
export function CreditNoteForm({ currency, lines, issue }: { currency: string; lines: Line[]; issue: (input: CreditNoteFormInput) => Promise<ActionResult<unknown>> }) {
  const [saved, setSaved] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(issue, { fields: ["reason", "settlement", "memo", ...lines.map((line) => `lines.${line.id}.amount`)] });
  const creditable = lines.filter((line) => line.creditable > 0);
  if (creditable.length === 0) return <p className="text-sm text-slate-500">Everything on this invoice has been credited.</p>;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    setSaved(undefined);
    run(
      {
        reason: text("reason"),
        settlement: text("settlement"),
        memo: text("memo"),
        lines: creditable.map((line) => ({ invoice_line_id: line.id, amount: text(`amount-${line.id}`) })),
      },
      () => {
        form.reset();
        setSaved("Credit note issued.");
      },
    );
  }

  return (
    <form aria-label="Issue a credit note" onSubmit={submit} noValidate className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-sm font-semibold text-slate-900">Issue a credit note</h3>
      <p className="text-sm text-slate-600">Amounts are before tax for lines with exclusive tax; the tax is credited in proportion.</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {creditable.map((line) => (
          <TextField
            key={line.id}
            label={`Credit on “${line.description}” (${currency})`}
            name={`amount-${line.id}`}
            inputMode="decimal"
            placeholder="0.00"
            hint={`Up to ${line.creditableLabel}`}
            error={fieldError(`lines.${line.id}.amount`)}
          />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Reason" name="reason" defaultValue="other" options={CREDIT_NOTE_REASONS.map((reason) => ({ value: reason, label: REASON_LABELS[reason] }))} error={fieldError("reason")} />
        <SelectField
          label="Settlement"
          name="settlement"
          defaultValue="credit_balance"
          hint="The unpaid part of the invoice is always lowered first."
          options={[
            { value: "credit_balance", label: "Credit to the customer's balance" },
            { value: "refund", label: "Refund what was paid" },
          ]}
          error={fieldError("settlement")}
        />
      </div>
      <TextAreaField label="Memo" name="memo" error={fieldError("memo")} />
      <FormError message={formError} />
      <SuccessMessage message={saved} />
      <Button type="submit" pending={pending}>
        Issue credit note
      </Button>
    </form>
  );
}
