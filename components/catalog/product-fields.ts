import type { ProductFamilyDto } from "@/lib/schemas/product-family";
import type { FieldSpec } from "./form-values";

/** The product form's fields; families offered are the active ones (plus the current one when editing). */
export function productFields(families: ProductFamilyDto[], { editing }: { editing: boolean }): FieldSpec[] {
  return [
    { name: "code", label: "Code", required: true, placeholder: "analytics-pro", hint: editing ? "Changes only while no plan uses the product." : "Lower-case letters, digits, - and _; unique." },
    { name: "name", label: "Name", required: true, placeholder: "Analytics Pro" },
    { name: "description", label: "Description", kind: "textarea" },
    {
      name: "family_id",
      label: "Product family",
      kind: "select",
      options: [{ value: "", label: "No family" }, ...families.map((family) => ({ value: family.id, label: `${family.name} (${family.code})` }))],
    },
    { name: "metadata", label: "Metadata", kind: "metadata", placeholder: "tier=pro\nregion=eu", hint: "One key=value per line." },
  ];
}
