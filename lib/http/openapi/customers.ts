import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  contactParamsSchema,
  createCustomerContactSchema,
  createCustomerSchema,
  customerContactDtoSchema,
  customerContactListSchema,
  customerDtoSchema,
  customerIdParamsSchema,
  customerListSchema,
  customerStatusChangeSchema,
  deletedCustomerContactDtoSchema,
  externalRefParamsSchema,
  listCustomersQueryObjectSchema,
  updateCustomerSchema,
} from "../../schemas/customer";
import { error, json, metadataQueryParameter, operation } from "./operation";

const customerNotFound = error("No customer with this id.");
const customerStatusChange = (change: "disable" | "enable" | "archive", summary: string, description: string) =>
  operation({
    method: "post",
    operationId: `${change}Customer`,
    tags: ["Customers"],
    summary,
    description,
    requestParams: { path: customerIdParamsSchema },
    requestBody: { required: false, content: json(customerStatusChangeSchema) },
    responses: {
      "200": { description: "The customer in its new status.", content: json(customerDtoSchema) },
      "404": customerNotFound,
      "409": error("The customer's status does not allow this (`invalid_state`), or the Idempotency-Key was reused with another request."),
    },
  });

export const customerPaths: ZodOpenApiPathsObject = {
  "/customers": {
    get: operation({
      method: "get",
      operationId: "listCustomers",
      tags: ["Customers"],
      summary: "List customers",
      description: "Newest first, with cursor pagination. Filters combine with AND.",
      requestParams: { query: listCustomersQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "A page of customers.", content: json(customerListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createCustomer",
      tags: ["Customers"],
      summary: "Create a customer",
      requestBody: { required: true, content: json(createCustomerSchema) },
      responses: {
        "201": { description: "The new customer.", content: json(customerDtoSchema) },
        "409": error("Another customer has this `external_ref` (`conflict`, `param: external_ref`), or the Idempotency-Key was reused."),
      },
    }),
  },
  "/customers/by_external_ref/{externalRef}": {
    get: operation({
      method: "get",
      operationId: "getCustomerByExternalRef",
      tags: ["Customers"],
      summary: "Retrieve a customer by external reference",
      requestParams: { path: externalRefParamsSchema },
      responses: { "200": { description: "The customer.", content: json(customerDtoSchema) }, "404": error("No customer with this external_ref.") },
    }),
  },
  "/customers/{customerId}": {
    get: operation({
      method: "get",
      operationId: "getCustomer",
      tags: ["Customers"],
      summary: "Retrieve a customer",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The customer.", content: json(customerDtoSchema) }, "404": customerNotFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateCustomer",
      tags: ["Customers"],
      summary: "Update a customer",
      description: "Only the fields sent change; null clears an optional field. `metadata` is merged: a key set to null is removed.",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(updateCustomerSchema) },
      responses: {
        "200": { description: "The updated customer.", content: json(customerDtoSchema) },
        "404": customerNotFound,
        "409": error("Another customer has this `external_ref` (`conflict`), or the customer is archived (`invalid_state`)."),
      },
    }),
  },
  "/customers/{customerId}/disable": {
    post: customerStatusChange("disable", "Disable a customer", "An active customer becomes disabled: kept and readable, but not to be billed anew."),
  },
  "/customers/{customerId}/enable": {
    post: customerStatusChange("enable", "Enable a customer", "A disabled customer becomes active again."),
  },
  "/customers/{customerId}/archive": {
    post: customerStatusChange("archive", "Archive a customer", "An active or disabled customer becomes archived: read-only, and final."),
  },
  "/customers/{customerId}/contacts": {
    get: operation({
      method: "get",
      operationId: "listCustomerContacts",
      tags: ["Customers"],
      summary: "List a customer's contacts",
      description: "All contacts, in the order they were added (never more than one page).",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The contacts.", content: json(customerContactListSchema) }, "404": customerNotFound },
    }),
    post: operation({
      method: "post",
      operationId: "createCustomerContact",
      tags: ["Customers"],
      summary: "Add a contact",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(createCustomerContactSchema) },
      responses: {
        "201": { description: "The new contact.", content: json(customerContactDtoSchema) },
        "404": customerNotFound,
        "409": error("The customer is archived (`invalid_state`), or the Idempotency-Key was reused with another request."),
      },
    }),
  },
  "/customers/{customerId}/contacts/{contactId}": {
    delete: operation({
      method: "delete",
      operationId: "deleteCustomerContact",
      tags: ["Customers"],
      summary: "Remove a contact",
      requestParams: { path: contactParamsSchema },
      responses: {
        "200": { description: "The contact was removed.", content: json(deletedCustomerContactDtoSchema) },
        "404": error("No such customer, or no such contact on this customer."),
        "409": error("The customer is archived (`invalid_state`)."),
      },
    }),
  },
};
