import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { advanceTestClockSchema, testClockIdParamsSchema } from "@/lib/schemas/test-clock";
import { advanceTestClock } from "@/lib/services/test-clocks/advance-test-clock";

export const POST = withApiKey<{ testClockId: string }>(async ({ ctx, params, bodyText }) =>
  advanceTestClock(ctx, parseParams(params, testClockIdParamsSchema).testClockId, parseJsonBody(bodyText, advanceTestClockSchema)),
);
