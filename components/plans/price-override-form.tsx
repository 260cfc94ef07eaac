"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { PlanChargeDto } from "@/lib/schemas/plan";
import type { PriceOverrideDto } from "@/lib/schemas/price-override";
import { emptyPrice, priceInput, priceParams } from "./plan-draft";
import { PriceEditor } from "./price-editor";

type Choice = { id: string; label: string };
type Props = {
  charges: Pick<PlanChargeDto, "id" | "key" | "name" | "model">[];
  currencies: string[];
  /** Suggestions for the customer field (any customer id can be typed). */
  customers: Choice[];
  groups: Choice[];
  createAction: (input: unknown) => Promise<ActionResult<PriceOverrideDto>>;
};

type Target = "customer" | "group";

/** A customer's or a group's own price for one charge of the plan's current version, in one currency. */
export function PriceOverrideForm({ charges, currencies, customers, groups, createAction }: Props) {
  const router = useRouter();
  const listId = useId();
  const [chargeId, setChargeId] = useState(charges[0]?.id ?? "");
  const [target, setTarget] = useState<Target>("customer");
  const [customerId, setCustomerId] = useState("");
  const [groupId, setGroupId] = useState(groups[0]?.id ?? "");
  const [currency, setCurrency] = useState(currencies[0] ?? "");
  const [price, setPrice] = useState(emptyPrice);
  const [saved, setSaved] = useState<string>();
  const charge = charges.find((item) => item.id === chargeId) ?? charges[0];
  const model = charge?.model ?? "flat";
  const { run, pending, fieldError, formError } = useAction(createAction, {
    fields: ["charge_id", "customer_id", "customer_group_id", "currency", ...priceParams("price", model, price)],
  });

  if (!charge) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const who = target === "customer" ? { customer_id: customerId.trim() } : { customer_group_id: groupId };
    run({ charge_id: chargeId, ...who, currency, price: priceInput(model, price) }, (override) => {
      setSaved(`Price override saved: ${override.charge_key} in ${override.currency} for ${target === "customer" ? "the customer" : "the group"}.`);
      setPrice(emptyPrice());
      router.refresh();
    });
  }

  return (
    <FormCard title="Add a price override" description="Replaces the plan's list price of one charge, in one currency, for a customer or every customer of a group." onSubmit={onSubmit}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Charge"
          value={chargeId}
          options={charges.map((item) => ({ value: item.id, label: `${item.name} (${item.key})` }))}
          onChange={(event) => setChargeId(event.target.value)}
          error={fieldError("charge_id")}
        />
        <SelectField label="Currency" value={currency} options={currencies.map((code) => ({ value: code, label: code }))} onChange={(event) => setCurrency(event.target.value)} error={fieldError("currency")} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">For</legend>
        <div className="flex gap-4 text-sm text-slate-700">
          {(["customer", "group"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="override-target" value={value} checked={target === value} onChange={() => setTarget(value)} className="size-4 border-slate-300" />
              {value === "customer" ? "A customer" : "A customer group"}
            </label>
          ))}
        </div>
        {target === "customer" ? (
          <>
            <TextField
              label="Customer"
              list={listId}
              autoComplete="off"
              value={customerId}
              onChange={(event) => setCustomerId(event.target.value)}
              hint="Type a name to pick from the list, or paste a customer id (cus_…)."
              error={fieldError("customer_id")}
            />
            <datalist id={listId}>
              {customers.map((customer) => (
                <option key={customer.id} value={customer.id} label={customer.label} />
              ))}
            </datalist>
          </>
        ) : (
          <SelectField
            label="Customer group"
            value={groupId}
            options={groups.length ? groups.map((group) => ({ value: group.id, label: group.label })) : [{ value: "", label: "No active groups" }]}
            onChange={(event) => setGroupId(event.target.value)}
            error={fieldError("customer_group_id")}
          />
        )}
      </fieldset>
      <PriceEditor model={model} currency={currency} price={price} onChange={setPrice} errorFor={(suffix) => fieldError(suffix ? `price.${suffix}` : "price")} />
      <FormError message={formError} />
      <SuccessMessage message={saved} />
      <Button type="submit" pending={pending}>
        Add override
      </Button>
    </FormCard>
  );
}
