import { ListLoading } from "@/components/coupons/list-loading";

export default function Loading() {
  return <ListLoading label="Loading meters…" />;
}
