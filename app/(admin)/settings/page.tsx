import { SettingsCard } from "@/components/settings/settings-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { getSystemInfo } from "@/lib/services/system/get-system-info";

export const metadata = { title: "Settings" };

const DATABASE_LABELS = { postgres: "PostgreSQL", pglite: "Embedded (PGlite)" } as const;

export default async function SettingsPage() {
  const ctx = await requireAdmin();
  const system = await getSystemInfo(ctx);
  return (
    <>
      <PageHeader title="Settings" description="Your team, API access and what Billow does in the background." />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <SettingsCard href="/settings/team" title="Team">
          Users, their roles, and invitations to join.
        </SettingsCard>
        <SettingsCard href="/settings/api-keys" title="API keys">
          Secret keys that let your systems call the REST API.
        </SettingsCard>
        <SettingsCard href="/settings/audit-log" title="Audit log">
          Who changed what, and when.
        </SettingsCard>
        <SettingsCard href="/settings/jobs" title="Background jobs">
          Queued, running and failed work, with retries.
        </SettingsCard>
        <SettingsCard href="/settings/api-reference" title="API reference">
          Every endpoint of the REST API, with examples.
        </SettingsCard>
        <SettingsCard href="/settings/billing" title="Billing">
          The seller on your invoices, invoice and credit note numbering, draft review.
        </SettingsCard>
        <SettingsCard href="/settings/outbox" title="Outbox">
          Emails Billow sent (or, without SMTP, only recorded), with their PDF.
        </SettingsCard>
      </ul>
      <section aria-labelledby="instance-heading" className="mt-8 max-w-md rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="instance-heading" className="text-base font-semibold text-slate-900">
          Instance
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-500">Billow version</dt>
          <dd className="font-mono text-slate-900">{system.version}</dd>
          <dt className="text-slate-500">Database</dt>
          <dd className="text-slate-900">{DATABASE_LABELS[system.databaseKind]}</dd>
        </dl>
      </section>
    </>
  );
}
