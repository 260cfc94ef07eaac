import { parseJsonBody, parseParams, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createBalanceAdjustmentSchema, listBalanceTransactionsQuerySchema } from "@/lib/schemas/credit-note";
import { customerIdParamsSchema } from "@/lib/schemas/customer";
import { adjustCustomerBalance } from "@/lib/services/customer-balance/adjust-customer-balance";
import { listBalanceTransactions } from "@/lib/services/customer-balance/list-balance-transactions";

type Params = { customerId: string };

export const GET = withApiKey<Params>(async ({ ctx, params, url }) =>
  listBalanceTransactions(ctx, parseParams(params, customerIdParamsSchema).customerId, parseQuery(url, listBalanceTransactionsQuerySchema)),
);

export const POST = withApiKey<Params>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await adjustCustomerBalance(ctx, parseParams(params, customerIdParamsSchema).customerId, parseJsonBody(bodyText, createBalanceAdjustmentSchema)),
}));
