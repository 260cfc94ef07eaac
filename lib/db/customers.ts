import { Prisma } from "./generated/client";
import type { ContactRole, CustomerStatus, CustomerType } from "./generated/enums";
import type { Db } from "./types";

const customerSelect = {
  id: true,
  name: true,
  email: true,
  type: true,
  externalRef: true,
  accountNumber: true,
  phone: true,
  locale: true,
  preferredCurrency: true,
  taxId: true,
  taxExempt: true,
  reverseCharge: true,
  groupId: true,
  group: { select: { paymentTermsDays: true, preferredCurrency: true, locale: true, taxExempt: true } },
  billingAddress: true,
  shippingAddress: true,
  paymentTermsDays: true,
  metadata: true,
  notes: true,
  status: true,
  disabledAt: true,
  archivedAt: true,
  anonymizedAt: true,
  testClockId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type CustomerRow = Prisma.CustomerGetPayload<{ select: typeof customerSelect }>;

/** Stored address shape (the API's snake_case fields, camelCased). */
export type AddressJson = { line1: string; line2?: string; city: string; postalCode?: string; region?: string; country: string };

/** The writable columns (id and createdAt only on insert). */
export type CustomerData = {
  name: string;
  email: string | null;
  type: CustomerType;
  externalRef: string | null;
  phone: string | null;
  locale: string;
  preferredCurrency: string | null;
  taxId: string | null;
  taxExempt: boolean;
  reverseCharge: boolean;
  groupId: string | null;
  billingAddress: AddressJson | null;
  shippingAddress: AddressJson | null;
  paymentTermsDays: number;
  metadata: Record<string, string>;
  notes: string | null;
  status: CustomerStatus;
  disabledAt: Date | null;
  archivedAt: Date | null;
  anonymizedAt: Date | null;
};

/** SQL NULL for an absent address (not the JSON value null). */
const jsonColumn = (value: AddressJson | null | undefined) => (value === null ? Prisma.DbNull : value);

export const insertCustomer = (db: Db, data: CustomerData & { id: string; createdAt: Date }): Promise<CustomerRow> =>
  db.customer.create({
    data: {
      ...data,
      billingAddress: jsonColumn(data.billingAddress),
      shippingAddress: jsonColumn(data.shippingAddress),
      updatedAt: data.createdAt,
    },
    select: customerSelect,
  });

export const findCustomerById = (db: Db, id: string): Promise<CustomerRow | null> =>
  db.customer.findUnique({ where: { id }, select: customerSelect });

export const findCustomerByExternalRef = (db: Db, externalRef: string): Promise<CustomerRow | null> =>
  db.customer.findUnique({ where: { externalRef }, select: customerSelect });

/** Locks the row until the transaction ends, so read-modify-write updates (metadata merge, status) do not race. */
/** Customers under row locks held until commit, taken in id order (no deadlock between two such calls). */
export async function lockCustomers(db: Db, ids: readonly string[]): Promise<Map<string, CustomerRow>> {
  await db.$queryRaw`SELECT 1 FROM "Customer" WHERE "id" = ANY(${[...ids]}::text[]) ORDER BY "id" FOR UPDATE`;
  const rows = await db.customer.findMany({ where: { id: { in: [...ids] } }, select: customerSelect });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function lockCustomer(db: Db, id: string): Promise<CustomerRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Customer" WHERE "id" = ${id} FOR UPDATE`;
  return findCustomerById(db, id);
}

export type CustomerFilters = {
  q?: string;
  status?: CustomerStatus;
  country?: string;
  externalRef?: string;
  groupId?: string;
  /** Every pair must match (JSON containment on metadata). */
  metadata?: Record<string, string>;
};

/** Sortable columns; every sort is made total by the id as tie-breaker. */
export type CustomerSortField = "name" | "createdAt" | "accountNumber";
export type CustomerOrder = { field: CustomerSortField; direction: "asc" | "desc" };
/** Where the previous page ended: its last row's sort key and id. */
export type CustomerKeyset = { key: string | number; id: string };

/** `key=value` in a search also matches that exact metadata pair. */
const METADATA_PAIR = /^([A-Za-z0-9_.-]{1,40})=(.*)$/;

function filterConditions(filters: CustomerFilters): Prisma.CustomerWhereInput[] {
  const and: Prisma.CustomerWhereInput[] = [];
  if (filters.status) and.push({ status: filters.status });
  if (filters.externalRef) and.push({ externalRef: filters.externalRef });
  if (filters.groupId) and.push({ groupId: filters.groupId });
  if (filters.country) and.push({ billingAddress: { path: ["country"], equals: filters.country } });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) {
    // Prisma passes `contains` to ILIKE unescaped: match %, _ and \ literally.
    const contains = { contains: filters.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
    const or: Prisma.CustomerWhereInput[] = [{ name: contains }, { email: contains }, { externalRef: contains }];
    const pair = METADATA_PAIR.exec(filters.q);
    if (pair) or.push({ metadata: { path: [pair[1]!], equals: pair[2]!.trim() } });
    and.push({ OR: or });
  }
  return and;
}

/** Rows strictly after the keyset in the given order (ties on the key broken by id). */
function afterKeyset(order: CustomerOrder, keyset: CustomerKeyset): Prisma.CustomerWhereInput {
  const key = order.field === "createdAt" ? new Date(keyset.key) : keyset.key;
  const beyond = order.direction === "asc" ? "gt" : "lt";
  return { OR: [{ [order.field]: { [beyond]: key } }, { [order.field]: key, id: { [beyond]: keyset.id } }] };
}

/**
 * Without an order: newest first, and the cursor is the last id seen (ids are time-ordered).
 * With an order: keyset pagination on (field, id).
 */
export const listCustomers = (
  db: Db,
  {
    limit,
    startingAfter,
    order,
    after,
    filters,
  }: { limit: number; startingAfter?: string; order?: CustomerOrder; after?: CustomerKeyset; filters: CustomerFilters },
): Promise<CustomerRow[]> => {
  const and = filterConditions(filters);
  if (!order && startingAfter) and.push({ id: { lt: startingAfter } });
  if (order && after) and.push(afterKeyset(order, after));
  const orderBy: Prisma.CustomerOrderByWithRelationInput[] = order
    ? [{ [order.field]: order.direction }, { id: order.direction }]
    : [{ id: "desc" }];
  return db.customer.findMany({ where: { AND: and }, orderBy, take: limit, select: customerSelect });
};

export const updateCustomer = (db: Db, id: string, data: Partial<CustomerData> & { updatedAt: Date }): Promise<CustomerRow> =>
  db.customer.update({
    where: { id },
    data: { ...data, billingAddress: jsonColumn(data.billingAddress), shippingAddress: jsonColumn(data.shippingAddress) },
    select: customerSelect,
  });

const contactSelect = {
  id: true,
  customerId: true,
  name: true,
  email: true,
  role: true,
  receivesInvoices: true,
  createdAt: true,
} as const;

export type CustomerContactRow = {
  id: string;
  customerId: string;
  name: string;
  email: string;
  role: ContactRole;
  receivesInvoices: boolean;
  createdAt: Date;
};

export const insertCustomerContact = (db: Db, data: CustomerContactRow): Promise<CustomerContactRow> =>
  db.customerContact.create({ data, select: contactSelect });

/** Oldest first: the order they were added. */
export const listCustomerContacts = (db: Db, customerId: string): Promise<CustomerContactRow[]> =>
  db.customerContact.findMany({ where: { customerId }, orderBy: { id: "asc" }, select: contactSelect });

/** Scoped by customer: a contact of another customer is not found. */
export const findCustomerContact = (db: Db, customerId: string, id: string): Promise<CustomerContactRow | null> =>
  db.customerContact.findFirst({ where: { id, customerId }, select: contactSelect });

export const deleteCustomerContact = (db: Db, customerId: string, id: string): Promise<number> =>
  db.customerContact.deleteMany({ where: { id, customerId } }).then((result) => result.count);

export const countCustomerSubscriptions = (db: Db, customerId: string) => db.subscription.count({ where: { customerId } });
export const countCustomerCouponRedemptions = (db: Db, customerId: string) => db.couponRedemption.count({ where: { customerId } });
export const countCustomerInvoices = (db: Db, customerId: string) => db.invoice.count({ where: { customerId } });
export const countCustomerBalanceTransactions = (db: Db, customerId: string) => db.customerBalanceTransaction.count({ where: { customerId } });

/** Deletes the customer with its own configuration: price overrides and usage limits here; contacts and tax rate links cascade. */
export async function deleteCustomerWithConfiguration(db: Db, id: string): Promise<void> {
  await db.priceOverride.deleteMany({ where: { customerId: id } });
  await db.usageLimitCrossing.deleteMany({ where: { limit: { customerId: id } } });
  await db.usageLimit.deleteMany({ where: { customerId: id } });
  await db.customer.delete({ where: { id } });
}

export const deleteAllCustomerContacts = (db: Db, customerId: string): Promise<number> =>
  db.customerContact.deleteMany({ where: { customerId } }).then((result) => result.count);

/** Everything stored about one customer, for a data export (subject access request). */
export async function findCustomerRecords(db: Db, customerId: string) {
  const taxRates = await db.customerTaxRate.findMany({ where: { customerId }, select: { taxRate: true }, orderBy: { taxRateId: "asc" } });
  const priceOverrides = await db.priceOverride.findMany({ where: { customerId }, orderBy: { id: "asc" } });
  const subscriptions = await db.subscription.findMany({ where: { customerId }, orderBy: { id: "asc" } });
  const couponRedemptions = await db.couponRedemption.findMany({ where: { customerId }, orderBy: { id: "asc" } });
  return { taxRates: taxRates.map((link) => link.taxRate), priceOverrides, subscriptions, couponRedemptions };
}

/** Which of these external refs are taken already. */
export const findTakenExternalRefs = (db: Db, refs: string[]): Promise<string[]> =>
  db.customer.findMany({ where: { externalRef: { in: refs } }, select: { externalRef: true } }).then((rows) => rows.flatMap((row) => (row.externalRef ? [row.externalRef] : [])));

/** Names and references of these customers (labels for usage reports). */
export const findCustomerLabels = (db: Db, ids: readonly string[]): Promise<{ id: string; name: string; externalRef: string | null }[]> =>
  db.customer.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, externalRef: true } });
