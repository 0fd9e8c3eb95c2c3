import { APPLICATIONS, POLYMERS } from "@/lib/forms/catalog";
import type { LeadFilters } from "@/lib/leads/queries/filters";
import { STAGES } from "@/lib/lifecycle/stages";
import { SLA_STATES } from "@/lib/sla/state";

import { OptionSelect } from "./option-select";

type Props = {
  filters: LeadFilters;
  forms: { slug: string; name: string }[];
  owners: { id: string; name: string }[];
  showStage: boolean;
};

/** A GET form, so filtered views are plain links that can be bookmarked and shared. */
export function LeadFilterBar({ filters, forms, owners, showStage }: Props) {
  return (
    <form method="get" className="filters" aria-label="Filters">
      <label>
        Form
        <select name="form" defaultValue={filters.form ?? ""}>
          <option value="">All</option>
          {forms.map((form) => (
            <option key={form.slug} value={form.slug}>
              {form.name}
            </option>
          ))}
        </select>
      </label>
      <OptionSelect inlineLabel name="application" label="Application" options={APPLICATIONS} defaultValue={filters.application} emptyLabel="All" />
      <OptionSelect inlineLabel name="polymer" label="Polymer" options={POLYMERS} defaultValue={filters.polymer} emptyLabel="All" />
      <label>
        Country
        <input name="country" defaultValue={filters.country ?? ""} size={4} maxLength={2} placeholder="DE" />
      </label>
      <label>
        Source
        <input name="source" defaultValue={filters.source ?? ""} size={10} placeholder="linkedin" />
      </label>
      <label>
        Owner
        <select name="owner" defaultValue={filters.owner ?? ""}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="unassigned">Unassigned</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        SLA
        <select name="sla" defaultValue={filters.sla ?? ""}>
          <option value="">Any</option>
          {SLA_STATES.map((state) => (
            <option key={state.id} value={state.id}>
              {state.label}
            </option>
          ))}
        </select>
      </label>
      {showStage ? (
        <label>
          Stage
          <select name="stage" defaultValue={filters.stage ?? ""}>
            <option value="">Any</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stage}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="button button--secondary">
        Filter
      </button>
    </form>
  );
}
