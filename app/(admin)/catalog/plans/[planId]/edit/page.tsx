import { notFound, redirect } from "next/navigation";
import { draftFromPlan } from "@/components/plans/plan-draft";
import { PlanForm } from "@/components/plans/plan-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { canWrite } from "@/lib/services/context";
import { listMeterChoices } from "@/lib/services/meters/list-meter-choices";
import { getPlan } from "@/lib/services/plans/get-plan";
import { listFeatureChoices } from "@/lib/services/plans/list-feature-choices";
import { listProductChoices } from "@/lib/services/plans/list-product-choices";
import { updatePlanAction } from "../../actions";

export const metadata = { title: "Edit plan" };

export default async function EditPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const ctx = await requireAdmin();
  const { planId } = await params;
  const plan = await getPlan(ctx, planId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  if (!canWrite(ctx) || plan.status === "archived") redirect(`/catalog/plans/${plan.id}`);
  const subscribers = plan.current_version.subscription_count;
  return (
    <>
      <PageHeader title={`Edit ${plan.name}`} description={<span className="font-mono">{plan.code}</span>} />
      <div className="max-w-4xl">
        <PlanForm
          mode="edit"
          initial={draftFromPlan(plan)}
          products={await listProductChoices(ctx)}
          features={await listFeatureChoices(ctx)}
          meters={await listMeterChoices(ctx, plan.current_version.charges.flatMap((charge) => (charge.meter_id ? [charge.meter_id] : [])))}
          saveAction={updatePlanAction.bind(null, plan.id)}
          versionNotice={
            subscribers > 0
              ? `${subscribers} subscription${subscribers === 1 ? "" : "s"} use version ${plan.current_version.version}: saving creates version ${plan.current_version.version + 1} for new subscribers; existing ones keep theirs.`
              : undefined
          }
        />
      </div>
    </>
  );
}
