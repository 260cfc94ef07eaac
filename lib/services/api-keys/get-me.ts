import "server-only";
import { AppError } from "../../errors";
import type { MeDto } from "../../schemas/api-key";
import { BILLOW_VERSION } from "../../version";
import type { Ctx } from "../context";
import { getApiKey } from "./get-api-key";

/** The identity behind the calling API key. */
export async function getMe(ctx: Ctx): Promise<MeDto> {
  if (ctx.actor.type !== "api_key") throw new AppError("forbidden", "Only API keys have an API identity.");
  return { object: "api_key_identity", api_key: await getApiKey(ctx, ctx.actor.id), billow_version: BILLOW_VERSION };
}
