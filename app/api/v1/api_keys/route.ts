import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createApiKeySchema } from "@/lib/schemas/api-key";
import { paginationQuerySchema } from "@/lib/schemas/common";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";

export const GET = withApiKey(async ({ ctx, url }) => listApiKeys(ctx, parseQuery(url, paginationQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => {
  const created = await createApiKey(ctx, parseJsonBody(bodyText, createApiKeySchema));
  // The secret is never stored, not even in the idempotency record: a replay returns null.
  return { status: 201, body: created, replayBody: { ...created, secret: null } };
});
