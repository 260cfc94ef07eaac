"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAdminAction } from "@/lib/actions/admin-action";
import { retryJob } from "@/lib/services/jobs/retry-job";

const retryJobSchema = z.object({ jobId: z.string().min(1) }).strict();

export async function retryJobAction(input: unknown) {
  const result = await runAdminAction(retryJobSchema, input, retryJob);
  if (result.ok) revalidatePath("/settings/jobs");
  return result;
}
