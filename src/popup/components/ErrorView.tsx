// Error states in plain words. The message may come from the page's extraction, so it is text only.
import type { BriefErrorCode } from '../../core/types.ts';

interface Props {
  code: BriefErrorCode;
  message: string;
  onBriefAnyway(): void;
  onRetry(): void;
}

const RESTRICTED_HELP = 'Browser pages, extension stores and built-in viewers (such as the PDF viewer) are off limits to extensions. Open an article and try again.';

export function ErrorView({ code, message, onBriefAnyway, onRetry }: Props) {
  if (code === 'restricted-page') {
    return (
      <section class="notice" role="alert">
        <h1>Brief can't read this page</h1>
        <p>{RESTRICTED_HELP}</p>
      </section>
    );
  }
  if (code === 'not-article') {
    return (
      <section class="notice" role="alert">
        <h1>Not an article</h1>
        <p>{message}</p>
        <p>“Brief anyway” summarises all the text on the page instead.</p>
        <button type="button" class="primary" onClick={onBriefAnyway}>Brief anyway</button>
      </section>
    );
  }
  if (code === 'empty') {
    return (
      <section class="notice" role="alert">
        <h1>There is nothing to read here</h1>
        <p>{message}</p>
      </section>
    );
  }
  return (
    <section class="notice" role="alert">
      <h1>{code === 'too-large' ? 'This page is too large' : "Brief couldn't make a brief"}</h1>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>Try again</button>
    </section>
  );
}
