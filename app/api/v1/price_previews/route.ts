import { parseJsonBody } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { pricePreviewRequestSchema } from "@/lib/schemas/price-preview";
import { createPricePreview } from "@/lib/services/pricing/create-price-preview";

export const POST = withApiKey(async ({ ctx, bodyText }) => createPricePreview(ctx, parseJsonBody(bodyText, pricePreviewRequestSchema)));
