// "Show in page" beside each point of a built-in brief. The points are sentences of the page, so
// once the card is on screen (never before: the card's first paint waits for nothing) the popup
// asks which of them the page still shows, and only those get the control. A model's points are
// its own words: they are never looked for and never get one.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Brief } from '../../../core/types.ts';
import { t } from '../../../shared/i18n.ts';
import type { PointLocator } from '../locate.ts';

/** The built-in engine's id (core/points/summarize.ts ENGINE_ID, not imported: it would pull in the summarizer). */
const BUILT_IN = 'extractive';

export interface PointJumps {
  /** The brief's points are the page's sentences: each gets a place for a control from the first paint. */
  eligible: boolean;
  /** Per point, whether it has a control. */
  shown: readonly boolean[];
  /** Whether the card shows controls (and so the status line). */
  any: boolean;
  status: string;
  statusRef: { current: HTMLParagraphElement | null };
  jump(index: number, event: Event): void;
}

export function usePointJumps(brief: Brief, locator: PointLocator | undefined): PointJumps {
  const [found, setFound] = useState<{ points: readonly string[]; shown: boolean[] }>();
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const points = brief.points;
  const eligible = locator !== undefined && brief.engine === BUILT_IN && !brief.partial && points.length > 0;

  // A passive effect: it runs after the browser has painted the card.
  useEffect(() => {
    setStatus('');
    if (!eligible) return;
    let live = true;
    void locator.findable(points).then((shown) => {
      if (live) setFound({ points, shown });
    });
    return () => {
      live = false;
    };
  }, [points, locator, eligible]);

  const shown = eligible && found?.points === points ? found.shown : [];
  const jump = (index: number, event: Event) => {
    const button = event.currentTarget as HTMLElement;
    const point = points[index];
    if (!locator || point === undefined) return;
    void locator.jump(point).then((ok) => {
      if (ok) return setStatus('');
      // The control goes; focus moves to the status that says why, not to the document's start.
      if (button.ownerDocument.activeElement === button) statusRef.current?.focus();
      setFound((f) => (f && f.points === points ? { points, shown: f.shown.map((s, i) => s && i !== index) } : f));
      setStatus(t('jumpGone'));
    });
  };
  return { eligible, shown, any: shown.some(Boolean) || status !== '', status, statusRef, jump };
}

/**
 * The place beside a point (under its number, popup.css) where its control goes. It is there from
 * the first paint, empty until the page answers, so nothing on the card moves when the controls arrive.
 */
export function JumpSlot({ shown, onClick }: { shown: boolean; onClick: (event: Event) => void }): JSX.Element {
  return <span class="jump-slot">{shown && <JumpButton onClick={onClick} />}</span>;
}

/** A small target icon; the name is the button's label (the point beside it says which). */
export function JumpButton({ onClick }: { onClick: (event: Event) => void }): JSX.Element {
  // The card's points carry the page's language; the control speaks the popup's.
  const lang = document.documentElement.lang || undefined;
  const label = t('jumpShowInPage');
  return (
    <button type="button" class="jump" aria-label={label} title={label} lang={lang} onClick={onClick}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
        <circle cx="8" cy="8" r="4.6" fill="none" stroke="currentColor" stroke-width="1.6" />
        <circle cx="8" cy="8" r="1.7" fill="currentColor" />
        <path d="M8 .8v3M8 12.2v3M.8 8h3M12.2 8h3" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
    </button>
  );
}
