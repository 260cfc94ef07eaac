"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { formatMoney, money } from "@/lib/billing/money";
import type { PlanDto } from "@/lib/schemas/plan";
import type { PlanPricePreviewDto } from "@/lib/schemas/price-preview";

type Props = {
  plan: Pick<PlanDto, "id" | "current_version">;
  previewPlanPriceAction: (input: unknown) => Promise<ActionResult<PlanPricePreviewDto>>;
};

/** "Try it": what the plan costs for some quantities (and transactions), as invoices would price it. */
export function PlanPricePreviewForm({ plan, previewPlanPriceAction }: Props) {
  const version = plan.current_version;
  const { run, pending, fieldError, formError } = useAction(previewPlanPriceAction, { fields: ["currency"] });
  const [result, setResult] = useState<PlanPricePreviewDto>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const quantities: Record<string, string> = {};
    const transactions: Record<string, string[]> = {};
    for (const charge of version.charges) {
      const value = String(values.get(`charge:${charge.key}`) ?? "").trim();
      if (!value) continue;
      if (charge.model === "percentage") transactions[charge.key] = value.split(",").map((amount) => amount.trim());
      else quantities[charge.key] = value;
    }
    run({ plan_id: plan.id, currency: String(values.get("currency")), quantities, transactions }, setResult);
  }

  if (version.charges.length === 0) return null;
  return (
    <FormCard title="Try it" description="Price this plan for a billing period: leave a field empty to use the charge's default." onSubmit={onSubmit}>
      <SelectField label="Currency" name="currency" options={version.currencies.map((code) => ({ value: code, label: code }))} error={fieldError("currency")} />
      {version.charges.map((charge) => {
        const percentage = charge.model === "percentage";
        const error = fieldError(`${percentage ? "transactions" : "quantities"}.${charge.key}`);
        return (
          <TextField
            key={charge.key}
            name={`charge:${charge.key}`}
            label={`${charge.name}: ${percentage ? "transactions" : "quantity"}`}
            inputMode="decimal"
            placeholder={percentage ? "100, 20.50" : charge.kind === "usage" ? "0" : charge.default_quantity}
            hint={charge.add_on ? "Add-on: counted only when you give a quantity." : undefined}
            error={error}
          />
        );
      })}
      <FormError message={formError} />
      <Button type="submit" pending={pending}>
        Preview price
      </Button>
      {result && <PlanPreviewResult result={result} />}
    </FormCard>
  );
}

function PlanPreviewResult({ result }: { result: PlanPricePreviewDto }) {
  const format = (amount: number) => formatMoney(money(amount, result.currency));
  return (
    <div className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200" aria-live="polite">
      <div className="text-sm text-slate-600">Total per period</div>
      <div className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="plan-preview-total">
        {format(result.amount)}
      </div>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">Charges</caption>
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1 font-medium">Charge</th>
            <th className="py-1 text-right font-medium">Quantity</th>
            <th className="py-1 text-right font-medium">Amount</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {result.charges.map((charge) => (
            <tr key={charge.key} className={`border-t border-slate-200 ${charge.included ? "" : "text-slate-400"}`}>
              <td className="py-1">
                {charge.name}
                {!charge.included && " (add-on, not included)"}
              </td>
              <td className="py-1 text-right">{charge.quantity ?? "—"}</td>
              <td className="py-1 text-right">{format(charge.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
