// One kept brief in the list: its headline (a link to the page, for http and https pages only),
// source line, when it was made and by whom, lede, points and topics, with Copy again and Delete.
// Every page-supplied string is a text node, never markup.
import { sourceParts, isWebUrl } from '../../../core/render/format.ts';
import { briefOfEntry, type HistoryEntry } from '../../../storage/history.ts';

export const STRINGS = {
  copy: 'Copy again',
  copied: 'Copied as Markdown and rich text',
  copyFailed: "Couldn't copy: the browser refused clipboard access",
  delete: 'Delete',
  untitled: 'Untitled page',
  briefed: 'Briefed',
  by: (model: string) => ` · written by ${model}`,
  topics: 'Key topics',
  notFound: (missing: string[]) => ` Not found in the article: ${missing.join(', ')}`,
  opensInNewTab: '(opens in a new tab)',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
  const title = entry.title || STRINGS.untitled;
  const titleId = `${id}-title`;
  return (
    <li class="entry" data-key={entry.key}>
      <article aria-labelledby={titleId}>
        <h2 id={titleId} {...content}>
          {isWebUrl(entry.url) ? (
            <a href={entry.url} target="_blank" rel="noopener noreferrer">
              {title}
              <span class="visually-hidden"> {STRINGS.opensInNewTab}</span>
            </a>
          ) : (
            title
          )}
        </h2>
        <p class="source">{sourceParts(brief).join(' · ')}</p>
        <p class="made">
          {STRINGS.briefed} <time dateTime={new Date(entry.madeAt).toISOString()}>{when.format(entry.madeAt)}</time>
          {entry.model ? STRINGS.by(entry.model) : ''}
        </p>
        {entry.lede && <p class="lede" {...content}>{entry.lede}</p>}
        {entry.points.length > 0 && (
          <ol class="points" {...content}>
            {entry.points.map((point, i) => {
              const check = entry.checks?.[i];
              return (
                <li key={i}>
                  {point}
                  {check && !check.found && <span class="not-found">{STRINGS.notFound(check.missing)}</span>}
                </li>
              );
            })}
          </ol>
        )}
        {entry.topics.length > 0 && (
          <ul class="topics" aria-label={STRINGS.topics} {...content}>
            {entry.topics.map((topic, i) => (
              <li key={i}>{topic}</li>
            ))}
          </ul>
        )}
        <div class="actions">
          <button type="button" class="copy" aria-describedby={titleId} onClick={() => onCopy(entry)}>
            {STRINGS.copy}
          </button>
          <button type="button" class="delete" aria-describedby={titleId} onClick={() => onDelete(entry)}>
            {STRINGS.delete}
          </button>
          <span class="copy-status" role="status">
            {copyState === 'copied' ? STRINGS.copied : copyState === 'failed' ? STRINGS.copyFailed : ''}
          </span>
        </div>
      </article>
    </li>
  );
}
