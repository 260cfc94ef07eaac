import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createMeterSchema, listMetersQuerySchema } from "@/lib/schemas/meter";
import { createMeter } from "@/lib/services/meters/create-meter";
import { listMeters } from "@/lib/services/meters/list-meters";

export const GET = withApiKey(async ({ ctx, url }) => listMeters(ctx, parseQuery(url, listMetersQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createMeter(ctx, parseJsonBody(bodyText, createMeterSchema)) }));
