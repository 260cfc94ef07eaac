import { Section } from "@/components/ui/section";
import { ApiConventions } from "./api-conventions";
import { EndpointSection } from "./endpoint-section";
import { MethodBadge } from "./method-badge";
import { endpointsByTag, schemaAnchor, type OpenApiDocument } from "./openapi-model";
import { PropertiesTable } from "./field-table";
import { InlineCode } from "./inline-code";

/** A readable rendering of the OpenAPI document: conventions, endpoints by tag, then the objects they use. */
export function ApiReference({ document }: { document: OpenApiDocument }) {
  const groups = endpointsByTag(document);
  const schemas = Object.entries(document.components?.schemas ?? {});
  return (
    <div className="space-y-10">
      <ApiConventions baseUrl={document.servers?.[0]?.url ?? "/"} />

      <nav aria-label="Endpoints" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-base font-semibold text-slate-900">Endpoints</h2>
        <div className="mt-3 grid gap-x-8 gap-y-4 sm:grid-cols-2 xl:grid-cols-3">
          {groups.map(([tag, endpoints]) => (
            <div key={tag}>
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{tag}</h3>
              <ul className="mt-2 space-y-1.5 text-sm">
                {endpoints.map((endpoint) => (
                  <li key={endpoint.anchor} className="flex items-center gap-2">
                    <MethodBadge method={endpoint.method} />
                    <a href={`#${endpoint.anchor}`} className="text-brand-700 hover:underline">
                      {endpoint.operation.summary ?? endpoint.path}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </nav>

      {groups.map(([tag, endpoints]) => (
        <Section key={tag} title={tag}>
          <div className="space-y-6">
            {endpoints.map((endpoint) => (
              <EndpointSection key={endpoint.anchor} document={document} endpoint={endpoint} />
            ))}
          </div>
        </Section>
      ))}

      {schemas.length > 0 && (
        <Section title="Objects">
          <div className="space-y-6">
            {schemas.map(([name, schema]) => (
              <section key={name} id={schemaAnchor(name)} aria-labelledby={`${schemaAnchor(name)}-title`} className="scroll-mt-20 space-y-2">
                <h3 id={`${schemaAnchor(name)}-title`} className="font-mono text-base font-semibold text-slate-900">
                  {name}
                </h3>
                {schema.description && (
                  <p className="text-sm text-slate-700">
                    <InlineCode text={schema.description} />
                  </p>
                )}
                <PropertiesTable caption={`Properties of ${name}`} schema={schema} />
              </section>
            ))}
          </div>
        </Section>
      )}
    </div>
  );
}
