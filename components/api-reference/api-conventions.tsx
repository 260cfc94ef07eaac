import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/table";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";

const ERROR_EXAMPLE = `{
  "error": {
    "code": "invalid_request",
    "message": "name must not be empty.",
    "param": "name",
    "details": [{ "param": "name", "message": "name must not be empty." }],
    "request_id": "req_3f9c2a…"
  }
}`;

const errorCodes = Object.entries(ERROR_STATUS) as [ErrorCode, number][];

const code = (text: string) => <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800">{text}</code>;

function Convention({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="min-w-0 space-y-2 text-sm text-slate-700 wrap-break-word">
      <h3 className="text-base font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

/** What holds for every endpoint: where, how to authenticate, errors, paging, retries, tracing. */
export function ApiConventions({ baseUrl }: { baseUrl: string }) {
  return (
    <div className="grid gap-6 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:grid-cols-2">
      <Convention title="Base URL">
        <p>
          All paths below are relative to {code(baseUrl)} on this server, for example {code(`https://billing.example.com${baseUrl}`)}. The examples read it from{" "}
          {code("$BILLOW_URL")}. Requests and responses are JSON.
        </p>
      </Convention>
      <Convention title="Authentication">
        <p>
          Send an API key in every request: {code("Authorization: Bearer <key>")}. Create keys in{" "}
          <Link href="/settings/api-keys" className="font-medium text-brand-700 underline">
            Settings › API keys
          </Link>
          . Admin keys read and write; viewer keys only read (writes answer 403 {code("forbidden")}).
        </p>
      </Convention>
      <Convention title="Pagination">
        <p>
          Lists are newest first and take {code("limit")} (1 to 100, default 10) and {code("starting_after")}. They answer{" "}
          {code('{ "object": "list", "data": [...], "has_more", "next_cursor" }')}: pass {code("next_cursor")} as {code("starting_after")} for the next page;
          it is {code("null")} on the last one.
        </p>
      </Convention>
      <Convention title="Idempotency">
        <p>
          Send {code("Idempotency-Key: <unique value>")} with a POST to make it safe to retry. The same key with the same request replays the first response
          (with {code("Idempotent-Replayed: true")}); with a different request it answers 409 {code("idempotency_mismatch")}. Keys are kept for 24 hours, per
          API key.
        </p>
      </Convention>
      <Convention title="Request ids">
        <p>
          Every response has a {code("Request-Id")} header, and errors repeat it as {code("error.request_id")}. Changes record it in the audit log, so quote
          it when you report a problem.
        </p>
      </Convention>
      <Convention title="Errors">
        <p>
          Errors have one shape; {code("param")} names the request field at fault and {code("details")} lists every problem found.
        </p>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">{ERROR_EXAMPLE}</pre>
        <DataTable
          caption="Error codes and HTTP statuses"
          columns={[
            { header: "HTTP status", cell: ([, status]) => status },
            { header: "error.code", cell: ([errorCode]) => code(errorCode) },
          ]}
          rows={errorCodes}
          rowKey={([errorCode]) => errorCode}
          empty="None."
        />
      </Convention>
    </div>
  );
}
