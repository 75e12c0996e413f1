// The brief card. Every page-supplied string is rendered as a text node (JSX children), never as markup.
import { Fragment } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { Brief } from '../../core/types.ts';
import { sourceParts } from '../../core/render/format.ts';
import { CopyButton } from './CopyButton.tsx';

export function Card({ brief, shortcut = '' }: { brief: Brief; shortcut?: string }) {
  // The benchmark measures popup start -> this mark (layout effects run once the DOM holds the card).
  // The title names the card for assistive technology, and is the one thing of the popup that
  // Firefox's own window can read, so the real-window benchmark times the card by it.
  useLayoutEffect(() => {
    performance.mark('brief:card-rendered');
    document.title = `Brief: ${brief.title}`;
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
        {brief.lede && <p class="lede" {...content}>{brief.lede}</p>}
        {brief.points.length > 0 && (
          <section aria-labelledby="points-heading">
            <h2 id="points-heading">{brief.points.length === 3 ? '3-point summary' : 'Summary'}</h2>
            <ol class="points" {...content}>
              {brief.points.map((point, i) => (
                <li key={i}>{point}</li>
              ))}
            </ol>
          </section>
        )}
        {brief.topics.length > 0 && (
          <section aria-labelledby="why-heading">
            <h2 id="why-heading">Why it matters</h2>
            <ul class="topics" aria-label="Key topics" {...content}>
              {brief.topics.map((topic, i) => (
                <li key={i}>{topic}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <footer>
        <CopyButton brief={brief} shortcut={shortcut} />
      </footer>
    </article>
  );
}
