import type { ReactNode } from "react";
import { CUSTOMER_TABS } from "@/components/admin/nav-items";
import { SectionTabs } from "@/components/admin/section-tabs";

export default function CustomersLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionTabs label="Customers sections" tabs={CUSTOMER_TABS} />
      {children}
    </>
  );
}
