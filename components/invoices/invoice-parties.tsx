import type { InvoiceParties as Parties, InvoiceParty, StoredAddress } from "@/lib/invoices/stored-invoice";

function Address({ address }: { address: StoredAddress | null }) {
  if (!address) return null;
  const lines = [address.line1, address.line2, [address.postal_code, address.city].filter(Boolean).join(" "), address.region, address.country].filter(Boolean);
  return (
    <address className="not-italic">
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </address>
  );
}

function Party({ title, party, extra }: { title: string; party: InvoiceParty; extra?: string[] }) {
  return (
    <div>
      <h3 className="font-medium text-slate-500">{title}</h3>
      <div className="mt-1 text-slate-900">
        <div className="font-semibold">{party.name || "—"}</div>
        <Address address={party.address} />
        {party.email && <div>{party.email}</div>}
        {party.tax_id && <div>Tax id {party.tax_id}</div>}
        {extra?.map((line) => (
          <div key={line} className="text-slate-600">
            {line}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Seller and buyer as they were when the invoice was finalized. */
export function InvoiceParties({ parties }: { parties: Record<string, unknown> }) {
  const { seller, buyer } = parties as Parties;
  if (!seller || !buyer) return null;
  const notes = [`Account ${buyer.account_number}`, ...(buyer.reverse_charge ? ["Reverse charge"] : []), ...(buyer.tax_exempt ? ["Tax exempt"] : [])];
  return (
    <div className="mt-4 grid gap-6 rounded-lg bg-white p-5 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
      <Party title="From" party={seller} />
      <Party title="Bill to" party={buyer} extra={notes} />
    </div>
  );
}
