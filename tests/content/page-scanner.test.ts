/**
 * The page scanner in happy-dom, with the matcher answering in the page as the background's
 * matcher service would (`scanBatch`). happy-dom has no highlight API: `Highlight`, `StaticRange`
 * and `CSS.highlights` are small stand-ins, and what is checked is which text the registered
 * ranges cover.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Lifetime } from '../../src/content/lifetime';
import { PageScanner, watchAdditions, type PageMatcher } from '../../src/content/page-scanner';
import { DEFAULT_GLOSSARY } from '../../src/glossary/default-glossary';
import { createMatcher } from '../../src/match/matcher';
import { scanBatch } from '../../src/messaging/scan-batch';
import { installHighlightStandIns, type StandInRange } from '../support/highlight-stand-ins';

/** The text each registered range covers, in the order of the page. */
function highlighted(): string[] {
  const out: { text: string; at: number }[] = [];
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<StandInRange>>) {
    if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
    for (const { init } of highlight) {
      const text = init.startContainer.data.slice(init.startOffset, init.startContainer === init.endContainer ? init.endOffset : undefined);
      out.push({ text, at: texts.indexOf(init.startContainer) * 10_000 + init.startOffset });
    }
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.text);
}

/** Every text the scanner sent to the matcher, in order; and for each batch, whether it asked the matcher to forget. */
let sent: string[] = [];
let forgets: boolean[] = [];

function localMatcher(): PageMatcher {
  const matcher = createMatcher(DEFAULT_GLOSSARY.entries);
  return {
    async scan(texts, language, forget = false) {
      sent.push(...texts);
      forgets.push(forget);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return scanBatch(matcher, texts, language);
    },
    entry: (index) => DEFAULT_GLOSSARY.entries[index],
    heldEntries: new Set(matcher.heldEntries),
  };
}

describe('page scanner', () => {
  let lifetime: Lifetime;
  beforeEach(() => {
    installHighlightStandIns();
    lifetime = new Lifetime();
    sent = [];
    forgets = [];
  });
  afterEach(() => lifetime.dispose());

  const scan = async (html: string) => {
    document.body.innerHTML = `<article>${html}</article>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'page', includeCode: false });
    await scanner.scanAll();
    return scanner;
  };

  it('draws a short name after its full name, also later in the same paragraph, and not before it', async () => {
    await scan(
      '<p>Lair vorab: nicht markiert.</p>' +
        '<p>Sam Lair vom CNS sagte das, und Lair fügte hinzu.</p>' +
        '<p>Später sagte <em>Lair</em> mehr.</p>',
    );
    expect(highlighted()).toEqual(['Sam Lair', 'CNS', 'Lair', 'Lair']);
  });

  it('keeps a slip’s words as the matcher read them for the card, and none for a name spelled right', async () => {
    const scanner = await scan('<h2><span style="display:block">Plannet</span><span style="display:block">Labs</span></h2><p>Planet Labs lieferte Bilder; Plannet Labs’ Satelliten.</p>');
    expect(highlighted()).toEqual(['Plannet', 'Planet Labs', 'Plannet Labs’']);
    const slips: (string | null)[] = [];
    scanner.highlighter.forEachMark((mark) => slips.push(mark.slip));
    // (Without the genitive's apostrophe, which the mention holds.)
    expect(slips.sort()).toEqual(['Plannet Labs', 'Plannet Labs', null]);
  });

  it('asks the matcher to forget what earlier reads told it when it reads the whole page anew, not for a change', async () => {
    const scanner = await scan('<p>Nordkorea.</p><p id="b">Russland.</p>');
    expect(forgets).toEqual([true]);
    document.querySelector('#b')!.append(' Und Moskau.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(forgets).toEqual([true, false]);
    await scanner.scanAll();
    expect(forgets).toEqual([true, false, true]);
  });

  it('reads names in the language of the page (<html lang>): no bare genitive in English', async () => {
    document.documentElement.lang = 'en';
    try {
      await scan('<p>Russlands Truppen and Russia’s troops.</p>');
      expect(highlighted()).toEqual(['Russia’s']);
    } finally {
      document.documentElement.lang = '';
    }
    await scan('<p>Russlands Truppen and Russia’s troops.</p>');
    expect(highlighted()).toEqual(['Russlands', 'Russia’s']);
  });

  it('reads the page again when it states its language late (an app sets <html lang> after loading)', async () => {
    document.documentElement.lang = 'en';
    try {
      const scanner = await scan('<p>Russlands Truppen and Russia’s troops.</p><p>Moskaus Antwort.</p>');
      expect(highlighted()).toEqual(['Russia’s']);
      let scans = 0;
      const scanAll = scanner.scanAll.bind(scanner);
      scanner.scanAll = (found) => (scans++, scanAll(found));
      document.documentElement.lang = 'de-AT';
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(highlighted()).toEqual(['Russlands', 'Russia’s', 'Moskaus']);
      // Another region of the same language, or another element's language, reads nothing again.
      document.documentElement.lang = 'de';
      document.querySelector('p')!.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(scans).toBe(1);
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('leaves a document in design mode alone (editable as a whole), and reads it again when switched back', async () => {
    const scanner = await scan('<p id="a">Nordkorea und Russland.</p>');
    expect(highlighted()).toEqual(['Nordkorea', 'Russland']);
    // (happy-dom has no design mode: the property stands in for it. Kontext looks once a second.)
    const doc = document as { designMode: string };
    doc.designMode = 'on';
    try {
      scanner.recover();
      expect(highlighted()).toEqual([]);
      // Typing in it draws nothing.
      (document.querySelector('#a')!.firstChild as Text).data = 'Nordkorea, Russland und Moskau.';
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(highlighted()).toEqual([]);
      doc.designMode = 'off';
      scanner.recover();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(highlighted()).toEqual(['Nordkorea', 'Russland', 'Moskau']);
      // On and off again between two looks: the edit made meanwhile is read all the same.
      doc.designMode = 'on';
      (document.querySelector('#a')!.firstChild as Text).data = 'Nordkorea und Hamhung.';
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(highlighted()).toEqual([]);
      doc.designMode = 'off';
      scanner.recover();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(highlighted()).toEqual(['Nordkorea', 'Hamhung']);
    } finally {
      delete (document as { designMode?: string }).designMode;
    }
  });

  it('guesses the language of a page that states none, once, and reads every block of it alike', async () => {
    const english =
      'The troops moved north on Monday, and officials said that it was the largest such movement this year. ' +
      'It is not clear how many of them are still on the border, but the ministry said the number was rising.';
    await scan(`<p>${english} Russlands troops and Russia’s army.</p><p id="late">Nothing here.</p>`);
    expect(highlighted()).toEqual(['Russia’s']);
    // A block read again alone has too few words to tell: the page's guess holds.
    (document.querySelector('#late')!.firstChild as Text).data = 'Russlands army.';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(highlighted()).toEqual(['Russia’s']);
  });

  it('reads names across inline markup as one run', async () => {
    await scan('<p><em>Kim</em> Jong Un besuchte <a href="#">Hamhung</a>.</p>');
    // A range over several text nodes is checked by its start.
    expect(highlighted()).toEqual(['Kim', 'Hamhung']);
  });

  it('reads a changed paragraph again, and only that one', async () => {
    const scanner = await scan('<p id="a">Nordkorea und Russland.</p><p id="b">Nichts hier.</p>');
    expect(highlighted()).toEqual(['Nordkorea', 'Russland']);
    sent = [];
    (document.querySelector('#b')!.firstChild as Text).data = 'Jetzt: Hamhung.';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(highlighted()).toEqual(['Nordkorea', 'Russland', 'Hamhung']);
    expect(scanner.highlighter.size).toBe(3);
    expect(sent).toEqual(['Jetzt: Hamhung.']);
  });

  it('keeps a short name held back after its block is read again, and shows it once when its full name appears above', async () => {
    await scan('<p id="a">Lair zuerst (nicht markiert).</p><p>Sam Lair sagte es.</p>');
    expect(highlighted()).toEqual(['Sam Lair']);
    // Same length, new text: the old offsets would still fit.
    (document.querySelector('#a')!.firstChild as Text).data = 'Lair vorher (nicht markiert).';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(highlighted()).toEqual(['Sam Lair']);
    // Now the full name comes first on the page: the short name is shown, once.
    const top = document.createElement('p');
    top.textContent = 'Sam Lair ganz oben.';
    document.querySelector('article')!.prepend(top);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(highlighted()).toEqual(['Sam Lair', 'Lair', 'Sam Lair']);
  });

  it('takes a short name away when the page removes or rewrites the full name before it, and keeps it after another one', async () => {
    const settle = async (expected: string[]) => {
      for (let waited = 0; waited < 2000 && JSON.stringify(highlighted()) !== JSON.stringify(expected); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(highlighted()).toEqual(expected);
    };
    await scan('<p id="a">Sam Lair vom CNS sagte das.</p><p id="b">Später sagte Lair mehr.</p><p id="c">Dann Sam Lair erneut, und Lair nickte.</p>');
    expect(highlighted()).toEqual(['Sam Lair', 'CNS', 'Lair', 'Sam Lair', 'Lair']);
    // The first full name goes: the short name after it has none before it now; the last one has.
    document.getElementById('a')!.remove();
    await settle(['Sam Lair', 'Lair']);
    // It comes back above, and goes again, rewritten in place.
    const top = document.createElement('p');
    top.textContent = 'Sam Lair kam.';
    document.querySelector('article')!.prepend(top);
    await settle(['Sam Lair', 'Lair', 'Sam Lair', 'Lair']);
    (top.firstChild as Text).data = 'Jemand kam.';
    await settle(['Sam Lair', 'Lair']);
  });

  it('follows a document whose root element is replaced (document.open and write), dropping the old marks', async () => {
    await scan('<p>Nordkorea zuerst.</p>');
    expect(highlighted()).toEqual(['Nordkorea']);
    const html = document.createElement('html');
    html.innerHTML = '<body><article><p>Neu geschrieben: Kim Jong Un in Hamhung.</p></article></body>';
    document.removeChild(document.documentElement);
    document.appendChild(html);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted()).toEqual(['Kim Jong Un', 'Hamhung']);
  });

  it('lets the newer of two overlapping scans decide the scope', async () => {
    const long = 'Nordkorea und Russland. '.repeat(30);
    document.body.innerHTML = `<article><p>${long}</p></article><aside><p>Hamhung</p></aside>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    const first = scanner.scanAll();
    // The reader switches to the whole page while the first scan is still finding the article.
    const second = scanner.reset({ scope: 'page', includeCode: false });
    await Promise.all([first, second]);
    expect(highlighted()).toContain('Hamhung');
    (document.querySelector('aside p')!.firstChild as Text).data = 'Hamhung und Planet Labs';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(highlighted()).toContain('Planet Labs');
  });

  it('reads nothing again when the URL changes but the view does not (reading progress in the address)', async () => {
    document.body.innerHTML = '<article><h1>Kim Jong Un in Hamhung</h1><p>Nordkorea und Russland.</p><p>Planet Labs zeigt die Fabrik.</p></article>';
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    let scans = 0;
    const scanAll = scanner.scanAll.bind(scanner);
    scanner.scanAll = (found) => (scans++, scanAll(found));
    await scanner.scanAll();
    const before = highlighted();
    sent = [];
    for (let i = 0; i < 5; i++) {
      scanner.navigated();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(scans).toBe(1);
    expect(sent).toEqual([]);
    expect(highlighted()).toEqual(before);
    // A change after the navigation is still read, alone.
    (document.querySelector('p')!.firstChild as Text).data = 'Nordkorea und Moskau.';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent).toEqual(['Nordkorea und Moskau.']);
    expect(highlighted()).toEqual(['Kim Jong Un', 'Hamhung', 'Nordkorea', 'Moskau', 'Planet Labs']);
  });

  it('reads the new view after a navigation where the app rendered it a while before changing the URL', async () => {
    const paragraphs = (text: string, n: number) => `<p>${text.repeat(8)}</p>`.repeat(n);
    // A story in a container of its own (no <article>): the scope, found by its paragraphs.
    document.body.innerHTML =
      `<main><div id="a"><h1>Kim Jong Un in Hamhung</h1>${paragraphs('Nordkorea baut Raketen, sagen Fachleute. ', 3)}</div></main>` +
      '<div id="next"></div><aside><p>Meistgelesen: Planet Labs</p></aside>';
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    expect(highlighted()).not.toContain('Planet Labs');
    // The app renders the next story beside it, and the page reads on…
    document.getElementById('next')!.innerHTML = `<h1>Moskau antwortet</h1>${paragraphs('Russland liefert Technik, heißt es in Moskau. ', 6)}`;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted()).not.toContain('Russland');
    // …and only then puts its URL in the address bar: the scope is looked for again, and moved.
    scanner.navigated();
    for (let waited = 0; waited < 2000 && !highlighted().includes('Russland'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted()).toContain('Russland');
    expect(highlighted()).not.toContain('Planet Labs');
  });

  it('keeps a story of a feed in plain divs, and its headline, when the URL moves on to the next story', async () => {
    const paragraphs = (text: string, n: number) => `<p>${text.repeat(8)}</p>`.repeat(n);
    const story = (title: string, text: string, n: number) => `<div class="story-wrapper"><h1>${title}</h1><div class="article-body">${paragraphs(text, n)}</div></div>`;
    document.body.innerHTML = `<div id="feed">${story('Kim Jong Un in Hamhung', 'Nordkorea baut Raketen, sagen Fachleute. ', 4)}</div><aside><p>Meistgelesen: Planet Labs</p></aside>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', story('Moskau antwortet', 'Russland liefert Technik, heißt es in Moskau. ', 5));
    await new Promise((resolve) => setTimeout(resolve, 300));
    scanner.navigated();
    for (let waited = 0; waited < 2000 && !highlighted().includes('Russland'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const found = highlighted();
    expect(found).toContain('Russland');
    expect(found.filter((t) => t === 'Kim Jong Un')).toEqual(['Kim Jong Un']);
    expect(found.filter((t) => t === 'Nordkorea').length).toBe(32);
    expect(found).not.toContain('Planet Labs');
  });

  it('leaves a view of a story the app hid when it showed the next one', async () => {
    const paragraphs = (text: string, n: number) => `<p>${text.repeat(8)}</p>`.repeat(n);
    const story = (title: string, text: string, n: number) => `<div class="view"><h1>${title}</h1><div class="article-body">${paragraphs(text, n)}</div></div>`;
    document.body.innerHTML = `<div id="app">${story('Kim Jong Un in Hamhung', 'Nordkorea baut Raketen, sagen Fachleute. ', 4)}</div>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    expect(highlighted()).toContain('Nordkorea');
    (document.querySelector('.view') as HTMLElement).style.display = 'none';
    document.getElementById('app')!.insertAdjacentHTML('beforeend', story('Moskau antwortet', 'Russland liefert Technik, heißt es in Moskau. ', 5));
    scanner.navigated();
    for (let waited = 0; waited < 2000 && !highlighted().includes('Russland'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted()).toContain('Russland');
    expect(highlighted()).not.toContain('Nordkorea');
  });

  it('reads the shadow root a component attaches late (its script loaded after the page was read)', async () => {
    const scanner = await scan('<p>Nordkorea</p><news-quote id="q"></news-quote>');
    expect(highlighted()).toEqual(['Nordkorea']);
    const host = document.getElementById('q')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Zitat aus Moskau</p>';
    scanner.recover();
    for (let waited = 0; waited < 2000 && highlighted().length < 2; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted()).toContain('Moskau');
    // Then followed like any shadow root.
    (host.shadowRoot!.querySelector('p')!.firstChild as Text).data = 'Zitat aus Pjöngjang';
    for (let waited = 0; waited < 2000 && !highlighted().includes('Pjöngjang'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    // (Text in a shadow tree sorts first here: the helper orders by the document's own text nodes.)
    expect(highlighted().sort()).toEqual(['Nordkorea', 'Pjöngjang']);
    // The component's own text changes (a slotted timestamp): it is read again, shadow tree and all, without piling up marks.
    host.append('Stand: Russland');
    for (let i = 0; i < 3; i++) {
      (host.lastChild as Text).data = `Stand ${i}: Russland`;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(highlighted().sort()).toEqual(['Nordkorea', 'Pjöngjang', 'Russland']);
    expect(scanner.highlighter.size).toBe(3);
    // A short name held back in its shadow tree is held once, however often the component is read.
    host.shadowRoot!.querySelector('p')!.append(' Lair sagte es.');
    for (let i = 3; i < 6; i++) {
      (host.lastChild as Text).data = `Stand ${i}: Russland`;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const top = document.createElement('p');
    top.textContent = 'Sam Lair vom CNS.';
    document.querySelector('article')!.prepend(top);
    for (let waited = 0; waited < 2000 && !highlighted().includes('Lair'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted().filter((text) => text === 'Lair')).toEqual(['Lair']);
  });

  it('reads text right under a shadow root again when the component changes it or puts new text there', async () => {
    const scanner = await scan('<p>Nordkorea</p><news-label id="l"></news-label>');
    const host = document.getElementById('l')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('Bilder von Planet Labs');
    scanner.recover();
    const until = async (done: () => boolean) => {
      for (let waited = 0; waited < 2000 && !done(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await until(() => highlighted().length === 2);
    expect(highlighted().sort()).toEqual(['Nordkorea', 'Planet Labs']);
    (shadow.firstChild as Text).data = 'Planet Labs in Hamhung';
    await until(() => scanner.highlighter.size === 3);
    expect(scanner.highlighter.size).toBe(3);
    shadow.firstChild!.replaceWith('Das James Martin Center for Nonproliferation Studies');
    await until(() => scanner.highlighter.size === 2);
    expect(scanner.highlighter.size).toBe(2);
  });

  it('reads a line of links again that the page turned into a paragraph of the story (an app reusing its elements)', async () => {
    const long = 'Nordkorea baut Raketen, sagen Fachleute in Russland. '.repeat(8);
    document.body.innerHTML = `<article><h1>Kim Jong Un in Hamhung</h1><p>${long}</p><p>${long}</p><p id="more"><a href="/story-2">Lesen Sie auch: Was Planet Labs über die Fabrik zeigt</a></p></article>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    expect(highlighted()).not.toContain('Planet Labs');
    // The next story is rendered into the same elements; the link line becomes prose.
    document.getElementById('more')!.textContent = 'Satellitenbilder von Planet Labs zeigen die Fabrik.';
    for (let waited = 0; waited < 2000 && !highlighted().includes('Planet Labs'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted()).toContain('Planet Labs');
    expect(scanner.highlighter.size).toBe(highlighted().length);
  });

  it('reads the article again when a dialog that hid the page around it closes, also one open at load', async () => {
    const long = 'Nordkorea und Russland. '.repeat(10);
    const story = `<h1>Kim Jong Un in Hamhung</h1><p>${long}</p>`.repeat(6);
    // The article is the scope: the sidebar inside the page wrapper is not read.
    document.body.innerHTML = `<div id="page" aria-hidden="true"><main><article>${story}</article></main><aside><p>Meistgelesen: Planet Labs</p></aside></div>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    expect(highlighted()).toEqual([]);
    const page = document.getElementById('page')!;
    // (Within the back-off after the last flush: at most a second.)
    const count = async (n: number) => {
      for (let waited = 0; waited < 2000 && highlighted().length !== n; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      return highlighted().length;
    };
    page.removeAttribute('aria-hidden');
    expect(await count(132)).toBe(132);
    expect(highlighted()).not.toContain('Planet Labs');
    // Opened again (hidden, or editable), and closed: the highlights go, and come back.
    // (`hidden="hidden"`: happy-dom reports the old value of an empty attribute removed as null.)
    for (const [name, value] of [['aria-hidden', 'true'], ['hidden', 'hidden'], ['contenteditable', 'true']] as const) {
      page.setAttribute(name, value);
      expect(await count(0), name).toBe(0);
      page.removeAttribute(name);
      expect(await count(132), name).toBe(132);
    }
    // An attribute set to a value that hides nothing is no change.
    sent = [];
    page.setAttribute('aria-hidden', 'false');
    page.setAttribute('contenteditable', 'false');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sent).toEqual([]);
    expect(highlighted()).toHaveLength(132);
  });

  it('draws nothing in text the page hid or made editable while it was with the matcher, a block or a span in it', async () => {
    const local = localMatcher();
    for (const [attribute, inSpan] of ['contenteditable', 'hidden', 'aria-hidden'].flatMap((a) => [[a, false], [a, true]] as const)) {
      document.body.innerHTML = '<article><p>Nordkorea.</p></article>';
      // The matcher answers for the new paragraph only once let.
      let open = () => {};
      let asked = false;
      const held = new Promise<void>((resolve) => (open = resolve));
      const gated: PageMatcher = {
        ...local,
        scan: async (texts, language) => {
          if (texts.some((t) => t.includes('Moskau'))) {
            asked = true;
            await held;
          }
          return local.scan(texts, language);
        },
      };
      const scanner = new PageScanner(document, gated, lifetime, { scope: 'page', includeCode: false });
      await scanner.scanAll();
      const p = document.createElement('p');
      p.innerHTML = 'Moskau und <span>Russland</span>.';
      document.querySelector('article')!.append(p);
      // The flush sends the new paragraph; the page switches an editor on in it meanwhile.
      for (let waited = 0; waited < 1000 && !asked; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(asked).toBe(true);
      (inSpan ? p.querySelector('span')! : p).setAttribute(attribute, 'true');
      await new Promise((resolve) => setTimeout(resolve, 0));
      open();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(highlighted(), `${attribute}${inSpan ? ' on the span' : ''}`).toEqual(inSpan ? ['Nordkorea', 'Moskau'] : ['Nordkorea']);
    }
  });

  it('finds the scope again when the page removes the part it was found in', async () => {
    const long = 'Ein Absatz über Nordkorea und Russland. '.repeat(12);
    document.body.innerHTML = `<h1>Nachrichten</h1>${'<div><h3>Moskau droht</h3><span>Kurz.</span></div>'.repeat(3)}<div id="story"><p>${long}</p><p>${long}</p></div>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    expect(highlighted()).not.toContain('Moskau');
    expect(highlighted()).toContain('Nordkorea');
    document.getElementById('story')!.remove();
    for (let waited = 0; waited < 2000 && !highlighted().includes('Moskau'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted()).toEqual(['Moskau', 'Moskau', 'Moskau']);
  });

  it('reads a headline the page renders anew outside the article on its own, without starting over', async () => {
    const long = 'Ein Absatz über Nordkorea und Russland. '.repeat(12);
    document.body.innerHTML = `<h1>Kim Jong Un in Moskau</h1><nav><p>Menü: Kiew</p></nav><div id="story"><p>${long}</p><p>${long}</p></div>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    let scans = 0;
    const scanAll = scanner.scanAll.bind(scanner);
    scanner.scanAll = (found) => (scans++, scanAll(found));
    for (const title of ['Kim Jong Un in Pjöngjang', 'Planet Labs zeigt Hamhung']) {
      const h1 = document.createElement('h1');
      h1.textContent = title;
      document.querySelector('h1')!.replaceWith(h1);
      for (let waited = 0; waited < 2000 && !highlighted().includes(title.split(' ').pop()!); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(highlighted().slice(0, 2)).toEqual(['Planet Labs', 'Hamhung']);
    expect(highlighted()).not.toContain('Kiew');
    expect(scans).toBe(0);
  });

  it('does not start over when the page changes while the first scan finds the scope', async () => {
    const long = 'Nordkorea und Russland. '.repeat(30);
    document.body.innerHTML = `<article>${`<p>${long}</p>`.repeat(250)}</article>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    let scans = 0;
    const scanAll = scanner.scanAll.bind(scanner);
    scanner.scanAll = () => (scans++, scanAll());
    const done = scanner.scanAll();
    // An ad slot appears, and paragraphs go, while the scorer pauses.
    document.body.append(document.createElement('div'));
    for (const p of [...document.querySelectorAll('p')].slice(150, 200)) p.remove();
    await done;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(scans).toBe(1);
    expect(scanner.highlighter.size).toBe(200 * 60);
  });

  it('reads stories a feed appends inside wrappers of their own, and an article cloned into a reader view', async () => {
    const long = 'Nordkorea und Russland. '.repeat(30);
    document.body.innerHTML = `<main><article id="first"><h1>Kim Jong Un</h1><p>${long}</p><p>${long}</p></article><div id="feed"></div></main>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    const item = document.createElement('div');
    item.className = 'feed-item';
    item.innerHTML = '<div class="card"><article><h2>Neu im Feed</h2><p>Satellitenbilder von Planet Labs aus Hamhung.</p></article></div>';
    document.querySelector('#feed')!.append(item);
    const overlay = document.createElement('div');
    overlay.append(document.getElementById('first')!.cloneNode(true));
    document.body.append(overlay);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted().filter((text) => text === 'Planet Labs' || text === 'Hamhung')).toEqual(['Planet Labs', 'Hamhung']);
    expect(highlighted().filter((text) => text === 'Kim Jong Un')).toHaveLength(2);
  });

  it('leaves teaser cards, comments and a sidebar list out that a page adds late as articles, and takes the next story of a feed', async () => {
    const long = 'Nordkorea und Russland. '.repeat(30);
    document.body.innerHTML = `<main><article class="story" id="first"><h1>Kim Jong Un</h1><p>${long}</p><p>${long}</p></article><div id="more"></div><div id="feed"></div></main><aside id="side"></aside>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    document.getElementById('more')!.innerHTML = '<h2>Mehr zum Thema</h2><article class="teaser-card"><p>Planet Labs zeigt Hamhung.</p></article>';
    document.getElementById('side')!.innerHTML = '<h3>Meistgelesen</h3><article class="story"><p>Moskau und Pjöngjang.</p></article>';
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<ol class="comment-list"><li><article class="story comment-body"><p>Kiew antwortet.</p></article></li></ol>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted().filter((text) => ['Planet Labs', 'Hamhung', 'Moskau', 'Pjöngjang', 'Kiew'].includes(text))).toEqual([]);
    // The feed's next story, made like the first.
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<div class="item"><article class="story"><p>Satellitenbilder von Planet Labs.</p></article></div>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted().filter((text) => text === 'Planet Labs')).toEqual(['Planet Labs']);
  });

  it('adds stories a feed appends while the first scan finds the scope', async () => {
    const long = 'Nordkorea und Russland. '.repeat(30);
    document.body.innerHTML = `<main><article>${`<p>${long}</p>`.repeat(150)}</article><div id="feed"></div></main>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    let scans = 0;
    const scanAll = scanner.scanAll.bind(scanner);
    scanner.scanAll = () => (scans++, scanAll());
    // The feed's first story arrives before the scope is known (here: before the scan starts; on a
    // real page while the scope search pauses).
    const story = document.createElement('article');
    story.innerHTML = '<p>Neu im Feed: Hamhung</p>';
    document.querySelector('#feed')!.append(story);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await scanner.scanAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted()).toContain('Hamhung');
    expect(scans).toBe(1);
  });

  it('takes over the changes made while Kontext waited for its configuration', async () => {
    const long = 'Nordkorea und Russland. '.repeat(30);
    document.body.innerHTML = `<main><article>${`<p>${long}</p>`.repeat(3)}</article><div id="feed"></div></main>`;
    const early = watchAdditions(document);
    const story = document.createElement('article');
    story.innerHTML = '<p>Aus dem Feed: Planet Labs</p>';
    document.querySelector('#feed')!.append(story);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    scanner.catchUp(early.take());
    await scanner.scanAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted()).toContain('Planet Labs');
  });

  it('starts over at the next change after a first scan that failed', async () => {
    document.body.innerHTML = '<article><p>Nordkorea.</p></article>';
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    const original = document.querySelectorAll.bind(document);
    let calls = 0;
    document.querySelectorAll = ((selector: string) => {
      if (calls++ === 0) throw new Error('a page that broke querySelectorAll');
      return original(selector);
    }) as typeof document.querySelectorAll;
    try {
      await expect(scanner.scanAll()).rejects.toThrow('querySelectorAll');
      document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Hamhung</p>');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(highlighted()).toEqual(['Nordkorea', 'Hamhung']);
    } finally {
      document.querySelectorAll = original;
    }
  });

  it('reads a page whose shell, holding the article, was added before it watched the page, once', async () => {
    document.body.innerHTML = '';
    const early = watchAdditions(document);
    const shell = document.createElement('div');
    shell.innerHTML = `<main><article>${'<p>Nordkorea und Russland.</p>'.repeat(20)}</article></main>`;
    document.body.append(shell);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    scanner.catchUp(early.take());
    await scanner.scanAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent.join('').split('Nordkorea').length - 1).toBe(20);
    expect(scanner.highlighter.size).toBe(40);
  });

  it('orders the runs of a block read again as before: a short name before its full name stays held back', async () => {
    await scan('<ul><li><b id="intro">Vorweg</b> <ul><li>Lair, verschachtelt.</li></ul> Danach sagte Sam Lair mehr.</li></ul>');
    expect(highlighted()).toEqual(['Sam Lair']);
    (document.querySelector('#intro')!.firstChild as Text).data = 'Zuerst';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(highlighted()).toEqual(['Sam Lair']);
  });

  it("leaves an article's bylines, credits and lists of related links alone, also in stories a feed appends", async () => {
    const story = (id: string) =>
      `<article id="${id}"><h2>Nordkorea baut aus</h2>` +
      `<p class="byline">Von unserer Korrespondentin in Moskau</p>` +
      `<p>${'Nordkorea baut die Fabrik in Hamhung aus, sagen Fachleute. '.repeat(12)}</p>` +
      `<figure><img alt=""><figcaption>Die Fabrik in Hamhung. <span class="photo-credit">Bild: Planet Labs</span></figcaption></figure>` +
      `<ul><li>Russland liefert Öl</li><li>Nordkorea schickt Soldaten</li><li>Moskau schweigt</li></ul>` +
      `<div class="related_items"><h4>Auch bei uns:</h4><ul>` +
      ['Nordkorea testet Rakete', 'Russland und Nordkorea', 'Kim Jong Un in Moskau'].map((t) => `<li><a href="#">${t}</a></li>`).join('') +
      `</ul></div><ol>${['Moskau', 'Hamhung', 'Russland'].map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ol></article>`;
    document.body.innerHTML = `<main id="feed">${story('first')}</main>`;
    const scanner = new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false });
    await scanner.scanAll();
    // The story's text, caption and list of facts are read; its byline, photo credit and links are not.
    const first = highlighted();
    expect(first.filter((t) => t === 'Moskau')).toEqual(['Moskau']);
    expect(first.filter((t) => t === 'Planet Labs')).toEqual([]);
    expect(first.filter((t) => t === 'Russland')).toEqual(['Russland']);
    expect(first.filter((t) => t === 'Hamhung')).toHaveLength(13);
    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', story('second'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted()).toEqual([...first, ...first]);
  });

  it('leaves alone lines that are all links, notes that point elsewhere, reference lists and the footer of an article', async () => {
    document.body.innerHTML = `<main><article><h1>Nordkorea baut aus</h1>
      <p>${'Nordkorea baut die Fabrik in Hamhung aus, sagen Fachleute. '.repeat(12)}</p>
      <p><i><a href="/a">[Lesen Sie auch: Was Moskau von Kim Jong Un will]</a></i></p>
      <p class="lire">Lire aussi : <a href="/b">Russland und die Raketen aus Hamhung</a></p>
      <div role="note" class="hatnote">Hauptartikel: <a href="/c">Planet Labs</a></div>
      <ul><li><a href="/d">Live: Sam Lair über Nordkorea</a></li></ul>
      <p>Dazu sagte <a href="/e">Sam Lair</a> in Moskau, die Fabrik wachse.</p>
      <figure><img alt=""><figcaption><a href="/f">Kim Jong Un</a></figcaption></figure>
      <div class="reflist"><ol class="references"><li>Lair, Sam: Bericht über Russland (2024)</li></ol></div>
      <footer><p>Mehr zum Thema: <a href="/g">Moskau</a>, <a href="/h">Planet Labs</a></p><p>Gedruckt am 12. März unter dem Titel: Russland rüstet auf</p></footer>
      <div class="p-16 newsletter-wrapper"><p>Unser Newsletter aus Moskau: der erste Monat kostenlos.</p><p>Zahlen Sie mit Karte oder Planet Labs Pay.</p><button>Abonnieren</button></div>
    </article></main>`;
    await new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false }).scanAll();
    // The story, a link inside a sentence, and the caption are read; the rest is not.
    const found = highlighted();
    expect(found.filter((t) => t === 'Hamhung')).toHaveLength(12);
    expect(found.filter((t) => t === 'Sam Lair')).toEqual(['Sam Lair']);
    expect(found.filter((t) => t === 'Moskau')).toEqual(['Moskau']);
    expect(found.filter((t) => t === 'Kim Jong Un')).toEqual(['Kim Jong Un']);
    expect(found).not.toContain('Planet Labs');
    expect(found).not.toContain('Russland');
  });

  it('reads lines of linked names, a quotation\'s source and a footer that holds the story', async () => {
    const story = 'Nordkorea baut die Fabrik in Hamhung aus, sagen Fachleute. '.repeat(12);
    document.body.innerHTML = `<main><article><h1>Nordkorea baut aus</h1><p>${story}</p>
      <p><a href="/a">Kim Jong Un</a> trifft <a href="/b">Sam Lair</a>.</p>
      <ul><li><a href="/c">Planet Labs</a></li><li><a href="/d">Moskau</a></li></ul>
      <p><a name="absatz-3">Russland liefert Öl.</a></p>
      <blockquote><p>„Das Werk wächst.“</p><footer>Sam Lair, 2024</footer></blockquote>
      <footer><p>${story.replace('Hamhung', 'Pjöngjang')}</p></footer>
    </article></main>`;
    await new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false }).scanAll();
    const found = highlighted();
    expect(found.filter((t) => t === 'Kim Jong Un')).toEqual(['Kim Jong Un']);
    expect(found.filter((t) => t === 'Sam Lair')).toEqual(['Sam Lair', 'Sam Lair']);
    expect(found.filter((t) => t === 'Planet Labs')).toEqual(['Planet Labs']);
    expect(found.filter((t) => t === 'Moskau')).toEqual(['Moskau']);
    expect(found.filter((t) => t === 'Russland')).toEqual(['Russland']);
    expect(found.filter((t) => t === 'Pjöngjang')).toEqual(['Pjöngjang']);
  });

  it('stops watching a page that floods it with changes (its rewritten text unmarked), reads it anew a second later (two after another flood), and watches it again', async () => {
    await scan('<p>Nordkorea.</p>'.repeat(40));
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    sent = [];
    // 40,000 changes at once: a board rewriting its rows again and again.
    for (let i = 0; i < 40_000; i++) texts[i % 40]!.data = i >= 39_960 ? 'Moskau.' : `Zeile ${i}`;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent).toEqual([]);
    // Meanwhile no mark covers text rewritten under it.
    expect(highlighted()).toEqual([]);
    for (let waited = 0; waited < 3000 && !highlighted().includes('Moskau'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted()).toEqual(Array(40).fill('Moskau'));
    texts[0]!.data = 'Russland.';
    for (let waited = 0; waited < 2000 && !highlighted().includes('Russland'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted()).toEqual(['Russland', ...Array(39).fill('Moskau')]);
    // Flooding again soon after: sat out twice as long (two seconds).
    const flooded = performance.now();
    for (let i = 0; i < 40_000; i++) texts[i % 40]!.data = i >= 39_960 ? 'Pjöngjang.' : `Zeile ${i}`;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(highlighted()).toEqual([]);
    for (let waited = 0; waited < 3000 && !highlighted().includes('Pjöngjang'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlighted()).toEqual(Array(40).fill('Pjöngjang'));
    expect(performance.now() - flooded).toBeGreaterThan(1900);
  });

  it('keeps the marks of text a flooding page writes back unchanged', async () => {
    await scan('<p>Nordkorea.</p>'.repeat(40));
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    for (let i = 0; i < 40_000; i++) {
      const text = texts[i % 40]!;
      text.data = `${text.data}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted()).toEqual(Array(40).fill('Nordkorea'));
  });

  it('backs off after every flush on a page that never stops changing', async () => {
    const matcher = createMatcher(DEFAULT_GLOSSARY.entries);
    const calls: { start: number; end: number }[] = [];
    const slow: PageMatcher = {
      async scan(texts) {
        const call = { start: performance.now(), end: 0 };
        calls.push(call);
        await new Promise((resolve) => setTimeout(resolve, 40));
        call.end = performance.now();
        return scanBatch(matcher, texts);
      },
      entry: (index) => DEFAULT_GLOSSARY.entries[index],
      heldEntries: new Set(matcher.heldEntries),
    };
    document.body.innerHTML = '<article><p id="tick">Nordkorea 0</p></article>';
    const scanner = new PageScanner(document, slow, lifetime, { scope: 'page', includeCode: false });
    await scanner.scanAll();
    calls.length = 0;
    const text = document.getElementById('tick')!.firstChild as Text;
    let n = 0;
    const timer = setInterval(() => (text.data = `Nordkorea ${++n}`), 10);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    clearInterval(timer);
    // Reading a change took at least 40 ms (the matcher's answer): each next read waits 19 times that.
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.start - calls[i - 1]!.end).toBeGreaterThanOrEqual(700);
    // And the paragraph's last text is highlighted once the page is quiet.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(highlighted()).toEqual(['Nordkorea']);
  }, 10_000);

  it('reads figures and links that only look like boilerplate by a part of their class names', async () => {
    document.body.innerHTML = `<main><article><h1>T</h1><div itemprop="articleBody"><p>${'Nordkorea baut die Fabrik in Hamhung aus. '.repeat(12)}</p>
      <figure class="element element-image fig--has-shares"><img alt=""><figcaption>Kim Jong Un in Hamhung. <span class="credit">Foto: Moskau-Agentur</span> <span class="lead-asset-copyright">Credit: Russland heute</span></figcaption></figure>
      <p>Das sagte <a class="related-link" href="#">Sam Lair</a> in Moskau.</p></div></article></main>`;
    await new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false }).scanAll();
    const found = highlighted();
    expect(found).toContain('Kim Jong Un');
    expect(found).toContain('Sam Lair');
    // The credits inside the caption are not read.
    expect(found.filter((t) => t === 'Moskau')).toEqual(['Moskau']);
    expect(found).not.toContain('Russland');
  });

  it('leaves alone a related box or byline the page adds or renders anew later', async () => {
    document.body.innerHTML = `<main><article><h1>Nordkorea</h1><p class="byline">Aus Moskau</p><p>${'Nordkorea baut die Fabrik in Hamhung aus. '.repeat(12)}</p><div id="slot"></div></article></main>`;
    await new PageScanner(document, localMatcher(), lifetime, { scope: 'article', includeCode: false }).scanAll();
    document.querySelector('.byline')!.replaceWith(Object.assign(document.createElement('p'), { className: 'byline', textContent: 'Aus Moskau' }));
    document.getElementById('slot')!.innerHTML =
      '<div class="related"><ul><li><a href="#">Moskau droht</a></li><li><a href="#">Russland</a></li><li><a href="#">Kim Jong Un</a></li></ul></div>';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(highlighted().filter((t) => ['Moskau', 'Russland', 'Kim Jong Un'].includes(t))).toEqual([]);
  });
});

