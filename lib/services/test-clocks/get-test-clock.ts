import "server-only";
import { prisma } from "../../db/client";
import { findTestClockById, listTestClocks as selectTestClocks } from "../../db/test-clocks";
import { notFound } from "../../errors";
import { toPage, type ListResponse, type PaginationQuery } from "../../schemas/common";
import type { TestClockDto } from "../../schemas/test-clock";
import type { Ctx } from "../context";
import { toTestClockDto } from "./dto";

export async function getTestClock(_ctx: Ctx, id: string): Promise<TestClockDto> {
  const row = await findTestClockById(prisma(), id);
  if (!row) throw notFound("test_clock", id);
  return toTestClockDto(row);
}

export async function listTestClocks(_ctx: Ctx, query: PaginationQuery): Promise<ListResponse<TestClockDto>> {
  const rows = await selectTestClocks(prisma(), { limit: query.limit + 1, startingAfter: query.starting_after });
  return toPage(rows, query.limit, (row) => row.id, (row) => toTestClockDto(row));
}
