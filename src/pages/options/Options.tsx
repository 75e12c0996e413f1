// The options page: which engine writes the brief, and where the article goes with each. Plain
// form controls, each with its label, so it works with the keyboard alone and with screen readers.
import { useEffect, useState } from 'preact/hooks';
import { listModels } from '../../engines/openai-compatible/engine.ts';
import { normalizeBaseUrl } from '../../engines/openai-compatible/request.ts';
import { whereItGoes } from '../../engines/registry.ts';
import { errorMessage } from '../../core/types.ts';
import { DEFAULT_SETTINGS, parseSettings, TIMEOUT_SECONDS, type EngineChoice, type Settings } from '../../storage/settings.ts';
import { originPattern, type SettingsApi } from './settings-api.ts';
import { ChromeAiPanel } from './ChromeAiPanel.tsx';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

const ENGINES: { id: EngineChoice; label: string; detail: string }[] = [
  { id: 'extractive', label: 'Built-in', detail: 'Instant and offline: every point is a sentence of the page. Nothing leaves this device.' },
  { id: 'openai', label: 'A model server (Ollama, LM Studio, llama.cpp, OpenAI…)', detail: "Any OpenAI-compatible server. The article's text goes to that server." },
  { id: 'chrome-ai', label: "Chrome's built-in AI", detail: 'Gemini Nano, run by Chrome on this device. Nothing leaves this device.' },
];

export function Options({ api }: { api: SettingsApi }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [models, setModels] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    void api.load().then(setSettings, () => setStatus({ kind: 'error', text: "Brief couldn't read its settings; the defaults are shown." }));
  }, [api]);

  const hasChromeAi = Boolean(api.chromeAi.languageModel ?? api.chromeAi.summarizer);
  const engines = ENGINES.filter((e) => e.id !== 'chrome-ai' || hasChromeAi || settings.engine === 'chrome-ai');
  const openai = settings.openai;
  const setOpenAi = (patch: Partial<Settings['openai']>) => setSettings({ ...settings, openai: { ...openai, ...patch } });

  /** Access to the server's origin, asked for inside the click; a refusal is said plainly. */
  const askAccess = (): Promise<boolean> | string => {
    let base: string;
    try {
      base = normalizeBaseUrl(openai.baseUrl);
    } catch (error) {
      return errorMessage(error);
    }
    const pattern = originPattern(base) as string;
    return api.requestOrigin(pattern).catch(() => false);
  };

  const testConnection = () => {
    const access = askAccess();
    if (typeof access === 'string') return setStatus({ kind: 'error', text: access });
    setStatus({ kind: 'busy', text: 'Connecting…' });
    void access.then(async (granted) => {
      if (!granted) return setStatus({ kind: 'error', text: `Brief needs your permission to reach ${new URL(openai.baseUrl).host}. Press the button again and allow it.` });
      try {
        const found = await listModels({ baseUrl: openai.baseUrl, apiKey: openai.apiKey || undefined }, { fetch: api.fetch });
        setModels(found);
        setStatus({ kind: 'ok', text: found.length > 0 ? `Connected. The server has ${found.length} model${found.length === 1 ? '' : 's'}: ${found.join(', ')}.` : 'Connected, but the server lists no models.' });
      } catch (error) {
        setStatus({ kind: 'error', text: errorMessage(error) });
      }
    });
  };

  const save = (event: Event) => {
    event.preventDefault();
    const next = parseSettings({ engine: settings.engine, openai });
    if (next.engine === 'openai') {
      if (!openai.model.trim()) return setStatus({ kind: 'error', text: 'Enter the model to use (Test connection lists them).' });
      const access = askAccess();
      if (typeof access === 'string') return setStatus({ kind: 'error', text: access });
      void access.then((granted) => {
        if (!granted) return setStatus({ kind: 'error', text: 'Not saved: Brief needs your permission to send articles to that server.' });
        return store(next);
      });
      return;
    }
    void store(next);
  };

  const store = async (next: Settings) => {
    try {
      await api.save(next);
      setSettings(next);
      setStatus({ kind: 'ok', text: `Saved. ${whereItGoes(next)}` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Not saved: ${errorMessage(error)}` });
    }
  };

  return (
    <form class="options" onSubmit={save} aria-describedby="where">
      <h1>Brief options</h1>
      <fieldset>
        <legend>Who writes the brief</legend>
        {engines.map((engine) => (
          <div class="choice" key={engine.id}>
            <input
              type="radio"
              id={`engine-${engine.id}`}
              name="engine"
              value={engine.id}
              checked={settings.engine === engine.id}
              aria-describedby={`engine-${engine.id}-detail`}
              onChange={() => setSettings({ ...settings, engine: engine.id })}
            />
            <label for={`engine-${engine.id}`}>{engine.label}</label>
            <p class="detail" id={`engine-${engine.id}-detail`}>{engine.detail}</p>
          </div>
        ))}
      </fieldset>

      {settings.engine === 'openai' && (
        <fieldset>
          <legend>Model server</legend>
          <label for="base-url">Server address</label>
          <input id="base-url" type="url" required value={openai.baseUrl} aria-describedby="base-url-help" onInput={(e) => setOpenAi({ baseUrl: e.currentTarget.value })} />
          <p class="detail" id="base-url-help">
            Ollama: http://127.0.0.1:11434/v1 (start it with OLLAMA_ORIGINS=chrome-extension://*,moz-extension://* so it accepts Brief). LM Studio: http://127.0.0.1:1234/v1.
          </p>
          <label for="model">Model</label>
          <input id="model" type="text" list="model-list" value={openai.model} spellcheck={false} onInput={(e) => setOpenAi({ model: e.currentTarget.value })} />
          <datalist id="model-list">
            {models.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
          <label for="api-key">API key (optional)</label>
          <input id="api-key" type="password" autocomplete="off" value={openai.apiKey} aria-describedby="api-key-help" onInput={(e) => setOpenAi({ apiKey: e.currentTarget.value })} />
          <p class="detail" id="api-key-help">Kept in this browser's extension storage and sent only to the server above.</p>
          <label for="context">Model context (tokens)</label>
          <input id="context" type="number" min={1024} step={1024} value={openai.contextTokens} aria-describedby="context-help" onInput={(e) => setOpenAi({ contextTokens: Number(e.currentTarget.value) })} />
          <p class="detail" id="context-help">Longer articles are cut at a paragraph to fit, and the brief says so. Ollama's default is 4096.</p>
          <label for="timeout">Wait for the model's first word (seconds)</label>
          <input id="timeout" type="number" min={TIMEOUT_SECONDS.min} max={TIMEOUT_SECONDS.max} value={openai.timeoutSeconds} aria-describedby="timeout-help" onInput={(e) => setOpenAi({ timeoutSeconds: Number(e.currentTarget.value) })} />
          <p class="detail" id="timeout-help">A model on a slow computer reads a long article for a while before it writes. After this long the card shows the built-in brief.</p>
          <button type="button" onClick={testConnection}>Test connection</button>
        </fieldset>
      )}

      {settings.engine === 'chrome-ai' && <ChromeAiPanel ai={api.chromeAi} />}

      <p id="where" class="where">{whereItGoes(settings)}</p>
      <div class="actions">
        <button type="submit" class="primary">Save</button>
      </div>
      <p class={`status ${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'idle' ? '' : status.text}
      </p>
    </form>
  );
}
