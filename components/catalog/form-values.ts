// Turns a catalogue form's strings into the API's input shape, so the server action validates
// exactly what the REST API would receive: create omits empty fields; edit sends only changes,
// with null for a cleared optional field and a metadata patch (removed keys → null).
export type FieldKind = "text" | "textarea" | "select" | "metadata";
export type FieldSpec = {
  name: string;
  label: string;
  kind?: FieldKind;
  options?: { value: string; label: string }[];
  hint?: string;
  placeholder?: string;
  required?: boolean;
};
export type InitialValues = Record<string, string | null | Record<string, string>>;

/** `key=value` lines → an object; a line without `=` is reported with its number. */
export function parseMetadataLines(text: string): { metadata: Record<string, string> } | { error: string } {
  const metadata: Record<string, string> = {};
  const lines = text.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const separator = line.indexOf("=");
    if (separator <= 0) return { error: `Line ${index + 1}: write each entry as key=value.` };
    metadata[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return { metadata };
}

export const metadataLines = (metadata: Record<string, string>) =>
  Object.entries(metadata)
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");

/** The metadata PATCH from `previous` to `next` (removed keys → null), or undefined when nothing changed. */
export function metadataPatch(previous: Record<string, string>, next: Record<string, string>): Record<string, string | null> | undefined {
  const patch: Record<string, string | null> = {};
  for (const key of Object.keys(previous)) if (!(key in next)) patch[key] = null;
  for (const [key, value] of Object.entries(next)) if (previous[key] !== value) patch[key] = value;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

export function toCreateInput(fields: FieldSpec[], form: FormData): { input: Record<string, unknown> } | { field: string; error: string } {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = String(form.get(field.name) ?? "").trim();
    if (field.kind === "metadata") {
      const parsed = parseMetadataLines(value);
      if ("error" in parsed) return { field: field.name, error: parsed.error };
      input[field.name] = parsed.metadata;
    } else if (value !== "") input[field.name] = value;
  }
  return { input };
}

export function toUpdateInput(fields: FieldSpec[], form: FormData, initial: InitialValues): { input: Record<string, unknown> } | { field: string; error: string } {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = String(form.get(field.name) ?? "").trim();
    const before = initial[field.name] ?? null;
    if (field.kind === "metadata") {
      const parsed = parseMetadataLines(value);
      if ("error" in parsed) return { field: field.name, error: parsed.error };
      const patch = metadataPatch((before ?? {}) as Record<string, string>, parsed.metadata);
      if (patch) input[field.name] = patch;
    } else if (value !== (before ?? "")) {
      input[field.name] = value === "" && !field.required ? null : value;
    }
  }
  return { input };
}
