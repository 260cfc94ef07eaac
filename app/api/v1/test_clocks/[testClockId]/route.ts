import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { testClockIdParamsSchema } from "@/lib/schemas/test-clock";
import { getTestClock } from "@/lib/services/test-clocks/get-test-clock";

export const GET = withApiKey<{ testClockId: string }>(async ({ ctx, params }) => getTestClock(ctx, parseParams(params, testClockIdParamsSchema).testClockId));
