import { t } from '../../../shared/i18n.ts';

export function Loading() {
  return (
    <div class="loading" role="status" aria-live="polite">
      <p class="loading-text">{t('loadingText')}</p>
      <div class="skeleton skeleton-title" />
      <div class="skeleton" />
      <div class="skeleton" />
      <div class="skeleton skeleton-short" />
    </div>
  );
}
