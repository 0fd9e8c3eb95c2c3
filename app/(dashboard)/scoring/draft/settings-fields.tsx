"use client";

import type { ModelForm } from "@/components/scoring/editor-form";
import { DIMENSION_LABELS } from "@/components/scoring/labels";
import { DIMENSIONS, type Dimension } from "@/lib/scoring/model";

type Settings = Pick<ModelForm, "name" | "mqlThreshold" | "dimensionCaps" | "engagementHalfLifeDays">;

/** Edits the model's name, MQL threshold, dimension caps and engagement half-life. */
export function SettingsFields({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  function changeCap(dimension: Dimension, value: string) {
    onChange({ dimensionCaps: { ...settings.dimensionCaps, [dimension]: value } });
  }

  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Model</h2>
      <div className="settings-grid">
        <div className="field">
          <label htmlFor="model-name">Name</label>
          <input id="model-name" type="text" value={settings.name} onChange={(event) => onChange({ name: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="model-threshold">MQL threshold (points)</label>
          <input id="model-threshold" type="number" step="any" value={settings.mqlThreshold} onChange={(event) => onChange({ mqlThreshold: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="model-half-life">Engagement half-life (days)</label>
          <input
            id="model-half-life"
            type="number"
            step="any"
            min={0}
            value={settings.engagementHalfLifeDays}
            onChange={(event) => onChange({ engagementHalfLifeDays: event.target.value })}
            aria-describedby="model-half-life-hint"
          />
          <p className="hint" id="model-half-life-hint">
            An engagement event&apos;s points halve every this many days.
          </p>
        </div>
      </div>
      <fieldset className="settings-grid caps">
        <legend>Dimension caps (points; leave empty for no cap)</legend>
        {DIMENSIONS.map((dimension) => (
          <div className="field" key={dimension}>
            <label htmlFor={`cap-${dimension}`}>{DIMENSION_LABELS[dimension]} cap</label>
            <input
              id={`cap-${dimension}`}
              type="number"
              step="any"
              placeholder="no cap"
              value={settings.dimensionCaps[dimension]}
              onChange={(event) => changeCap(dimension, event.target.value)}
            />
          </div>
        ))}
      </fieldset>
    </section>
  );
}
