// Stored invoices for document tests, written straight to the tables (no billing run): a
// finalized invoice with a number, parties, a summary with two tax rates and a coupon, and three
// lines (flat, per seat, graduated usage with its tier breakdown); or the same as a draft.
// The figures are consistent, as the billing engine would have stored them (EUR):
//   Pro plan 99.00 + 120 seats × 15.00 + API calls 387.50 = subtotal 2,286.50
//   coupon "Launch 10%" −228.65; VAT 20 % on 437.85 = 87.57; VAT 5.5 % on 1,620.00 = 89.10
//   total 2,234.52; credit applied 20.00; amount due 2,214.52
import { prisma } from "../db/client";
import type { CustomerRow } from "../db/customers";
import { createId } from "../ids";
import type { InvoiceParties, InvoiceSummary, StoredBreakdown, StoredLineTax } from "../invoices/stored-invoice";
import { createTestCustomer } from "./factories";

export const FIXTURE_SELLER = {
  sellerName: "Billow Demo SAS",
  // Stored like customer addresses (lib/db/customers.ts AddressJson).
  sellerAddress: { line1: "10 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR" },
  sellerTaxId: "FR40123456789",
  sellerEmail: "billing@billow.example",
};

const VAT_20 = "txr_fixture_vat20";
const VAT_55 = "txr_fixture_vat55";

export const FIXTURE_TOTALS = {
  subtotalMinor: 228650n,
  discountMinor: 22865n,
  taxMinor: 17667n,
  totalMinor: 223452n,
  creditAppliedMinor: 2000n,
  amountDueMinor: 221452n,
};

const usageBreakdown: StoredBreakdown = [
  { description: "Tier 1 (up to 10000)", quantity: "10000", unitPrice: "0.02", amount: "200" },
  { description: "Tier 2 (above 10000)", quantity: "15000", unitPrice: "0.0125", amount: "187.5" },
];

type FixtureLine = {
  key: string;
  description: string;
  kind: string;
  quantity: string;
  unitAmount: string | null;
  amountMinor: bigint;
  discountMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  breakdown: StoredBreakdown;
  taxes: StoredLineTax[];
};

export const FIXTURE_LINES: readonly FixtureLine[] = [
  {
    key: "base",
    description: "Pro plan",
    kind: "recurring",
    quantity: "1",
    unitAmount: "99",
    amountMinor: 9900n,
    discountMinor: 990n,
    taxMinor: 1782n,
    totalMinor: 10692n,
    breakdown: [{ description: "Pro plan", quantity: "1", unitPrice: "99", amount: "99" }],
    taxes: [{ rate_id: VAT_20, tax_minor: "1782" }],
  },
  {
    key: "seats",
    description: "Seats",
    kind: "recurring",
    quantity: "120",
    unitAmount: "15",
    amountMinor: 180000n,
    discountMinor: 18000n,
    taxMinor: 8910n,
    totalMinor: 170910n,
    breakdown: [{ description: "Seats", quantity: "120", unitPrice: "15", amount: "1800" }],
    taxes: [{ rate_id: VAT_55, tax_minor: "8910" }],
  },
  {
    key: "api_calls",
    description: "API calls",
    kind: "usage",
    quantity: "25000",
    unitAmount: null,
    amountMinor: 38750n,
    discountMinor: 3875n,
    taxMinor: 6975n,
    totalMinor: 41850n,
    breakdown: usageBreakdown,
    taxes: [{ rate_id: VAT_20, tax_minor: "6975" }],
  },
];

export const FIXTURE_SUMMARY: InvoiceSummary = {
  tax_summary: [
    { rate_id: VAT_20, name: "VAT 20%", percent: "20", inclusive: false, taxable_base_minor: "43785", tax_minor: "8757" },
    { rate_id: VAT_55, name: "VAT 5.5%", percent: "5.5", inclusive: false, taxable_base_minor: "162000", tax_minor: "8910" },
  ],
  coupons: [{ coupon_id: "cpn_fixture_launch", name: "Launch 10%", discount_minor: "22865" }],
  notes: [],
};

export type InvoiceFixtureOptions = {
  status?: "DRAFT" | "OPEN" | "PAID" | "VOID";
  locale?: string;
  number?: string;
  customer?: Partial<Pick<CustomerRow, "name" | "email" | "locale" | "taxId" | "reverseCharge" | "paymentTermsDays">>;
  memo?: string | null;
  issuedAt?: Date;
};

export const FIXTURE_PERIOD = { start: new Date("2026-11-01T00:00:00Z"), end: new Date("2026-12-01T00:00:00Z") };

/** The account's billing settings (seller details), as Settings would store them. */
export async function upsertFixtureBillingSettings() {
  return prisma().billingSettings.upsert({ where: { id: "default" }, create: FIXTURE_SELLER, update: FIXTURE_SELLER });
}

/** Inserts the customer, the billing settings and the invoice with its lines; returns the invoice and customer ids. */
export async function insertInvoiceFixture(options: InvoiceFixtureOptions = {}) {
  const status = options.status ?? "OPEN";
  const locale = options.locale ?? "en-US";
  const issuedAt = options.issuedAt ?? new Date("2026-12-01T09:00:00Z");
  await upsertFixtureBillingSettings();
  const customer = await createTestCustomer({
    name: "Acme Corporation",
    email: "ap@acme.example",
    locale,
    taxId: "DE123456789",
    billingAddress: { line1: "1 Main Street", line2: "Suite 400", city: "Springfield", postalCode: "12345", region: "Oregon", country: "US" },
    paymentTermsDays: 30,
    ...options.customer,
  });
  const isDraft = status === "DRAFT";
  const parties: InvoiceParties = {
    seller: {
      name: FIXTURE_SELLER.sellerName,
      email: FIXTURE_SELLER.sellerEmail,
      address: { line1: "10 rue de Rivoli", city: "Paris", postal_code: "75004", country: "FR" },
      tax_id: FIXTURE_SELLER.sellerTaxId,
    },
    buyer: {
      name: customer.name,
      email: customer.email,
      address: { line1: "1 Main Street", line2: "Suite 400", city: "Springfield", postal_code: "12345", region: "Oregon", country: "US" },
      tax_id: customer.taxId,
      account_number: `C-${String(customer.accountNumber).padStart(6, "0")}`,
      reverse_charge: customer.reverseCharge,
      tax_exempt: false,
    },
  };
  const invoice = await prisma().invoice.create({
    data: {
      id: createId("invoice"),
      number: isDraft ? null : (options.number ?? "INV-2026-00001"),
      customerId: customer.id,
      reason: "SUBSCRIPTION_CYCLE",
      periodStart: FIXTURE_PERIOD.start,
      periodEnd: FIXTURE_PERIOD.end,
      status,
      currency: "EUR",
      ...FIXTURE_TOTALS,
      amountPaidMinor: status === "PAID" ? FIXTURE_TOTALS.amountDueMinor : 0n,
      summary: FIXTURE_SUMMARY,
      // A draft's parties are taken when it is finalized; until then documents show the current ones.
      parties: isDraft ? undefined : parties,
      locale,
      memo: options.memo === undefined ? "Thank you for your business." : options.memo,
      issuedAt,
      dueAt: new Date(issuedAt.getTime() + 30 * 86_400_000),
      finalizedAt: isDraft ? null : issuedAt,
      paidAt: status === "PAID" ? issuedAt : null,
      voidedAt: status === "VOID" ? issuedAt : null,
      lines: {
        create: FIXTURE_LINES.map((line, position) => ({
          id: createId("invoiceLine"),
          position,
          ...line,
          chargeId: null,
          periodStart: FIXTURE_PERIOD.start,
          periodEnd: FIXTURE_PERIOD.end,
        })),
      },
    },
    select: { id: true },
  });
  return { invoiceId: invoice.id, customerId: customer.id, customer };
}

/** A credit note on a fixture invoice: 100.00 of the seats line back, with its 5.5 % tax, to the customer's balance. */
export async function insertCreditNoteFixture(invoiceId: string, options: { number?: string } = {}) {
  const invoice = await prisma().invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { customerId: true, lines: { where: { key: "seats" }, select: { id: true } } } });
  const creditNote = await prisma().creditNote.create({
    data: {
      id: createId("creditNote"),
      number: options.number ?? "CN-2026-00001",
      invoiceId,
      customerId: invoice.customerId,
      reason: "PRODUCT_UNSATISFACTORY",
      memo: "Two seats were never used.",
      settlement: "CREDIT_BALANCE",
      currency: "EUR",
      subtotalMinor: 10000n,
      taxMinor: 550n,
      totalMinor: 10550n,
      issuedAt: new Date("2026-12-10T09:00:00Z"),
      lines: {
        create: [{ id: createId("creditNoteLine"), invoiceLineId: invoice.lines[0]!.id, description: "Seats (unused)", amountMinor: 10000n, taxMinor: 550n, totalMinor: 10550n }],
      },
    },
    select: { id: true },
  });
  return { creditNoteId: creditNote.id };
}
