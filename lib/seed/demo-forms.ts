import type { Database } from "@/lib/db";
import { forms } from "@/lib/db/schema";
import { DEMO_FORMS } from "@/lib/forms/demo-forms";

/** Insert the demo forms; forms that already exist are left as they are. */
export async function seedDemoForms(db: Database): Promise<number> {
  const inserted = await db.insert(forms).values(DEMO_FORMS).onConflictDoNothing({ target: forms.slug }).returning({ id: forms.id });

  return inserted.length;
}
