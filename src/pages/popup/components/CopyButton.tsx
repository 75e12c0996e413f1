import { useEffect, useState } from 'preact/hooks';
// Straight from render.ts: the core index would pull the whole summariser into the popup bundle.
import { renderHtml, renderMarkdown } from '../../../core/render/render.ts';
import type { Brief } from '../../../core/types.ts';
import { copyBrief } from '../copy.ts';

type CopyState = 'idle' | 'copied' | 'failed';

const STATUS: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied as Markdown and rich text',
  failed: "Couldn't copy: the browser refused clipboard access",
};

export function CopyButton({ brief, shortcut = '' }: { brief: Brief; shortcut?: string }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const ok = await copyBrief({ text: renderMarkdown(brief), html: renderHtml(brief) });
    setState(ok ? 'copied' : 'failed');
  };

  return (
    <div class="copy">
      <button type="button" class="copy-button primary" onClick={copy} data-state={state} disabled={brief.partial}>
        {state === 'copied' ? 'Copied ✓' : 'Copy brief'}
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {STATUS[state]}
      </span>
      {/* The status and the hint share the row: the hint steps aside while a status shows. */}
      {state === 'idle' && shortcut && (
        <span class="shortcut">
          Shortcut <kbd>{shortcut}</kbd>
        </span>
      )}
    </div>
  );
}
