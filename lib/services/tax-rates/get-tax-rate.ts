import "server-only";
import { prisma } from "../../db/client";
import { findTaxRateByCode } from "../../db/tax-rates";
import { AppError } from "../../errors";
import type { TaxRateDto } from "../../schemas/tax-rate";
import type { Ctx } from "../context";
import { toTaxRateDto } from "./dto";
import { getTaxRateOrThrow } from "./shared";

export async function getTaxRate(_ctx: Ctx, taxRateId: string): Promise<TaxRateDto> {
  return toTaxRateDto(await getTaxRateOrThrow(prisma(), taxRateId));
}

export async function getTaxRateByCode(_ctx: Ctx, code: string): Promise<TaxRateDto> {
  const rate = await findTaxRateByCode(prisma(), code);
  if (!rate) throw new AppError("not_found", `No tax rate with code '${code}'.`, { param: "code" });
  return toTaxRateDto(rate);
}
