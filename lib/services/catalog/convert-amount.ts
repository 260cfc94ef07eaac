import "server-only";
import { convertMinor, rateAt } from "../../billing/exchange";
import { prisma } from "../../db/client";
import { findEffectiveRates } from "../../db/exchange-rates";
import { AppError } from "../../errors";
import type { ConversionDto, ConvertAmountQuery } from "../../schemas/exchange-rate";
import type { Ctx } from "../context";
import { toExchangeRateDto } from "./dto";

/** Converts a minor-unit amount at the rate effective at `at` (default now), in either stored direction. */
export async function convertAmount(ctx: Ctx, query: ConvertAmountQuery): Promise<ConversionDto> {
  const at = query.at ?? ctx.now;
  const base = { object: "exchange_rate_conversion" as const, amount: Number(query.amount), from: query.from, to: query.to, at: at.toISOString() };
  if (query.from === query.to) return { ...base, converted_amount: Number(query.amount), rate: "1", exchange_rate: null, inverted: false };

  const applied = rateAt(await findEffectiveRates(prisma(), query.from, query.to, at), query.from, query.to, at);
  if (!applied) {
    throw new AppError("unprocessable", `No ${query.from}/${query.to} exchange rate (in either direction) is effective at ${at.toISOString()}.`, { param: "at" });
  }
  const converted = convertMinor(query.amount, query.from, query.to, applied.quote.rate, { inverted: applied.inverted });
  if (converted > BigInt(Number.MAX_SAFE_INTEGER) || converted < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new AppError("unprocessable", "The converted amount is too large to represent exactly.", { param: "amount" });
  }
  return { ...base, converted_amount: Number(converted), rate: applied.quote.rate, exchange_rate: toExchangeRateDto(applied.quote), inverted: applied.inverted };
}
