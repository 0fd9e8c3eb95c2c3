import { asc } from "drizzle-orm";
import { headers } from "next/headers";
import Link from "next/link";
import { connection } from "next/server";

import { getDb } from "@/lib/db";
import { forms } from "@/lib/db/schema";

/** Start page of an installation: its forms, with the link and embed code for each. */
export default async function HomePage() {
  // Rendered per request; without this, `next build` would open the database to prerender the page.
  await connection();
  const allForms = await (await getDb()).select().from(forms).orderBy(asc(forms.createdAt), asc(forms.slug));
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  const base = `${protocol}://${host}`;

  return (
    <main className="page">
      <h1>Pellet</h1>
      <p>Lead capture and qualification for polymer, plastics and specialty-chemicals suppliers.</p>
      <p>
        <Link href="/sign-in">Sign in to the dashboard</Link>
      </p>
      <h2>Forms</h2>
      {allForms.length === 0 ? <p>No forms yet. Run <code>npm run seed</code> to add the demo forms.</p> : null}
      {allForms.map((form) => (
        <section key={form.id}>
          <h3>
            <Link href={`/f/${form.slug}`}>{form.name}</Link> {form.status === "paused" ? "(paused)" : null}
          </h3>
          <p>Embed on a page of your site:</p>
          <pre>{`<script src="${base}/embed.js" data-pellet-form="${form.slug}" async></script>`}</pre>
        </section>
      ))}
    </main>
  );
}
