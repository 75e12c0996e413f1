// The brief card. Every page-supplied string is rendered as a text node (JSX children), never as markup.
import { Fragment } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { Brief } from '../../../core/types.ts';
import { sourceParts } from '../../../core/render/format.ts';
import { CopyButton } from './CopyButton.tsx';
import { extensionGlobal } from '../transport.ts';

export const FIRST_POINT_MARK = 'brief:first-point';
export const MODEL_DONE_MARK = 'brief:model-done';

/** The options page (engine choice), in a tab of its own. */
function openOptions(): void {
  void extensionGlobal<{ runtime: { openOptionsPage(): Promise<void> } }>()?.runtime.openOptionsPage();
}

export function Card({ brief, shortcut = '' }: { brief: Brief; shortcut?: string }) {
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
  const content = { lang: brief.lang, dir: brief.dir };
  return (
    <article class="card" aria-labelledby="brief-title">
      {/* Only this part scrolls when a card is taller than the popup: Copy never covers the text. */}
      <div class="card-body">
        <header>
          <h1 id="brief-title" {...content}>{brief.title}</h1>
          <p class="source">
            {sourceParts(brief).map((part, i) => (
              <Fragment key={i}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <span class="source-part">{part}</span>
              </Fragment>
            ))}
          </p>
        </header>
        {brief.fallback && (
          <p class="engine-error" role="alert">
            {brief.fallback.engine} couldn't write this brief. {brief.fallback.message} This is the built-in brief, made on this device.
          </p>
        )}
        {brief.model && (
          <p class="engine-line" role="status">
            {brief.partial ? 'Writing with ' : 'Written by '}
            {brief.model}
            {brief.sentTo ? ` at ${brief.sentTo}` : ''}
            {brief.partial ? '…' : '. Points are checked against the article.'}
          </p>
        )}
        {brief.lede && <p class="lede" {...content}>{brief.lede}</p>}
        {(brief.points.length > 0 || brief.partial) && (
          <section aria-labelledby="points-heading" aria-busy={brief.partial ? 'true' : undefined}>
            <h2 id="points-heading">{brief.points.length === 3 || brief.partial ? '3-point summary' : 'Summary'}</h2>
            <ol class="points" {...content}>
              {brief.points.map((point, i) => {
                const check = brief.checks?.[i];
                return (
                  <li key={i} class={check && !check.found ? 'unverified' : undefined}>
                    {point}
                    {check && !check.found && (
                      <span class="not-found"> Not found in the article: {check.missing.join(', ')}</span>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        )}
        {brief.trimmed && (
          <p class="note">
            The article was too long for the model's context: it read the first {brief.trimmed.keptBlocks} of{' '}
            {brief.trimmed.totalBlocks} parts.
          </p>
        )}
        {(brief.topics.length > 0 || brief.why) && (
          <section aria-labelledby="why-heading">
            <h2 id="why-heading">Why it matters</h2>
            {brief.why && <p class="why" {...content}>{brief.why}</p>}
            {brief.topics.length > 0 && <ul class="topics" aria-label="Key topics" {...content}>
              {brief.topics.map((topic, i) => (
                <li key={i}>{topic}</li>
              ))}
            </ul>}
          </section>
        )}
      </div>
      <footer>
        <CopyButton brief={brief} shortcut={shortcut} />
        <button type="button" class="options-button" onClick={openOptions}>
          Options
        </button>
      </footer>
    </article>
  );
}
