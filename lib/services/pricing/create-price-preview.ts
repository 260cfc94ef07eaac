import "server-only";
import type { PlanPricePreviewDto, PricePreviewDto, PricePreviewRequest } from "../../schemas/price-preview";
import type { Ctx } from "../context";
import { previewPlanPrice } from "./preview-plan-price";
import { previewPrice } from "./preview-price";

/** POST /price_previews: a plan's charges (`plan_id`) or one inline charge. */
export async function createPricePreview(ctx: Ctx, input: PricePreviewRequest): Promise<PricePreviewDto | PlanPricePreviewDto> {
  return "plan_id" in input ? previewPlanPrice(ctx, input) : previewPrice(ctx, input);
}
