import type { ReactNode } from "react";
import { CATALOG_TABS } from "@/components/admin/nav-items";
import { SectionTabs } from "@/components/admin/section-tabs";

export default function CatalogLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionTabs label="Catalogue sections" tabs={CATALOG_TABS} />
      {children}
    </>
  );
}
