import Link from "next/link";
import type { ReactNode } from "react";

import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { canManageUsers, canReadFunnel, canReviewMqls } from "@/lib/leads/access";
import { canEditScoring } from "@/lib/scoring/access";

import { signOutAction } from "./actions";
import "./dashboard.css";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();

  return (
    <div className="dashboard">
      <header className="topbar">
        <strong>Pellet</strong>
        <nav aria-label="Main">
          <Link href="/queue">MQL queue</Link>
          <Link href="/leads">Leads</Link>
          {canReadFunnel(actor) ? <Link href="/funnel">Funnel</Link> : null}
          {canReviewMqls(actor) ? <Link href="/review">MQL review</Link> : null}
          {canEditScoring(actor) ? <Link href="/scoring">Scoring</Link> : null}
          <Link href="/definitions">Definitions</Link>
          {canManageUsers(actor) ? <Link href="/admin/users">Users</Link> : null}
          {canManageUsers(actor) ? <Link href="/admin/settings">Settings</Link> : null}
        </nav>
        <span className="who">
          {actor.name} · {ROLE_LABELS[actor.role]}
        </span>
        <form action={signOutAction}>
          <button type="submit" className="link-button">
            Sign out
          </button>
        </form>
      </header>
      <main className="dashboard-main">{children}</main>
    </div>
  );
}
