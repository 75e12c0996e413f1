export function Loading() {
  return (
    <div class="loading" role="status" aria-live="polite">
      <p class="loading-text">Reading the page…</p>
      <div class="skeleton skeleton-title" />
      <div class="skeleton" />
      <div class="skeleton" />
      <div class="skeleton skeleton-short" />
    </div>
  );
}
