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
  billingAddress: true,
  shippingAddress: true,
  paymentTermsDays: true,
  metadata: true,
  notes: true,
  status: true,
  disabledAt: true,
  archivedAt: true,
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
  billingAddress: AddressJson | null;
  shippingAddress: AddressJson | null;
  paymentTermsDays: number;
  metadata: Record<string, string>;
  notes: string | null;
  status: CustomerStatus;
  disabledAt: Date | null;
  archivedAt: Date | null;
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
export async function lockCustomer(db: Db, id: string): Promise<CustomerRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Customer" WHERE "id" = ${id} FOR UPDATE`;
  return findCustomerById(db, id);
}

export type CustomerFilters = {
  q?: string;
  status?: CustomerStatus;
  country?: string;
  externalRef?: string;
  /** Every pair must match (JSON containment on metadata). */
  metadata?: Record<string, string>;
};

/** Newest first; ids are time-ordered, so the cursor is the last id seen. */
export const listCustomers = (
  db: Db,
  { limit, startingAfter, filters }: { limit: number; startingAfter?: string; filters: CustomerFilters },
): Promise<CustomerRow[]> => {
  const and: Prisma.CustomerWhereInput[] = [];
  if (startingAfter) and.push({ id: { lt: startingAfter } });
  if (filters.status) and.push({ status: filters.status });
  if (filters.externalRef) and.push({ externalRef: filters.externalRef });
  if (filters.country) and.push({ billingAddress: { path: ["country"], equals: filters.country } });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) {
    // Prisma passes `contains` to ILIKE unescaped: match %, _ and \ literally.
    const contains = { contains: filters.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { email: contains }, { externalRef: contains }] });
  }
  return db.customer.findMany({ where: { AND: and }, orderBy: { id: "desc" }, take: limit, select: customerSelect });
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
