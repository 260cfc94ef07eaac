import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  balanceTransactionDtoSchema,
  balanceTransactionListSchema,
  createBalanceAdjustmentSchema,
  createCreditNoteSchema,
  creditNoteDtoSchema,
  creditNoteIdParamsSchema,
  creditNoteListSchema,
  customerBalanceDtoSchema,
  listBalanceTransactionsQuerySchema,
  listCreditNotesQuerySchema,
} from "../../schemas/credit-note";
import { customerIdParamsSchema } from "../../schemas/customer";
import { error, json, operation } from "./operation";

const customerNotFound = error("No customer with this id.");

export const creditNotePaths: ZodOpenApiPathsObject = {
  "/credit_notes": {
    get: operation({
      method: "get",
      operationId: "listCreditNotes",
      tags: ["Credit notes"],
      summary: "List credit notes",
      description: "Newest first, with cursor pagination.",
      requestParams: { query: listCreditNotesQuerySchema },
      responses: { "200": { description: "A page of credit notes.", content: json(creditNoteListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createCreditNote",
      tags: ["Credit notes"],
      summary: "Issue a credit note",
      description:
        "Against an open or paid invoice, in full (omit `lines`) or per line. Each line's tax is its share of the tax the line charged, rounded half-up on the cumulative credited amount so that successive partial credits add up to the line's tax exactly. The total first lowers what is still unpaid on the invoice; the rest is refunded (a negative payment, up to what was paid) or added to the customer's credit balance, as `settlement` says. Numbered from the credit note series (e.g. CN-2026-00001).",
      requestBody: { required: true, content: json(createCreditNoteSchema) },
      responses: {
        "201": { description: "The credit note.", content: json(creditNoteDtoSchema) },
        "404": error("No such invoice (`param` is `invoice_id`)."),
        "409": error("The invoice is a draft, void or uncollectible (`invalid_state`)."),
        "422": error("An amount over what remains creditable (`lines[i].amount`), an unknown line (`lines[i].invoice_line_id`), or nothing left to credit (`lines`)."),
      },
    }),
  },
  "/credit_notes/{creditNoteId}": {
    get: operation({
      method: "get",
      operationId: "getCreditNote",
      tags: ["Credit notes"],
      summary: "Retrieve a credit note",
      requestParams: { path: creditNoteIdParamsSchema },
      responses: { "200": { description: "The credit note with its lines.", content: json(creditNoteDtoSchema) }, "404": error("No credit note with this id.") },
    }),
  },
  "/customers/{customerId}/balance": {
    get: operation({
      method: "get",
      operationId: "getCustomerBalance",
      tags: ["Customers"],
      summary: "A customer's credit balance",
      description: "Per currency: credit the customer's next invoices use at finalization.",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The balances.", content: json(customerBalanceDtoSchema) }, "404": customerNotFound },
    }),
  },
  "/customers/{customerId}/balance_transactions": {
    get: operation({
      method: "get",
      operationId: "listBalanceTransactions",
      tags: ["Customers"],
      summary: "List a customer's balance transactions",
      description: "The ledger the balance sums: credit notes, credit used or released by invoices, adjustments. Newest first.",
      requestParams: { path: customerIdParamsSchema, query: listBalanceTransactionsQuerySchema },
      responses: { "200": { description: "A page of transactions.", content: json(balanceTransactionListSchema) }, "404": customerNotFound },
    }),
    post: operation({
      method: "post",
      operationId: "adjustCustomerBalance",
      tags: ["Customers"],
      summary: "Adjust a customer's balance",
      description: "Grants credit (positive amount) or takes it back (negative, never below zero).",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(createBalanceAdjustmentSchema) },
      responses: {
        "201": { description: "The adjustment.", content: json(balanceTransactionDtoSchema) },
        "404": customerNotFound,
        "409": error("The customer is archived (`invalid_state`)."),
        "422": error("`amount` would take the balance below zero."),
      },
    }),
  },
};
