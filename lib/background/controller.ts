/**
 * What the background does with each message, with the browser behind injected dependencies so it can be tested
 * under WXT's fake browser and stays a thin router in entrypoints/background/index.ts (conventions C7).
 */
import type { PanelState } from '../messaging/panel-state';
import type {
  ContentAck,
  ContentConfig,
  InsertMode,
  InsertResult,
  InsertTarget,
  PageReport,
  SiteStatus,
  TranscriptDelta,
} from '../messaging/protocol';
import { isBuiltInOrigin } from '../sites/built-in-hosts';
import { isSiteEnabled } from '../storage/settings-schema';
import { SessionStorageFull } from '../storage/tab-session-store';
import { caseSummary } from '../summary';
import { BADGE, badgeTitle } from './badge';
import type { BackgroundDeps } from './controller-deps';
import { relearnSession, signalOfKey } from './dismissal-learning';
import { createListenTimers } from './listen-timers';
import { buildPanelState } from './panel-view';
import { createRecentConversations } from './recent-conversations';
import { originOf } from './site-origins';
import {
  applyDelta,
  applyReport,
  dismissRule,
  newTabSession,
  type Reading,
  resumeConversation,
  type TabSession,
} from './tab-session';

export type { BackgroundDeps } from './controller-deps';

/** Shown in a tab's panel while its conversation cannot be stored (Poise keeps reading it in memory). */
export const STORAGE_FULL_WARNING =
  'Poise cannot save this chat: the browser’s session storage is full. It keeps reading while it runs; closing other helpdesk tabs frees room.';

export function createController(deps: BackgroundDeps) {
  const recent = createRecentConversations();
  /** Tabs whose session could not be stored, with what the panel says about it. */
  const storageWarnings = new Map<number, string>();
  const listenTimers = createListenTimers((tabId) =>
    deps.loadSession(tabId).then((latest) => latest && publish(tabId, latest)),
  );

  async function panelState(tabId: number, session?: TabSession): Promise<PanelState> {
    const [settings, playbook, url] = await Promise.all([
      deps.settings(),
      deps.playbook(),
      deps.tabUrl(tabId),
    ]);
    const current = session ?? (await deps.loadSession(tabId));
    const origin = originOf(url);
    const enabled = origin ? isSiteEnabled(settings, origin, isBuiltInOrigin(origin)) : true;
    return buildPanelState(current, tabId, {
      enabled,
      warning: storageWarnings.get(tabId) ?? null,
      agentName: settings.agentName,
      kindsShown: settings.kindsShown,
      offers: settings.offers,
      playbook,
      now: Date.now(),
    });
  }

  async function publish(tabId: number, session: TabSession): Promise<void> {
    const state = await panelState(tabId, session);
    deps.broadcast(tabId, state);
    // No level on the badge either until a customer message was read: never a calm badge over nothing read.
    const level = state.status === 'ready' && state.reading ? state.risk.level : null;
    const badge = level ? BADGE[level] : { text: '', color: '#000000' };
    deps.setBadge(tabId, badge.text, badge.color, badgeTitle(level, state.risk.score));
    listenTimers.schedule(tabId, session);
  }

  /**
   * Change a tab's session and tell the panel, before the session is stored (the panel need not wait for that). A
   * store that is full never reaches the content script (it would stop reading): the panel says so instead.
   */
  async function update(tabId: number, change: (s: TabSession) => TabSession): Promise<void> {
    let latest: TabSession | undefined;
    try {
      await deps.updateSession(
        tabId,
        (s) => change(s ?? newTabSession(tabId)),
        (session) => {
          latest = session;
          recent.remember(session);
          return publish(tabId, session);
        },
      );
      if (storageWarnings.delete(tabId) && latest) await publish(tabId, latest);
    } catch (err) {
      if (!(err instanceof SessionStorageFull) || !latest) throw err;
      storageWarnings.set(tabId, STORAGE_FULL_WARNING);
      await publish(tabId, latest);
    }
  }

  /** The learned keys, read once and again after they change (`relearn`), not on every customer message. */
  let learned: Promise<string[]> | null = null;
  /** How conversations are read now: the agent's sensitivity and what Poise learned from their dismissals. */
  async function reading(): Promise<Reading> {
    learned ??= deps.learning ? deps.learning.learned().catch(() => []) : Promise.resolve([]);
    const [{ sensitivity }, learnedRules] = await Promise.all([deps.settings(), learned]);
    return learnedRules.length > 0 ? { sensitivity, learnedRules } : sensitivity;
  }

  /** Why a content script on this page must stop, or null while Poise may read it and is switched on there. */
  async function refusal(url: string | undefined): Promise<string | null> {
    const origin = originOf(url);
    if (!origin || !(await mayRead(url))) return 'Poise no longer has access to this site.';
    const settings = await deps.settings();
    return isSiteEnabled(settings, origin, isBuiltInOrigin(origin))
      ? null
      : 'Poise is switched off on this site.';
  }

  /** Run a content script's message unless its page may no longer be read; the answer tells it whether to go on. */
  async function fromContent(url: string | undefined, run: () => Promise<void>): Promise<ContentAck> {
    const reason = await refusal(url);
    if (reason) return { keepReading: false, reason };
    await run();
    return { keepReading: true };
  }

  async function siteStatus(tabId: number): Promise<SiteStatus> {
    const origin = originOf(await deps.tabUrl(tabId));
    if (!origin) return { origin: null, builtIn: false, enabled: false, permitted: false };
    const builtIn = isBuiltInOrigin(origin);
    const settings = await deps.settings();
    const permitted = builtIn || (await deps.hasHostPermission(origin));
    return { origin, builtIn, enabled: permitted && isSiteEnabled(settings, origin, builtIn), permitted };
  }

  /** Built-in helpdesks always; any other site only while the agent's grant of access stands. */
  async function mayRead(url: string | undefined): Promise<boolean> {
    const origin = originOf(url);
    return !!origin && (isBuiltInOrigin(origin) || (await deps.hasHostPermission(origin)));
  }

  return {
    panelState,
    mayRead,

    async contentConfig(url: string | undefined): Promise<ContentConfig> {
      const origin = originOf(url);
      if (!origin || !(await mayRead(url))) return { enabled: false };
      const settings = await deps.settings();
      const custom = settings.customSelectors[origin];
      const enabled = isSiteEnabled(settings, origin, isBuiltInOrigin(origin));
      return custom ? { enabled, customSelectors: custom } : { enabled };
    },

    report: (tabId: number, url: string | undefined, report: PageReport) =>
      fromContent(url, () => update(tabId, (s) => applyReport(s, report, Date.now()))),

    delta: (tabId: number, url: string | undefined, delta: TranscriptDelta) =>
      fromContent(url, async () => {
        const sensitivity = await reading();
        const receivedAt = Date.now(); // the background's clock, never the page's timestamps
        // Back to a conversation shown lately: resumed from where it was, not analysed from its first message again.
        const previous = delta.reset ? recent.get(tabId, delta.conversationKey) : undefined;
        await update(
          tabId,
          (s) =>
            (previous && resumeConversation(previous, s, delta, sensitivity)) ??
            applyDelta(s, delta, sensitivity, receivedAt),
        );
      }),

    /** The tab closed: forget its conversations. */
    forgetTab(tabId: number) {
      recent.forget(tabId);
      storageWarnings.delete(tabId);
      listenTimers.forget(tabId);
    },

    draft: (tabId: number, url: string | undefined, draft: { conversationKey: string; text: string }) =>
      fromContent(url, () =>
        update(tabId, (s) =>
          s.conversationKey === draft.conversationKey ? { ...s, draft: draft.text.slice(0, 5000) } : s,
        ),
      ),

    /**
     * The agent dismissed a flag: its words weigh less in this conversation, and the dismissal is counted towards
     * learning them for later ones (by the conversation's key, which is hashed, never stored as is).
     */
    async dismissFlag(tabId: number, rule: string): Promise<void> {
      const sensitivity = await reading();
      let counted: Promise<boolean> | undefined;
      await update(tabId, (s) => {
        const signal = signalOfKey(s, rule);
        if (deps.learning && s.conversationKey && signal)
          counted = deps.learning.record(rule, s.conversationKey, signal).catch(() => false);
        return dismissRule(s, rule, sensitivity);
      });
      await counted;
    },

    /** What Poise learned changed (learned here, or undone in the options page): re-read every open conversation. */
    async relearn(): Promise<void> {
      const before = learned && (await learned).join('\n');
      learned = null;
      const now = await reading();
      const { sensitivity, learnedRules } =
        typeof now === 'string' ? { sensitivity: now, learnedRules: [] } : now;
      // Most changes only count a dismissal: nothing to read again unless the learned keys changed.
      if (before === learnedRules.join('\n')) return;
      for (const tabId of (await deps.learning?.openTabs().catch(() => [])) ?? []) {
        const session = await deps.loadSession(tabId);
        if (!session || session.transcript.length === 0) continue;
        await update(tabId, (s) => relearnSession(s, sensitivity, learnedRules));
      }
    },

    async insert(
      tabId: number,
      text: string,
      mode: InsertMode,
      phraseId?: string,
      target: InsertTarget = 'reply',
    ): Promise<InsertResult> {
      const result = await deps.insertInTab(tabId, text, mode, target).catch(
        (): InsertResult => ({
          ok: false,
          reason: 'Poise is not connected to this tab: reload the helpdesk page, or use Copy.',
        }),
      );
      if (result.ok && phraseId) {
        await update(tabId, (s) => ({
          ...s,
          insertedPhraseIds: [...s.insertedPhraseIds, phraseId].slice(-200),
          usedPhraseIds: [...(s.usedPhraseIds ?? []), phraseId].slice(-50),
        }));
      }
      return result;
    },

    async summary(tabId: number): Promise<string> {
      const [session, settings] = await Promise.all([deps.loadSession(tabId), deps.settings()]);
      if (!session) return 'No conversation has been read in this tab yet.';
      return caseSummary({
        transcript: session.transcript,
        risk: session.risk,
        ...(session.customerName ? { customerName: session.customerName } : {}),
        ...(settings.agentName ? { agentName: settings.agentName } : {}),
      });
    },

    siteStatus,

    /**
     * The keyboard commands that act on the top suggestion: the first one that needs nothing filled in and holds no
     * words from the customer, which only the panel can show for the agent to check, and that was not just inserted.
     */
    async command(name: 'insert-top-suggestion' | 'copy-top-suggestion', tabId: number): Promise<void> {
      const top = (await panelState(tabId)).suggestions.find(
        (s) => !s.used && s.missing.length === 0 && s.fromCustomer.length === 0,
      );
      if (!top) return;
      if (name === 'insert-top-suggestion') await this.insert(tabId, top.text, 'caret', top.phraseId);
      else await deps.copyInTab(tabId, top.text);
    },

    async setSiteEnabled(tabId: number, origin: string, enabled: boolean): Promise<SiteStatus> {
      const builtIn = isBuiltInOrigin(origin);
      if (enabled && !builtIn) {
        if (!(await deps.hasHostPermission(origin))) return siteStatus(tabId);
        await deps.registerSite(origin);
      }
      const saved = await deps.saveSettings((s) => ({ ...s, sites: { ...s.sites, [origin]: enabled } }));
      if (!saved.ok) throw new Error(saved.error);
      if (!enabled) {
        if (!builtIn) await deps.unregisterSite(origin);
        // Every tab of the site stops, not only the one the popup was opened in; their panels then say "off".
        const tabs = new Set([tabId, ...(await deps.tabsOfOrigin(origin).catch(() => []))]);
        for (const other of tabs) {
          await deps.stopInTab(other).catch(() => undefined);
          if (other !== tabId) await publish(other, (await deps.loadSession(other)) ?? newTabSession(other));
        }
      } else if ((await deps.tabUrl(tabId).then(originOf)) === origin) {
        // The agent is looking at the site they just enabled: read it now, not after a reload.
        await deps.injectInTab(tabId).catch(() => undefined);
      }
      const session = await deps.loadSession(tabId);
      await publish(tabId, session ?? newTabSession(tabId));
      return siteStatus(tabId);
    },
  };
}

export type Controller = ReturnType<typeof createController>;
