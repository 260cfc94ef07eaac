import "server-only";
import { prisma } from "../../db/client";
import { findCustomerById, listCustomerContacts as selectContacts } from "../../db/customers";
import { notFound } from "../../errors";
import type { ListResponse } from "../../schemas/common";
import type { CustomerContactDto } from "../../schemas/customer";
import type { Ctx } from "../context";
import { toCustomerContactDto } from "./dto";

/** All of a customer's contacts, in the order they were added (a customer has few). */
export async function listCustomerContacts(_ctx: Ctx, customerId: string): Promise<ListResponse<CustomerContactDto>> {
  const customer = await findCustomerById(prisma(), customerId);
  if (!customer) throw notFound("customer", customerId);
  const contacts = await selectContacts(prisma(), customer.id);
  return { object: "list", data: contacts.map(toCustomerContactDto), has_more: false, next_cursor: null };
}
