import "server-only";
import { prisma } from "../../db/client";
import { findExchangeRateById } from "../../db/exchange-rates";
import { notFound } from "../../errors";
import type { ExchangeRateDto } from "../../schemas/exchange-rate";
import type { Ctx } from "../context";
import { toExchangeRateDto } from "./dto";

export async function getExchangeRate(_ctx: Ctx, exchangeRateId: string): Promise<ExchangeRateDto> {
  const rate = await findExchangeRateById(prisma(), exchangeRateId);
  if (!rate) throw notFound("exchange rate", exchangeRateId);
  return toExchangeRateDto(rate);
}
