"use client";

import { useActionState } from "react";

import { SQL_FIRST_NURTURE_DAYS } from "@/lib/leads/handoff";
import type { SalesSettings } from "@/lib/settings/sales";

import { describedProps, FieldError, FormOutcome } from "../form-parts";
import { IDLE_FORM_STATE, type FormState } from "../form-state";
import { saveSalesSettingsAction } from "./actions";

// Monday first; the values are JavaScript's day numbers, 0 = Sunday.
const DAYS = [
  { value: "1", label: "Monday" },
  { value: "2", label: "Tuesday" },
  { value: "3", label: "Wednesday" },
  { value: "4", label: "Thursday" },
  { value: "5", label: "Friday" },
  { value: "6", label: "Saturday" },
  { value: "0", label: "Sunday" },
];

const ASSIGNMENT_CHOICES = [
  { value: "manual", label: "Manual", explanation: "New MQLs wait in the queue until a rep claims one, or a manager or an admin assigns it." },
  { value: "round_robin", label: "Round robin", explanation: "Each new MQL goes to the active rep who was given a lead longest ago." },
  {
    value: "round_robin_by_country",
    label: "Round robin by country",
    explanation: "Each new MQL goes in turn to the active reps who cover its country, or to any active rep when none does.",
  },
];

const HANDOFF_CHOICES = [
  { value: "hybrid", label: "Hybrid", explanation: "Every new MQL goes to sales, under the assignment above." },
  { value: "mql_first", label: "MQL first", explanation: "Marketing reviews each new MQL before sales works it." },
  {
    value: "sql_first",
    label: "SQL first",
    explanation: `New MQLs with a sample or quote request, or a timeline within three months, go to sales. The rest go to nurture for ${SQL_FIRST_NURTURE_DAYS} days.`,
  },
];

const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
const START_HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const END_HOURS = Array.from({ length: 24 }, (_, hour) => hour + 1);

type Props = { settings: SalesSettings; timeZones: string[] };

export function SalesSettingsForm({ settings, timeZones }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveSalesSettingsAction, IDLE_FORM_STATE);
  const errors = state.fieldErrors;
  // After a failed save the form shows what was typed; otherwise the stored settings, which the page reloads after a save.
  const values =
    state.status === "error" && state.values
      ? state.values
      : {
          slaWorkingHours: String(settings.slaWorkingHours),
          timeZone: settings.timeZone,
          workingDays: settings.workingDays.map(String),
          dayStartHour: String(settings.dayStartHour),
          dayEndHour: String(settings.dayEndHour),
          assignment: settings.assignment,
          handoffMode: settings.handoffMode,
        };
  const workingDays = Array.isArray(values.workingDays) ? values.workingDays : [];

  return (
    <form key={state.submissions} action={action} className="form" aria-labelledby="sales-settings-heading">
      <FormOutcome state={state} />

      <div className="field">
        <label htmlFor="slaWorkingHours">First-touch SLA, in working hours</label>
        <input
          id="slaWorkingHours"
          name="slaWorkingHours"
          type="number"
          min="0.25"
          max="200"
          step="0.25"
          required
          defaultValue={values.slaWorkingHours}
          {...describedProps("slaWorkingHours", errors.slaWorkingHours, "slaWorkingHours-hint")}
        />
        <p className="hint" id="slaWorkingHours-hint">
          How long a rep has to first contact a lead after it becomes an MQL. Only the working hours below count.
        </p>
        <FieldError id="slaWorkingHours" message={errors.slaWorkingHours} />
      </div>

      <div className="field">
        <label htmlFor="timeZone">Time zone of the working hours</label>
        <select id="timeZone" name="timeZone" defaultValue={values.timeZone} {...describedProps("timeZone", errors.timeZone)}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <FieldError id="timeZone" message={errors.timeZone} />
      </div>

      <div className="field">
        <fieldset {...describedProps("workingDays", errors.workingDays)}>
          <legend>Working days</legend>
          <div className="day-list">
            {DAYS.map((day) => (
              <label key={day.value} className="check">
                <input type="checkbox" name="workingDays" value={day.value} defaultChecked={workingDays.includes(day.value)} />
                {day.label}
              </label>
            ))}
          </div>
        </fieldset>
        <FieldError id="workingDays" message={errors.workingDays} />
      </div>

      <div className="columns">
        <div className="field">
          <label htmlFor="dayStartHour">Working day starts</label>
          <select id="dayStartHour" name="dayStartHour" defaultValue={values.dayStartHour} {...describedProps("dayStartHour", errors.dayStartHour)}>
            {START_HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {hourLabel(hour)}
              </option>
            ))}
          </select>
          <FieldError id="dayStartHour" message={errors.dayStartHour} />
        </div>
        <div className="field">
          <label htmlFor="dayEndHour">Working day ends</label>
          <select id="dayEndHour" name="dayEndHour" defaultValue={values.dayEndHour} {...describedProps("dayEndHour", errors.dayEndHour)}>
            {END_HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {hourLabel(hour)}
              </option>
            ))}
          </select>
          <FieldError id="dayEndHour" message={errors.dayEndHour} />
        </div>
      </div>

      <ChoiceField name="assignment" legend="Assignment of new MQLs" choices={ASSIGNMENT_CHOICES} checked={values.assignment} error={errors.assignment} />

      <ChoiceField name="handoffMode" legend="Handoff of new MQLs" choices={HANDOFF_CHOICES} checked={values.handoffMode} error={errors.handoffMode} />

      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}

type ChoiceFieldProps = {
  name: string;
  legend: string;
  choices: readonly { value: string; label: string; explanation: string }[];
  // The submitted or stored value; a radio group posts one value, never a list.
  checked: string | string[] | undefined;
  error: string | undefined;
};

/** Render a group of radio choices, each with a one-line explanation, and its error. */
function ChoiceField({ name, legend, choices, checked, error }: ChoiceFieldProps) {
  return (
    <div className="field">
      <fieldset {...describedProps(name, error)}>
        <legend>{legend}</legend>
        <div className="choice-list">
          {choices.map((choice) => (
            <label key={choice.value} className="check">
              <input type="radio" name={name} value={choice.value} defaultChecked={checked === choice.value} />
              <span>
                <strong>{choice.label}</strong>
                <span className="muted">{choice.explanation}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id={name} message={error} />
    </div>
  );
}
