/**
 * One entry in the glossary list: what it is, whether the reader changed it, and its actions. Its
 * description is shown in both languages it has, the reader's first: cards use the page's, so an
 * edit of the other must be seen here too.
 */
import { displayName, entryNames, TYPE_LABEL_KEYS, type DescriptionLanguage, type Entry } from '../glossary/types';
import type { Translate } from '../tooltip/EntityCard';

export interface EntryRowProps {
  entry: Entry;
  state: 'default' | 'changed' | 'added';
  language: DescriptionLanguage;
  t: Translate;
  onEdit: () => void;
  onRevert: () => void;
  onDelete: () => void;
}

export function EntryRow({ entry, state, language, t, onEdit, onRevert, onDelete }: EntryRowProps) {
  // Named as the reader's language names it (`Moskau` in German), the other names after.
  const title = displayName(entry, language);
  const otherNames = entryNames(entry).filter((name) => name !== title);
  const languages: DescriptionLanguage[] = language === 'de' ? ['de', 'en'] : ['en', 'de'];
  const descriptions = languages.filter((lang) => entry.description[lang].trim() !== '');
  return (
    <li data-entry-id={entry.id} class={`entry type-${entry.type}`}>
      <div class="entry-main">
        <span class="badge">{t(TYPE_LABEL_KEYS[entry.type])}</span>
        {state !== 'default' && <span class={`state state-${state}`}>{t(state === 'changed' ? 'optionsChanged' : 'optionsAdded')}</span>}
        <strong class="entry-name">{title}</strong>
        {otherNames.length > 0 && <span class="entry-aliases">{otherNames.join(' · ')}</span>}
        {descriptions.map((lang) => (
          <p key={lang} class="entry-description" lang={lang}>
            <abbr class="lang" title={t(lang === 'de' ? 'fieldDescriptionDe' : 'fieldDescriptionEn')}>
              {lang.toUpperCase()}
            </abbr>{' '}
            {entry.description[lang]}
          </p>
        ))}
      </div>
      <div class="entry-actions">
        <button type="button" data-action="edit" aria-label={`${t('optionsEdit')}: ${title}`} onClick={onEdit}>
          {t('optionsEdit')}
        </button>
        {state === 'changed' && (
          <button type="button" data-action="revert" aria-label={`${t('optionsRevert')}: ${title}`} onClick={onRevert}>
            {t('optionsRevert')}
          </button>
        )}
        <button type="button" data-action="delete" class="danger" aria-label={`${t('optionsDelete')}: ${title}`} onClick={onDelete}>
          {t('optionsDelete')}
        </button>
      </div>
    </li>
  );
}
