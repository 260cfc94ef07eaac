/** The orders of lists sorted by creation or code (lib/schemas/list-query.ts codeSortSchema). */
export const CODE_SORT_OPTIONS = [
  { value: "created_desc", label: "Newest first" },
  { value: "created_asc", label: "Oldest first" },
  { value: "code_asc", label: "Code A → Z" },
  { value: "code_desc", label: "Code Z → A" },
];
