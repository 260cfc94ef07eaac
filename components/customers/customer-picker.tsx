"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { fetchJson } from "@/lib/query/fetch-json";
import { qk } from "@/lib/query/keys";
import type { ListResponse } from "@/lib/schemas/common";
import type { CustomerDto } from "@/lib/schemas/customer";

type Props = {
  /** The first active customers by name, when the page rendered them: the choices before any search (fetched otherwise). */
  initial?: ListResponse<CustomerDto>;
  name: string;
  error?: string;
  /** A first choice for "no customer" (a filter's "All customers"); without it a customer must be chosen. */
  anyLabel?: string;
};

const SEARCH_DELAY_MS = 250;

/** A search box over active customers (name, email, external ref) and the matching customers to choose from. */
export function CustomerPicker({ initial, name, error, anyLabel }: Props) {
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useQuery({
    queryKey: qk.customers.search(q),
    queryFn: () => fetchJson<ListResponse<CustomerDto>>(`/api/admin/customer-search${q ? `?q=${encodeURIComponent(q)}` : ""}`),
    initialData: q === "" ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const customers = search.data?.data ?? [];
  const matches = customers.map((customer) => ({ value: customer.id, label: `${customer.name} (${customer.account_number})${customer.email ? ` · ${customer.email}` : ""}` }));
  const options = anyLabel
    ? [{ value: "", label: anyLabel }, ...matches]
    : matches.length
      ? matches
      : [{ value: "", label: search.isFetching ? "Searching…" : "No customer matches" }];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label="Find a customer" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="Name, email or external ref" autoComplete="off" />
      <SelectField key={q} label="Customer" name={name} options={options} error={error} hint={search.isError ? search.error.message : undefined} />
    </div>
  );
}
