import Link from "next/link";
import type { ReactNode } from "react";

/** A card whose title links to a settings section; the whole card is clickable, the link's name is just the title. */
export function SettingsCard({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <li className="relative rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 focus-within:ring-2 focus-within:ring-brand-600 hover:ring-brand-300">
      <h2 className="text-base font-semibold text-slate-900">
        <Link href={href} className="after:absolute after:inset-0 focus:outline-none">
          {title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-600">{children}</p>
    </li>
  );
}
