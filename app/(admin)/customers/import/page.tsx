import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { ImportForm } from "@/components/customers/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireAdmin } from "@/lib/auth/require-admin";
import { CUSTOMER_IMPORT_COLUMNS, CUSTOMER_IMPORT_MAX_ROWS } from "@/lib/customers/customer-csv";
import { canWrite } from "@/lib/services/context";
import { importCustomersAction } from "../actions";

export const metadata = { title: "Import customers" };

export default async function ImportCustomersPage() {
  const ctx = await requireAdmin();
  return (
    <>
      <PageHeader
        title="Import customers"
        description={`A CSV file with a header row, up to ${CUSTOMER_IMPORT_MAX_ROWS} customers. The API takes the same file: POST /api/v1/customers/import?dry_run=true.`}
      />
      {canWrite(ctx) ? (
        <div className="max-w-3xl">
          <ImportForm importCustomers={importCustomersAction} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
      <Section title="Columns">
        <p className="max-w-3xl text-sm text-slate-600">
          Only <code>name</code> is required; empty cells are not given. Booleans are <code>true</code> or <code>false</code>. Add one{" "}
          <code>metadata.&lt;key&gt;</code> column per metadata key. Rows are numbered as in a spreadsheet: the header is row 1. An external reference must be
          unique in the file and among existing customers. A file exported from the customer list can be re-imported after removing its id, account_number,
          status, created_at and anonymized_at columns.
        </p>
        <ul className="mt-3 flex max-w-3xl flex-wrap gap-2">
          {[...CUSTOMER_IMPORT_COLUMNS, "metadata.<key>"].map((column) => (
            <li key={column}>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{column}</code>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
