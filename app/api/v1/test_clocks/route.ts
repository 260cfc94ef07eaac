import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createTestClockSchema, testClockListQuerySchema } from "@/lib/schemas/test-clock";
import { createTestClock } from "@/lib/services/test-clocks/create-test-clock";
import { listTestClocks } from "@/lib/services/test-clocks/get-test-clock";

export const GET = withApiKey(async ({ ctx, url }) => listTestClocks(ctx, parseQuery(url, testClockListQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createTestClock(ctx, parseJsonBody(bodyText, createTestClockSchema)) }));
