/** The page report: which parts of the page the adapter found, so the panel can say what is missing. */
import type { PageReport } from '../messaging/protocol';
import type { Composer, SiteAdapter } from '../sites/types';

export interface PageFindings {
  adapter: SiteAdapter;
  conversationKey: string | null;
  root: Element | null;
  composer: Composer | null;
  doc: Document;
  url: URL;
}

/** Build the report sent on start and whenever it changes. */
export function buildReport(f: PageFindings): PageReport {
  const report: PageReport = {
    siteId: f.adapter.id,
    conversationKey: f.conversationKey,
    health: {
      conversation: f.conversationKey !== null,
      messages: f.root !== null,
      composer: f.composer !== null,
      matched: { ...f.adapter.health(f.doc, f.url), confidence: f.adapter.confidence },
    },
  };
  const name = f.conversationKey ? f.adapter.customerName(f.doc) : undefined;
  if (name) report.customerName = name;
  if (f.conversationKey) {
    const facts = f.adapter.pageFacts(f.doc, f.url);
    if (Object.keys(facts).length > 0) report.pageFacts = facts;
    const typing = f.adapter.typing(f.doc, f.url);
    if (typing) report.customerTyping = typing.typing;
  }
  if (f.composer) report.editorKind = f.composer.kind;
  if (f.composer && f.adapter.noteMode?.available(f.doc, f.url)) report.health.note = true;
  return report;
}
