"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { formatMoney, money } from "@/lib/billing/money";
import type { PricePreviewDto } from "@/lib/schemas/price-preview";
import { CHARGE_EXAMPLES, type ChargeExampleName } from "./charge-examples";

type Props = { previewPriceAction: (values: Record<string, string>) => Promise<ActionResult<PricePreviewDto>> };

const EXAMPLE_OPTIONS = Object.keys(CHARGE_EXAMPLES).map((name) => ({ value: name, label: name.replace("_", " ") }));
const pretty = (name: ChargeExampleName) => JSON.stringify(CHARGE_EXAMPLES[name].charge, null, 2);

/** "Try it": prices a charge definition exactly as the API and invoices do. */
export function PricePreviewForm({ previewPriceAction }: Props) {
  const { run, pending, fieldError, formError } = useAction(previewPriceAction, { fields: ["quantity", "transactions"] });
  const [example, setExample] = useState<ChargeExampleName>("graduated");
  const [chargeJson, setChargeJson] = useState(pretty("graduated"));
  const [result, setResult] = useState<PricePreviewDto>();
  const input: { quantity?: string; transactions?: string } = CHARGE_EXAMPLES[example].input;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(formValues(event.currentTarget), setResult);
  }

  return (
    <FormCard title="Price preview" description="Paste or edit a charge definition (the API's format) and see what it costs, with the breakdown." onSubmit={onSubmit}>
      <SelectField
        label="Start from an example"
        value={example}
        options={EXAMPLE_OPTIONS}
        onChange={(event) => {
          const name = event.target.value as ChargeExampleName;
          setExample(name);
          setChargeJson(pretty(name));
          setResult(undefined);
        }}
      />
      <FieldShell label="Charge definition (JSON)">
        {({ id, describedBy }) => (
          <textarea
            id={id}
            name="charge_json"
            aria-describedby={describedBy}
            rows={10}
            spellCheck={false}
            value={chargeJson}
            onChange={(event) => setChargeJson(event.target.value)}
            className="block w-full rounded-md border-0 px-3 py-2 font-mono text-xs text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
          />
        )}
      </FieldShell>
      {"transactions" in input ? (
        <TextField key={`${example}-tx`} label="Transactions" name="transactions" defaultValue={input.transactions} hint="Amounts separated by commas." error={fieldError("transactions")} />
      ) : (
        <TextField key={`${example}-qty`} label="Quantity" name="quantity" defaultValue={input.quantity} inputMode="decimal" error={fieldError("quantity")} />
      )}
      <FormError message={formError} />
      <Button type="submit" pending={pending}>
        Preview price
      </Button>
      {result && <PreviewResult result={result} />}
    </FormCard>
  );
}

function PreviewResult({ result }: { result: PricePreviewDto }) {
  return (
    <div className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200" aria-live="polite">
      <div className="text-sm text-slate-600">Amount</div>
      <div className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="price-preview-amount">
        {formatMoney(money(result.amount, result.currency))}
      </div>
      <div className="text-xs text-slate-500">exact: {result.amount_decimal} {result.currency}, rounded once, half up</div>
      {result.breakdown.length > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Breakdown</caption>
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th className="py-1 font-medium">Line</th>
              <th className="py-1 text-right font-medium">Quantity</th>
              <th className="py-1 text-right font-medium">Unit price</th>
              <th className="py-1 text-right font-medium">Amount</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {result.breakdown.map((line, index) => (
              <tr key={index} className="border-t border-slate-200">
                <td className="py-1">{line.description}</td>
                <td className="py-1 text-right">{line.quantity}</td>
                <td className="py-1 text-right">{line.unit_price ?? "—"}</td>
                <td className="py-1 text-right">{line.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
