import { ApiReference } from "@/components/api-reference/api-reference";
import type { OpenApiDocument } from "@/components/api-reference/openapi-model";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { buildOpenApiDocument } from "@/lib/http/openapi";

export const metadata = { title: "API reference" };

export default async function ApiReferencePage() {
  await requireAdmin();
  // Read loosely: the view needs only the fields it renders (no $ref parameters or boolean schemas occur).
  const document = buildOpenApiDocument() as OpenApiDocument;
  return (
    <>
      <PageHeader
        title="API reference"
        description={`${document.info?.title ?? "Billow API"} ${document.info?.version ?? ""}: every endpoint of the REST API, generated from the schemas the server validates with.`}
        actions={
          <a href="/api/v1/openapi.json" className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50">
            OpenAPI document (JSON)
          </a>
        }
      />
      <ApiReference document={document} />
    </>
  );
}
