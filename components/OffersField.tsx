import { OFFER_KINDS, type OfferKind } from '../lib/chat';
import { CheckboxGroup } from './CheckboxGroup';

export const OFFER_WORDS: Record<OfferKind, string> = {
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
  return (
    <CheckboxGroup
      legend="Offers I may make"
      note="Poise suggests an offer only once the chat has reached solving the problem, and only the ones ticked here."
      values={OFFER_KINDS}
      words={OFFER_WORDS}
      checked={allowed}
      onToggle={onToggle}
    />
  );
}
