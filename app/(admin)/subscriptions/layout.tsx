import type { ReactNode } from "react";
import { SUBSCRIPTION_TABS } from "@/components/admin/nav-items";
import { SectionTabs } from "@/components/admin/section-tabs";

export default function SubscriptionsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionTabs label="Subscriptions sections" tabs={SUBSCRIPTION_TABS} />
      {children}
    </>
  );
}
