/**
 * The glossary editor: a searchable list of entries, a form to add and edit them, revert, delete
 * and reset. Storage is passed in (`load`, `save`, `watch`), so the component runs in tests with
 * plain functions. Saving checks the entry first (`entryProblems`); a failed write leaves the
 * stored glossary as it was and says so. Another options tab may change the glossary meanwhile:
 * the list follows storage, and a form whose entry was changed or deleted there says so, keeps
 * its text, and asks before it overwrites the other tab's change.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyEdits, deleteEntry, entryState, NO_EDITS, restoreDeleted, revertEntry, saveEntry, type GlossaryEdits } from '../glossary/edits';
import { displayName, ENTITY_TYPES, type DescriptionLanguage, type Entry, type Glossary } from '../glossary/types';
import { entryProblems, type Problem } from '../glossary/validate';
import type { Translate } from '../tooltip/EntityCard';
import type { Settings } from '../storage/settings';
import { EntryForm, idFromName } from './EntryForm';
import { EntryRow } from './EntryRow';
import { entrySearch } from './search';
import { SettingsPanel } from './SettingsPanel';

export interface OptionsAppProps {
  base: Glossary;
  t: Translate;
  language: DescriptionLanguage;
  load: () => Promise<GlossaryEdits>;
  save: (edits: GlossaryEdits) => Promise<void>;
  watch: (listener: (edits: GlossaryEdits) => void) => () => void;
  settings: { load: () => Promise<Settings>; save: (settings: Settings) => Promise<void>; watch?: (listener: (settings: Settings) => void) => () => void };
  confirm?: (message: string) => boolean;
  /** How many stored entries could not be read (they stay in storage untouched; the reader is told). */
  unreadable?: () => Promise<number>;
}

/** The form's entry; for an existing one its id and the entry as it was when the form opened. */
type Editing = { entry: Entry; previousId?: string; original?: Entry } | null;

export function blankEntry(): Entry {
  return { id: '', type: ENTITY_TYPES[0], name: '', aliases: [], description: { de: '', en: '' }, sources: [] };
}

export function OptionsApp({ base, t, language, load, save, watch, settings: settingsStore, confirm = (m) => window.confirm(m), unreadable }: OptionsAppProps) {
  const [edits, setEdits] = useState<GlossaryEdits | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  /** Where keyboard focus goes after the list re-renders (an entry's Edit button, or Add). */
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const dirty = useRef(false);
  /** What this tab last wrote, to tell its own save from another tab's when storage reports it. */
  const saved = useRef<GlossaryEdits | null>(null);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    load().then(setEdits, () => setEdits(NO_EDITS));
    settingsStore.load().then(setSettings, () => setSettings(null));
    unreadable?.().then(
      (count) => {
        if (count > 0) setStatus({ text: t('optionsUnreadable', [String(count)]), error: true });
      },
      () => {},
    );
    // Closing or reloading the page with an unsaved edit asks first, as switching entries does.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    // Another tab's save makes this tab's last message (`Saved …`) stale; this tab's own does not.
    const unwatch = watch((next) => {
      if (!sameValue(next, saved.current)) setStatus(null);
      setEdits(next);
    });
    const unwatchSettings = settingsStore.watch?.(setSettings);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      unwatch();
      unwatchSettings?.();
    };
  }, []);

  useEffect(() => {
    if (focusAfter === null || editing) return;
    const selector = focusAfter === '' ? '[data-action="add"]' : `[data-entry-id="${CSS.escape(focusAfter)}"] [data-action="edit"]`;
    (root.current?.querySelector(selector) as HTMLElement | null)?.focus();
    setFocusAfter(null);
  }, [focusAfter, editing, edits]);

  const glossary = useMemo(() => (edits ? applyEdits(base, edits) : null), [base, edits]);
  const search = useMemo(() => glossary && entrySearch(glossary.entries), [glossary]);
  if (!glossary || !edits || !search) return <main class="options" aria-busy="true" />;

  const shown = search(query);
  /** What another tab did to the entry in the form since it opened. */
  const elsewhere = changedElsewhere(editing, glossary);

  const commit = async (next: GlossaryEdits, message: string) => {
    try {
      saved.current = next;
      await save(next);
      setEdits(next);
      setStatus({ text: message });
      return true;
    } catch (error) {
      setStatus({ text: t('errorStorage', [String((error as Error)?.message ?? error)]), error: true });
      return false;
    }
  };

  /** Starts editing (or adding, without an id) unless that would drop unsaved changes. */
  const startEditing = (next: Editing) => {
    if (editing && dirty.current && !confirm(t('optionsDiscardConfirm'))) return;
    dirty.current = false;
    setProblems([]);
    setEditing(next);
  };

  /** Closes the form (Cancel, Esc), unless that would drop unsaved changes the reader wants to keep. */
  const stopEditing = () => {
    if (dirty.current && !confirm(t('optionsDiscardConfirm'))) return;
    setFocusAfter(editing?.previousId ?? '');
    dirty.current = false;
    setEditing(null);
  };

  const onSave = async (entry: Entry) => {
    const cleaned = cleanEntry(entry);
    const others = glossary.entries.filter((e) => e.id !== editing?.previousId);
    // An id made from the name has the name's problem (empty, taken): the name's message says it.
    const madeFromName = cleaned.id === idFromName(cleaned.name);
    const found = entryProblems(cleaned, others, language).filter((p) => !(madeFromName && p.field === 'id' && (p.message === 'errorIdEmpty' || p.message === 'errorIdDuplicate')));
    setProblems(found);
    if (found.length > 0) {
      setStatus({ text: t('errorFixFields'), error: true });
      return;
    }
    if (elsewhere === 'changed' && !confirm(t('optionsOverwriteConfirm', [displayName(cleaned, language)]))) return;
    if (elsewhere === 'deleted' && !confirm(t('optionsReaddConfirm', [displayName(cleaned, language)]))) return;
    if (await commit(saveEntry(edits, base, cleaned, editing?.previousId), t('optionsSavedEntry', [displayName(cleaned, language)]))) {
      dirty.current = false;
      setEditing(null);
      setFocusAfter(cleaned.id);
    }
  };

  const onDelete = (entry: Entry) => {
    if (!confirm(t('optionsDeleteConfirm', [displayName(entry, language)]))) return;
    void commit(deleteEntry(edits, base, entry.id), t('optionsDeletedEntry', [displayName(entry, language)]));
    if (editing?.previousId === entry.id) {
      dirty.current = false;
      setEditing(null);
    }
    setFocusAfter('');
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

  /**
   * The deleted default entries that can come back: not those whose names are the reader's
   * entries' now (a default the reader renamed, or replaced by an entry of their own).
   */
  const restorable: Entry[] = [];
  for (const entry of base.entries) {
    if (!edits.deleted.includes(entry.id)) continue;
    const clash = entryProblems(entry, [...glossary.entries, ...restorable]).some((p) => p.message === 'errorAliasDuplicate' || p.message === 'errorIdDuplicate');
    if (!clash) restorable.push(entry);
  }

  /** Brings the deleted default entries back, keeping the reader's own entries and changes (a reset would drop them). */
  const onRestore = () => {
    void commit(
      restoreDeleted(edits, restorable.map((entry) => entry.id)),
      t('optionsRestoredDeleted', [String(restorable.length)]),
    );
  };

  const onReset = () => {
    if (!confirm(t('optionsResetConfirm'))) return;
    dirty.current = false;
    setEditing(null);
    void commit(NO_EDITS, t('optionsResetDone'));
  };

  const form = (entry: Entry) => (
    <>
      {elsewhere && (
        <p class="notice" role="alert" data-notice={elsewhere}>
          {t(elsewhere === 'changed' ? 'optionsChangedElsewhere' : 'optionsDeletedElsewhere')}
        </p>
      )}
      <EntryForm
        entry={entry}
        problems={problems}
        t={t}
        onSave={onSave}
        onCancel={stopEditing}
        onDirty={() => {
          dirty.current = true;
        }}
      />
    </>
  );

  return (
    <main class="options" ref={root}>
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
        <button type="button" class="primary" data-action="add" onClick={() => startEditing({ entry: blankEntry() })}>
          {t('optionsAdd')}
        </button>
        <p role="status" class={status?.error ? 'status error' : 'status'} aria-live="polite">
          {status?.text ?? ''}
        </p>
      </header>
      {/* Not in the sticky bar: in German they took it to a second row over the page, and resetting
          the glossary is no action to sit beside adding to it. */}
      <div class="glossary-actions">
        {restorable.length > 0 && (
          <button type="button" data-action="restore-deleted" onClick={onRestore}>
            {t('optionsRestoreDeleted', [String(restorable.length)])}
          </button>
        )}
        <button type="button" data-action="reset" onClick={onReset}>
          {t('optionsReset')}
        </button>
      </div>
      {settings && <SettingsPanel settings={settings} t={t} onChange={(next) => void onSettings(next)} />}
      <p class="count">
        {query.trim()
          ? t('optionsEntryCountFiltered', [String(shown.length), String(glossary.entries.length)])
          : t('optionsEntryCount', [String(glossary.entries.length)])}
      </p>
      {editing && editing.previousId === undefined && form(editing.entry)}
      <ul class="entries">
        {shown.length === 0 && elsewhere !== 'deleted' && <li class="empty">{t('optionsNoResults')}</li>}
        {/* Deleted in another tab, the entry keeps its form, first in the list and under the same key
            (so with the text typed into it). */}
        {[...(elsewhere === 'deleted' ? [{ ...editing!.entry, id: editing!.previousId! }] : []), ...shown].map((entry) =>
          editing?.previousId === entry.id ? (
            <li key={entry.id} data-entry-id={entry.id} class="editing">
              {form(editing.entry)}
            </li>
          ) : (
            <EntryRow
              key={entry.id}
              entry={entry}
              state={entryState(edits, base, entry.id)}
              language={language}
              t={t}
              onEdit={() => startEditing({ entry: structuredClone(entry), previousId: entry.id, original: entry })}
              onRevert={() => void commit(revertEntry(edits, entry.id), t('optionsRevertedEntry', [entry.name]))}
              onDelete={() => onDelete(entry)}
            />
          ),
        )}
      </ul>
    </main>
  );
}

/** `changed` or `deleted` if the glossary no longer holds the form's entry as it was when the form opened. */
function changedElsewhere(editing: Editing, glossary: Glossary): 'changed' | 'deleted' | null {
  if (!editing?.original) return null;
  const now = glossary.entries.find((e) => e.id === editing.previousId);
  if (!now) return 'deleted';
  return sameValue(now, editing.original) ? null : 'changed';
}

/** Deep equality of JSON-like values, whatever the order of their keys (storage keeps its own). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** `de.wikipedia.org/wiki/KN-23` as the link a person means: `https://` before an address without a scheme. */
function withScheme(url: string): string {
  return url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || !/^[^\s/]+\.[^\s/]+/.test(url) ? url : `https://${url}`;
}

/** Trims text fields and drops empty aliases and adds a link's missing scheme, as a person means them. */
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
    sources: entry.sources.map((s) => ({ label: s.label.trim(), url: withScheme(s.url.trim()), asOf: s.asOf.trim() })),
  };
}
