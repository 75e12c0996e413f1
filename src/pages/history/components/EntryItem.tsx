// One kept brief in the list: its headline (a link to the page, for http and https pages only),
// source line, when it was made and by whom, lede, points, why it matters and topics (and that it
// was made from the page's description alone), with Copy again and Delete.
// Every page-supplied string is a text node, never markup.
import { sourceParts, isWebUrl } from '../../../core/render/format.ts';
import { briefOfEntry, type HistoryEntry } from '../../../storage/history.ts';
import { t, uiLanguage } from '../../../shared/i18n.ts';

const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

/** A message split around the spot where an element (here the <time>) goes, so translations can put it anywhere. */
const MARK = '\uE000';
function around(message: string): [string, string] {
  const at = message.indexOf(MARK);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + MARK.length)];
}

export interface EntryItemProps {
  entry: HistoryEntry;
  /** Unique in the page, for the ids that tie the buttons to the headline. */
  id: string;
  copyState?: 'copied' | 'failed';
  onCopy(entry: HistoryEntry): void;
  onDelete(entry: HistoryEntry): void;
}

export function EntryItem({ entry, id, copyState, onCopy, onDelete }: EntryItemProps) {
  const brief = briefOfEntry(entry);
  const content = { lang: entry.lang, dir: entry.dir };
  const title = entry.title || t('historyUntitled');
  const [beforeDate, afterDate] = around(t('historyBriefedAt', MARK));
  const titleId = `${id}-title`;
  return (
    <li class="entry" data-key={entry.key}>
      <article aria-labelledby={titleId}>
        <h2 id={titleId} {...content}>
          {isWebUrl(entry.url) ? (
            <a href={entry.url} target="_blank" rel="noopener noreferrer">
              {title}
              <span class="visually-hidden"> {t('historyOpensInNewTab')}</span>
            </a>
          ) : (
            title
          )}
        </h2>
        <p class="source">{sourceParts(brief).join(' · ')}</p>
        <p class="made">
          {beforeDate}
          <time dateTime={new Date(entry.madeAt).toISOString()}>{when.format(entry.madeAt)}</time>
          {afterDate}
          {entry.model ? ` · ${t('historyWrittenBy', entry.model)}` : ''}
        </p>
        {entry.lede && <p class="lede" {...content}>{entry.lede}</p>}
        {entry.points.length > 0 && (
          <ol class="points" {...content}>
            {entry.points.map((point, i) => {
              const check = entry.checks?.[i];
              return (
                <li key={i}>
                  {point}
                  {check && !check.found && <span class="not-found"> {t('pointNotFound', check.missing.join(', '))}</span>}
                </li>
              );
            })}
          </ol>
        )}
        {entry.onlyDescription && <p class="note">{t('onlyDescriptionNote')}</p>}
        {entry.why && (
          <p class="why" {...content}>
            <strong>{t('historyWhyLabel')}</strong> {entry.why}
          </p>
        )}
        {entry.topics.length > 0 && (
          <ul class="topics" aria-label={t('keyTopicsLabel')} {...content}>
            {entry.topics.map((topic, i) => (
              <li key={i}>{topic}</li>
            ))}
          </ul>
        )}
        <div class="actions">
          <button type="button" class="copy" aria-describedby={titleId} onClick={() => onCopy(entry)}>
            {t('historyCopyAgain')}
          </button>
          <button type="button" class="delete" aria-describedby={titleId} onClick={() => onDelete(entry)}>
            {t('historyDelete')}
          </button>
          <span class="copy-status" role="status">
            {copyState === 'copied' ? t('copiedStatus') : copyState === 'failed' ? t('copyFailed') : ''}
          </span>
        </div>
      </article>
    </li>
  );
}
