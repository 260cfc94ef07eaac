"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TypedConfirmButton } from "@/components/ui/typed-confirm-button";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { CustomerDto, DeletedCustomerDto } from "@/lib/schemas/customer";

type Props = {
  customer: CustomerDto;
  canWrite: boolean;
  anonymize: (input: { customerId: string }) => Promise<ActionResult<CustomerDto>>;
  remove: (input: { customerId: string }) => Promise<ActionResult<DeletedCustomerDto>>;
};

/** Export the customer's data (JSON), anonymize it (typed confirmation), or delete it. */
export function DataPrivacyActions({ customer, canWrite, anonymize, remove }: Props) {
  const router = useRouter();
  return (
    <div className="flex flex-wrap items-start gap-2">
      <a
        href={`/api/admin/customers/${customer.id}/export`}
        download={`customer-${customer.account_number}.json`}
        className="rounded-md bg-white px-3 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
      >
        Export data (JSON)
      </a>
      {canWrite && !customer.anonymized_at && (
        <TypedConfirmButton
          label="Anonymize"
          title={`Anonymize ${customer.name}?`}
          phrase={customer.account_number}
          description={
            <p>
              Name, email, phone, addresses, tax id, notes, metadata and contacts are erased for good, and the customer is archived. Ids, the account number,
              the external reference and billing records are kept.
            </p>
          }
          action={() => anonymize({ customerId: customer.id })}
          onDone={() => router.refresh()}
        />
      )}
      {canWrite && (
        <ConfirmButton
          label="Delete"
          title={`Delete ${customer.name}?`}
          description="Only a customer that was never billed can be deleted; its contacts go with it. Otherwise archive or anonymize it."
          action={async () => {
            const result = await remove({ customerId: customer.id });
            if (result.ok) router.push("/customers");
            return result;
          }}
        />
      )}
    </div>
  );
}
