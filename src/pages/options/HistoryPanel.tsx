// History on the options page: pause it (saved at once, on its own: the engine's Save button
// asks for permissions this does not need) and open the history page.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

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
        setStatus({ ok: true, text: next ? t('optionsHistoryPaused') : t('optionsHistoryResumed') });
      },
      (error: unknown) => setStatus({ ok: false, text: t('statusNotSaved', error instanceof Error ? error.message : String(error)) }),
    );
  };
  return (
    <fieldset class="history">
      <legend>{t('optionsHistoryLegend')}</legend>
      <div class="choice">
        <input type="checkbox" id="history-paused" checked={paused} aria-describedby="history-paused-detail" onChange={(e) => toggle(e.currentTarget.checked)} />
        <label for="history-paused">{t('optionsHistoryPause')}</label>
        <p class="detail" id="history-paused-detail">{t('optionsHistoryPauseDetail')}</p>
      </div>
      <p>
        <a href={historyUrl} target="_blank" rel="noopener">
          {t('optionsHistoryOpen')}
        </a>
      </p>
      <p class={`status ${status ? (status.ok ? 'ok' : 'error') : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </fieldset>
  );
}
