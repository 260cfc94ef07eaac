import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { attachTestClockCustomerSchema, testClockIdParamsSchema } from "@/lib/schemas/test-clock";
import { attachCustomerToTestClock } from "@/lib/services/test-clocks/attach-customer";

export const POST = withApiKey<{ testClockId: string }>(async ({ ctx, params, bodyText }) =>
  attachCustomerToTestClock(ctx, parseParams(params, testClockIdParamsSchema).testClockId, parseJsonBody(bodyText, attachTestClockCustomerSchema).customer_id),
);
