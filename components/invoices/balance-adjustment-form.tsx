"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";

type Input = { currency: string; amount: string; description: string };

/** Grants credit (positive amount) or takes it back (negative); the server refuses a balance below zero. */
export function BalanceAdjustmentForm({ defaultCurrency, adjust }: { defaultCurrency: string; adjust: (input: Input) => Promise<ActionResult<unknown>> }) {
  const [saved, setSaved] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(adjust, { fields: ["currency", "amount", "description"] });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    setSaved(undefined);
    run({ currency: values.currency ?? "", amount: values.amount ?? "", description: values.description ?? "" }, () => {
      form.reset();
      setSaved("Balance adjusted.");
    });
  }
  return (
    <form aria-label="Adjust the balance" onSubmit={submit} noValidate className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-sm font-semibold text-slate-900">Adjust the balance</h3>
      <div className="grid gap-3 sm:grid-cols-[6rem_10rem_1fr]">
        <TextField label="Currency" name="currency" defaultValue={defaultCurrency} maxLength={3} error={fieldError("currency")} />
        <TextField label="Amount" name="amount" inputMode="decimal" placeholder="25.00 or -10.00" error={fieldError("amount")} />
        <TextField label="Description" name="description" error={fieldError("description")} />
      </div>
      <FormError message={formError} />
      <SuccessMessage message={saved} />
      <Button type="submit" pending={pending}>
        Adjust balance
      </Button>
    </form>
  );
}
