import { Fragment, type ReactNode } from "react";
import { refName, schemaAnchor, type SchemaObject } from "./openapi-model";

const alternatives = (nodes: ReactNode[]) => nodes.map((node, index) => <Fragment key={index}>{index > 0 && " | "}{node}</Fragment>);

/** A compact type: `string | null`, `ApiKey[]` (linked to its definition), `"admin" | "viewer"`. */
export function SchemaType({ schema }: { schema: SchemaObject }): ReactNode {
  const name = refName(schema);
  if (name) {
    return (
      <a href={`#${schemaAnchor(name)}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
        {name}
      </a>
    );
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return alternatives(variants.map((variant, index) => <SchemaType key={index} schema={variant} />));
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return "any";
  return alternatives(
    types.map((type) => {
      if (type === "array") return <>{schema.items ? <SchemaType schema={schema.items} /> : "any"}[]</>;
      return schema.format && type !== "null" ? `${type} (${schema.format})` : type;
    }),
  );
}
