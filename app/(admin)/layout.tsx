import Link from "next/link";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/admin/sidebar";
import { requireAdmin } from "@/lib/auth/require-admin";

/** The shell only. Each page calls requireAdmin() itself: layouts do not re-run on every navigation. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { actor } = await requireAdmin();
  return (
    <div className="min-h-screen">
      <Sidebar />
      <div className="lg:pl-60">
        <header className="sticky top-0 z-10 flex h-14 items-center justify-end gap-4 border-b border-slate-200 bg-white/90 px-4 backdrop-blur sm:px-6">
          <div className="text-right text-sm" data-testid="signed-in-user">
            <div className="font-medium text-slate-900">{actor.name}</div>
            <div className="text-xs text-slate-500">
              {actor.email} · {actor.role.toLowerCase()}
            </div>
          </div>
          <Link href="/sign-out" className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900">
            Sign out
          </Link>
        </header>
        <main className="px-4 py-6 sm:px-6 lg:px-8">{children}</main>
      </div>
    </div>
  );
}
