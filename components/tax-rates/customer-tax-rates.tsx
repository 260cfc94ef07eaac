"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { CustomerTaxRatesDto, TaxRateDto } from "@/lib/schemas/tax-rate";
import { CheckboxField } from "./checkbox-field";
import { taxRateLabel } from "./tax-rate-table";

type Props = {
  customerId: string;
  /** The customer's own rates (GET /customers/{id}/tax_rates). */
  assigned: TaxRateDto[];
  /** Active rates to choose from (listTaxRates with status=active). */
  available: TaxRateDto[];
  canWrite: boolean;
  setCustomerTaxRatesAction: (input: { customerId: string; tax_rate_ids: string[] }) => Promise<ActionResult<CustomerTaxRatesDto>>;
};

/**
 * The customer page's tax rate box: pick the rates charged to this customer instead of the
 * default rates of their country. Drop-in: pass the action from app/(admin)/catalog/tax-rates/actions.ts.
 */
export function CustomerTaxRates({ customerId, assigned, available, canWrite, setCustomerTaxRatesAction }: Props) {
  const router = useRouter();
  const { run, pending, fieldError, formError } = useAction(setCustomerTaxRatesAction, { fields: ["tax_rate_ids"] });
  const [saved, setSaved] = useState<string>();
  const assignedIds = new Set(assigned.map((rate) => rate.id));
  const choices = [...assigned.filter((rate) => rate.archived_at), ...available];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ids = new FormData(event.currentTarget).getAll("tax_rate_ids").map(String);
    setSaved(undefined);
    run({ customerId, tax_rate_ids: ids }, () => {
      setSaved(ids.length ? "Tax rates saved." : "Back to the default tax rates of the customer's country.");
      router.refresh();
    });
  }

  return (
    <FormCard title="Rates for this customer" description="None ticked: the default rates of the customer's billing country apply (none if tax exempt)." onSubmit={onSubmit}>
      <FormError message={formError} />
      <SuccessMessage message={saved} />
      {choices.length === 0 ? (
        <p className="text-sm text-slate-500">No tax rates defined yet (Catalogue › Tax rates).</p>
      ) : (
        <fieldset className="space-y-2" disabled={!canWrite}>
          <legend className="sr-only">Tax rates charged to this customer</legend>
          {choices.map((rate) => (
            <CheckboxField
              key={rate.id}
              name="tax_rate_ids"
              value={rate.id}
              defaultChecked={assignedIds.has(rate.id)}
              label={`${rate.name} ${taxRateLabel(rate)} (${rate.code})${rate.archived_at ? " – archived" : ""}`}
            />
          ))}
        </fieldset>
      )}
      {fieldError("tax_rate_ids") && (
        <p role="alert" className="text-sm text-red-600">
          {fieldError("tax_rate_ids")}
        </p>
      )}
      {canWrite && choices.length > 0 && (
        <Button type="submit" pending={pending}>
          Save tax rates
        </Button>
      )}
    </FormCard>
  );
}
