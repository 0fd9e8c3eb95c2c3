import { queryAppDatabase } from "./database";

export type StoredLeadScore = { lead_id: string; scoring_model_version: number; score_breakdown: { fired: { ruleId: string; label: string; points: number }[] } };

/** Find the newest lead of the contact with this email, with its score, or null when there is none. */
export async function findLeadScoreByEmail(email: string): Promise<StoredLeadScore | null> {
  const rows = await queryAppDatabase<StoredLeadScore>(
    `select l.id as lead_id, l.scoring_model_version, l.score_breakdown
       from leads l
       join contacts c on c.id = l.contact_id
      where c.email_normalized = $1
      order by l.created_at desc
      limit 1`,
    [email.toLowerCase()],
  );

  return rows[0] ?? null;
}
