import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { unitIdParamsSchema, updateUnitSchema } from "@/lib/schemas/unit";
import { getUnit } from "@/lib/services/catalog/get-unit";
import { updateUnit } from "@/lib/services/catalog/update-unit";

export const GET = withApiKey<{ unitId: string }>(async ({ ctx, params }) => getUnit(ctx, parseParams(params, unitIdParamsSchema).unitId));

export const PATCH = withApiKey<{ unitId: string }>(async ({ ctx, params, bodyText }) =>
  updateUnit(ctx, parseParams(params, unitIdParamsSchema).unitId, parseJsonBody(bodyText, updateUnitSchema)),
);
