import { useId } from 'react';
import { OFFER_KINDS, type OfferKind } from '../lib/storage/settings-schema';

const WORDS: Record<OfferKind, string> = {
  replacement: 'A replacement',
  credit: 'A credit',
  refund: 'A refund',
  exception: 'An exception to policy',
};

interface Props {
  allowed: readonly OfferKind[];
  onToggle(offer: OfferKind, allowed: boolean): void;
}

/** "Offers I may make": offers that cost money or bend policy, none unless the agent ticks them. */
export function OffersField({ allowed, onToggle }: Props) {
  const id = useId();
  return (
    <fieldset aria-describedby={`${id}-note`}>
      <legend>Offers I may make</legend>
      <p id={`${id}-note`} className="muted small">
        Poise suggests an offer only once the chat has reached solving the problem, and only the ones ticked
        here.
      </p>
      <div className="choices-grid">
        {OFFER_KINDS.map((offer) => (
          <label key={offer} className="choice">
            <input
              type="checkbox"
              checked={allowed.includes(offer)}
              onChange={(e) => onToggle(offer, e.currentTarget.checked)}
            />
            {WORDS[offer]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
