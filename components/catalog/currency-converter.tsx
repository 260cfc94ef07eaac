"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { formatMoney, money } from "@/lib/billing/money";
import type { ConversionDto } from "@/lib/schemas/exchange-rate";

type Props = { currencies: readonly string[]; action: (input: Record<string, string>) => Promise<ActionResult<ConversionDto>> };

/** Tries the stored rates: an amount converted at the rate effective at a given time (default now). */
export function CurrencyConverter({ currencies, action }: Props) {
  const { run, pending, fieldError, formError } = useAction(action, { fields: ["amount", "from", "to", "at"] });
  const [result, setResult] = useState<ConversionDto>();
  const options = currencies.map((code) => ({ value: code, label: code }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { at: local = "", ...values } = formValues(event.currentTarget);
    const at = local ? new Date(local) : undefined;
    setResult(undefined);
    run({ ...values, ...(at ? { at: Number.isNaN(at.getTime()) ? local : at.toISOString() } : {}) }, setResult);
  }

  return (
    <FormCard title="Convert an amount" description="Rounded once, half away from zero, to the target currency's minor unit." onSubmit={onSubmit}>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Amount" name="amount" inputMode="decimal" placeholder="100.00" autoComplete="off" error={fieldError("amount")} />
        <SelectField label="From" name="from" defaultValue="EUR" options={options} error={fieldError("from")} />
        <SelectField label="To" name="to" defaultValue="USD" options={options} error={fieldError("to")} />
      </div>
      <TextField label="At" name="at" type="datetime-local" step="1" hint="Your local time. Empty: now." error={fieldError("at")} />
      <Button type="submit" variant="secondary" pending={pending}>
        Convert
      </Button>
      {result && (
        <p role="status" className="text-sm text-slate-700">
          <span className="text-lg font-semibold text-slate-900" data-testid="converted-amount">
            {formatMoney(money(result.converted_amount, result.to))}
          </span>{" "}
          for {formatMoney(money(result.amount, result.from))}
          {result.exchange_rate && (
            <span className="block text-xs text-slate-500">
              Rate used: 1 {result.exchange_rate.base_currency} = {result.exchange_rate.rate} {result.exchange_rate.quote_currency}
              {result.inverted ? " (divided by)" : ""}
            </span>
          )}
        </p>
      )}
    </FormCard>
  );
}
