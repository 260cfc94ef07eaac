import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { emptyPlanDraft } from "@/components/plans/plan-draft";
import { PlanForm } from "@/components/plans/plan-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { listMeterChoices } from "@/lib/services/meters/list-meter-choices";
import { listFeatureChoices } from "@/lib/services/plans/list-feature-choices";
import { listProductChoices } from "@/lib/services/plans/list-product-choices";
import { createPlanAction } from "../actions";

export const metadata = { title: "New plan" };

export default async function NewPlanPage() {
  const ctx = await requireAdmin();
  return (
    <>
      <PageHeader title="New plan" description="A plan starts as a draft: activate it once its charges are right." />
      {canWrite(ctx) ? (
        <div className="max-w-4xl">
          <PlanForm mode="create" initial={emptyPlanDraft()} products={await listProductChoices(ctx)}
          features={await listFeatureChoices(ctx)} meters={await listMeterChoices(ctx)} saveAction={createPlanAction} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
    </>
  );
}
