import "server-only";
import { deleteExchangeRate as removeRate, findExchangeRateById } from "../../db/exchange-rates";
import { AppError, notFound } from "../../errors";
import type { DeletedExchangeRateDto } from "../../schemas/exchange-rate";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";

/** Only a rate not yet effective may be deleted (a mistyped future rate); once effective, amounts may have been converted with it. */
export async function deleteExchangeRate(ctx: Ctx, exchangeRateId: string): Promise<DeletedExchangeRateDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const rate = await findExchangeRateById(tx, exchangeRateId);
    if (!rate) throw notFound("exchange rate", exchangeRateId);
    if (rate.effectiveFrom.getTime() <= ctx.now.getTime()) {
      throw new AppError("invalid_state", "This exchange rate is already effective; effective rates are kept. Add a newer rate instead.");
    }
    await removeRate(tx, rate.id);
    await recordAudit(tx, ctx, {
      action: "exchange_rate.delete",
      resourceType: "exchange_rate",
      resourceId: rate.id,
      details: { pair: `${rate.baseCurrency}/${rate.quoteCurrency}`, rate: rate.rate, effective_from: rate.effectiveFrom.toISOString() },
    });
    return { object: "exchange_rate", id: rate.id, deleted: true };
  });
}
