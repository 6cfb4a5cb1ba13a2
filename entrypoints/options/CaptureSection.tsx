/**
 * "Save a page's structure" on the options page, for when the side panel is not at hand: pick an open
 * helpdesk tab, save its scrubbed structure as a file. Its state is local: a transient action per visit, shared with
 * no other section, so the options store does not carry it.
 */
import { useState } from 'react';
import {
  PageCaptureButton,
  PageCaptureNote,
  type PageCaptureStatus,
} from '../../components/PageCaptureButton';
import type { CaptureApi, HelpdeskTab } from './capture-api';

type Row = HelpdeskTab & { status: PageCaptureStatus; text: string };

export function CaptureSection({ api }: { api: CaptureApi }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [finding, setFinding] = useState(false);
  const update = (tabId: number, status: PageCaptureStatus, text: string) =>
    setRows((rs) => rs?.map((r) => (r.tabId === tabId ? { ...r, status, text } : r)) ?? null);

  async function find() {
    setFinding(true);
    const tabs = await api.tabs().catch(() => []);
    setRows(tabs.map((t) => ({ ...t, status: 'idle', text: '' })));
    setFinding(false);
  }

  async function save(tabId: number) {
    update(tabId, 'saving', '');
    try {
      const capture = await api.capture(tabId);
      api.save(capture);
      update(tabId, 'saved', capture.fileName);
    } catch (error) {
      update(tabId, 'error', `The page could not be saved (${String(error)}).`);
    }
  }

  return (
    <section className="section" id="capture" aria-labelledby="capture-heading" data-testid="capture-section">
      <h2 id="capture-heading">Page structure for a bug report</h2>
      <PageCaptureNote />
      <button type="button" className="button-secondary" onClick={() => void find()} disabled={finding}>
        Find open helpdesk tabs
      </button>
      {rows?.length === 0 && <p className="muted">No open tab where Poise is running.</p>}
      {rows && rows.length > 0 && (
        <ul className="capture-tabs">
          {rows.map((r) => (
            <li key={r.tabId} data-testid="capture-tab">
              <span>{r.title || r.host}</span> <span className="muted">({r.host})</span>
              <PageCaptureButton
                status={r.status}
                text={r.text}
                onSave={() => void save(r.tabId)}
                pageName={r.title || r.host}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
