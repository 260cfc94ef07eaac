import { parseJsonBody } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createPricePreviewSchema } from "@/lib/schemas/price-preview";
import { previewPrice } from "@/lib/services/pricing/preview-price";

export const POST = withApiKey(async ({ ctx, bodyText }) => previewPrice(ctx, parseJsonBody(bodyText, createPricePreviewSchema)));
