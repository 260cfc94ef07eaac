import "server-only";
import { listApiKeys as selectApiKeys } from "../../db/api-keys";
import { prisma } from "../../db/client";
import type { ApiKeyDto } from "../../schemas/api-key";
import { toPage, type ListResponse, type PaginationQuery } from "../../schemas/common";
import type { Ctx } from "../context";
import { toApiKeyDto } from "../dto";

export async function listApiKeys(_ctx: Ctx, query: PaginationQuery): Promise<ListResponse<ApiKeyDto>> {
  const rows = await selectApiKeys(prisma(), { limit: query.limit + 1, startingAfter: query.starting_after });
  return toPage(rows, query.limit, (row) => row.id, toApiKeyDto);
}
