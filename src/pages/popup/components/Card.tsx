// The brief card. Every page-supplied string is rendered as a text node (JSX children), never as markup.
import { Fragment } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { Brief } from '../../../core/types.ts';
import { sourceParts } from '../../../core/render/format.ts';
import { CopyButton } from './CopyButton.tsx';
import { JumpSlot, usePointJumps } from './PointJump.tsx';
import type { PointLocator } from '../locate.ts';
import { extensionGlobal } from '../transport.ts';
import { uiLabels } from '../labels.ts';
import { t } from '../../../shared/i18n.ts';
import { say } from '../../../shared/say.ts';

export const FIRST_POINT_MARK = 'brief:first-point';
export const MODEL_DONE_MARK = 'brief:model-done';

interface PagesApi {
  runtime: { openOptionsPage(): Promise<void>; getURL(path: string): string };
  tabs: { create(p: { url: string }): Promise<unknown> };
  sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}
const pagesApi = () => extensionGlobal<PagesApi>();

/** The options page (engine choice), in a tab of its own. */
function openOptions(): void {
  void pagesApi()?.runtime.openOptionsPage();
}

function openHistory(): void {
  const api = pagesApi();
  if (api) void api.tabs.create({ url: api.runtime.getURL('history/index.html') });
}

/**
 * "Open in side panel": the brief moves beside the page. Opened within the click (the panel
 * needs the user's gesture), then the popup closes; the panel shows the same tab's brief from
 * the cache.
 */
function openPanel(tabId: number | undefined): void {
  const api = pagesApi();
  const opened = api?.sidePanel ? api.sidePanel.open(tabId !== undefined ? { tabId } : {}) : api?.sidebarAction?.open();
  void opened?.then(() => window.close(), () => undefined);
}

/** Whether this browser can show Brief beside the page. */
const hasPanel = (): boolean => Boolean(pagesApi()?.sidePanel?.open ?? pagesApi()?.sidebarAction?.open);

interface CardProps {
  brief: Brief;
  shortcut?: string;
  /** The popup offers "Open in side panel"; the panel itself does not. */
  surface?: 'popup' | 'panel';
  /** The tab the brief was read from. */
  tabId?: number;
  /** "Show in page" for the points of a built-in brief, in the tab the brief was read from. */
  locator?: PointLocator;
}

export function Card({ brief, shortcut = '', locator, surface = 'popup', tabId }: CardProps) {
  // The benchmark measures popup start -> this mark (layout effects run once the DOM holds the card).
  // The title names the card for assistive technology, and is the one thing of the popup that
  // Firefox's own window can read, so the real-window benchmark times the card by it.
  useLayoutEffect(() => {
    performance.mark('brief:card-rendered');
    document.title = `Brief: ${brief.title}`;
    // A model engine's card fills in steps: the benchmark times the first point and the end.
    if (brief.model && brief.points.length > 0 && performance.getEntriesByName(FIRST_POINT_MARK).length === 0) performance.mark(FIRST_POINT_MARK);
    if (brief.model && !brief.partial) performance.mark(MODEL_DONE_MARK);
  }, [brief]);
  const jumps = usePointJumps(brief, locator);
  const content = { lang: brief.lang, dir: brief.dir };
  const labels = uiLabels();
  return (
    <article class="card" aria-labelledby="brief-title">
      {/* Only this part scrolls when a card is taller than the popup: Copy never covers the text. */}
      <div class="card-body">
        <header>
          <h1 id="brief-title" {...content}>{brief.title}</h1>
          <p class="source">
            {sourceParts(brief, labels).map((part, i) => (
              <Fragment key={i}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <span class="source-part">{part}</span>
              </Fragment>
            ))}
          </p>
        </header>
        {brief.fallback && (
          <p class="engine-error" role="alert">
            {t('engineFallback', brief.fallback.engine, say(brief.fallback.wording, brief.fallback.message))}
          </p>
        )}
        {brief.model && (
          <p class="engine-line" role="status">
            {brief.sentTo
              ? t(brief.partial ? 'engineWritingAt' : 'engineWrittenAt', brief.model, brief.sentTo)
              : t(brief.partial ? 'engineWriting' : 'engineWritten', brief.model)}
          </p>
        )}
        {brief.lede && <p class="lede" {...content}>{brief.lede}</p>}
        {(brief.points.length > 0 || brief.partial) && (
          <section aria-labelledby="points-heading" aria-busy={brief.partial ? 'true' : undefined}>
            <h2 id="points-heading">{brief.points.length === 3 || brief.partial ? labels.summary : labels.summaryShort}</h2>
            <ol class="points" {...content}>
              {brief.points.map((point, i) => {
                const check = brief.checks?.[i];
                return (
                  <li key={i} class={check && !check.found ? 'unverified' : undefined}>
                    {jumps.eligible && <JumpSlot shown={jumps.shown[i] === true} onClick={(event) => jumps.jump(i, event)} />}
                    {point}
                    {check && !check.found && (
                      <span class="not-found"> {t('pointNotFound', check.missing.join(', '))}</span>
                    )}
                  </li>
                );
              })}
            </ol>
            {jumps.any && (
              <p class="jump-status" role="status" tabIndex={-1} ref={jumps.statusRef}>
                {jumps.status}
              </p>
            )}
          </section>
        )}
        {brief.onlyDescription && <p class="note">{t('onlyDescriptionNote')}</p>}
        {brief.trimmed && (
          <p class="note">{t('trimmedNote', brief.trimmed.keptBlocks, brief.trimmed.totalBlocks)}</p>
        )}
        {(brief.topics.length > 0 || brief.why) && (
          <section aria-labelledby="why-heading">
            <h2 id="why-heading">{labels.why}</h2>
            {brief.why && <p class="why" {...content}>{brief.why}</p>}
            {brief.topics.length > 0 && <ul class="topics" aria-label={t('keyTopicsLabel')} {...content}>
              {brief.topics.map((topic, i) => (
                <li key={i}>{topic}</li>
              ))}
            </ul>}
          </section>
        )}
      </div>
      <footer>
        <CopyButton brief={brief} shortcut={shortcut} />
        <nav class="card-links" aria-label={t('moreLabel')}>
          {surface === 'popup' && hasPanel() && (
            <button type="button" class="link-button" onClick={() => openPanel(tabId)}>
              {t('openInPanel')}
            </button>
          )}
          <button type="button" class="link-button" onClick={openHistory}>
            {t('historyButton')}
          </button>
          <button type="button" class="link-button options-button" onClick={openOptions}>
            {t('optionsButton')}
          </button>
        </nav>
      </footer>
    </article>
  );
}
