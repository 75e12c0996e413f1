// "Clear all" with its confirmation in the page (never window.confirm): the first press asks,
// with Cancel focused so a stray Enter deletes nothing; Escape cancels too.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, uiLanguage } from '../../../shared/i18n.ts';

export interface ClearAllProps {
  count: number;
  asking: boolean;
  onAsk(): void;
  onCancel(): void;
  onConfirm(): void;
}

export function ClearAll({ count, asking, onAsk, onCancel, onConfirm }: ClearAllProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // A layout effect: focus moves in the same frame the buttons change, so no key press falls between.
  useLayoutEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="clear" ref={opener} onClick={onAsk} disabled={count === 0}>
        {t('historyClearAll')}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="confirm-question" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p id="confirm-question">{t('historyClearQuestion', count.toLocaleString(uiLanguage()))}</p>
      <button type="button" class="danger" onClick={onConfirm}>
        {t('historyClearConfirm')}
      </button>
      <button type="button" ref={cancel} onClick={onCancel}>
        {t('historyClearCancel')}
      </button>
    </div>
  );
}
