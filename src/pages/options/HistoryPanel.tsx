// History on the options page: pause it (saved at once, on its own: the engine's Save button
// asks for permissions this does not need) and open the history page.
import { useState } from 'preact/hooks';

export const STRINGS = {
  legend: 'History',
  pause: 'Pause history',
  pauseDetail: 'While paused, new briefs are not kept. Briefs made in private windows are never kept.',
  open: 'Open history',
  paused: 'History paused: new briefs are not kept.',
  resumed: 'History on: new briefs are kept on this device.',
  failed: (reason: string) => `Not saved: ${reason}`,
};

export interface HistoryPanelProps {
  paused: boolean;
  /** The history page's URL (runtime.getURL). */
  historyUrl: string;
  save(paused: boolean): Promise<void>;
  onSaved(paused: boolean): void;
}

export function HistoryPanel({ paused, historyUrl, save, onSaved }: HistoryPanelProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();
  const toggle = (next: boolean) => {
    save(next).then(
      () => {
        onSaved(next);
        setStatus({ ok: true, text: next ? STRINGS.paused : STRINGS.resumed });
      },
      (error: unknown) => setStatus({ ok: false, text: STRINGS.failed(error instanceof Error ? error.message : String(error)) }),
    );
  };
  return (
    <fieldset class="history">
      <legend>{STRINGS.legend}</legend>
      <div class="choice">
        <input type="checkbox" id="history-paused" checked={paused} aria-describedby="history-paused-detail" onChange={(e) => toggle(e.currentTarget.checked)} />
        <label for="history-paused">{STRINGS.pause}</label>
        <p class="detail" id="history-paused-detail">{STRINGS.pauseDetail}</p>
      </div>
      <p>
        <a href={historyUrl} target="_blank" rel="noopener">
          {STRINGS.open}
        </a>
      </p>
      <p class={`status ${status ? (status.ok ? 'ok' : 'error') : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </fieldset>
  );
}
