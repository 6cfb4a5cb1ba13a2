interface Props {
  sites: Readonly<Record<string, boolean>>;
  onForget(origin: string): void;
}

/**
 * The sites the agent switched on or off. Switching happens in the popup, on the site itself, because turning a
 * site on needs its permission and the content script registered; forgetting a choice returns the site to its default.
 */
export function SitesList({ sites, onForget }: Props) {
  const origins = Object.keys(sites).sort();
  return (
    <fieldset>
      <legend>Sites</legend>
      <p className="muted small">
        Poise runs on Zendesk and Intercom unless you switch it off. Use the popup on a site to switch it on
        or off.
      </p>
      {origins.length > 0 && (
        <ul className="sites">
          {origins.map((origin) => (
            <li key={origin} className="switch-row">
              <span>
                {origin}: <strong>{sites[origin] ? 'on' : 'off'}</strong>
              </span>
              <button type="button" className="button-quiet" onClick={() => onForget(origin)}>
                Forget<span className="visually-hidden"> {origin}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
