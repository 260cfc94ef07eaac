import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { apiKeyIdParamsSchema } from "@/lib/schemas/api-key";
import { getApiKey } from "@/lib/services/api-keys/get-api-key";

export const GET = withApiKey<{ apiKeyId: string }>(async ({ ctx, params }) =>
  getApiKey(ctx, parseParams(params, apiKeyIdParamsSchema).apiKeyId),
);
