"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { ExchangeRateDto } from "@/lib/schemas/exchange-rate";

type Props = { currencies: readonly string[]; action: (input: Record<string, string>) => Promise<ActionResult<ExchangeRateDto>> };

/** Adds a rate; the effective time is typed in the browser's time zone and sent as an ISO instant. */
export function ExchangeRateForm({ currencies, action }: Props) {
  const { run, pending, fieldError, formError } = useAction(action, { fields: ["base_currency", "quote_currency", "rate", "effective_from"] });
  const [saved, setSaved] = useState<string>();
  const options = currencies.map((code) => ({ value: code, label: code }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { effective_from: local = "", ...values } = formValues(form);
    const effective = local ? new Date(local) : undefined;
    setSaved(undefined);
    run({ ...values, ...(effective ? { effective_from: Number.isNaN(effective.getTime()) ? local : effective.toISOString() } : {}) }, (rate) => {
      form.reset();
      setSaved(`Added 1 ${rate.base_currency} = ${rate.rate} ${rate.quote_currency}.`);
    });
  }

  return (
    <FormCard title="Add an exchange rate" description="Rates are append-only: a new rate replaces the pair's previous one from its effective time on." onSubmit={onSubmit}>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Base currency" name="base_currency" defaultValue="EUR" options={options} error={fieldError("base_currency")} />
        <SelectField label="Quote currency" name="quote_currency" defaultValue="USD" options={options} error={fieldError("quote_currency")} />
      </div>
      <TextField label="Rate" name="rate" inputMode="decimal" placeholder="1.0825" autoComplete="off" required hint="Units of the quote currency for 1 unit of the base currency; up to 12 decimals." error={fieldError("rate")} />
      <TextField label="Effective from" name="effective_from" type="datetime-local" step="1" hint="Your local time. Empty: now." error={fieldError("effective_from")} />
      <Button type="submit" pending={pending}>
        Add rate
      </Button>
      <SuccessMessage message={saved} />
    </FormCard>
  );
}
