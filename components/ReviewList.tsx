import { useState } from 'react';
import type { ReviewEntry } from '../lib/storage/history';
import { ReviewItem } from './ReviewItem';

interface Props {
  reviews: readonly ReviewEntry[];
  canSaveCurrent: boolean;
  error: string | null;
  onSaveCurrent(): void;
  onDeleteAll(): void;
}

/** Private post-chat reviews, kept on this computer for at most 30 days, with "Delete all". */
export function ReviewList({ reviews, canSaveCurrent, error, onSaveCurrent, onDeleteAll }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="section" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Post-chat reviews</h2>
      <p className="muted">Private: kept on this computer for 30 days, never sent anywhere.</p>
      {error && (
        <p className="card-error" role="alert">
          {error}
        </p>
      )}
      <div className="card-actions">
        <button type="button" className="button-secondary" disabled={!canSaveCurrent} onClick={onSaveCurrent}>
          Review this chat now
        </button>
        {reviews.length > 0 &&
          (confirming ? (
            <>
              <button
                type="button"
                className="button-danger"
                onClick={() => {
                  setConfirming(false);
                  onDeleteAll();
                }}
              >
                Yes, delete all reviews
              </button>
              <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </>
          ) : (
            <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
              Delete all
            </button>
          ))}
      </div>
      {reviews.length === 0 ? (
        <p className="muted">No reviews yet. One is saved when an escalated chat ends.</p>
      ) : (
        <ul className="review-list">
          {reviews.map((r) => (
            <ReviewItem key={r.id} review={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
