import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { BillingSettingsForm } from "@/components/invoices/billing-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { getBillingSettings } from "@/lib/services/billing-settings/get-billing-settings";
import { canWrite } from "@/lib/services/context";
import { updateBillingSettingsAction } from "./actions";

export const metadata = { title: "Billing settings" };

export default async function BillingSettingsPage() {
  const ctx = await requireAdmin();
  const settings = await getBillingSettings(ctx);
  const writable = canWrite(ctx);
  return (
    <>
      <PageHeader title="Billing settings" description="What every new invoice says about you, how invoices and credit notes are numbered, and how long generated drafts wait for review." />
      {!writable && <ReadOnlyNotice />}
      <BillingSettingsForm settings={settings} readOnly={!writable} save={updateBillingSettingsAction} />
    </>
  );
}
