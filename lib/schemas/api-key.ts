import { z } from "zod";
import { listResponseSchema } from "./common";

export const createApiKeySchema = z
  .object({
    name: z
      .string({ error: (issue) => (issue.input === undefined ? "name is required." : "name must be a string.") })
      .trim()
      .min(1, { error: "name must not be empty." })
      .max(100, { error: "name must be at most 100 characters." })
      .meta({ description: "A label to recognise the key by, e.g. `production backend`." }),
    role: z
      .enum(["admin", "viewer"])
      .default("admin")
      .meta({ description: "admin keys read and write; viewer keys only read." }),
  })
  .strict()
  .meta({ id: "CreateApiKeyRequest" });
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const apiKeyIdParamsSchema = z.object({ apiKeyId: z.string().min(1).meta({ description: "The key's id (`key_…`)." }) });

export const apiKeyDtoSchema = z
  .object({
    object: z.literal("api_key"),
    id: z.string().meta({ example: "key_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    name: z.string(),
    prefix: z.string().meta({ description: "The first characters of the secret, to recognise it.", example: "bk_4f9k2m1x" }),
    role: z.enum(["admin", "viewer"]),
    created_by: z.string().nullable().meta({ description: "Email of the user who created it; null for keys made by the CLI or environment." }),
    created_at: z.string().meta({ format: "date-time" }),
    last_used_at: z.string().nullable().meta({ format: "date-time" }),
    revoked_at: z.string().nullable().meta({ format: "date-time" }),
  })
  .meta({ id: "ApiKey" });
export type ApiKeyDto = z.infer<typeof apiKeyDtoSchema>;

export const createdApiKeyDtoSchema = apiKeyDtoSchema
  .extend({
    secret: z.string().nullable().meta({
      description: "The full secret, shown only in this response: store it now. Null when the response is an Idempotency-Key replay.",
    }),
  })
  .meta({ id: "CreatedApiKey" });
/** What create returns; only an idempotent replay of it carries `secret: null`. */
export type CreatedApiKeyDto = ApiKeyDto & { secret: string };

export const apiKeyListSchema = listResponseSchema(apiKeyDtoSchema, "ApiKeyList");

export const meDtoSchema = z
  .object({
    object: z.literal("api_key_identity"),
    api_key: apiKeyDtoSchema,
    billow_version: z.string(),
  })
  .meta({ id: "Me" });
export type MeDto = z.infer<typeof meDtoSchema>;

export const revokeApiKeySchema = z.object({}).strict().meta({ id: "RevokeApiKeyRequest" });
