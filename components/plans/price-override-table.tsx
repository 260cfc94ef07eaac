"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { DataTable } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { ChargeModelName } from "@/lib/schemas/charge-model";
import type { DeletedPriceOverrideDto, PriceOverrideDto } from "@/lib/schemas/price-override";
import { priceDraftFrom, priceInput, priceParams } from "./plan-draft";
import { PriceEditor } from "./price-editor";
import { priceText } from "./price-text";

type Props = {
  overrides: PriceOverrideDto[];
  /** Names of the customers and groups the overrides are for, by id (the id shows otherwise). */
  names?: Record<string, string>;
  deleteAction?: (input: { priceOverrideId: string }) => Promise<ActionResult<DeletedPriceOverrideDto>>;
  updateAction?: (priceOverrideId: string, input: unknown) => Promise<ActionResult<PriceOverrideDto>>;
};

const linkClass = "text-brand-700 hover:underline";

function Target({ override, names }: { override: PriceOverrideDto; names: Record<string, string> }) {
  if (override.customer_id) {
    return (
      <Link href={`/customers/${override.customer_id}`} className={linkClass}>
        {names[override.customer_id] ?? override.customer_id}
      </Link>
    );
  }
  const groupId = override.customer_group_id ?? "";
  return (
    <>
      group{" "}
      <Link href={`/customers/groups/${groupId}`} className={linkClass}>
        {names[groupId] ?? groupId}
      </Link>
    </>
  );
}

/** Customer and group prices of this plan's charges; admins edit their price or remove them. */
export function PriceOverrideTable({ overrides, names = {}, deleteAction, updateAction }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState<PriceOverrideDto>();
  const [saved, setSaved] = useState<string>();
  const actions = deleteAction || updateAction;
  return (
    <div className="space-y-3">
      <SuccessMessage message={saved} />
      <DataTable
        caption="Price overrides"
        rows={overrides}
        rowKey={(override) => override.id}
        empty="No customer or group has its own price for this plan."
        columns={[
          { header: "Charge", cell: (override) => `${override.charge_key} (v${override.plan_version})` },
          { header: "For", cell: (override) => <Target override={override} names={names} /> },
          { header: "Currency", cell: (override) => override.currency },
          { header: "Price", cell: (override) => priceText(override.price) },
          ...(actions
            ? [
                {
                  header: "Actions",
                  hideHeader: true,
                  cell: (override: PriceOverrideDto) => (
                    <div className="flex justify-end gap-2">
                      {updateAction && (
                        <Button
                          type="button"
                          variant="secondary"
                          aria-label={`Edit price of ${override.charge_key} in ${override.currency}`}
                          onClick={() => {
                            setSaved(undefined);
                            setEditing(override);
                          }}
                        >
                          Edit price
                        </Button>
                      )}
                      {deleteAction && (
                        <ConfirmButton
                          label="Remove"
                          title="Remove this price override?"
                          description="The customer (or group) pays the next price in line again: the group's, else the plan's list price."
                          action={async () => {
                            const result = await deleteAction({ priceOverrideId: override.id });
                            if (result.ok) router.refresh();
                            return result;
                          }}
                        />
                      )}
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && updateAction && (
        <OverridePriceForm
          key={editing.id}
          override={editing}
          updateAction={updateAction.bind(null, editing.id)}
          onCancel={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setSaved(`Price of ${editing.charge_key} in ${editing.currency} saved.`);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}

type FormProps = {
  override: PriceOverrideDto;
  updateAction: (input: unknown) => Promise<ActionResult<PriceOverrideDto>>;
  onCancel: () => void;
  onSaved: () => void;
};

/** Edits one override's price (its charge, customer or group and currency are fixed: remove and add again to change them). */
function OverridePriceForm({ override, updateAction, onCancel, onSaved }: FormProps) {
  const model = override.model as ChargeModelName;
  const [price, setPrice] = useState(() => priceDraftFrom(override.price));
  const { run, pending, fieldError, formError } = useAction(updateAction, { fields: priceParams("price", model, price) });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ price: priceInput(model, price) }, onSaved);
  }

  return (
    <FormCard title={`Edit price: ${override.charge_key} in ${override.currency}`} onSubmit={onSubmit}>
      <PriceEditor autoFocus model={model} currency={override.currency} price={price} onChange={setPrice} errorFor={(suffix) => fieldError(suffix ? `price.${suffix}` : "price")} />
      <FormError message={formError} />
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Save price
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </FormCard>
  );
}
