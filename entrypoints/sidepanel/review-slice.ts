/**
 * The post-chat review part of the side panel store: it records each conversation's risk scores and the replies
 * the agent inserted, and saves a review locally when the tab moves on to another conversation (or on request).
 */
import type { RiskLevel } from '../../lib/analyzer/types';
import type { PanelState } from '../../lib/messaging/panel-state';
import type { ReviewEntry } from '../../lib/storage/history';
import { buildReview, maxLevel, type ReplyPhrase, type ReviewReply, reviewId } from '../../lib/ui/review';

export interface HistoryApi {
  read(): Promise<ReviewEntry[]>;
  save(entry: ReviewEntry): Promise<ReviewEntry[]>;
  clear(): Promise<void>;
}

export interface ChatRecord {
  key: string;
  siteId: string | null;
  scores: number[];
  peak: RiskLevel;
  replies: ReviewReply[];
}

export interface ReviewSlice {
  /** Records of conversations seen in this panel, by conversation key. */
  records: Record<string, ChatRecord>;
  /** The conversation each tab showed last, to notice when a chat ends. */
  lastKeyByTab: Record<number, string>;
  reviews: ReviewEntry[];
  historyError: string | null;
  track(state: PanelState): void;
  /** The agent inserted this phrase (or their own words): which, not what, is kept for the review. */
  recordReply(reply: ReplyPhrase): void;
  loadReviews(): Promise<void>;
  /** Save the review of the bound tab's current conversation now. */
  saveCurrentReview(): Promise<void>;
  deleteAllReviews(): Promise<void>;
}

interface Host extends ReviewSlice {
  panel: PanelState | null;
}

/** A chat is worth a review when it has a timeline and the risk ever left "calm". */
const worthReview = (r: ChatRecord) => r.scores.length >= 2 && r.peak !== 'calm';

/** The review slice; `set`/`get` are the host store's. */
export function createReviewSlice(
  set: (partial: Partial<ReviewSlice>) => void,
  get: () => Host,
  deps: { history: HistoryApi | undefined; now: () => number },
): ReviewSlice {
  const save = async (record: ChatRecord) => {
    if (!deps.history) return;
    const review = buildReview(record.scores, record.peak, record.replies);
    try {
      const reviews = await deps.history.save({
        id: reviewId(record.key),
        savedAt: deps.now(),
        siteId: record.siteId,
        ...review,
      });
      set({ reviews, historyError: null });
    } catch (error) {
      set({ historyError: `The review could not be saved (${String(error)}).` });
    }
  };

  return {
    records: {},
    lastKeyByTab: {},
    reviews: [],
    historyError: null,

    track(state) {
      const { records, lastKeyByTab } = get();
      const previousKey = lastKeyByTab[state.tabId];
      const key = state.conversationKey;
      const next = { ...records };
      if (previousKey && previousKey !== key) {
        const ended = next[previousKey];
        if (ended && worthReview(ended)) void save(ended);
        delete next[previousKey];
      }
      if (key && state.status === 'ready') {
        const old = next[key];
        next[key] = {
          key,
          siteId: state.siteId,
          scores: state.risk.history.map((p) => p.score),
          peak: maxLevel(old?.peak ?? 'calm', state.risk.level),
          replies: old?.replies ?? [],
        };
      }
      const keys = { ...lastKeyByTab };
      if (key) keys[state.tabId] = key;
      else delete keys[state.tabId];
      set({ records: next, lastKeyByTab: keys });
    },

    recordReply({ phraseId, template }) {
      const key = get().panel?.conversationKey;
      const record = key ? get().records[key] : undefined;
      if (!key || !record) return;
      const replies = [...record.replies, { at: record.scores.length, phraseId, template }];
      set({ records: { ...get().records, [key]: { ...record, replies } } });
    },

    async loadReviews() {
      if (!deps.history) return;
      try {
        set({ reviews: await deps.history.read(), historyError: null });
      } catch (error) {
        set({ historyError: `Saved reviews could not be read (${String(error)}).` });
      }
    },

    async saveCurrentReview() {
      const key = get().panel?.conversationKey;
      const record = key ? get().records[key] : undefined;
      if (record) await save(record);
    },

    async deleteAllReviews() {
      if (!deps.history) return;
      try {
        await deps.history.clear();
        set({ reviews: [], historyError: null });
      } catch (error) {
        set({ historyError: `Reviews could not be deleted (${String(error)}).` });
      }
    },
  };
}
