import { useEffect } from 'react';
import { ReviewList } from '../../../components/ReviewList';
import { useSidepanel, useSidepanelStore } from '../context';

/** The private post-chat reviews, loaded from local storage when the panel opens. */
export function ReviewsSection() {
  const reviews = useSidepanel((s) => s.reviews);
  const error = useSidepanel((s) => s.historyError);
  const canSave = useSidepanel((s) => {
    const key = s.panel?.conversationKey;
    return !!key && (s.records[key]?.scores.length ?? 0) >= 2;
  });
  const store = useSidepanelStore();
  const { saveCurrentReview, deleteAllReviews } = store.getState();
  useEffect(() => {
    void store.getState().loadReviews();
  }, [store]);
  return (
    <ReviewList
      reviews={reviews}
      canSaveCurrent={canSave}
      error={error}
      onSaveCurrent={() => void saveCurrentReview()}
      onDeleteAll={() => void deleteAllReviews()}
    />
  );
}
