import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createPlanSchema, listPlansQuerySchema } from "@/lib/schemas/plan";
import { createPlan } from "@/lib/services/plans/create-plan";
import { listPlans } from "@/lib/services/plans/list-plans";

export const GET = withApiKey(async ({ ctx, url }) => listPlans(ctx, parseQuery(url, listPlansQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createPlan(ctx, parseJsonBody(bodyText, createPlanSchema)) }));
