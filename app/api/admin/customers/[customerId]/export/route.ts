import { parseParams } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { customerIdParamsSchema } from "@/lib/schemas/customer";
import { exportCustomerData } from "@/lib/services/customers/export-customer-data";

export const GET = withAdmin<{ customerId: string }>(async ({ ctx, params }) => exportCustomerData(ctx, parseParams(params, customerIdParamsSchema).customerId));
