/**
 * The glossary editor: a searchable list of entries (fuse.js), a form to add and edit them, delete
 * and reset. Storage is passed in (`load`, `save`, `watch`), so the component runs in tests with
 * plain functions. Saving checks the entry first (`entryProblems`); a failed write leaves the
 * stored glossary as it was and says so.
 */
import Fuse from 'fuse.js';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyEdits, deleteEntry, NO_EDITS, saveEntry, type GlossaryEdits } from '../glossary/edits';
import { ENTITY_TYPES, TYPE_LABEL_KEYS, type DescriptionLanguage, type Entry, type Glossary } from '../glossary/types';
import { entryProblems, type Problem } from '../glossary/validate';
import type { Translate } from '../tooltip/EntityCard';
import type { Settings } from '../storage/settings';
import { EntryForm } from './EntryForm';
import { SettingsPanel } from './SettingsPanel';

export interface OptionsAppProps {
  base: Glossary;
  t: Translate;
  language: DescriptionLanguage;
  load: () => Promise<GlossaryEdits>;
  save: (edits: GlossaryEdits) => Promise<void>;
  watch: (listener: (edits: GlossaryEdits) => void) => () => void;
  settings: { load: () => Promise<Settings>; save: (settings: Settings) => Promise<void> };
  confirm?: (message: string) => boolean;
}

type Editing = { entry: Entry; previousId?: string } | null;

export function blankEntry(): Entry {
  return { id: '', type: ENTITY_TYPES[0], name: '', aliases: [], description: { de: '', en: '' }, sources: [] };
}

export function OptionsApp({ base, t, language, load, save, watch, settings: settingsStore, confirm = (m) => window.confirm(m) }: OptionsAppProps) {
  const [edits, setEdits] = useState<GlossaryEdits | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    load().then(setEdits, () => setEdits(NO_EDITS));
    settingsStore.load().then(setSettings, () => setSettings(null));
    return watch(setEdits);
  }, []);

  const glossary = useMemo(() => (edits ? applyEdits(base, edits) : null), [base, edits]);
  const fuse = useMemo(
    () =>
      glossary &&
      new Fuse(glossary.entries, {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'names.de', weight: 3 },
          { name: 'names.en', weight: 3 },
          { name: 'aliases', weight: 2 },
          'id',
          'description.de',
          'description.en',
        ],
        threshold: 0.35,
        ignoreLocation: true,
      }),
    [glossary],
  );
  if (!glossary || !edits) return <main class="options" aria-busy="true" />;

  const shown = query.trim() && fuse ? fuse.search(query.trim()).map((r) => r.item) : glossary.entries;

  const commit = async (next: GlossaryEdits, message: string) => {
    try {
      await save(next);
      setEdits(next);
      setStatus({ text: message });
      return true;
    } catch (error) {
      setStatus({ text: t('errorStorage', [String((error as Error)?.message ?? error)]), error: true });
      return false;
    }
  };

  const onSave = async (entry: Entry) => {
    const cleaned = cleanEntry(entry);
    const others = glossary.entries.filter((e) => e.id !== editing?.previousId);
    const found = entryProblems(cleaned, others);
    setProblems(found);
    if (found.length > 0) {
      setStatus({ text: t('errorFixFields'), error: true });
      return;
    }
    if (await commit(saveEntry(edits, base, cleaned, editing?.previousId), t('optionsSaved'))) setEditing(null);
  };

  const onDelete = (entry: Entry) => {
    if (!confirm(t('optionsDeleteConfirm', [entry.name]))) return;
    void commit(deleteEntry(edits, base, entry.id), t('optionsSaved'));
    if (editing?.previousId === entry.id) setEditing(null);
  };

  const onSettings = async (next: Settings) => {
    try {
      await settingsStore.save(next);
      setSettings(next);
      setStatus({ text: t('optionsSaved') });
    } catch (error) {
      setStatus({ text: t('errorStorage', [String((error as Error)?.message ?? error)]), error: true });
    }
  };

  const onReset = () => {
    if (!confirm(t('optionsResetConfirm'))) return;
    setEditing(null);
    void commit(NO_EDITS, t('optionsSaved'));
  };

  return (
    <main class="options">
      <header class="bar">
        <h1>
          <img src="/icon/48.png" alt="" width={28} height={28} /> {t('optionsTitle')}
        </h1>
        <input
          type="search"
          class="search"
          placeholder={t('optionsSearch')}
          aria-label={t('optionsSearch')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="primary" data-action="add" onClick={() => (setProblems([]), setEditing({ entry: blankEntry() }))}>
          {t('optionsAdd')}
        </button>
        <button type="button" data-action="reset" onClick={onReset}>
          {t('optionsReset')}
        </button>
      </header>
      {settings && <SettingsPanel settings={settings} t={t} onChange={(next) => void onSettings(next)} />}
      <p role="status" class={status?.error ? 'status error' : 'status'} aria-live="polite">
        {status?.text ?? t('optionsEntryCount', [String(glossary.entries.length)])}
      </p>
      {editing && editing.previousId === undefined && (
        <EntryForm entry={editing.entry} problems={problems} t={t} onSave={onSave} onCancel={() => setEditing(null)} />
      )}
      <ul class="entries">
        {shown.length === 0 && <li class="empty">{t('optionsNoResults')}</li>}
        {shown.map((entry) =>
          editing?.previousId === entry.id ? (
            <li key={entry.id} data-entry-id={entry.id} class="editing">
              <EntryForm entry={editing.entry} problems={problems} t={t} onSave={onSave} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={entry.id} data-entry-id={entry.id} class={`entry type-${entry.type}`}>
              <div class="entry-main">
                <span class="badge">{t(TYPE_LABEL_KEYS[entry.type])}</span>
                <strong class="entry-name">{entry.name}</strong>
                {entry.aliases.length > 0 && <span class="entry-aliases">{entry.aliases.join(' · ')}</span>}
                <p class="entry-description">{entry.description[language]}</p>
              </div>
              <div class="entry-actions">
                <button
                  type="button"
                  data-action="edit"
                  onClick={() => (setProblems([]), setEditing({ entry: structuredClone(entry), previousId: entry.id }))}
                >
                  {t('optionsEdit')}
                </button>
                <button type="button" data-action="delete" class="danger" onClick={() => onDelete(entry)}>
                  {t('optionsDelete')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
    </main>
  );
}

/** Trims text fields and drops empty aliases, as a person means them. */
export function cleanEntry(entry: Entry): Entry {
  const names = Object.fromEntries(
    Object.entries(entry.names ?? {}).map(([lang, name]) => [lang, name.trim()]).filter(([, name]) => name !== ''),
  );
  const { names: _names, ...rest } = entry;
  return {
    ...rest,
    ...(Object.keys(names).length > 0 ? { names } : {}),
    id: entry.id.trim(),
    name: entry.name.trim(),
    aliases: [...new Set(entry.aliases.map((a) => a.trim()).filter((a) => a !== ''))],
    description: { de: entry.description.de.trim(), en: entry.description.en.trim() },
    sources: entry.sources.map((s) => ({ label: s.label.trim(), url: s.url.trim(), asOf: s.asOf.trim() })),
  };
}
