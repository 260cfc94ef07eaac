"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { fromMajor } from "@/lib/billing/money";
import type { CouponDto } from "@/lib/schemas/coupon";
import { idList, numberOrRaw, optionalText, planIdFields, toIsoOrRaw } from "./form-values";

const DURATIONS = [
  { value: "once", label: "Once: the first billing period" },
  { value: "repeating", label: "Repeating: a number of billing periods" },
  { value: "forever", label: "Forever" },
];

const FIELDS = ["code", "name", "percent_off", "amounts_off", "duration", "duration_periods", "max_redemptions", "max_redemptions_per_customer", "expires_at", "plan_ids"];

const PLAN_ID_FIELDS = planIdFields();

type AmountRow = { key: number; currency: string; amount: string };

/** Amounts typed in major units ("5.00") → minor units per currency; the problems by row key. */
function amountsOff(rows: AmountRow[]): { amounts?: Record<string, number | string>; errors: Record<number, string> } {
  const filled = rows.filter((row) => row.amount.trim() !== "");
  const errors: Record<number, string> = {};
  if (filled.length === 0) return { errors };
  const amounts: Record<string, number | string> = {};
  for (const row of filled) {
    try {
      amounts[row.currency] = Number(fromMajor(row.amount.trim(), row.currency).amountMinor);
    } catch {
      errors[row.key] = `Enter an amount in ${row.currency}, such as 5.00.`;
    }
  }
  return { amounts, errors };
}

type Props = { currencies: readonly string[]; createCouponAction: (input: unknown) => Promise<ActionResult<CouponDto>> };

/** Create a coupon: a percentage, or an amount per currency (the server refuses both or neither, next to the percentage). */
export function CouponForm({ currencies, createCouponAction }: Props) {
  const router = useRouter();
  const [duration, setDuration] = useState("once");
  const [rows, setRows] = useState<AmountRow[]>([{ key: 0, currency: "EUR", amount: "" }]);
  const fields = [...FIELDS, ...rows.map((row) => `amounts_off.${row.currency}`), ...PLAN_ID_FIELDS];
  const { run, pending, fieldError, formError } = useAction(createCouponAction, { fields });
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const options = currencies.map((code) => ({ value: code, label: code }));

  const updateRow = (key: number, change: Partial<AmountRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    const { amounts, errors } = amountsOff(rows);
    setRowErrors(errors);
    if (Object.keys(errors).length > 0) return;
    run(
      {
        code: value("code"),
        name: value("name"),
        percent_off: optionalText(value("percent_off")),
        amounts_off: amounts,
        duration,
        duration_periods: duration === "repeating" ? numberOrRaw(value("duration_periods")) : undefined,
        max_redemptions: numberOrRaw(value("max_redemptions")),
        max_redemptions_per_customer: numberOrRaw(value("max_redemptions_per_customer")),
        expires_at: toIsoOrRaw(value("expires_at")),
        plan_ids: idList(value("plan_ids")),
      },
      (coupon) => router.push(`/catalog/coupons/${coupon.id}?created=1`),
    );
  }

  const usedCurrencies = new Set(rows.map((row) => row.currency));
  const amountGroupError = fieldError("amounts_off");

  return (
    <FormCard title="New coupon" description="What customers type at checkout, and what it takes off their invoices." onSubmit={onSubmit}>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Code" name="code" placeholder="WELCOME10" autoComplete="off" required hint="Letters, digits, - and _; not case-sensitive." error={fieldError("code")} />
        <TextField label="Name" name="name" placeholder="Welcome offer" required error={fieldError("name")} />
      </div>

      <fieldset className="space-y-3 rounded-md p-3 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-medium text-slate-700">Discount: a percentage, or an amount per currency</legend>
        <TextField label="Percent off" name="percent_off" inputMode="decimal" placeholder="12.5" hint="Above 0 and at most 100." error={fieldError("percent_off")} />
        <p className="text-xs text-slate-500">or</p>
        {rows.map((row, index) => (
          <div key={row.key} className="grid grid-cols-[8rem_1fr_auto] items-start gap-2">
            <SelectField
              label={`Currency ${index + 1}`}
              value={row.currency}
              onChange={(event) => updateRow(row.key, { currency: event.target.value })}
              options={options.filter((option) => option.value === row.currency || !usedCurrencies.has(option.value))}
            />
            <TextField
              label={`Amount off in ${row.currency}`}
              inputMode="decimal"
              placeholder="5.00"
              value={row.amount}
              onChange={(event) => updateRow(row.key, { amount: event.target.value })}
              error={rowErrors[row.key] ?? fieldError(`amounts_off.${row.currency}`)}
            />
            {rows.length > 1 && (
              <Button type="button" variant="ghost" className="mt-6" onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
                Remove
              </Button>
            )}
          </div>
        ))}
        {amountGroupError && (
          <p role="alert" className="text-sm text-red-600">
            {amountGroupError}
          </p>
        )}
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            const next = currencies.find((code) => !usedCurrencies.has(code)) ?? "USD";
            setRows((current) => [...current, { key: Math.max(...current.map((row) => row.key)) + 1, currency: next, amount: "" }]);
          }}
        >
          Add a currency
        </Button>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Duration" name="duration" value={duration} onChange={(event) => setDuration(event.target.value)} options={DURATIONS} error={fieldError("duration")} />
        {duration === "repeating" && (
          <TextField label="Billing periods" name="duration_periods" inputMode="numeric" placeholder="3" error={fieldError("duration_periods")} />
        )}
        <TextField label="Max redemptions" name="max_redemptions" inputMode="numeric" hint="Empty: unlimited." error={fieldError("max_redemptions")} />
        <TextField label="Max redemptions per customer" name="max_redemptions_per_customer" inputMode="numeric" hint="Empty: unlimited." error={fieldError("max_redemptions_per_customer")} />
        <TextField label="Expires at" name="expires_at" type="datetime-local" hint="In your time zone. Empty: never." error={fieldError("expires_at")} />
        <TextField label="Plan ids" name="plan_ids" placeholder="plan_… plan_…" hint="Restrict to these plans; empty: every plan." error={fieldError("plan_ids") ?? PLAN_ID_FIELDS.map(fieldError).find(Boolean)} />
      </div>
      <Button type="submit" pending={pending}>
        Create coupon
      </Button>
    </FormCard>
  );
}
