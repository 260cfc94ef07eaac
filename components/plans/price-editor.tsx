"use client";

import { TextField } from "@/components/ui/field";
import type { ChargeModelName } from "@/lib/schemas/charge-model";
import { isTiered, PRICE_FIELDS, SPEND_FIELDS, type PriceDraft } from "./plan-draft";
import { TierEditor } from "./tier-editor";

type Props = {
  model: ChargeModelName;
  currency: string;
  price: PriceDraft;
  onChange: (price: PriceDraft) => void;
  /** The error for a param under this price: `""` (the price itself), `amount`, `tiers[1].up_to`. */
  errorFor: (suffix: string) => string | undefined;
  /** Focuses the first field on mount (an editor opened on demand). */
  autoFocus?: boolean;
};

const fieldLabel = (field: string) => field.charAt(0).toUpperCase() + field.slice(1).replaceAll("_", " ");

/** One charge's price in one currency: the model's properties (and tiers for tiered models). */
export function PriceEditor({ model, currency, price, onChange, errorFor, autoFocus }: Props) {
  const priceError = errorFor("");
  return (
    <div className="space-y-3 rounded-md bg-slate-50 p-3">
      <h4 className="text-sm font-semibold text-slate-800">Price in {currency}</h4>
      {priceError && (
        <p role="alert" className="text-sm text-red-600">
          {priceError}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {[...PRICE_FIELDS[model], ...SPEND_FIELDS].map((field, index) => (
          <TextField
            key={field}
            label={`${fieldLabel(field)} (${currency})`}
            inputMode="decimal"
            value={price.fields[field] ?? ""}
            onChange={(event) => onChange({ ...price, fields: { ...price.fields, [field]: event.target.value } })}
            error={errorFor(field)}
            autoFocus={autoFocus && index === 0}
          />
        ))}
      </div>
      {isTiered(model) && <TierEditor label={currency} tiers={price.tiers} onChange={(tiers) => onChange({ ...price, tiers })} errorFor={errorFor} />}
    </div>
  );
}
