import { eq } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import { forms, type Form } from "@/lib/db/schema";

export async function findFormBySlug(db: Executor, slug: string): Promise<Form | null> {
  const [form] = await db.select().from(forms).where(eq(forms.slug, slug)).limit(1);

  return form ?? null;
}
