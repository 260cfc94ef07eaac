import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createUnitSchema, listUnitsQuerySchema } from "@/lib/schemas/unit";
import { createUnit } from "@/lib/services/catalog/create-unit";
import { listUnits } from "@/lib/services/catalog/list-units";

export const GET = withApiKey(async ({ ctx, url }) => listUnits(ctx, parseQuery(url, listUnitsQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createUnit(ctx, parseJsonBody(bodyText, createUnitSchema)) }));
