import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { newRequestId } from "@/lib/services/context";

/** Unknown /api/v1 paths answer in the API's error shape, not with an HTML page. */
function notFound(request: Request) {
  const path = new URL(request.url).pathname;
  return errorResponse(new AppError("not_found", `No API route ${request.method} ${path}.`), newRequestId());
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
