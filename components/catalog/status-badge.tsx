import { Badge } from "@/components/ui/badge";
import type { ArchiveStatus } from "@/lib/schemas/catalog";

export function StatusBadge({ status }: { status: ArchiveStatus }) {
  return <Badge tone={status === "active" ? "success" : "neutral"}>{status === "active" ? "Active" : "Archived"}</Badge>;
}
