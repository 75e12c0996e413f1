// Chrome's built-in AI on the options page: whether the model is here, in plain words, and the
// download, which Chrome starts only from a user's click, with its progress.
import { useEffect, useState } from 'preact/hooks';
import type { Availability, ChromeAi } from '../../engines/chrome-ai/api.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';

const AVAILABILITY: Record<Availability, MessageKey> = {
  available: 'chromeAiReady',
  downloadable: 'chromeAiDownloadable',
  downloading: 'chromeAiDownloading',
  unavailable: 'chromeAiUnavailable',
};

export function ChromeAiPanel({ ai }: { ai: ChromeAi }) {
  const api = ai.languageModel ?? ai.summarizer;
  const [state, setState] = useState<Availability | 'checking' | 'missing'>(api ? 'checking' : 'missing');
  const [progress, setProgress] = useState<number | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    void api?.availability().then(setState, () => setState('unavailable'));
  }, [api]);

  const download = () => {
    if (!api) return;
    setError('');
    setState('downloading');
    setProgress(0);
    // create() is called inside the click: Chrome starts a download only with a user's activation.
    api
      .create({ monitor: (m) => m.addEventListener('downloadprogress', (e) => setProgress(e.loaded)) })
      .then((session) => {
        session.destroy();
        setState('available');
      })
      .catch((e: unknown) => {
        setState('downloadable');
        setError(t('chromeAiDownloadFailed', e instanceof Error ? e.message : String(e)));
      });
  };

  return (
    <fieldset>
      <legend>{t('engineChromeAi')}</legend>
      <p role="status" aria-live="polite">
        {state === 'missing' ? t('chromeAiMissing') : state === 'checking' ? t('chromeAiChecking') : t(AVAILABILITY[state])}
      </p>
      {state === 'downloadable' && (
        <button type="button" onClick={download}>
          {t('chromeAiDownload')}
        </button>
      )}
      {state === 'downloading' && progress !== undefined && (
        <p>
          <label for="model-download">{t('chromeAiProgress')}</label>{' '}
          <progress id="model-download" max={1} value={progress}>
            {Math.round(progress * 100)}%
          </progress>{' '}
          {Math.round(progress * 100)}%
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
