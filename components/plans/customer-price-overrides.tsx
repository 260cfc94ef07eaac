import Link from "next/link";
import { DataTable } from "@/components/ui/table";
import type { PriceOverrideDto } from "@/lib/schemas/price-override";
import { priceText } from "./price-text";

type Props = {
  overrides: PriceOverrideDto[];
  /** Plan names by id (the id shows otherwise). */
  planNames: Record<string, string>;
  /** The customer's group, whose overrides apply where the customer has none of its own. */
  group?: { id: string; name: string } | null;
};

const linkClass = "text-brand-700 hover:underline";

/** Read-only: the prices this customer pays instead of plans' list prices; each links to its plan, where they are edited. */
export function CustomerPriceOverrides({ overrides, planNames, group }: Props) {
  return (
    <DataTable
      caption="Price overrides"
      rows={overrides}
      rowKey={(override) => override.id}
      empty="This customer pays the plans' list prices: no price override for it or its group."
      columns={[
        {
          header: "Plan",
          cell: (override) => (
            <Link href={`/catalog/plans/${override.plan_id}`} className={linkClass}>
              {planNames[override.plan_id] ?? override.plan_id}
            </Link>
          ),
        },
        { header: "Charge", cell: (override) => `${override.charge_key} (v${override.plan_version})` },
        { header: "Currency", cell: (override) => override.currency },
        { header: "Price", cell: (override) => priceText(override.price) },
        {
          header: "From",
          cell: (override) =>
            override.customer_id ? (
              "This customer"
            ) : (
              <Link href={`/customers/groups/${override.customer_group_id}`} className={linkClass}>
                Group {group?.id === override.customer_group_id ? group.name : override.customer_group_id}
              </Link>
            ),
        },
      ]}
    />
  );
}
