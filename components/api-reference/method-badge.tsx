import type { HttpMethod } from "./openapi-model";

const METHOD_STYLES: Record<HttpMethod, string> = {
  get: "bg-brand-50 text-brand-700 ring-brand-600/30",
  post: "bg-green-50 text-green-700 ring-green-600/30",
  put: "bg-amber-50 text-amber-800 ring-amber-600/30",
  patch: "bg-amber-50 text-amber-800 ring-amber-600/30",
  delete: "bg-red-50 text-red-700 ring-red-600/30",
};

export function MethodBadge({ method }: { method: HttpMethod }) {
  return (
    <span className={`inline-block w-14 rounded px-1.5 py-0.5 text-center font-mono text-xs font-bold uppercase ring-1 ring-inset ${METHOD_STYLES[method]}`}>
      {method}
    </span>
  );
}
