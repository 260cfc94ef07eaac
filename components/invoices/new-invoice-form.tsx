"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";

type Row = { key: number; product_id: string; description: string; quantity: string; unit_amount: string };
const emptyRow = (key: number): Row => ({ key, product_id: "", description: "", quantity: "1", unit_amount: "" });

type Props = {
  customers: { id: string; name: string; currency: string | null }[];
  products: { id: string; name: string }[];
  currencies: string[];
  create: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

/** A one-off invoice: customer, currency, manual lines (the customer's tax rates apply), memo and due date; saved as a draft or finalized at once. */
export function NewInvoiceForm({ customers, products, currencies, create }: Props) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>([emptyRow(0)]);
  const [customerId, setCustomerId] = useState(customers[0]?.id ?? "");
  const [currency, setCurrency] = useState(customers[0]?.currency ?? currencies[0] ?? "EUR");
  const lineFields = rows.flatMap((_, index) => ["product_id", "description", "quantity", "unit_amount", "tax_rate_ids"].map((field) => `lines[${index}].${field}`));
  const { run, pending, fieldError, formError } = useAction(create, { fields: ["customer_id", "currency", "memo", "due_date", ...lineFields] });

  const setRow = (key: number, field: keyof Omit<Row, "key">, value: string) => setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const due = String(data.get("due_date") ?? "");
    run(
      {
        customer_id: customerId,
        currency,
        memo: String(data.get("memo") ?? "") || undefined,
        due_date: due ? `${due}T00:00:00Z` : undefined,
        finalize: submitter?.value === "finalize",
        // An empty description with a product takes the product's name (on the server).
        lines: rows.map(({ product_id, description, quantity, unit_amount }) => ({
          ...(product_id ? { product_id } : {}),
          ...(description || !product_id ? { description } : {}),
          quantity,
          unit_amount,
        })),
      },
      (invoice) => router.push(`/invoices/${invoice.id}`),
    );
  }

  return (
    <form aria-label="New invoice" onSubmit={submit} noValidate className="space-y-5 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label="Customer"
          value={customerId}
          onChange={(event) => {
            setCustomerId(event.target.value);
            const preferred = customers.find((customer) => customer.id === event.target.value)?.currency;
            if (preferred) setCurrency(preferred);
          }}
          options={customers.map((customer) => ({ value: customer.id, label: customer.name }))}
          error={fieldError("customer_id")}
        />
        <SelectField label="Currency" value={currency} onChange={(event) => setCurrency(event.target.value)} options={currencies.map((code) => ({ value: code, label: code }))} error={fieldError("currency")} />
        <TextField label="Due date" name="due_date" type="date" hint="Empty: from the customer's payment terms" error={fieldError("due_date")} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Lines</legend>
        {rows.map((row, index) => (
          <div key={row.key} className="grid items-end gap-3 sm:grid-cols-[12rem_1fr_7rem_9rem_auto]">
            <SelectField
              label={`Line ${index + 1} product`}
              value={row.product_id}
              onChange={(event) => setRow(row.key, "product_id", event.target.value)}
              options={[{ value: "", label: "No product" }, ...products.map((product) => ({ value: product.id, label: product.name }))]}
              error={fieldError(`lines[${index}].product_id`)}
            />
            <TextField label={`Line ${index + 1} description`} placeholder={row.product_id ? "The product's name" : undefined} value={row.description} onChange={(event) => setRow(row.key, "description", event.target.value)} error={fieldError(`lines[${index}].description`)} />
            <TextField label={`Line ${index + 1} quantity`} inputMode="decimal" value={row.quantity} onChange={(event) => setRow(row.key, "quantity", event.target.value)} error={fieldError(`lines[${index}].quantity`)} />
            <TextField label={`Line ${index + 1} unit price (${currency})`} inputMode="decimal" value={row.unit_amount} onChange={(event) => setRow(row.key, "unit_amount", event.target.value)} error={fieldError(`lines[${index}].unit_amount`)} />
            <Button type="button" variant="ghost" disabled={rows.length === 1} onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
              Remove<span className="sr-only"> line {index + 1}</span>
            </Button>
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => setRows((current) => [...current, emptyRow(Math.max(...current.map((row) => row.key)) + 1)])}>
          Add line
        </Button>
      </fieldset>
      <TextAreaField label="Memo" name="memo" hint="Printed on the invoice." error={fieldError("memo")} />
      <FormError message={formError} />
      <div className="flex gap-2">
        <Button type="submit" name="intent" value="draft" pending={pending}>
          Create draft
        </Button>
        <Button type="submit" name="intent" value="finalize" variant="secondary" pending={pending}>
          Create and finalize
        </Button>
      </div>
    </form>
  );
}
