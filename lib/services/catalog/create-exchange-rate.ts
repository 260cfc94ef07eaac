import "server-only";
import { insertExchangeRate } from "../../db/exchange-rates";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CreateExchangeRateInput, ExchangeRateDto } from "../../schemas/exchange-rate";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toExchangeRateDto } from "./dto";

/** Rates are append-only: a new rate supersedes the pair's previous one from its effective_from on. */
export async function createExchangeRate(ctx: Ctx, input: CreateExchangeRateInput): Promise<ExchangeRateDto> {
  assertCanWrite(ctx);
  const effectiveFrom = input.effective_from ?? ctx.now;
  return inTransaction(async (tx) => {
    const rate = await insertExchangeRate(tx, {
      id: createId("exchangeRate"),
      baseCurrency: input.base_currency,
      quoteCurrency: input.quote_currency,
      rate: input.rate,
      effectiveFrom,
      createdAt: ctx.now,
    }).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError("conflict", `A ${input.base_currency}/${input.quote_currency} rate effective from ${effectiveFrom.toISOString()} already exists.`, {
        param: "effective_from",
        cause: error,
      });
    });
    await recordAudit(tx, ctx, {
      action: "exchange_rate.create",
      resourceType: "exchange_rate",
      resourceId: rate.id,
      details: { pair: `${rate.baseCurrency}/${rate.quoteCurrency}`, rate: rate.rate, effective_from: rate.effectiveFrom.toISOString() },
    });
    return toExchangeRateDto(rate);
  });
}
