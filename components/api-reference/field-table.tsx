import { DataTable, type Column } from "@/components/ui/table";
import { InlineCode } from "./inline-code";
import type { ParameterObject, SchemaObject } from "./openapi-model";
import { SchemaType } from "./schema-type";

type Field = { name: string; location?: string; required: boolean; description?: string; schema: SchemaObject };

function FieldDescription({ field }: { field: Field }) {
  const defaultValue = field.schema.default;
  return (
    <>
      {field.description && <InlineCode text={field.description} />}
      {defaultValue !== undefined && (
        <span className="text-slate-500">
          {field.description ? " " : ""}Default: <code className="font-mono text-xs">{JSON.stringify(defaultValue)}</code>.
        </span>
      )}
    </>
  );
}

function FieldTable({ caption, fields, showLocation }: { caption: string; fields: Field[]; showLocation: boolean }) {
  const columns: Column<Field>[] = [
    { header: "Name", cell: (field) => <code className="whitespace-nowrap font-mono text-xs font-semibold text-slate-900">{field.name}</code> },
    ...(showLocation ? [{ header: "In", cell: (field: Field) => field.location }] : []),
    { header: "Type", cell: (field) => <span className="font-mono text-xs"><SchemaType schema={field.schema} /></span> },
    { header: "Required", cell: (field) => (field.required ? "Yes" : "No") },
    { header: "Description", cell: (field) => <FieldDescription field={field} />, className: "min-w-64" },
  ];
  return <DataTable caption={caption} columns={columns} rows={fields} rowKey={(field) => `${field.location ?? ""}:${field.name}`} empty="None." />;
}

export function PropertiesTable({ caption, schema }: { caption: string; schema: SchemaObject }) {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    required: required.has(name),
    description: property.description,
    schema: property,
  }));
  return <FieldTable caption={caption} fields={fields} showLocation={false} />;
}

export function ParametersTable({ caption, parameters }: { caption: string; parameters: ParameterObject[] }) {
  const fields = parameters.map((parameter) => ({
    name: parameter.name,
    location: parameter.in,
    required: parameter.required ?? false,
    description: parameter.description ?? parameter.schema?.description,
    schema: parameter.schema ?? {},
  }));
  return <FieldTable caption={caption} fields={fields} showLocation />;
}
