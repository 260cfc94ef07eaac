import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { apiKeyIdParamsSchema, revokeApiKeySchema } from "@/lib/schemas/api-key";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";

export const POST = withApiKey<{ apiKeyId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, revokeApiKeySchema); // no fields; still refuses unknown ones
  return revokeApiKey(ctx, parseParams(params, apiKeyIdParamsSchema).apiKeyId);
});
