// Chrome's built-in AI on the options page: whether the model is here, in plain words, and the
// download, which Chrome starts only from a user's click, with its progress.
import { useEffect, useState } from 'preact/hooks';
import { AVAILABILITY_WORDS, type Availability, type ChromeAi } from '../../engines/chrome-ai/api.ts';

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
        setError(`The download did not finish: ${e instanceof Error ? e.message : String(e)}`);
      });
  };

  return (
    <fieldset>
      <legend>Chrome's built-in AI</legend>
      <p role="status" aria-live="polite">
        {state === 'missing'
          ? 'This browser has no built-in AI (it needs Chrome 138 or later on a supported device).'
          : state === 'checking'
            ? 'Checking…'
            : AVAILABILITY_WORDS[state]}
      </p>
      {state === 'downloadable' && (
        <button type="button" onClick={download}>
          Download model (about 2–4 GB)
        </button>
      )}
      {state === 'downloading' && progress !== undefined && (
        <p>
          <label for="model-download">Download progress</label>{' '}
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
