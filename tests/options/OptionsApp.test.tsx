import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdits, deleteEntry, NO_EDITS, saveEntry, type GlossaryEdits } from '../../src/glossary/edits';
import type { Glossary } from '../../src/glossary/types';
import { OptionsApp } from '../../src/options/OptionsApp';
import { entry } from '../support/entries';
import { DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings';
import de from '../../assets/public/_locales/de/messages.json';

const base: Glossary = {
  schemaVersion: 1,
  version: 1,
  id: 'g',
  name: 'G',
  entries: [entry('planet-labs', 'Planet Labs', ['Planet Labs PBC']), entry('kim-jong-un', 'Kim Jong Un', ['Kim Jong-un'], undefined, 'person')],
};

const messages = de as Record<string, { message: string }>;
function t(key: string, subs: string[] = []): string {
  const text = messages[key]?.message;
  if (!text) throw new Error(`missing message ${key}`);
  return text.replace(/\$(\w+)\$/g, (_, name: string) => {
    const placeholder = (messages[key] as { placeholders?: Record<string, { content: string }> }).placeholders?.[name.toLowerCase()];
    return subs[Number(placeholder?.content.slice(1)) - 1] ?? '';
  });
}

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

/** A deep copy of `value` with every object's keys in reverse order. */
function reordered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reordered) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)])) as T;
}

function setValue(el: Element | null, value: string) {
  const input = el as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('options page', () => {
  let root: HTMLElement;
  let stored: GlossaryEdits;
  let failWrites: boolean;
  let settings: Settings;
  let confirmAnswer: (message: string) => boolean;
  /** What another options tab does: storage changes under this one. */
  let otherTab: (edits: GlossaryEdits) => void;
  let otherTabSettings: (settings: Settings) => void;

  const mount = async () => {
    await act(() => {
      render(
        <OptionsApp
          base={base}
          t={t}
          language="de"
          load={async () => stored}
          save={async (edits) => {
            if (failWrites) throw new Error('QUOTA_BYTES quota exceeded');
            stored = edits;
          }}
          watch={(listener) => {
            // As storage gives it back: read anew, keys in another order than this tab wrote them.
            otherTab = (edits) => {
              stored = edits;
              listener(reordered(edits));
            };
            return () => {};
          }}
          settings={{
            load: async () => settings,
            save: async (next) => void (settings = next),
            watch: (listener) => {
              otherTabSettings = (next) => {
                settings = next;
                listener(next);
              };
              return () => {};
            },
          }}
          confirm={(m) => confirmAnswer(m)}
        />,
        root,
      );
    });
    await flush();
  };

  beforeEach(() => {
    stored = NO_EDITS;
    failWrites = false;
    settings = DEFAULT_SETTINGS;
    confirmAnswer = () => true;
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const click = async (selector: string, within: ParentNode = root) => {
    await act(() => (within.querySelector(selector) as HTMLElement).click());
    await flush();
  };
  const submit = async () => {
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
  };

  it('lists the glossary and searches it with fuzzy matching', async () => {
    await mount();
    expect([...root.querySelectorAll('[data-entry-id]')].map((li) => li.getAttribute('data-entry-id'))).toEqual(['planet-labs', 'kim-jong-un']);
    await act(() => setValue(root.querySelector('input[type=search]'), 'Plannet'));
    await flush();
    expect([...root.querySelectorAll('[data-entry-id]')].map((li) => li.getAttribute('data-entry-id'))).toEqual(['planet-labs']);
  });

  it('edits a description and saves only the change', async () => {
    await mount();
    await click('[data-entry-id="planet-labs"] [data-action="edit"]');
    await act(() => setValue(root.querySelector('textarea[name="description.de"]'), 'Satellitenbetreiber'));
    await submit();
    expect(Object.keys(stored.upserts)).toEqual(['planet-labs']);
    expect(applyEdits(base, stored).entries[0]!.description.de).toBe('Satellitenbetreiber');
    expect(root.querySelector('[role="status"]')!.textContent).toBe(t('optionsSavedEntry', ['Planet Labs']));
    // The row shows the edited German beside the English (the page's language picks the card's).
    expect([...root.querySelectorAll('[data-entry-id="planet-labs"] .entry-description')].map((p) => p.getAttribute('lang'))).toEqual(['de', 'en']);
    expect(root.querySelector('[data-entry-id="planet-labs"] .entry-description[lang="de"]')!.textContent).toContain('Satellitenbetreiber');
    // The row says it was changed, offers to revert, and has keyboard focus back.
    const row = root.querySelector('[data-entry-id="planet-labs"]')!;
    expect(row.querySelector('.state')!.textContent).toBe(t('optionsChanged'));
    expect(document.activeElement).toBe(row.querySelector('[data-action="edit"]'));
    await click('[data-entry-id="planet-labs"] [data-action="revert"]');
    expect(stored.upserts).toEqual({});
    expect(root.querySelector('[data-entry-id="planet-labs"] .state')).toBeNull();
  });

  it('keeps the text of a form whose entry another tab changed or deleted, says so, and asks before overwriting', async () => {
    await mount();
    const planet = base.entries.find((e) => e.id === 'planet-labs')!;
    await click('[data-entry-id="planet-labs"] [data-action="edit"]');
    await act(() => setValue(root.querySelector('textarea[name="description.de"]'), 'Meine Fassung'));
    // The other tab saves its own version of the entry.
    await act(() => otherTab({ upserts: { 'planet-labs': { ...planet, description: { ...planet.description, de: 'Andere Fassung' } } }, deleted: [] }));
    await flush();
    expect(root.querySelector('[data-notice]')?.textContent).toBe(t('optionsChangedElsewhere'));
    expect((root.querySelector('textarea[name="description.de"]') as HTMLTextAreaElement).value).toBe('Meine Fassung');
    const asked: string[] = [];
    confirmAnswer = (m) => (asked.push(m), false);
    await submit();
    expect(asked).toEqual([t('optionsOverwriteConfirm', ['Planet Labs'])]);
    expect(stored.upserts['planet-labs']!.description.de).toBe('Andere Fassung');
    confirmAnswer = () => true;
    await submit();
    expect(stored.upserts['planet-labs']!.description.de).toBe('Meine Fassung');
    // The storage watch brings this tab's own save back with its keys in another order: no warning.
    await click('[data-entry-id="planet-labs"] [data-action="edit"]');
    await act(() => otherTab(stored));
    await flush();
    expect(root.querySelector('[data-notice]'), 'a warning about a change no other tab made').toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent, "this tab's own message").toBe(t('optionsSavedEntry', ['Planet Labs']));
    await click('[data-action="cancel"]');
    // The other tab deletes the entry under an open form: the form and its text stay, and saving adds it again.
    await click('[data-entry-id="kim-jong-un"] [data-action="edit"]');
    await act(() => setValue(root.querySelector('textarea[name="description.de"]'), 'Noch offen'));
    await act(() => otherTab({ upserts: stored.upserts, deleted: ['kim-jong-un'] }));
    await flush();
    expect(root.querySelector('[data-entry-id="kim-jong-un"] [data-action="edit"]'), "the entry's row").toBeNull();
    expect(root.querySelector('[data-notice]')?.textContent).toBe(t('optionsDeletedElsewhere'));
    expect((root.querySelector('textarea[name="description.de"]') as HTMLTextAreaElement).value).toBe('Noch offen');
    // (This tab's last message, about its own save, no longer holds.)
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
    const readd: string[] = [];
    confirmAnswer = (m) => (readd.push(m), true);
    await submit();
    expect(readd).toEqual([t('optionsReaddConfirm', ['Kim Jong Un'])]);
    expect(applyEdits(base, stored).entries.find((e) => e.id === 'kim-jong-un')?.description.de).toBe('Noch offen');
    // Settings another tab changed are the base of this tab's next change.
    await act(() => otherTabSettings({ ...settings, scope: 'page' }));
    await flush();
    await act(() => (root.querySelector('input[name="includeCode"]') as HTMLInputElement).click());
    await flush();
    expect(settings).toMatchObject({ scope: 'page', includeCode: true });
  });

  it('focuses the form, closes it on Esc, and asks before dropping unsaved changes', async () => {
    await mount();
    await click('[data-entry-id="planet-labs"] [data-action="edit"]');
    expect(document.activeElement).toBe(root.querySelector('input[name="name"]'));
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Planet Labs Inc'));
    let asked = 0;
    confirmAnswer = () => (asked++, false);
    await click('[data-entry-id="kim-jong-un"] [data-action="edit"]');
    expect(asked).toBe(1);
    expect((root.querySelector('input[name="name"]') as HTMLInputElement).value).toBe('Planet Labs Inc');
    const escape = () =>
      act(() => {
        root.querySelector('form')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      });
    // Esc and Cancel ask too: kept, the edit stays; given up, the form closes with nothing saved.
    await escape();
    await flush();
    expect(asked).toBe(2);
    expect((root.querySelector('input[name="name"]') as HTMLInputElement).value).toBe('Planet Labs Inc');
    await click('[data-action="cancel"]');
    expect(asked).toBe(3);
    expect(root.querySelector('form')).not.toBeNull();
    confirmAnswer = () => (asked++, true);
    await escape();
    await flush();
    expect(asked).toBe(4);
    expect(root.querySelector('form')).toBeNull();
    expect(stored).toBe(NO_EDITS);
    // A form with nothing changed closes on Esc without a question.
    await click('[data-entry-id="kim-jong-un"] [data-action="edit"]');
    await escape();
    await flush();
    expect(asked).toBe(4);
    expect(root.querySelector('form')).toBeNull();
  });

  it('explains invalid input next to the field and does not save it', async () => {
    await mount();
    await click('[data-action="add"]');
    await act(() => setValue(root.querySelector('input[name="id"]'), 'kim-jong-un'));
    await click('[data-action="add-source"]');
    await act(() => setValue(root.querySelector('input[name="sources.0.url"]'), 'javascript:alert(1)'));
    await submit();
    const errors = [...root.querySelectorAll('.field-error')].map((e) => e.textContent);
    expect(errors).toContain(t('errorIdDuplicate', ['kim-jong-un']));
    expect(errors).toContain(t('errorNameEmpty'));
    expect(errors).toContain(t('errorUrl', ['javascript:alert(1)']));
    expect(root.querySelector('input[name="id"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(stored).toBe(NO_EDITS);
  });

  it('takes a link typed without https:// as the address it names', async () => {
    await mount();
    await click('[data-entry-id="planet-labs"] [data-action="edit"]');
    await click('[data-action="add-source"]');
    const last = () => root.querySelectorAll('input[name^="sources."][name$=".url"]').length - 1;
    const n = last();
    await act(() => setValue(root.querySelector(`input[name="sources.${n}.label"]`), 'Website'));
    await act(() => setValue(root.querySelector(`input[name="sources.${n}.url"]`), 'www.planet.com/company'));
    await act(() => setValue(root.querySelector(`input[name="sources.${n}.asOf"]`), '2026-12-01'));
    await submit();
    expect(stored.upserts['planet-labs']!.sources.at(-1)).toEqual({ label: 'Website', url: 'https://www.planet.com/company', asOf: '2026-12-01' });
  });

  it('says a taken or missing name once, not again for the id made from it', async () => {
    await mount();
    await click('[data-action="add"]');
    await submit();
    let errors = [...root.querySelectorAll('.field-error')].map((e) => e.textContent);
    expect(errors).toContain(t('errorNameEmpty'));
    expect(errors).not.toContain(t('errorIdEmpty'));
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Planet Labs'));
    await submit();
    errors = [...root.querySelectorAll('.field-error')].map((e) => e.textContent);
    expect(errors).toContain(t('errorAliasDuplicate', ['Planet Labs', 'Planet Labs']));
    expect(errors).not.toContain(t('errorIdDuplicate', ['planet-labs']));
    expect(stored).toBe(NO_EDITS);
  });

  it('refuses an alias longer than storage keeps, instead of saving what would be dropped', async () => {
    await mount();
    await click('[data-action="add"]');
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Lange Person'));
    await act(() => setValue(root.querySelector('input[name="id"]'), 'lange-person'));
    await act(() => setValue(root.querySelector('textarea[name="aliases"]'), 'L'.repeat(201)));
    await act(() => setValue(root.querySelector('textarea[name="description.de"]'), 'Eine Person.'));
    await act(() => setValue(root.querySelector('textarea[name="description.en"]'), 'A person.'));
    await submit();
    expect([...root.querySelectorAll('.field-error')].map((e) => e.textContent)).toEqual([t('errorTooLong', ['200'])]);
    expect(stored).toBe(NO_EDITS);
  });

  it('makes a new entry\'s id from its name until the author edits the id', async () => {
    await mount();
    await click('[data-action="add"]');
    const id = () => (root.querySelector('input[name="id"]') as HTMLInputElement).value;
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Emmerson Mnangagwa'));
    expect(id()).toBe('emmerson-mnangagwa');
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Maroš Ševčovič (EU)'));
    expect(id()).toBe('maros-sevcovic-eu');
    // Not an id storage cannot keep.
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Prototype'));
    expect(id()).toBe('prototype-1');
    await act(() => setValue(root.querySelector('input[name="id"]'), 'sevcovic'));
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Maroš Šefčovič'));
    expect(id()).toBe('sevcovic');
    // An existing entry keeps its id when its name changes.
    await click('[data-action="cancel"]');
    await click('[data-entry-id="planet-labs"] [data-action="edit"]');
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Planet'));
    expect(id()).toBe('planet-labs');
  });

  it('asks before the page closes with an unsaved edit, and not without one', async () => {
    await mount();
    const close = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(close()).toBe(false);
    await click('[data-entry-id="planet-labs"] [data-action="edit"]');
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Planet'));
    expect(close()).toBe(true);
    await click('[data-action="cancel"]');
    expect(close()).toBe(false);
  });

  it('ties a rule\'s problem to its field for screen readers', async () => {
    await mount();
    await click('[data-entry-id="kim-jong-un"] [data-action="edit"]');
    const field = root.querySelector('textarea[name="match.afterFullName"]')!;
    await act(() => {
      (field as HTMLTextAreaElement).value = 'Gracie';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit();
    const described = root.querySelector('textarea[name="match.afterFullName"]')!.getAttribute('aria-describedby');
    expect(described).not.toBeNull();
    expect(root.querySelector(`#${described}`)!.textContent).toBe(t('errorRuleAlias', ['Gracie']));
  });

  it('tells the reader about stored entries it cannot read', async () => {
    await act(() => {
      render(
        <OptionsApp base={base} t={t} language="de" load={async () => stored} save={async () => {}} watch={() => () => {}}
          settings={{ load: async () => settings, save: async () => {} }} unreadable={async () => 2} />,
        root,
      );
    });
    await flush();
    expect(root.querySelector('[role="status"]')!.textContent).toBe(t('optionsUnreadable', ['2']));
  });

  it('keeps the glossary when storage refuses to write, and says so', async () => {
    await mount();
    failWrites = true;
    await click('[data-entry-id="planet-labs"] [data-action="delete"]');
    expect(stored).toBe(NO_EDITS);
    expect(root.querySelector('[role="status"]')!.textContent).toContain('QUOTA_BYTES');
    expect(root.querySelector('[data-entry-id="planet-labs"]')).not.toBeNull();
  });

  it('edits matching rules and checks that they name the entry\'s aliases', async () => {
    await mount();
    await click('[data-entry-id="kim-jong-un"] [data-action="edit"]');
    const field = root.querySelector('textarea[name="match.afterFullName"]')!;
    await act(() => {
      (field as HTMLTextAreaElement).value = 'Kim';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit();
    expect(root.querySelector('.rules .field-error')!.textContent).toBe(t('errorRuleAlias', ['Kim']));
    expect(stored).toBe(NO_EDITS);
    await act(() => {
      (root.querySelector('textarea[name="aliases"]') as HTMLTextAreaElement).value = 'Kim Jong-un\nKim';
      root.querySelector('textarea[name="aliases"]')!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    expect(stored.upserts['kim-jong-un']!.match).toEqual({ afterFullName: ['Kim'] });
  });

  it('saves settings', async () => {
    await mount();
    await click('input[name="scope"][value="page"]');
    expect(settings.scope).toBe('page');
    await click('input[name="includeCode"]');
    expect(settings.includeCode).toBe(true);
  });

  it('names an entry as the reader\'s language does, in the list, in questions and in messages', async () => {
    stored = saveEntry(NO_EDITS, base, { ...entry('moscow', 'Moscow', [], undefined, 'place'), names: { de: 'Moskau' } });
    await mount();
    expect(root.querySelector('[data-entry-id="moscow"] .entry-name')!.textContent).toBe('Moskau');
    expect(root.querySelector('[data-entry-id="moscow"] .entry-aliases')!.textContent).toBe('Moscow');
    await click('[data-action="add"]');
    await act(() => setValue(root.querySelector('input[name="name"]'), 'Moscow'));
    await submit();
    expect([...root.querySelectorAll('.field-error')].map((e) => e.textContent)).toContain(t('errorAliasDuplicate', ['Moscow', 'Moskau']));
    confirmAnswer = () => true;
    await click('[data-action="cancel"]');
    const asked: string[] = [];
    confirmAnswer = (message) => (asked.push(message), false);
    await click('[data-entry-id="moscow"] [data-action="delete"]');
    expect(asked).toEqual([t('optionsDeleteConfirm', ['Moskau'])]);
  });

  it('brings back deleted default entries without dropping the reader\'s own, but for those whose names are taken now', async () => {
    // Planet Labs and Kim Jong Un deleted; the reader's own entry now uses the name "Kim Jong Un".
    const own = entry('kju', 'Kim Jong Un', [], undefined, 'person');
    stored = saveEntry(deleteEntry(deleteEntry(NO_EDITS, base, 'planet-labs'), base, 'kim-jong-un'), base, own);
    await mount();
    const restore = () => root.querySelector('[data-action="restore-deleted"]');
    expect(restore()!.textContent).toBe(t('optionsRestoreDeleted', ['1']));
    await click('[data-action="restore-deleted"]');
    expect(applyEdits(base, stored).entries.map((e) => e.id)).toEqual(['planet-labs', 'kju']);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(t('optionsRestoredDeleted', ['1']));
    // Kim Jong Un's names are the reader's entry's: nothing left to offer.
    expect(restore()).toBeNull();
  });

  it('adds, deletes and resets', async () => {
    await mount();
    await click('[data-action="add"]');
    await act(() => {
      setValue(root.querySelector('input[name="name"]'), 'Hwasong-19');
      setValue(root.querySelector('input[name="id"]'), 'hwasong-19');
      setValue(root.querySelector('textarea[name="description.de"]'), 'Interkontinentalrakete.');
      setValue(root.querySelector('textarea[name="description.en"]'), 'Intercontinental missile.');
    });
    await submit();
    expect(applyEdits(base, stored).entries.map((e) => e.id)).toEqual(['planet-labs', 'kim-jong-un', 'hwasong-19']);
    await click('[data-entry-id="kim-jong-un"] [data-action="delete"]');
    expect(applyEdits(base, stored).entries.map((e) => e.id)).toEqual(['planet-labs', 'hwasong-19']);
    await click('[data-action="reset"]');
    expect(stored).toEqual(NO_EDITS);
  });
});
