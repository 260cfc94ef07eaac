// Form fields of the catalogue resources whose forms are one column of text inputs.
import type { FieldSpec } from "./form-values";

const code = (editing: boolean, usedBy: string): FieldSpec => ({
  name: "code",
  label: "Code",
  required: true,
  hint: editing ? `Changes only while no ${usedBy} uses it.` : "Lower-case letters, digits, - and _; unique.",
});

export const productFamilyFields = (editing: boolean): FieldSpec[] => [
  code(editing, "product"),
  { name: "name", label: "Name", required: true, placeholder: "Analytics" },
  { name: "description", label: "Description", kind: "textarea" },
];

export const unitFields = (editing: boolean): FieldSpec[] => [
  code(editing, "plan charge"),
  { name: "name", label: "Name", required: true, placeholder: "seat" },
  { name: "plural", label: "Plural", placeholder: "seats", hint: "Shown on invoices for quantities other than 1." },
];

const FEATURE_TYPES = [
  { value: "boolean", label: "Boolean: the plan has it or not" },
  { value: "limit", label: "Limit: the plan grants a quantity" },
];

export const featureFields = (editing: boolean): FieldSpec[] => [
  code(editing, "plan"),
  { name: "name", label: "Name", required: true, placeholder: "Single sign-on" },
  { name: "description", label: "Description", kind: "textarea" },
  { name: "type", label: "Type", kind: "select", options: FEATURE_TYPES, hint: editing ? "Changes only while no plan grants the feature." : undefined },
];
