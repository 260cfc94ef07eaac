import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { ChargePrices } from "@/components/plans/charge-prices";
import { PlanActions } from "@/components/plans/plan-actions";
import { PlanPricePreviewForm } from "@/components/plans/plan-price-preview-form";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { PriceOverrideForm } from "@/components/plans/price-override-form";
import { PriceOverrideTable } from "@/components/plans/price-override-table";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SuccessMessage } from "@/components/ui/success-message";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { listCustomerGroupsQuerySchema } from "@/lib/schemas/customer-group";
import { listCustomersQuerySchema } from "@/lib/schemas/customer";
import type { PlanDto, PlanVersionDto } from "@/lib/schemas/plan";
import type { PriceOverrideDto } from "@/lib/schemas/price-override";
import { canWrite, type Ctx } from "@/lib/services/context";
import { getCustomerGroup } from "@/lib/services/customer-groups/get-customer-group";
import { listCustomerGroups } from "@/lib/services/customer-groups/list-customer-groups";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { listCustomers } from "@/lib/services/customers/list-customers";
import { getPlan } from "@/lib/services/plans/get-plan";
import { listFeatureChoices } from "@/lib/services/plans/list-feature-choices";
import { listPlanVersions } from "@/lib/services/plans/list-plan-versions";
import { listPriceOverrides } from "@/lib/services/price-overrides/list-price-overrides";
import { searchParam, type SearchParams } from "../../../search-params";
import { createPriceOverrideAction, deletePriceOverrideAction, duplicatePlanAction, previewPlanPriceAction, setPlanStatusAction, updatePriceOverrideAction } from "../actions";

export const metadata = { title: "Plan" };

const SAVED_MESSAGES: Record<string, string> = { created: "Plan created.", updated: "Plan saved.", duplicated: "Plan duplicated: this is the new draft." };

async function loadPlan(ctx: Awaited<ReturnType<typeof requireAdmin>>, planId: string): Promise<PlanDto> {
  try {
    return await getPlan(ctx, planId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** The names of the customers and groups the overrides are for, by id. */
async function overrideTargetNames(ctx: Ctx, overrides: PriceOverrideDto[]): Promise<Record<string, string>> {
  const customerIds = new Set(overrides.flatMap((override) => (override.customer_id ? [override.customer_id] : [])));
  const groupIds = new Set(overrides.flatMap((override) => (override.customer_group_id ? [override.customer_group_id] : [])));
  // A name that cannot be read (e.g. a customer deleted meanwhile) leaves the id showing.
  const named = (id: string, load: (ctx: Ctx, id: string) => Promise<{ name: string }>) => load(ctx, id).then((row) => [[id, row.name] as const], () => []);
  const entries = await Promise.all([...[...customerIds].map((id) => named(id, getCustomer)), ...[...groupIds].map((id) => named(id, getCustomerGroup))]);
  return Object.fromEntries(entries.flat());
}

/** What the override form suggests: active customers and groups, by name. */
async function overrideChoices(ctx: Ctx) {
  const [customers, groups] = await Promise.all([
    listCustomers(ctx, listCustomersQuerySchema.parse({ status: "active", sort: "name", limit: "100" })),
    listCustomerGroups(ctx, listCustomerGroupsQuerySchema.parse({ status: "active", limit: "100" })),
  ]);
  return {
    customers: customers.data.map((customer) => ({ id: customer.id, label: `${customer.name} (${customer.account_number})` })),
    groups: groups.data.map((group) => ({ id: group.id, label: `${group.name} (${group.code})` })),
  };
}

function Terms({ version }: { version: PlanVersionDto }) {
  const rows: [string, string][] = [
    ["Billing", `every ${version.interval_count === 1 ? version.billing_interval : `${version.interval_count} ${version.billing_interval}s`}, ${version.billing_timing.replace("_", " ")}`],
    ["Trial", version.trial_days ? `${version.trial_days} days` : "none"],
    ["Currencies", version.currencies.join(", ")],
    ["Subscribers on this version", String(version.subscription_count)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-slate-500">{label}</dt>
          <dd className="font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function PlanPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { planId } = await params;
  const plan = await loadPlan(ctx, planId);
  const [versions, features, overrides] = await Promise.all([
    listPlanVersions(ctx, plan.id),
    listFeatureChoices(ctx),
    listPriceOverrides(ctx, { plan_id: plan.id, limit: 100 }),
  ]);
  const writable = canWrite(ctx) && plan.status !== "archived";
  const [names, choices] = await Promise.all([overrideTargetNames(ctx, overrides.data), writable ? overrideChoices(ctx) : null]);
  const featureLabel = new Map(features.map((feature) => [feature.id, feature]));
  const saved = searchParam(await searchParams, "saved");
  const version = plan.current_version;
  return (
    <>
      <PageHeader
        title={plan.name}
        description={
          <>
            <span className="font-mono">{plan.code}</span> · <PlanStatusBadge status={plan.status} /> · version {version.version}
            {plan.description ? ` · ${plan.description}` : ""}
          </>
        }
        actions={
          writable && (
            <Link href={`/catalog/plans/${plan.id}/edit`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
              Edit
            </Link>
          )
        }
      />
      <div className="mb-4 space-y-3">
        <SuccessMessage message={saved ? SAVED_MESSAGES[saved] : undefined} />
        {canWrite(ctx) ? (
          plan.status !== "archived" && <PlanActions plan={plan} setPlanStatusAction={setPlanStatusAction} duplicatePlanAction={duplicatePlanAction.bind(null, plan.id)} />
        ) : (
          <ReadOnlyNotice />
        )}
      </div>
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <div>
          <Terms version={version} />
          <Section title="Charges">
            <DataTable
              caption="Charges"
              rows={version.charges}
              rowKey={(charge) => charge.id}
              empty="No charges yet: add one before activating the plan."
              columns={[
                { header: "Charge", cell: (charge) => (<><div className="font-medium text-slate-900">{charge.name}</div><div className="font-mono text-xs text-slate-500">{charge.key}</div></>) },
                {
                  header: "Kind",
                  cell: (charge) => (
                    <>
                      {`${charge.kind.replace("_", "-")}${charge.add_on ? " (add-on)" : ""}`}
                      {charge.meter_id && (
                        <Link href={`/usage/meters/${charge.meter_id}`} className="block font-mono text-xs text-brand-700 hover:underline">
                          {charge.meter_id}
                        </Link>
                      )}
                    </>
                  ),
                },
                { header: "Model", cell: (charge) => charge.model.replace("_", " ") },
                { header: "Prices", cell: (charge) => <ChargePrices charge={charge} /> },
              ]}
            />
          </Section>
          <Section title="Features">
            <DataTable
              caption="Features"
              rows={version.features}
              rowKey={(grant) => grant.feature_id}
              empty="This plan grants no features."
              columns={[
                { header: "Feature", cell: (grant) => featureLabel.get(grant.feature_id)?.label ?? grant.feature_id },
                {
                  header: "Grant",
                  cell: (grant) => (featureLabel.get(grant.feature_id)?.type === "limit" ? (grant.limit === null ? "unlimited" : `up to ${grant.limit}`) : "enabled"),
                },
              ]}
            />
          </Section>
          <Section title="Price overrides">
            <div className="space-y-4">
              <PriceOverrideTable
                overrides={overrides.data}
                names={names}
                deleteAction={canWrite(ctx) ? deletePriceOverrideAction : undefined}
                updateAction={writable ? updatePriceOverrideAction : undefined}
              />
              {choices && (
                <PriceOverrideForm
                  charges={version.charges}
                  currencies={version.currencies}
                  customers={choices.customers}
                  groups={choices.groups}
                  createAction={createPriceOverrideAction}
                />
              )}
            </div>
          </Section>
          <Section title="Versions">
            <DataTable
              caption="Versions"
              rows={versions.data}
              rowKey={(row) => row.id}
              empty="No versions."
              columns={[
                { header: "Version", cell: (row) => `v${row.version}${row.id === version.id ? " (current)" : ""}` },
                { header: "Charges", cell: (row) => row.charges.map((charge) => charge.key).join(", ") || "—" },
                { header: "Subscribers", cell: (row) => row.subscription_count, className: "tabular-nums" },
                { header: "Created", cell: (row) => <LocalTime iso={row.created_at} /> },
              ]}
            />
          </Section>
        </div>
        <div>
          <PlanPricePreviewForm plan={plan} previewPlanPriceAction={previewPlanPriceAction} />
        </div>
      </div>
    </>
  );
}
