"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAdminAction } from "@/lib/actions/admin-action";
import { seedDemo } from "@/lib/services/demo/seed-demo";

export async function loadDemoDataAction() {
  const result = await runAdminAction(z.undefined(), undefined, (ctx) => seedDemo(ctx));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
