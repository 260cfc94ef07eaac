"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { DataTable } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { CustomerImportReport } from "@/lib/schemas/customer";

/** Server actions take request bodies up to 1 MB (Next.js default); larger files go through the API. */
const MAX_FILE_BYTES = 900_000;

type Props = { importCustomers: (input: { csv: string; dry_run: boolean }) => Promise<ActionResult<CustomerImportReport>> };

/** Pick a CSV file (or paste it), check it (dry run), then import it: all rows or none. */
export function ImportForm({ importCustomers }: Props) {
  const [csv, setCsv] = useState("");
  const [report, setReport] = useState<CustomerImportReport>();
  const [fileError, setFileError] = useState<string>();
  const { run, pending, formError } = useAction(importCustomers);

  async function onFile(file: File | undefined) {
    setReport(undefined);
    setFileError(undefined);
    if (file && file.size > MAX_FILE_BYTES) {
      setCsv("");
      setFileError("This file is larger than 900 KB: split it, or send it to POST /api/v1/customers/import.");
      return;
    }
    setCsv(file ? await file.text() : "");
  }

  function submit(dryRun: boolean) {
    setReport(undefined);
    run({ csv, dry_run: dryRun }, setReport);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(true);
  }

  const errors = report?.errors ?? [];
  return (
    <div className="space-y-6">
      <FormCard title="Import customers from CSV" description="Check the file first: nothing is written until every row is valid, and then all rows are imported together." onSubmit={onSubmit}>
        <FormError message={formError} />
        <FieldShell label="CSV file" error={fileError}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} type="file" accept=".csv,text/csv" onChange={(event) => void onFile(event.target.files?.[0])} className="block text-sm" />}
        </FieldShell>
        <FieldShell label="Or paste the CSV">
          {({ id }) => (
            <textarea
              id={id}
              value={csv}
              onChange={(event) => {
                setReport(undefined);
                setCsv(event.target.value);
              }}
              rows={8}
              spellCheck={false}
              className="block w-full rounded-md border-0 px-3 py-2 font-mono text-xs shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
            />
          )}
        </FieldShell>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary" pending={pending} disabled={!csv.trim()}>
            Check file
          </Button>
          <Button type="button" pending={pending} disabled={!report?.valid || !report.dry_run} onClick={() => submit(false)}>
            Import {report?.valid && report.dry_run ? `${report.row_count} customers` : ""}
          </Button>
        </div>
        {report?.dry_run && report.valid && <SuccessMessage message={`All ${report.row_count} rows are valid. Import them when ready.`} />}
        {report && !report.dry_run && report.valid && (
          <SuccessMessage message={`Imported ${report.customer_ids.length} customers.`} />
        )}
        {report && !report.dry_run && report.valid && (
          <Link href="/customers?sort=-created_at" className="text-sm font-semibold text-brand-700 hover:underline">
            See the customers
          </Link>
        )}
      </FormCard>
      {errors.length > 0 && (
        <section aria-label="Errors in the file" className="space-y-2">
          <p role="alert" className="text-sm font-medium text-red-700">
            {errors.length} error{errors.length === 1 ? "" : "s"} in the file; nothing was imported. Fix them and check again.
          </p>
          <DataTable
            caption="Errors in the file"
            rows={errors}
            rowKey={(issue) => `${issue.row}-${issue.column}-${issue.message}`}
            empty="No errors."
            columns={[
              { header: "Row", cell: (issue) => issue.row },
              { header: "Column", cell: (issue) => (issue.column ? <code className="font-mono text-xs">{issue.column}</code> : "—") },
              { header: "Problem", cell: (issue) => issue.message },
            ]}
          />
        </section>
      )}
    </div>
  );
}
