import { buildOpenApiDocument } from "@/lib/http/openapi";
import { newRequestId } from "@/lib/services/context";

/** Public: the document describes the API, it exposes no data. */
export function GET() {
  return Response.json(buildOpenApiDocument(), {
    headers: { "cache-control": "public, max-age=300", "request-id": newRequestId() },
  });
}
