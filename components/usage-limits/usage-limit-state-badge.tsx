import { Badge } from "@/components/ui/badge";
import type { UsageLimitDto } from "@/lib/schemas/usage-limit";

/** OK, Warning reached, Disabled (a reached disable limit), or Archived. */
export function UsageLimitStateBadge({ limit }: { limit: Pick<UsageLimitDto, "state" | "action" | "status"> }) {
  if (limit.status === "archived") return <Badge tone="neutral">Archived</Badge>;
  if (limit.state === "ok") return <Badge tone="success">OK</Badge>;
  return limit.action === "disable" ? <Badge tone="danger">Disabled</Badge> : <Badge tone="warning">Warning reached</Badge>;
}
