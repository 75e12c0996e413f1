import { useEffect, useState } from 'preact/hooks';
// Straight from render.ts: the core index would pull the whole summariser into the popup bundle.
import { renderHtml, renderMarkdown } from '../../../core/render/render.ts';
import type { Brief } from '../../../core/types.ts';
import { copyBrief } from '../copy.ts';
import { uiLabels } from '../labels.ts';
import { t } from '../../../shared/i18n.ts';

type CopyState = 'idle' | 'copied' | 'failed';

const status = (state: CopyState): string => (state === 'copied' ? t('copiedStatus') : state === 'failed' ? t('copyFailed') : '');

export function CopyButton({ brief, shortcut = '' }: { brief: Brief; shortcut?: string }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const labels = uiLabels();
    const ok = await copyBrief({ text: renderMarkdown(brief, labels), html: renderHtml(brief, labels) });
    setState(ok ? 'copied' : 'failed');
  };

  // Ctrl+C (Cmd+C) with nothing selected copies the brief, as the button does; with a selection,
  // the browser copies the selection as usual.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'c') return;
      if (brief.partial || String(document.getSelection() ?? '').length > 0) return;
      event.preventDefault();
      void copy();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [brief]);

  return (
    <div class="copy">
      <button type="button" class="copy-button primary" onClick={copy} data-state={state} disabled={brief.partial}>
        {state === 'copied' ? t('copiedButton') : t('copyButton')}
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {status(state)}
      </span>
      {/* The status and the hint share the row: the hint steps aside while a status shows. */}
      {state === 'idle' && shortcut && (
        <span class="shortcut">
          {/* The key alone is shown, so Copy and the links share one row; the label is read out. */}
          <span class="visually-hidden">{t('shortcutHint')} </span>
          <kbd>{shortcut}</kbd>
        </span>
      )}
    </div>
  );
}
