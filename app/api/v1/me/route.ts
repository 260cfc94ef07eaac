import { withApiKey } from "@/lib/http/json-route";
import { getMe } from "@/lib/services/api-keys/get-me";

export const GET = withApiKey(async ({ ctx }) => getMe(ctx));
