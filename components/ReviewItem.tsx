import type { ReviewEntry } from '../lib/storage/history';
import { templatePreview } from '../lib/ui/review';
import { LEVEL_WORDS } from '../lib/ui/risk-display';
import { LevelShape } from './LevelShape';
import { RiskChart } from './RiskChart';

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One saved post-chat review: the timeline and which replies the risk fell after. */
export function ReviewItem({ review }: { review: ReviewEntry }) {
  const fell = review.outcomes.filter((o) => o.fell);
  const other = review.outcomes.filter((o) => !o.fell);
  return (
    <li className="review" data-testid="review">
      <p className="review-head">
        <span>{when(review.savedAt)}</span>
        <span className="review-peak">
          <LevelShape level={review.peak} /> peak {LEVEL_WORDS[review.peak]}
        </span>
      </p>
      <RiskChart scores={review.scores} height={40} label="Risk over that chat" />
      {fell.length > 0 && (
        <>
          <p className="review-sub">The risk fell after:</p>
          <ul className="review-replies">
            {fell.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a review is immutable once saved.
              <li key={i}>
                {o.template ? <q>{templatePreview(o.template)}</q> : 'A reply in your own words'} (
                {Math.round(o.before)} → {Math.round(o.after)})
              </li>
            ))}
          </ul>
        </>
      )}
      {other.length > 0 && (
        <p className="review-sub">
          {other.length} inserted {other.length === 1 ? 'reply was' : 'replies were'} not followed by a fall.
        </p>
      )}
      {review.outcomes.length === 0 && <p className="review-sub">No replies were inserted through Poise.</p>}
    </li>
  );
}
