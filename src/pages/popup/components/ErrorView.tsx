// Error states in plain words. The message may come from the page's extraction, so it is text only.
import { useLayoutEffect } from 'preact/hooks';
import type { BriefErrorCode } from '../../../core/types.ts';
import { t, uiLanguage, type MessageKey } from '../../../shared/i18n.ts';

interface Props {
  code: BriefErrorCode;
  message: string;
  /** The shortcut in force, for the side panel's "Press … to brief this tab". */
  shortcut?: string;
  onBriefAnyway(): void;
  onRetry(): void;
}

const HEADINGS: Partial<Record<BriefErrorCode, MessageKey>> = {
  'restricted-page': 'errorRestrictedHeading',
  'not-article': 'errorNotArticleHeading',
  empty: 'errorEmptyHeading',
  'too-large': 'errorTooLargeHeading',
  'no-access': 'errorNoAccessHeading',
  'too-short': 'errorSelectionTooShortHeading',
};

/**
 * The detail under the heading. The content script's own sentence says why in English (its
 * reasons are measured facts of the page); where the UI is in another language, the plain
 * statement for the code is shown instead, so no English appears in a translated popup.
 */
function detail(code: BriefErrorCode, message: string): string {
  if (uiLanguage().toLowerCase().startsWith('en')) return message;
  if (code === 'not-article') return t('errorNotArticleBody');
  if (code === 'empty') return t('errorEmptyBody');
  return message;
}

export function ErrorView({ code, message, shortcut = '', onBriefAnyway, onRetry }: Props) {
  const heading = t(HEADINGS[code] ?? 'errorGenericHeading');
  // As the card does: the title says what the popup shows (and tells the Firefox test it is shown).
  useLayoutEffect(() => {
    document.title = `Brief: ${heading}`;
  }, [heading]);

  if (code === 'restricted-page') {
    return (
      <section class="notice" role="alert">
        <h1>{heading}</h1>
        <p>{t('errorRestrictedHelp')}</p>
      </section>
    );
  }
  if (code === 'no-access') {
    return (
      <section class="notice" role="status">
        <h1>{heading}</h1>
        <p>{shortcut ? t('errorNoAccessHelp', shortcut) : t('errorNoAccessHelpNoShortcut')}</p>
      </section>
    );
  }
  if (code === 'too-short') {
    return (
      <section class="notice" role="alert">
        <h1>{heading}</h1>
        <p>{t('errorSelectionTooShortBody')}</p>
      </section>
    );
  }
  if (code === 'not-article') {
    return (
      <section class="notice" role="alert">
        <h1>{heading}</h1>
        <p>{detail(code, message)}</p>
        <p>{t('errorNotArticleHelp')}</p>
        <button type="button" class="primary" onClick={onBriefAnyway}>{t('briefAnyway')}</button>
      </section>
    );
  }
  if (code === 'empty') {
    return (
      <section class="notice" role="alert">
        <h1>{heading}</h1>
        <p>{detail(code, message)}</p>
      </section>
    );
  }
  return (
    <section class="notice" role="alert">
      <h1>{heading}</h1>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>{t('tryAgain')}</button>
    </section>
  );
}
