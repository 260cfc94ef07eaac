// The batch ingestion endpoint served by a bare node:http server (no Next.js build needed): the
// bench's default target. It runs what POST /api/v1/events/batch runs (API key authentication,
// body size limit, parsing, recordUsageEvents, the 200/207 answer) without json-route.ts, whose
// session fallback imports next-auth, which does not load outside Next.js.
// Run with --conditions=react-server (server-only) and DATABASE_URL.
import http from "node:http";
import { errorResponse, jsonResponse } from "../../lib/http/error-response";
import { MAX_BODY_BYTES, parseJsonBody } from "../../lib/http/parse";
import { usageEventBatchSchema } from "../../lib/schemas/usage-event";
import { authenticateApiKey } from "../../lib/services/api-keys/authenticate-api-key";
import { newRequestId } from "../../lib/services/context";
import { recordUsageEvents } from "../../lib/services/usage/record-usage-events";

const port = Number(process.env.PORT ?? 3199);

async function handle(req: http.IncomingMessage): Promise<Response> {
  const requestId = newRequestId();
  try {
    const now = new Date();
    const actor = await authenticateApiKey(req.headers.authorization ?? null, now);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw new Error("body too large");
      chunks.push(chunk as Buffer);
    }
    const input = parseJsonBody(Buffer.concat(chunks).toString(), usageEventBatchSchema);
    const result = await recordUsageEvents({ actor, now, requestId }, input.events);
    return jsonResponse(result, result.errors.length > 0 ? 207 : 200, requestId);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}

http
  .createServer(async (req, res) => {
    if (req.url !== "/api/v1/events/batch" || req.method !== "POST") return void res.writeHead(404).end();
    const response = await handle(req);
    res.writeHead(response.status, { "content-type": "application/json" });
    res.end(await response.text());
  })
  .listen(port, "127.0.0.1", () => console.log(`ingest server on ${port}`));
