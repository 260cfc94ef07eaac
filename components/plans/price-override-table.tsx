"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataTable } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { DeletedPriceOverrideDto, PriceOverrideDto } from "@/lib/schemas/price-override";

type Props = {
  overrides: PriceOverrideDto[];
  deleteAction?: (input: { priceOverrideId: string }) => Promise<ActionResult<DeletedPriceOverrideDto>>;
};

const priceText = (price: Record<string, unknown>) =>
  Object.entries(price)
    .map(([field, value]) => `${field.replaceAll("_", " ")}: ${Array.isArray(value) ? `${value.length} tiers` : String(value)}`)
    .join(", ");

/** Customer and group prices of this plan's charges (created through the API); removable by admins. */
export function PriceOverrideTable({ overrides, deleteAction }: Props) {
  const router = useRouter();
  return (
    <DataTable
      caption="Price overrides"
      rows={overrides}
      rowKey={(override) => override.id}
      empty="No customer or group has its own price for this plan. Create overrides with POST /api/v1/price_overrides."
      columns={[
        { header: "Charge", cell: (override) => `${override.charge_key} (v${override.plan_version})` },
        { header: "For", cell: (override) => (override.customer_id ? `customer ${override.customer_id}` : `group ${override.customer_group_id}`) },
        { header: "Currency", cell: (override) => override.currency },
        { header: "Price", cell: (override) => priceText(override.price) },
        ...(deleteAction
          ? [
              {
                header: "Actions",
                hideHeader: true,
                cell: (override: PriceOverrideDto) => (
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
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
