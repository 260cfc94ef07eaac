"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAdminAction } from "@/lib/actions/admin-action";
import {
  createCustomerContactSchema,
  createCustomerSchema,
  customerIdParamsSchema,
  customerStatusChangeSchema,
  contactParamsSchema,
  updateCustomerSchema,
} from "@/lib/schemas/customer";
import { addCustomerContact } from "@/lib/services/customers/add-customer-contact";
import { anonymizeCustomer } from "@/lib/services/customers/anonymize-customer";
import { createCustomer } from "@/lib/services/customers/create-customer";
import { deleteCustomer } from "@/lib/services/customers/delete-customer";
import { importCustomers } from "@/lib/services/customers/import-customers";
import { removeCustomerContact } from "@/lib/services/customers/remove-customer-contact";
import { setCustomerStatus, type CustomerStatusChange } from "@/lib/services/customers/set-customer-status";
import { updateCustomer } from "@/lib/services/customers/update-customer";

const CUSTOMERS_PATH = "/customers";

function revalidated<R extends { ok: boolean }>(result: R, ...paths: string[]): R {
  if (result.ok) for (const path of [CUSTOMERS_PATH, ...paths]) revalidatePath(path);
  return result;
}

export async function createCustomerAction(input: unknown) {
  return revalidated(await runAdminAction(createCustomerSchema, input, createCustomer));
}

export async function updateCustomerAction(customerId: string, input: unknown) {
  return revalidated(
    await runAdminAction(updateCustomerSchema, input, (ctx, patch) => updateCustomer(ctx, customerId, patch)),
    `${CUSTOMERS_PATH}/${customerId}`,
  );
}

export async function setCustomerStatusAction(customerId: string, change: CustomerStatusChange, input: unknown) {
  return revalidated(
    await runAdminAction(customerStatusChangeSchema, input, (ctx, { reason }) => setCustomerStatus(ctx, customerId, change, reason)),
    `${CUSTOMERS_PATH}/${customerId}`,
  );
}

export async function addCustomerContactAction(customerId: string, input: unknown) {
  return revalidated(
    await runAdminAction(createCustomerContactSchema, input, (ctx, contact) => addCustomerContact(ctx, customerId, contact)),
    `${CUSTOMERS_PATH}/${customerId}`,
  );
}

export async function removeCustomerContactAction(input: { customerId: string; contactId: string }) {
  return revalidated(
    await runAdminAction(contactParamsSchema, input, (ctx, { customerId, contactId }) => removeCustomerContact(ctx, customerId, contactId)),
    `${CUSTOMERS_PATH}/${input.customerId}`,
  );
}

export async function deleteCustomerAction(input: { customerId: string }) {
  return revalidated(await runAdminAction(customerIdParamsSchema, input, (ctx, { customerId }) => deleteCustomer(ctx, customerId)));
}

export async function anonymizeCustomerAction(input: { customerId: string }) {
  return revalidated(
    await runAdminAction(customerIdParamsSchema, input, (ctx, { customerId }) => anonymizeCustomer(ctx, customerId)),
    `${CUSTOMERS_PATH}/${input.customerId}`,
  );
}

const importInputSchema = z.object({ csv: z.string().max(1024 * 1024, { error: "The file is larger than 1 MiB: split it." }), dry_run: z.boolean() });

export async function importCustomersAction(input: { csv: string; dry_run: boolean }) {
  return revalidated(await runAdminAction(importInputSchema, input, (ctx, { csv, dry_run }) => importCustomers(ctx, csv, { dryRun: dry_run })));
}
