import type { Metadata } from "next";

import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getSalesSettings } from "@/lib/settings/sales";

import { SalesSettingsForm } from "./sales-settings-form";

export const metadata: Metadata = { title: "Settings" };

/** List the IANA time zones the server supports, adding UTC and the stored zone when the list lacks them (Node 20's list has no "UTC"). */
function timeZoneChoices(stored: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  const extra = ["UTC", stored].filter((zone, index, list) => !zones.includes(zone) && list.indexOf(zone) === index);

  return [...extra, ...zones];
}

export default async function SettingsPage() {
  await requireActor(["admin"]);
  const settings = await getSalesSettings(await getDb());

  return (
    <>
      <h1>Settings</h1>
      <section className="panel" aria-labelledby="sales-settings-heading">
        <h2 id="sales-settings-heading">Sales: SLA, working hours, assignment and handoff</h2>
        <SalesSettingsForm settings={settings} timeZones={timeZoneChoices(settings.timeZone)} />
      </section>
    </>
  );
}
