import { describe, expect, it } from "vitest";

import { ACTOR_TYPES, STAGES, type ActorType, type Stage } from "@/lib/lifecycle/stages";
import { checkTransition, type TransitionCheck } from "@/lib/lifecycle/transitions";

type Move = { label: string; from: Stage | null; to: Stage; actor: ActorType };

describe("checkTransition allowed", () => {
  it.each<Move>([
    { label: "system creates lead", from: null, to: "new", actor: "system" },
    { label: "user creates lead", from: null, to: "new", actor: "user" },
    { label: "system marks MQL", from: "new", to: "mql", actor: "system" },
    { label: "user marks MQL", from: "new", to: "mql", actor: "user" },
    { label: "system disqualifies new lead", from: "new", to: "disqualified", actor: "system" },
    { label: "user nurtures new lead", from: "new", to: "nurture", actor: "user" },
    { label: "user accepts MQL as SQL", from: "mql", to: "sql", actor: "user" },
    { label: "user disqualifies MQL", from: "mql", to: "disqualified", actor: "user" },
    { label: "rep rejects MQL to marketing", from: "mql", to: "new", actor: "user" },
    { label: "system nurtures low-intent MQL", from: "mql", to: "nurture", actor: "system" },
    { label: "user opens opportunity", from: "sql", to: "opportunity", actor: "user" },
    { label: "user loses SQL", from: "sql", to: "lost", actor: "user" },
    { label: "user wins opportunity", from: "opportunity", to: "won", actor: "user" },
    { label: "user loses opportunity", from: "opportunity", to: "lost", actor: "user" },
    { label: "system reopens nurture", from: "nurture", to: "new", actor: "system" },
    { label: "user disqualifies nurture", from: "nurture", to: "disqualified", actor: "user" },
  ])("allowed: $label", ({ from, to, actor }) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: true });
  });
});

describe("checkTransition rejected moves", () => {
  it.each<Move & { message: string }>([
    { label: "creation straight to MQL", from: null, to: "mql", actor: "system", message: "A lead cannot move from nothing to mql." },
    { label: "new skips to SQL", from: "new", to: "sql", actor: "user", message: "A lead cannot move from new to sql." },
    { label: "SQL back to MQL", from: "sql", to: "mql", actor: "user", message: "A lead cannot move from sql to mql." },
    { label: "MQL stays MQL", from: "mql", to: "mql", actor: "system", message: "A lead cannot move from mql to mql." },
    { label: "opportunity to nurture", from: "opportunity", to: "nurture", actor: "user", message: "A lead cannot move from opportunity to nurture." },
    { label: "nurture straight to MQL", from: "nurture", to: "mql", actor: "system", message: "A lead cannot move from nurture to mql." },
  ])("rejected: $label", ({ from, to, actor, message }) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: false, message });
  });

  const closed: Stage[] = ["won", "lost", "disqualified"];
  const fromClosed = closed.flatMap((from) =>
    STAGES.flatMap((to) => ACTOR_TYPES.map((actor) => ({ label: `${from} to ${to} by ${actor}`, from, to, actor }))),
  );

  it.each(fromClosed)("closed stage: $label", ({ from, to, actor }) => {
    expect(checkTransition(from, to, actor).ok).toBe(false);
  });
});

describe("checkTransition actor restrictions", () => {
  it.each<Move & { expected: TransitionCheck }>([
    {
      label: "system nurtures new lead",
      from: "new",
      to: "nurture",
      actor: "system",
      expected: { ok: false, message: "Only a user can move a lead from new to nurture." },
    },
    { label: "system rejects MQL", from: "mql", to: "new", actor: "system", expected: { ok: false, message: "Only a user can move a lead from mql to new." } },
    { label: "system accepts SQL", from: "mql", to: "sql", actor: "system", expected: { ok: false, message: "Only a user can move a lead from mql to sql." } },
    {
      label: "system disqualifies MQL",
      from: "mql",
      to: "disqualified",
      actor: "system",
      expected: { ok: false, message: "Only a user can move a lead from mql to disqualified." },
    },
    { label: "system wins opportunity", from: "opportunity", to: "won", actor: "system", expected: { ok: false, message: "Only a user can move a lead from opportunity to won." } },
    {
      label: "system disqualifies nurture",
      from: "nurture",
      to: "disqualified",
      actor: "system",
      expected: { ok: false, message: "Only a user can move a lead from nurture to disqualified." },
    },
  ])("actor: $label", ({ from, to, actor, expected }) => {
    expect(checkTransition(from, to, actor)).toEqual(expected);
  });
});
