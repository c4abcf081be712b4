/** The tooltip's content: who or what an entity is. Renders props only; no browser APIs. */
import { descriptionIn, displayName, entryNames, TYPE_LABEL_KEYS, type DescriptionLanguage, type Entry } from '../glossary/types';
import { isWebUrl } from '../glossary/validate';

export type Translate = (key: string, substitutions?: string[]) => string;

export interface EntityCardProps {
  entry: Entry;
  language: DescriptionLanguage;
  t: Translate;
  onClose: () => void;
  /** The page around the mention is dark: the card is too. */
  dark?: boolean;
  /** The mention as written where it is a slip in the name (`Alcarez`): the card says it read it so. */
  slip?: string;
}

export function EntityCard({ entry, language, t, onClose, dark = false, slip }: EntityCardProps) {
  const links = entry.sources.filter((s) => isWebUrl(s.url));
  const title = displayName(entry, language);
  const others = entryNames(entry).filter((name) => name !== title);
  const description = descriptionIn(entry, language);
  return (
    // (In the card's language, not the page's: a Czech page's card speaks English.)
    <div class={`card type-${entry.type}${dark ? ' dark' : ''}`} role="tooltip" aria-label={title} lang={language}>
      <header>
        <span class="type">{t(TYPE_LABEL_KEYS[entry.type])}</span>
        <button type="button" class="close" aria-label={t('tooltipClose')} title={t('tooltipClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="name">{title}</h2>
      {slip && <p class="slip">{t('tooltipSlip', [slip])}</p>}
      {others.length > 0 && (
        <p class="aliases">
          <span class="label">{t('tooltipAlsoKnownAs')}</span> {others.join(' · ')}
        </p>
      )}
      <p class="description" lang={description.lang}>
        {description.text}
      </p>
      {links.length > 0 && (
        <footer class="sources">
          <span class="label">{t('tooltipSources')}:</span>{' '}
          {links.map((source, i) => (
            <span key={source.url}>
              {i > 0 && ' · '}
              <a href={source.url} target="_blank" rel="noopener noreferrer" title={t('tooltipAsOf', [source.asOf])} onClick={(event) => openAnyway(event, source.url)}>
                {source.label}
              </a>
            </span>
          ))}
        </footer>
      )}
    </div>
  );
}

/**
 * Opens a source whose click the page cancelled: a page that cancels clicks outside its own links
 * (its listener runs first, and sees the card's host, not the link, as the target) must not keep
 * the reader from the card's sources.
 */
function openAnyway(event: MouseEvent, url: string): void {
  if (event.defaultPrevented && event.button === 0) window.open(url, '_blank', 'noopener,noreferrer');
}
