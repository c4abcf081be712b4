/** The form for one glossary entry. Every field shows its own problem next to it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, TYPE_LABEL_KEYS, type Entry, type MatchRules, type Source } from '../glossary/types';
import { compactRules, RulesFields } from './RulesFields';
import { RESERVED_IDS, type Problem } from '../glossary/validate';
import type { Translate } from '../tooltip/EntityCard';

export interface EntryFormProps {
  entry: Entry;
  problems: Problem[];
  t: Translate;
  onSave: (entry: Entry) => void;
  onCancel: () => void;
  /** Called on the first change, so the page can warn before the edit is dropped. */
  onDirty: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

function withName(entry: Entry, lang: 'de' | 'en', value: string): Entry {
  const { names: old, ...rest } = entry;
  const names = { ...old, [lang]: value };
  if (value.trim() === '') delete names[lang];
  return Object.keys(names).length > 0 ? { ...rest, names } : rest;
}

function withRules(entry: Entry, rules: MatchRules): Entry {
  const { match: _old, ...rest } = entry;
  const match = compactRules(rules);
  return match ? { ...rest, match } : rest;
}

/**
 * An id made from a name, as a new entry's id until the author types one (`Emmerson Mnangagwa` →
 * `emmerson-mnangagwa`, `Kim Jong Un` → `kim-jong-un`, `Ševčovič` → `sevcovic`, `Prototype` →
 * `prototype-1`: see `RESERVED_IDS`).
 */
export function idFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return RESERVED_IDS.has(id) ? `${id}-1` : id;
}

export function EntryForm({ entry: initial, problems, t, onSave, onCancel, onDirty }: EntryFormProps) {
  const [entry, setEntryState] = useState<Entry>(initial);
  /** A new entry's id follows its name until the author edits the id. */
  const [idFollowsName, setIdFollowsName] = useState(initial.id === '');
  const [aliasText, setAliasTextState] = useState(initial.aliases.join('\n'));
  const formRef = useRef<HTMLFormElement>(null);
  const setEntry: typeof setEntryState = (update) => {
    onDirty();
    setEntryState(update);
  };
  const setAliasText = (text: string) => {
    onDirty();
    setAliasTextState(text);
  };
  // Focus the first field when the form opens, and the first invalid field after a failed save.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  useEffect(() => {
    if (problems.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);
  const problemFor = (field: string) => problems.find((p) => p.field === field);
  const set = (patch: Partial<Entry>) => setEntry((e) => ({ ...e, ...patch }));
  const setSource = (i: number, patch: Partial<Source>) =>
    setEntry((e) => ({ ...e, sources: e.sources.map((s, k) => (k === i ? { ...s, ...patch } : s)) }));

  const field = (name: string, label: string, control: (invalid: boolean, describedBy?: string) => preact.JSX.Element, hint?: string) => {
    const problem = problemFor(name);
    const id = `f-${name.replace(/\W/g, '-')}`;
    const describedBy = [problem && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
    return (
      <label class={problem ? 'field invalid' : 'field'} for={id}>
        <span class="field-label">{label}</span>
        {control(!!problem, describedBy)}
        {hint && (
          <span class="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {problem && (
          <span class="field-error" id={`${id}-error`}>
            {t(problem.message, problem.params)}
          </span>
        )}
      </label>
    );
  };

  return (
    <form
      class="entry-form"
      ref={formRef}
      noValidate
      onKeyDown={(e) => {
        // (Not while an input method composes: its Esc closes the candidates.)
        if (e.key === 'Escape' && !e.isComposing) {
          e.preventDefault();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ ...entry, aliases: aliasText.split('\n') });
      }}
    >
      <div class="row">
        {field('name', t('fieldName'), (invalid, d) => (
          <input
            id="f-name"
            name="name"
            value={entry.name}
            aria-invalid={invalid}
            aria-describedby={d}
            onInput={(e) => {
              const name = (e.target as HTMLInputElement).value;
              set(idFollowsName ? { name, id: idFromName(name) } : { name });
            }}
          />
        ))}
        {field('id', t('fieldId'), (invalid, d) => (
          <input
            id="f-id"
            name="id"
            value={entry.id}
            aria-invalid={invalid}
            aria-describedby={d}
            pattern="[a-z0-9][a-z0-9\-]*"
            onInput={(e) => {
              setIdFollowsName(false);
              set({ id: (e.target as HTMLInputElement).value });
            }}
          />
        ))}
        {field('type', t('fieldType'), () => (
          <select id="f-type" name="type" value={entry.type} onChange={(e) => set({ type: (e.target as HTMLSelectElement).value as Entry['type'] })}>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(TYPE_LABEL_KEYS[type])}
              </option>
            ))}
          </select>
        ))}
      </div>
      <div class="row">
        {(['de', 'en'] as const).map((lang) =>
          field(`names.${lang}`, t(lang === 'de' ? 'fieldNameDe' : 'fieldNameEn'), (invalid, d) => (
            <input
              id={`f-names-${lang}`}
              name={`names.${lang}`}
              lang={lang}
              value={entry.names?.[lang] ?? ''}
              aria-invalid={invalid}
              aria-describedby={d}
              onInput={(e) => {
                const value = (e.target as HTMLInputElement).value;
                setEntry((current) => withName(current, lang, value));
              }}
            />
          )),
        )}
      </div>
      {field(
        'aliases',
        t('fieldAliases'),
        (invalid, d) => (
          <textarea id="f-aliases" name="aliases" rows={3} value={aliasText} aria-invalid={invalid} aria-describedby={d} onInput={(e) => setAliasText((e.target as HTMLTextAreaElement).value)} />
        ),
        t('fieldAliasesHint'),
      )}
      {(['de', 'en'] as const).map((lang) =>
        field(`description.${lang}`, t(lang === 'de' ? 'fieldDescriptionDe' : 'fieldDescriptionEn'), (invalid, d) => (
          <textarea
            id={`f-description-${lang}`}
            name={`description.${lang}`}
            lang={lang}
            rows={3}
            value={entry.description[lang]}
            aria-invalid={invalid}
            aria-describedby={d}
            onInput={(e) => {
              const value = (e.target as HTMLTextAreaElement).value;
              setEntry((current) => ({ ...current, description: { ...current.description, [lang]: value } }));
            }}
          />
        )),
      )}
      <RulesFields rules={entry.match ?? {}} problems={problems} t={t} onChange={(rules) => setEntry((e) => withRules(e, rules))} />
      <fieldset class="sources">
        <legend>{t('fieldSources')}</legend>
        {entry.sources.map((source, i) => (
          <div class="row source" key={i}>
            {field(`sources.${i}.label`, t('fieldSourceLabel'), (invalid, d) => (
              <input id={`f-sources-${i}-label`} name={`sources.${i}.label`} value={source.label} aria-invalid={invalid} aria-describedby={d} onInput={(e) => setSource(i, { label: (e.target as HTMLInputElement).value })} />
            ))}
            {field(`sources.${i}.url`, t('fieldSourceUrl'), (invalid, d) => (
              <input id={`f-sources-${i}-url`} name={`sources.${i}.url`} type="url" placeholder="https://…" value={source.url} aria-invalid={invalid} aria-describedby={d} onInput={(e) => setSource(i, { url: (e.target as HTMLInputElement).value })} />
            ))}
            {field(`sources.${i}.asOf`, t('fieldSourceAsOf'), (invalid, d) => (
              <input id={`f-sources-${i}-asOf`} name={`sources.${i}.asOf`} value={source.asOf} aria-invalid={invalid} aria-describedby={d} onInput={(e) => setSource(i, { asOf: (e.target as HTMLInputElement).value })} />
            ))}
            <button type="button" class="icon" aria-label={t('fieldRemoveSource')} title={t('fieldRemoveSource')} onClick={() => set({ sources: entry.sources.filter((_, k) => k !== i) })}>
              ×
            </button>
          </div>
        ))}
        <button type="button" data-action="add-source" onClick={() => set({ sources: [...entry.sources, { label: '', url: '', asOf: today() }] })}>
          {t('fieldAddSource')}
        </button>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="primary" data-action="save">
          {t('optionsSave')}
        </button>
        <button type="button" data-action="cancel" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
