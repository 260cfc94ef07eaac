import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { NewInvoiceForm } from "@/components/invoices/new-invoice-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCurrencies } from "@/lib/billing/currency";
import { listCustomersQuerySchema } from "@/lib/schemas/customer";
import { listProductsQuerySchema } from "@/lib/schemas/product";
import { listProducts } from "@/lib/services/catalog/list-products";
import { canWrite } from "@/lib/services/context";
import { listCustomers } from "@/lib/services/customers/list-customers";
import { createInvoiceAction } from "../actions";

export const metadata = { title: "New invoice" };

export default async function NewInvoicePage() {
  const ctx = await requireAdmin();
  const [customers, products] = await Promise.all([
    listCustomers(ctx, listCustomersQuerySchema.parse({ status: "active", sort: "name", limit: "100" })),
    listProducts(ctx, listProductsQuerySchema.parse({ status: "active", sort: "name", limit: "100" })),
  ]);
  return (
    <>
      <PageHeader title="New invoice" description="A one-off invoice with manual lines. The customer's tax rates apply; save it as a draft to review, or finalize it at once." />
      {!canWrite(ctx) ? (
        <ReadOnlyNotice />
      ) : customers.data.length === 0 ? (
        <EmptyState title="No active customer" description="Create a customer first: an invoice bills one." />
      ) : (
        <NewInvoiceForm
          customers={customers.data.map((customer) => ({ id: customer.id, name: customer.name, currency: customer.effective.preferred_currency }))}
          products={products.data.map((product) => ({ id: product.id, name: product.name }))}
          currencies={[...listCurrencies()]}
          create={createInvoiceAction}
        />
      )}
    </>
  );
}
