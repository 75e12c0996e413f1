// The options page: which engine writes the brief, and where the article goes with each. Plain
// form controls, each with its label, so it works with the keyboard alone and with screen readers.
import { useEffect, useState } from 'preact/hooks';
import { listModels } from '../../engines/openai-compatible/engine.ts';
import { normalizeBaseUrl } from '../../engines/openai-compatible/request.ts';
import { whereItGoes } from '../../engines/registry.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { say, sayError } from '../../shared/say.ts';
import { DEFAULT_SETTINGS, parseSettings, TIMEOUT_SECONDS, type EngineChoice, type Settings } from '../../storage/settings.ts';
import { originPattern, type SettingsApi } from './settings-api.ts';
import { ChromeAiPanel } from './ChromeAiPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

const ENGINES: { id: EngineChoice; label: MessageKey; detail: MessageKey }[] = [
  { id: 'extractive', label: 'engineBuiltIn', detail: 'engineBuiltInDetail' },
  { id: 'openai', label: 'engineServer', detail: 'engineServerDetail' },
  { id: 'chrome-ai', label: 'engineChromeAi', detail: 'engineChromeAiDetail' },
];

const where = (settings: Settings): string => say(whereItGoes(settings));

export function Options({ api }: { api: SettingsApi }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [models, setModels] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    void api.load().then(setSettings, () => setStatus({ kind: 'error', text: t('statusLoadFailed') }));
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
      return sayError(error);
    }
    const pattern = originPattern(base) as string;
    return api.requestOrigin(pattern).catch(() => false);
  };

  const testConnection = () => {
    const access = askAccess();
    if (typeof access === 'string') return setStatus({ kind: 'error', text: access });
    setStatus({ kind: 'busy', text: t('statusConnecting') });
    void access.then(async (granted) => {
      if (!granted) return setStatus({ kind: 'error', text: t('statusNeedPermission', new URL(openai.baseUrl).host) });
      try {
        const found = await listModels({ baseUrl: openai.baseUrl, apiKey: openai.apiKey || undefined }, { fetch: api.fetch });
        setModels(found);
        setStatus({ kind: 'ok', text: found.length > 0 ? t('statusConnected', found.length, found.join(', ')) : t('statusConnectedNone') });
      } catch (error) {
        setStatus({ kind: 'error', text: sayError(error) });
      }
    });
  };

  const save = (event: Event) => {
    event.preventDefault();
    const next = parseSettings({ engine: settings.engine, openai, historyPaused: settings.historyPaused, surface: settings.surface });
    if (next.engine === 'openai') {
      if (!openai.model.trim()) return setStatus({ kind: 'error', text: t('statusNeedModel') });
      const access = askAccess();
      if (typeof access === 'string') return setStatus({ kind: 'error', text: access });
      void access.then((granted) => {
        if (!granted) return setStatus({ kind: 'error', text: t('statusNotSavedPermission') });
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
      setStatus({ kind: 'ok', text: t('statusSaved', where(next)) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('statusNotSaved', sayError(error)) });
    }
  };

  return (
    <form class="options" onSubmit={save} aria-describedby="where">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('engineLegend')}</legend>
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
            <label for={`engine-${engine.id}`}>{t(engine.label)}</label>
            <p class="detail" id={`engine-${engine.id}-detail`}>{t(engine.detail)}</p>
          </div>
        ))}
      </fieldset>


      {settings.engine === 'openai' && (
        <fieldset>
          <legend>{t('serverLegend')}</legend>
          <label for="base-url">{t('serverAddress')}</label>
          <input id="base-url" type="url" required value={openai.baseUrl} aria-describedby="base-url-help" onInput={(e) => setOpenAi({ baseUrl: e.currentTarget.value })} />
          <p class="detail" id="base-url-help">{t('serverAddressHelp')}</p>
          <label for="model">{t('modelLabel')}</label>
          <input id="model" type="text" list="model-list" value={openai.model} spellcheck={false} onInput={(e) => setOpenAi({ model: e.currentTarget.value })} />
          <datalist id="model-list">
            {models.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
          <label for="api-key">{t('apiKeyLabel')}</label>
          <input id="api-key" type="password" autocomplete="off" value={openai.apiKey} aria-describedby="api-key-help" onInput={(e) => setOpenAi({ apiKey: e.currentTarget.value })} />
          <p class="detail" id="api-key-help">{t('apiKeyHelp')}</p>
          <label for="context">{t('contextLabel')}</label>
          <input id="context" type="number" min={1024} step={1024} value={openai.contextTokens} aria-describedby="context-help" onInput={(e) => setOpenAi({ contextTokens: Number(e.currentTarget.value) })} />
          <p class="detail" id="context-help">{t('contextHelp')}</p>
          <label for="timeout">{t('timeoutLabel')}</label>
          <input id="timeout" type="number" min={TIMEOUT_SECONDS.min} max={TIMEOUT_SECONDS.max} value={openai.timeoutSeconds} aria-describedby="timeout-help" onInput={(e) => setOpenAi({ timeoutSeconds: Number(e.currentTarget.value) })} />
          <p class="detail" id="timeout-help">{t('timeoutHelp')}</p>
          <button type="button" onClick={testConnection}>{t('testConnection')}</button>
        </fieldset>
      )}

      {settings.engine === 'chrome-ai' && <ChromeAiPanel ai={api.chromeAi} />}

      <fieldset>
        <legend>{t('surfaceLegend')}</legend>
        {(['popup', 'panel'] as const).map((surface) => (
          <div class="choice" key={surface}>
            <input
              type="radio"
              id={`surface-${surface}`}
              name="surface"
              value={surface}
              checked={settings.surface === surface}
              onChange={() => setSettings({ ...settings, surface })}
            />
            <label for={`surface-${surface}`}>{t(surface === 'popup' ? 'surfacePopup' : 'surfacePanel')}</label>
          </div>
        ))}
      </fieldset>

      <p id="where" class="where">{where(settings)}</p>
      <div class="actions">
        <button type="submit" class="primary">{t('saveButton')}</button>
      </div>
      <p class={`status ${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'idle' ? '' : status.text}
      </p>
      <HistoryPanel
        paused={settings.historyPaused}
        historyUrl={api.historyUrl}
        save={api.saveHistoryPaused}
        onSaved={(historyPaused) => setSettings((current) => ({ ...current, historyPaused }))}
      />
    </form>
  );
}
