import type { TrafficLight as Light } from '../../../core/model/agreementTypes';

const words: Record<Light, { label: string; meaning: string }> = {
  good: { label: 'Good', meaning: 'α ≥ .800: reliable enough to draw conclusions' },
  tentative: { label: 'Tentative', meaning: '.667 ≤ α < .800: acceptable for tentative conclusions only' },
  poor: { label: 'Poor', meaning: 'α < .667: not applied reliably enough to draw conclusions' },
  'not applicable': { label: 'n/a', meaning: 'Not applicable: α is not defined (nobody used the code, or there is nothing to compare)' },
};

const cssClass = (light: Light) => (light === 'not applicable' ? 'na' : light);

/** Krippendorff's thresholds as a coloured dot with its word (never colour alone). */
export function TrafficLight({ light, withLabel = true }: { light: Light; withLabel?: boolean }) {
  const { label, meaning } = words[light];
  return (
    <span className={`traffic-light light-${cssClass(light)}`} title={meaning}>
      <span className="light-dot" aria-hidden="true" />
      {withLabel ? <span className="light-label">{label}</span> : <span className="visually-hidden">{label}</span>}
    </span>
  );
}

export function trafficLightMeaning(light: Light): string {
  return words[light].meaning;
}

/** The legend under the report. */
export function TrafficLightLegend() {
  return (
    <ul className="light-legend" aria-label="What the colours mean">
      {(['good', 'tentative', 'poor', 'not applicable'] as const).map((l) => (
        <li key={l}>
          <TrafficLight light={l} /> <span className="muted">{words[l].meaning.replace(/^[^:]*: /, '')}</span>
        </li>
      ))}
    </ul>
  );
}
