import { beforeEach, describe, expect, it } from 'vitest';
import { collectRuns, locate, RunReader } from '../../src/page/text-runs';
import { boilerplateIn, findScope } from '../../src/page/scope';

function runsOf(html: string): string[] {
  document.body.innerHTML = html;
  return collectRuns(document.body).map((r) => r.text.replace(/\s+/g, ' ').trim());
}

describe('collectRuns', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins the text of a block across inline elements', () => {
    expect(runsOf('<p><em>Kim</em> Jong Un und <a href="#">KN-23</a>-Raketen von Planet <b>Labs</b></p>')).toEqual([
      'Kim Jong Un und KN-23-Raketen von Planet Labs',
    ]);
  });

  it('joins text across a custom element in running text, and ends a run at one that stands alone', () => {
    expect(runsOf('<p><ent-link>Kim</ent-link> Jong Un testet <ent-link>KN</ent-link>-23.</p><my-card>Planet Labs</my-card><my-card>zeigt</my-card>')).toEqual([
      'Kim Jong Un testet KN-23.',
      'Planet Labs',
      'zeigt',
    ]);
    expect(runsOf('<p><ent-link>Kim</ent-link> <b>Jong Un</b> kam.</p><div><my-card>Planet Labs</my-card>\n<my-card>zeigt</my-card></div>')).toEqual(['Kim Jong Un kam.', 'Planet Labs', 'zeigt']);
  });

  it('never crosses a block boundary or a line break', () => {
    expect(runsOf('<div>vor<p>Absatz</p>nach</div><h2>Titel</h2><p>a<br>b</p>')).toEqual(['vor', 'Absatz', 'nach', 'Titel', 'a', 'b']);
  });

  it('ends a run of thousands of inline elements at a space now and then, so that the reader can pause', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? 'Kim Jong Un' : `Wort${i}`));
    document.body.innerHTML = `<p>${words.map((w) => `<span>${w} </span>`).join('')}</p>`;
    const runs = collectRuns(document.body);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.every((run) => run.nodes.length <= 4096 && /\s$/.test(run.text))).toBe(true);
    // Nothing lost, no word split: together they are the paragraph's text.
    expect(runs.map((run) => run.text).join('')).toBe(words.map((w) => `${w} `).join(''));
  });

  it('reads a headline a text-splitting library wrapped letter by letter or word by word as its words', () => {
    const letters = (word: string) => [...word].map((c) => `<span class="char" style="display:inline-block">${c}</span>`).join('');
    const words = (text: string) => text.split(' ').map((w) => `<div style="position:relative; display:inline-block">${w}</div>`).join(' ');
    const html =
      `<h2>${['Kim', 'Jong', 'Un'].map((w) => `<span class="word" style="display:inline-block">${letters(w)}</span>`).join('<span> </span>')} besucht Hamhung</h2>` +
      `<h2>${words('Kim Jong Un besucht Hamhung')}</h2>`;
    expect(runsOf(html)).toEqual(['Kim Jong Un besucht Hamhung', 'Kim Jong Un besucht Hamhung']);
    // Cards laid out so, with a sentence each, and words in boxes of their own stay apart.
    const card = (text: string) => `<div style="display:inline-block">${text}</div>`;
    const boxes = ['Kim', 'Jong'].map((w) => `<span style="display:inline-block">${letters(w)}</span>`).join('');
    expect(runsOf(`<section>${card('Treffen mit Angela')}${card('Merkel in Berlin')}</section><h2>${boxes}</h2>`)).toEqual([
      'Treffen mit Angela',
      'Merkel in Berlin',
      'Kim Jong',
    ]);
  });

  it('keeps apart words the page draws in boxes of their own with no space between (a kicker, a flex row, a footnote)', () => {
    const html =
      '<h1><span style="display:block">Nordkorea</span><span>Kim Jong Un besucht Hamhung</span></h1>' +
      '<p class="meta" style="display:flex"><span>Hamhung</span><time>12.03.2025</time><span>Planet Labs</span></p>' +
      '<p><span style="display:inline-block">Russland</span><span style="display:inline-block">Kim Jong Un</span></p>' +
      '<p>Die KN-23<sup>1</sup> und <b>Kim</b>s Fabrik; <em>Planet</em>Labs</p>' +
      '<p><span style="float:left;display:block">K</span>im Jong Un</p>';
    expect(runsOf(html)).toEqual([
      'Nordkorea Kim Jong Un besucht Hamhung',
      'Hamhung 12.03.2025 Planet Labs',
      'Russland Kim Jong Un',
      'Die KN-23 1 und Kims Fabrik; PlanetLabs',
      'Kim Jong Un',
    ]);
    // Offsets still map to the page's own text: the space added is no node's.
    document.body.innerHTML = '<h1><span style="display:block">Nordkorea</span><span>Kim Jong Un</span></h1>';
    const [run] = collectRuns(document.body);
    expect(run!.text).toBe('Nordkorea Kim Jong Un');
    expect(locate(run!, 10, false)).toEqual([run!.nodes[1], 0]);
    expect(locate(run!, 9, true)).toEqual([run!.nodes[0], 9]);
  });

  it('reads the base text of a ruby, not its reading aid', () => {
    expect(runsOf('<p>Besuch in <ruby>Moskau<rp>(</rp><rt>Москва</rt><rp>)</rp></ruby> und <ruby>平壌<rt>Pjöngjang</rt></ruby></p>')).toEqual(['Besuch in Moskau und 平壌']);
  });

  it('skips scripts, form fields, editable regions, hidden and aria-hidden subtrees', () => {
    expect(
      runsOf(`<p>sichtbar</p><script>var Nordkorea</script><style>.x{}</style><textarea>Planet Labs</textarea>
        <input value="x"><div contenteditable="true"><p>Entwurf</p></div><div contenteditable="false">ok</div>
        <div hidden>versteckt</div><div aria-hidden="true">Anzeige</div><code>KN23</code>`),
    ).toEqual(['sichtbar', 'ok']);
  });

  it('reads open shadow roots of the page\'s components and reports them', () => {
    document.body.innerHTML = '<p>vor</p><x-card></x-card><p>nach</p>';
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Planet <b>Labs</b> im Schatten</p><textarea>Nordkorea</textarea>';
    const seen: ShadowRoot[] = [];
    expect(collectRuns(document.body, { onShadowRoot: (r) => seen.push(r) }).map((r) => r.text)).toEqual(['vor', 'Planet Labs im Schatten', 'nach']);
    expect(seen).toEqual([shadow]);
  });

  it('reads a root that hosts a shadow tree from its shadow tree on, and reports components without one', () => {
    document.body.innerHTML = '<news-quote id="q"><span>Licht</span></news-quote><news-card></news-card>';
    const host = document.getElementById('q')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Schatten: Moskau</p><slot></slot>';
    const shadows: ShadowRoot[] = [];
    expect(collectRuns(host, { onShadowRoot: (root) => shadows.push(root) }).map((r) => r.text)).toEqual(['Schatten: Moskau', 'Licht']);
    expect(shadows).toEqual([host.shadowRoot]);
    const shadowless: string[] = [];
    collectRuns(document.body, { onShadowless: (el) => shadowless.push(el.localName) });
    expect(shadowless).toEqual(['news-card']);
  });

  it('goes on after a component\'s shadow tree with its light children, and after them with the rest', () => {
    document.body.innerHTML = '<div>vor <x-tag><b>Kim</b> Jong Un</x-tag> nach<p>Absatz</p>mehr <x-box><p>innen</p></x-box>ende</div><p>zuletzt</p>';
    for (const host of document.querySelectorAll('x-tag, x-box')) host.attachShadow({ mode: 'open' }).innerHTML = '<i>Schatten</i><slot></slot>';
    expect(collectRuns(document.body).map((r) => r.text)).toEqual(['vor ', 'Schatten', 'Kim Jong Un', ' nach', 'Absatz', 'mehr ', 'Schatten', 'innen', 'ende', 'zuletzt']);
  });

  it('goes on after the part the page removed or moved away while the reader paused', () => {
    const read = (html: string, change: () => void) => {
      document.body.innerHTML = html;
      const reader = new RunReader(document.querySelector('main')!);
      const first = reader.next()?.text;
      change();
      const rest: string[] = [];
      for (let run = reader.next(); run; run = reader.next()) rest.push(run.text);
      return { first, rest, lost: reader.lost };
    };
    // The node it was to read next, removed (an ad slot replaced) or moved out (to the side rail).
    const html = '<main><section><p>eins</p><div class="ad"><p>Werbung</p></div><p>zwei</p></section><p>drei</p></main><aside></aside>';
    expect(read(html, () => document.querySelector('.ad')!.remove())).toEqual({ first: 'eins', rest: ['zwei', 'drei'], lost: false });
    expect(read(html, () => document.querySelector('aside')!.append(document.querySelector('.ad')!))).toEqual({ first: 'eins', rest: ['zwei', 'drei'], lost: false });
    const replaced = read(html, () => document.querySelector('.ad')!.replaceWith(Object.assign(document.createElement('p'), { textContent: 'neu' })));
    expect(replaced.rest).toEqual(['neu', 'zwei', 'drei']);
    // The element it was in, wrapped by the page: on from the last text read.
    expect(read(html, () => document.querySelector('main')!.prepend(Object.assign(document.createElement('div'), { id: 'w' })) ?? document.getElementById('w')!.append(document.querySelector('section')!))).toEqual({
      first: 'eins',
      rest: ['Werbung', 'zwei', 'drei'],
      lost: false,
    });
    // The block it had just entered, emptied.
    const entered = '<main>eins<section><p>zwei</p></section><p>drei</p></main>';
    expect(read(entered, () => document.querySelector('section')!.replaceChildren())).toEqual({ first: 'eins', rest: ['drei'], lost: false });
    // Everything it knew taken away: it ends, and says so.
    expect(read(html, () => document.querySelector('section')!.remove())).toEqual({ first: 'eins', rest: [], lost: true });
  });

  it('reads a shadow host given as the root, and nothing after it', () => {
    document.body.innerHTML = '<x-host id="a"><p>licht</p></x-host><p>danach</p><x-host id="b"></x-host><p>zuletzt</p>';
    for (const host of document.querySelectorAll('x-host')) host.attachShadow({ mode: 'open' }).innerHTML = '<p>schatten</p><slot></slot>';
    expect(collectRuns(document.getElementById('a')!).map((r) => r.text)).toEqual(['schatten', 'licht']);
    expect(collectRuns(document.getElementById('b')!).map((r) => r.text)).toEqual(['schatten']);
  });

  it('ends a run where the walk leaves a block after reading a shadow tree inside it', () => {
    document.body.innerHTML = '<div><x-box></x-box>eins</div>zwei';
    document.querySelector('x-box')!.attachShadow({ mode: 'open' }).innerHTML = '<b>schatten</b>';
    expect(collectRuns(document.body).map((r) => r.text)).toEqual(['schatten', 'eins', 'zwei']);
  });

  it('reads code when asked to', () => {
    document.body.innerHTML = '<p>Text <code>KN23</code></p>';
    expect(collectRuns(document.body, { includeCode: true }).map((r) => r.text)).toEqual(['Text KN23']);
  });

  it('maps run offsets back to text nodes and offsets', () => {
    document.body.innerHTML = '<p><em>Kim</em> Jong Un</p>';
    const [run] = collectRuns(document.body);
    const [startNode, startOffset] = locate(run!, 0, false);
    const [endNode, endOffset] = locate(run!, 11, true);
    expect([startNode.data, startOffset]).toEqual(['Kim', 0]);
    expect([endNode.data, endOffset]).toEqual([' Jong Un', 8]);
    // An end at a node boundary stays in the earlier node; a start moves to the later one.
    expect(locate(run!, 3, true)[0].data).toBe('Kim');
    expect(locate(run!, 3, false)[0].data).toBe(' Jong Un');
  });
});

describe('findScope', () => {
  it('picks the article over navigation, sidebars and comments', async () => {
    const long = 'Text '.repeat(200);
    document.body.innerHTML = `<nav>Menü</nav><main><article id="a"><h1>T</h1><p>${long}</p></article>
      <section class="comments"><p>${long}</p></section></main><aside>${long}</aside>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['a']);
  });

  it('prefers the article inside a main full of teasers, and adds a headline outside it', async () => {
    const long = 'Satz mit Inhalt. '.repeat(40);
    const teaser = `<p><a href="#">${'Teaser '.repeat(30)}</a></p>`;
    document.body.innerHTML = `<h1 id="h">Titel</h1><main id="m">${teaser.repeat(10)}<div id="body"><p>${long}</p><p>${long}</p></div></main>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'body']);
  });

  it("adds the main image's caption from the header above the article", async () => {
    const long = 'Satz mit Inhalt. '.repeat(40);
    document.body.innerHTML = `<nav><figure><figcaption id="nav">Teaser-Bild</figcaption></figure></nav>
      <div class="immersive-header-container"><figure><img alt=""></figure><h1 id="h">Titel</h1>
        <figcaption id="c">▲ Walexperte Hori Parata.</figcaption></div>
      <article id="a"><p>${long}</p><p>${long}</p></article>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'c', 'a']);
    // A caption inside the lead is read once, with the lead.
    document.body.innerHTML = `<header><h1 id="h">Titel</h1><div class="standfirst" id="lead">Vorspann
      <figure><figcaption id="c">Bild: Hori Parata.</figcaption></figure></div></header>
      <article id="a"><p>${long}</p><p>${long}</p></article>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'lead', 'a']);
  });

  it('takes the story container around a body (class "article"), with the lead picture and its caption', async () => {
    const long = 'Satz mit Inhalt. '.repeat(40);
    document.body.innerHTML = `<div class="page"><div class="article" id="story"><h1>Titel</h1><p>Vorspann.</p>
      <div class="article__photo"><img alt=""><div class="article__photo__desc" id="c">Tomáš Souček nach dem Sieg.</div></div>
      <div class="article__content" id="body"><p>${long}</p><p>${long}</p></div></div>
      <div class="teasers">${'<p><a href="#">Teaser</a></p>'.repeat(5)}</div></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
  });

  it("adds the main picture's caption where it follows the lead, outside the story's body", async () => {
    const long = 'Satz mit Inhalt. '.repeat(40);
    document.body.innerHTML = `<div class="page"><h1 id="h">Titel</h1><div class="article__perex" id="lead">Vorspann.</div>
      <div class="article__photo"><a href="#"><img alt=""><div class="article__photo__desc" id="c">Tomáš Souček nach dem Sieg.</div></a></div>
      <div class="article__content" id="body"><p>${long}</p><p>${long}</p></div><aside>${long}${long}${long}</aside></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'lead', 'c', 'body']);
  });

  it('does not take a page wrapper with the class "article" for the story', async () => {
    const long = 'Satz mit Inhalt über Nordkorea. '.repeat(30);
    document.body.innerHTML = `<div class="article" id="page">
      <div class="teasers">${'<div><h3>Kim Jong Un droht erneut</h3><span>Moskau schweigt</span></div>'.repeat(10)}</div>
      <div itemprop="articleBody" id="body"><p>${long}</p><p>${long}</p></div>
      <section class="comments">${'<div><b>leser42</b><div>Russland ist schuld, sagt Moskau.</div></div>'.repeat(30)}</section></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['body']);
  });

  it('finds the text of a page without semantic markup', async () => {
    const long = 'Ein langer Absatz über Nordkorea. '.repeat(20);
    document.body.innerHTML = `<div id="nav"><p><a href="#">Start</a></p></div><div id="story"><p>${long}</p><p>${long}</p></div><div id="footer"><p>Impressum</p></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
  });

  it('does not let hidden text take the scope from the story on screen', async () => {
    const story = 'Ein Absatz der sichtbaren Geschichte. '.repeat(12);
    const hidden = 'Ein längerer Absatz, den niemand sieht. '.repeat(30);
    const visible = `<div id="story"><h2>Titel</h2><p>${story}</p><p>${story}</p></div>`;
    for (const other of [
      `<article hidden><p>${hidden}</p><p>${hidden}</p></article>`,
      `<article style="display: none"><p>${hidden}</p><p>${hidden}</p></article>`,
      `<div aria-hidden="true"><p>${hidden}</p><p>${hidden}</p></div>`,
      `<div class="consent" hidden><p>${hidden}</p><p>${hidden}</p><p>${hidden}</p></div>`,
    ]) {
      document.body.innerHTML = visible + other;
      expect((await findScope(document)).map((e) => e.id), other.slice(0, 40)).toEqual(['story']);
    }
    // A consent panel over a front page of teasers is no article, hidden or shown (over the page).
    for (const panel of [`class="cookie-consent" style="display:none"`, `class="x" role="dialog"`, `class="cookie-consent" style="position: fixed"`, `id="cmp" style="position: absolute"`]) {
      document.body.innerHTML = `${'<div><h3>Meldung</h3><span>Kurz.</span></div>'.repeat(5)}<div ${panel}><p>${hidden}</p><p>${hidden}</p></div>`;
      expect(await findScope(document)).toEqual([document.body]);
    }
    // A page that names its state in its classes (also beside an app's inline state), and a story
    // opened in a dialog, are read.
    document.body.innerHTML = `<div class="has-cookie-banner"><nav>Menü</nav>${visible}</div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
    document.body.innerHTML = `<div class="cookie-consent-accepted"><nav>Menü</nav>${visible}</div><script type="application/json">${'{"a":1}'.repeat(20_000)}</script>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
    document.body.innerHTML = `${'<div><h3>Meldung</h3><span>Kurz.</span></div>'.repeat(5)}<div role="dialog"><article id="a"><h1>Titel</h1><p>${hidden}</p></article></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['a']);
  });

  it('takes no consent dialog for the story, also one with a headline or nested in another, and reads a story behind "read more"', async () => {
    const story = 'Ein Absatz der sichtbaren Geschichte. '.repeat(12);
    const privacy = 'Wir und unsere Partner verarbeiten Daten. '.repeat(30);
    const page = `<nav>Menü</nav><h1 id="h">Titel</h1><div id="story"><p>${story}</p><p>${story}</p></div><aside id="side"><p>${'Meistgelesen. '.repeat(10)}</p></aside>`;
    // Didomi-like: a dialog with a headline, before the page.
    document.body.innerHTML = `<div id="didomi-host"><div role="dialog"><h1>Wir brauchen Ihre Zustimmung</h1><p>${privacy}</p></div></div>${page}`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'story']);
    // Cookiebot-like: the text in an element of its own inside a fixed dialog.
    document.body.innerHTML = `${page}<div role="dialog" style="position: fixed"><div id="CybotCookiebotDialogBodyContentText"><p>${privacy}</p><p>${privacy}</p></div></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'story']);
    // Most of the story behind "read more" (display: none, a closed <details>' content, hidden).
    const short = 'Der Anfang. '.repeat(8);
    for (const rest of [`<div style="display: none"><p>${story}</p><p>${story}</p></div>`, `<div hidden><p>${story}</p><p>${story}</p></div>`]) {
      document.body.innerHTML = `<div id="story"><h1>Titel</h1><p>${short}</p>${rest}</div><aside><p>${'Meistgelesen. '.repeat(20)}</p></aside>`;
      expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
    }
  });

  it('takes a short story that holds the headline over a longer footer, comments or teasers in links beside it', async () => {
    const item = `<article id="a"><h1>Kim Jong Un besucht Hamhung</h1><p>${'Eine kurze Meldung. '.repeat(8)}</p></article>`;
    const long = 'Ein langer Absatz, der nicht zur Geschichte gehört. '.repeat(10);
    for (const beside of [
      `<footer><p>${long}</p></footer>`,
      `<section id="comments"><p>${long}</p><p>${long}</p></section>`,
      `<div id="sidebar"><div class="textwidget"><p>${long}</p></div></div>`,
      `<section class="more"><div class="teaser"><h3><a href="/t1">Mehr</a></h3><p>${long}</p></div><div class="teaser"><h3><a href="/t2">Mehr</a></h3><p>${long}</p></div></section>`,
      `<div class="more"><a class="teaser" href="#"><p>${long}</p></a><a class="teaser" href="#"><p>${long}</p></a></div>`,
    ]) {
      document.body.innerHTML = `<nav>Menü</nav><main>${item}${beside}</main>`;
      expect((await findScope(document)).map((e) => e.id), beside.slice(0, 30)).toEqual(['a']);
    }
    // A front page's lead teaser, its link over the card or a "read more", is no story.
    for (const link of ['<a class="stretched-link" href="/s"></a>', '<a href="/s">Weiterlesen</a>']) {
      document.body.innerHTML = `<main><article id="lead"><h1>Kim Jong Un besucht Hamhung</h1><p>Ein kurzer Anriss.</p>${link}</article>${'<div class="card"><h3>Meldung</h3><span>Kurz.</span></div>'.repeat(6)}</main>`;
      expect((await findScope(document)).map((e) => e.id), link).not.toEqual(['lead']);
    }
    // A story's body hidden behind a paywall is read with it.
    document.body.innerHTML = `<article id="b"><h1>Titel</h1><p>Der Anfang.</p><div style="display: none"><p>${long}</p></div></article><div class="more"><a href="#"><p>${long}</p></a></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['b']);
    // (The page's root may name a feature flag like a comment section: `flag-unfollowComments-on`.)
    document.documentElement.className = 'flag-unfollowComments-on';
    document.body.innerHTML = `<div id="app"><article id="c"><h1>Titel</h1><p>${long}</p></article></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['c']);
    document.documentElement.className = '';
  });

  it("takes the wrapper of a story's rest hidden beside its shown part, but not a next story loaded ahead", async () => {
    const para = '<p>Ein Absatz der Geschichte mit genug Text für den Leser. Noch ein Satz dazu, und noch einer.</p>';
    const intro = `<div class="intro">${para.repeat(6)}</div>`;
    for (const rest of ['<div class="rest" hidden>', '<div class="rest" style="display: none">', '<section hidden="until-found">']) {
      const close = rest.startsWith('<section') ? '</section>' : '</div>';
      document.body.innerHTML = `<h1 id="h">Titel</h1><div id="text">${intro}<h2>Mehr</h2>${rest}${para.repeat(6)}${close}</div><aside><p>${'Meistgelesen. '.repeat(10)}</p></aside>`;
      expect((await findScope(document)).map((e) => e.id), rest).toEqual(['h', 'text']);
    }
    document.body.innerHTML = `<main id="m"><article id="s1"><h1>Eins</h1>${para.repeat(6)}</article><article id="s2" style="display: none"><h1>Zwei</h1>${para.repeat(6)}</article></main>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['s1']);
    // Nor past shown teasers without paragraphs to a hidden menu, nor over a view an app keeps hidden.
    const teasers = `<div class="teasers"><h3><a href="/t">Zölle</a></h3><div class="summary">Präsident Trump droht mit neuen Zöllen gegen Europa.</div></div>`;
    document.body.innerHTML = `<div id="page"><div class="offcanvas" style="display: none"><p>Menü und Einstellungen für Ihr Konto.</p></div><div id="main"><div id="story"><h1>Titel</h1>${para.repeat(6)}</div>${teasers}</div></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
    document.body.innerHTML = `<div id="app"><div class="view" id="now">${para.repeat(6)}</div><div class="view" style="display: none"><h1>Vorher</h1>${para.repeat(6)}</div></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['now']);
    // Nor over comments shown at a click; but past a heading in a wrapper of its own, and to a rest made like the part shown.
    document.body.innerHTML = `<div id="w"><h1>Titel</h1><div class="article-body">${para.repeat(6)}</div><button>Kommentare</button><section id="comments" class="comments" hidden>${para.repeat(8)}</section></div>`;
    expect(await findScope(document)).not.toContainEqual(document.getElementById('w'));
    document.body.innerHTML = `<h1 id="h">Titel</h1><div id="text"><div class="part">${para.repeat(6)}</div><div class="mw-heading"><h2>Industrie und Rüstungsproduktion während des Koreakriegs</h2><span>bearbeiten</span></div><div class="part" hidden>${para.repeat(6)}</div></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'text']);
  });

  it('takes a live blog whose posts are articles whole, not its longest post', async () => {
    const post = (n: number, words: number) =>
      `<article class="liveblog-post" id="p${n}"><h2>Update ${n}</h2><p>${'Neue Meldung aus der Region. '.repeat(words)}</p></article>`;
    document.body.innerHTML = `<nav>Menü</nav><main><h1 id="h">Liveblog</h1><div class="liveblog" id="feed">${[18, 16, 20, 17].map((w, n) => post(n, w)).join('')}</div></main>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'feed']);
    // schema.org's live blog: each update a BlogPosting with an articleBody of its own.
    const update = (n: number) =>
      `<div class="update" itemprop="liveBlogUpdate"><h2>Update ${n}</h2><div itemprop="articleBody"><p>${'Neue Meldung aus der Region. '.repeat(18)}</p></div></div>`;
    document.body.innerHTML = `<div><h1 id="h">Liveblog</h1><div class="liveblog" id="feed">${[0, 1, 2, 3].map(update).join('')}</div></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'feed']);
  });

  it('takes a story in a plain div over a comment or a sponsored teaser marked as an article, and an article over a shorter one apart', async () => {
    const story = 'Ein Satz der Geschichte mit Inhalt. '.repeat(12);
    const page = (extra: string) => `<h1 id="h">Titel</h1><div class="article-text" id="story"><p>${story}</p><p>${story}</p></div>${extra}`;
    document.body.innerHTML = page(`<section class="comments"><article class="comment"><p>${'Ein langer Kommentar. '.repeat(25)}</p></article></section>`);
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'story']);
    document.body.innerHTML = page(`<aside><article class="native-ad"><p>${'Anzeige: ein Angebot. '.repeat(25)}</p></article></aside>`);
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'story']);
    document.body.innerHTML = page(`<div class="promo"><article class="sponsored"><p>${'Anzeige: ein Angebot. '.repeat(20)}</p></article></div>`);
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'story']);
    document.body.innerHTML = `<article id="a"><h1>Titel</h1><p>${story}</p><p>${story.slice(0, 300)}</p></article><article class="reply"><p>${story.slice(0, 420)}</p><p>${story.slice(0, 200)}</p></article>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['a']);
  });

  it('takes a story above a list of teaser cards, an opinion piece, and not a comment section in another language', async () => {
    const story = `<h1>Titel</h1>${'<p>Ein Satz der Geschichte mit Inhalt und mehr Worten. '.repeat(8)}</p>`.repeat(2);
    const teasers = Array.from({ length: 24 }, (_, i) => `<article class="teaser"><h2><a href="/t${i}">Schlagzeile ${i}</a></h2><p>Ein Anreißer zu dieser Geschichte mit ein paar Worten.</p></article>`).join('');
    document.body.innerHTML = `<main><article class="story" id="story">${story}</article><section id="more">${teasers}</section></main>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
    document.body.innerHTML = `<main><article class="article article--commentary" id="story">${story}</article></main>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
    const comments = Array.from({ length: 12 }, () => `<div class="k-item"><p>${'Ein Leserkommentar mit Meinung und Inhalt dazu. '.repeat(6)}</p></div>`).join('');
    document.body.innerHTML = `<main><article id="story">${story}</article><section id="kommentare">${comments}</section></main>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['story']);
  });

  it("adds the page's last headline and lead before the story, not a logo's or a teaser's", async () => {
    const long = 'Satz mit Inhalt. '.repeat(40);
    document.body.innerHTML = `<header><h1 class="logo">Die Nachrichten</h1><div class="teasers"><p class="teaser__lead">Ein Teaser.</p></div></header>
      <h1 id="h">Titel</h1><p class="article__lead" id="lead">Vorspann.</p><div id="body"><p>${long}</p><p>${long}</p></div>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['h', 'lead', 'body']);
    // A headline inside the story: nothing added.
    document.body.innerHTML = `<header><h1 class="logo">Die Nachrichten</h1></header><article id="a"><h1>Titel</h1><p>${long}</p><p>${long}</p></article>`;
    expect((await findScope(document)).map((e) => e.id)).toEqual(['a']);
  });

  it("leaves out a newsletter's sign-up box in the article, not a story's wrapper or sections named for one", async () => {
    const long = 'Satz mit Inhalt. '.repeat(40);
    const box = (id: string) => `<div class="p-16 newsletter-wrapper" id="${id}"><p>Der erste Monat ist kostenlos. Zahlen Sie mit Karte.</p><input type="email"><button>Abonnieren</button></div>`;
    const outOfStory = async () => {
      const found = new Set<Element>();
      await boilerplateIn(await findScope(document), found);
      return [...found].map((e) => e.id);
    };
    document.body.innerHTML = `<article id="a"><h1>Titel</h1><div class="body has-newsletter" id="body"><p>${long}</p><p>${long}</p>${box('box')}</div></article>`;
    expect(await outOfStory()).toEqual(['box']);
    // In a short story too, and in a story's body with no article around it.
    document.body.innerHTML = `<article id="a"><h1>Titel</h1><p>${'Kurz. '.repeat(20)}</p>${box('box')}</article>`;
    expect(await outOfStory()).toEqual(['box']);
    document.body.innerHTML = `<div itemprop="articleBody" id="b"><p>${long}</p><p>${long}</p><div class="slot">${box('box')}</div></div>`;
    expect(await outOfStory()).toEqual(['box']);
    // A newsletter's issue published as an article: its sections are its story.
    document.body.innerHTML = `<article id="a"><h1>Der Tag</h1>${[1, 2, 3].map((n) => `<section class="newsletter-section" id="s${n}"><h2>Thema ${n}</h2><p>${long}</p></section>`).join('')}</article>`;
    expect(await outOfStory()).toEqual([]);
  });

  it('leaves out a list of a topic or two that are all links above the headline or named for tags, not such a list in the story', async () => {
    const long = 'Satz mit Inhalt. '.repeat(40);
    const found = new Set<Element>();
    document.body.innerHTML = `<article id="a"><ul class="article-groups" id="tags"><li><a href="/apple">Apple</a></li><li><a href="/tech">Tech</a></li></ul><h1>Titel</h1><p>${long}</p>
      <ul id="facts"><li>Die <a href="/eu">EU</a> zahlt.</li></ul><ul id="reports"><li><a href="/report.pdf">Der ganze Bericht als PDF zum Herunterladen</a></li></ul>
      <p>Nominiert sind:</p><ul id="names"><li><a href="/hueller">Sandra Hüller</a></li><li><a href="/hoss">Nina Hoss</a></li></ul><p>${long}</p><ul class="story-topics" id="topics"><li><a href="/film">Film</a></li></ul></article>`;
    await boilerplateIn(await findScope(document), found);
    expect([...found].map((e) => e.id)).toEqual(['tags', 'topics']);
  });

  it('falls back to the body when there is no article, or when asked for the whole page', async () => {
    document.body.innerHTML = '<div>kurz</div>';
    expect(await findScope(document)).toEqual([document.body]);
    document.body.innerHTML = `<article><p>${'Text '.repeat(200)}</p></article>`;
    expect(await findScope(document, 'page')).toEqual([document.body]);
  });
});
