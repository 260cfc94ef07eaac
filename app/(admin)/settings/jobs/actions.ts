"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { retryJobSchema } from "@/lib/schemas/job";
import { retryJob } from "@/lib/services/jobs/retry-job";

export async function retryJobAction(input: unknown) {
  const result = await runAdminAction(retryJobSchema, input, retryJob);
  if (result.ok) revalidatePath("/settings/jobs");
  return result;
}
