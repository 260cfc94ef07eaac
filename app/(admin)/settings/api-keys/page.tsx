import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";
import { canWrite } from "@/lib/services/context";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata = { title: "API keys" };

const PAGE_SIZE = 100;

export default async function ApiKeysPage() {
  const ctx = await requireAdmin();
  const firstPage = await listApiKeys(ctx, { limit: PAGE_SIZE });
  const writable = canWrite(ctx);
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Your systems call the REST API with a key in the <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code> header. Admin keys read
            and write; viewer keys only read.
          </>
        }
      />
      {writable ? (
        <div className="mb-8 max-w-xl">
          <CreateApiKeyForm createApiKeyAction={createApiKeyAction} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
      <ApiKeyTable
        firstPage={firstPage}
        pageSize={PAGE_SIZE}
        canWrite={writable}
        revokeApiKeyAction={revokeApiKeyAction}
      />
    </>
  );
}
