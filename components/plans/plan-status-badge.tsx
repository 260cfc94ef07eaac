import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PlanDto } from "@/lib/schemas/plan";

const TONES: Record<PlanDto["status"], BadgeTone> = { draft: "neutral", active: "success", inactive: "warning", archived: "danger" };

export function PlanStatusBadge({ status }: { status: PlanDto["status"] }) {
  return <Badge tone={TONES[status]}>{status}</Badge>;
}
