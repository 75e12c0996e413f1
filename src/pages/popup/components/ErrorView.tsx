// Error states in plain words. The message may come from the page's extraction, so it is text only.
import { useLayoutEffect } from 'preact/hooks';
import type { BriefErrorCode } from '../../../core/types.ts';

interface Props {
  code: BriefErrorCode;
  message: string;
  onBriefAnyway(): void;
  onRetry(): void;
}

const RESTRICTED_HELP = 'Browser pages, extension stores and built-in viewers (such as the PDF viewer) are off limits to extensions. Open an article and try again.';

const HEADINGS: Partial<Record<BriefErrorCode, string>> = {
  'restricted-page': "Brief can't read this page",
  'not-article': 'Not an article',
  empty: 'There is nothing to read here',
  'too-large': 'This page is too large',
};
const FALLBACK_HEADING = "Brief couldn't make a brief";

export function ErrorView({ code, message, onBriefAnyway, onRetry }: Props) {
  const heading = HEADINGS[code] ?? FALLBACK_HEADING;
  // As the card does: the title says what the popup shows (and tells the Firefox test it is shown).
  useLayoutEffect(() => {
    document.title = `Brief: ${heading}`;
  }, [heading]);

  if (code === 'restricted-page') {
    return (
      <section class="notice" role="alert">
        <h1>{heading}</h1>
        <p>{RESTRICTED_HELP}</p>
      </section>
    );
  }
  if (code === 'not-article') {
    return (
      <section class="notice" role="alert">
        <h1>{heading}</h1>
        <p>{message}</p>
        <p>“Brief anyway” summarises all the text on the page instead.</p>
        <button type="button" class="primary" onClick={onBriefAnyway}>Brief anyway</button>
      </section>
    );
  }
  if (code === 'empty') {
    return (
      <section class="notice" role="alert">
        <h1>{heading}</h1>
        <p>{message}</p>
      </section>
    );
  }
  return (
    <section class="notice" role="alert">
      <h1>{heading}</h1>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>Try again</button>
    </section>
  );
}
