import type { ReactNode } from "react";
import { USAGE_TABS } from "@/components/admin/nav-items";
import { SectionTabs } from "@/components/admin/section-tabs";

export default function UsageLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionTabs label="Usage sections" tabs={USAGE_TABS} />
      {children}
    </>
  );
}
