import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { InlineCode } from "./inline-code";
import { MethodBadge } from "./method-badge";
import { curlExample, jsonSchemaOf, objectSchema, type Endpoint, type OpenApiDocument } from "./openapi-model";
import { ParametersTable, PropertiesTable } from "./field-table";
import { SchemaType } from "./schema-type";

function Subheading({ children }: { children: ReactNode }) {
  return <h4 className="mb-2 mt-5 text-sm font-semibold text-slate-900">{children}</h4>;
}

export function EndpointSection({ document, endpoint }: { document: OpenApiDocument; endpoint: Endpoint }) {
  const { method, path, operation, anchor } = endpoint;
  const title = operation.summary ?? `${method.toUpperCase()} ${path}`;
  const fullPath = `${document.servers?.[0]?.url ?? ""}${path}`;
  const parameters = operation.parameters ?? [];
  const bodySchema = jsonSchemaOf(operation.requestBody?.content);
  const bodyObject = objectSchema(document, bodySchema);
  const curl = curlExample(document, endpoint);
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className="scroll-mt-20 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h3 id={`${anchor}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <MethodBadge method={method} />
        <code className="break-all font-mono text-sm text-slate-900">{fullPath}</code>
      </p>
      {operation.description && (
        <p className="mt-3 text-sm text-slate-700">
          <InlineCode text={operation.description} />
        </p>
      )}

      {parameters.length > 0 && (
        <>
          <Subheading>Parameters</Subheading>
          <ParametersTable caption={`Parameters of ${title}`} parameters={parameters} />
        </>
      )}

      {bodySchema && bodyObject && (
        <>
          <Subheading>
            Request body{" "}
            <span className="font-mono text-xs font-normal">
              (<SchemaType schema={bodySchema} />)
            </span>
          </Subheading>
          <PropertiesTable caption={`Request body of ${title}`} schema={bodyObject} />
        </>
      )}

      <Subheading>Responses</Subheading>
      <ul className="space-y-3 text-sm">
        {Object.entries(operation.responses ?? {}).map(([status, response]) => {
          const schema = jsonSchemaOf(response.content);
          const listedObject = status.startsWith("2") ? objectSchema(document, schema) : undefined;
          return (
            <li key={status}>
              <div className="flex flex-wrap items-baseline gap-2">
                <Badge tone={status.startsWith("2") ? "success" : "neutral"}>{status}</Badge>
                {response.description && <InlineCode text={response.description} />}
                {schema && (
                  <span className="font-mono text-xs">
                    <SchemaType schema={schema} />
                  </span>
                )}
              </div>
              {listedObject && (
                <div className="mt-2">
                  <PropertiesTable caption={`${status} response of ${title}`} schema={listedObject} />
                </div>
              )}
            </li>
          );
        })}
      </ul>

      <Subheading>Example</Subheading>
      <div className="relative">
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-4 pr-24 font-mono text-xs leading-relaxed text-slate-100">
          <code>{curl}</code>
        </pre>
        <div className="absolute right-2 top-2">
          <CopyButton value={curl} />
        </div>
      </div>
    </section>
  );
}
