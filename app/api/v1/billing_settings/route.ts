import { parseJsonBody } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { updateBillingSettingsSchema } from "@/lib/schemas/billing-settings";
import { getBillingSettings } from "@/lib/services/billing-settings/get-billing-settings";
import { updateBillingSettings } from "@/lib/services/billing-settings/update-billing-settings";

export const GET = withApiKey(async ({ ctx }) => getBillingSettings(ctx));

export const PATCH = withApiKey(async ({ ctx, bodyText }) => updateBillingSettings(ctx, parseJsonBody(bodyText, updateBillingSettingsSchema)));
