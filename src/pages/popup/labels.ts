// The card's and the copied brief's words in the UI language: core's RenderLabels from _locales,
// dates through Intl in the same language.
import { formatDateIn, type RenderLabels } from '../../core/render/format.ts';
import { t, uiLanguage } from '../../shared/i18n.ts';

let cached: { language: string; labels: RenderLabels } | undefined;

export function uiLabels(): RenderLabels {
  const language = uiLanguage();
  if (cached?.language === language) return cached.labels;
  const labels: RenderLabels = {
    summary: t('summaryHeading'),
    summaryShort: t('summaryHeadingShort'),
    why: t('whyHeading'),
    readingTime: (minutes) => (minutes >= 1 ? t('readingTime', minutes.toLocaleString(language)) : t('readingTimeUnderOne')),
    keyTopicsLine: (topics) => t('keyTopicsLine', topics.join(', ')),
    readingTimeLine: (time) => t('readingTimeLine', time),
    notFound: (missing) => t('pointNotFoundInline', missing.join(', ')),
    writtenBy: (model, host) => (host ? t('writtenByLineAt', model, host) : t('writtenByLine', model)),
    onlyDescription: t('onlyDescriptionNote'),
    date: (value) => formatDateIn(value, language),
  };
  cached = { language, labels };
  return labels;
}
