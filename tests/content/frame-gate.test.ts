/** Frames wait for text before Kontext starts in them (happy-dom). */
import { afterEach, describe, expect, it } from 'vitest';
import { hasReadableText, whenTextArrives } from '../../src/content/frame-gate';
import { Lifetime } from '../../src/content/lifetime';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the frame gate', () => {
  it('counts only text Kontext would read', () => {
    document.body.innerHTML = '<script>var ad = "Kim Jong Un";</script><div aria-hidden="true">Anzeige</div><img alt="x">  ';
    expect(hasReadableText(document)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>Kurzmeldung</p>');
    expect(hasReadableText(document)).toBe(true);
  });

  it('starts at once in a frame with text, and only once text arrives in an empty one', async () => {
    document.body.innerHTML = '<p>Nordkorea</p>';
    let started = 0;
    whenTextArrives(document, new Lifetime(), () => started++);
    expect(started).toBe(1);

    document.body.innerHTML = '<div><img alt=""></div>';
    started = 0;
    const lifetime = new Lifetime();
    whenTextArrives(document, lifetime, () => started++);
    document.body.append(document.createElement('iframe'));
    await sleep(700);
    expect(started, 'an ad script adding an empty frame').toBe(0);
    const p = document.createElement('p');
    p.textContent = 'Die Ukraine meldet neue Angriffe.';
    document.body.append(p);
    p.append(' Mehr folgt.');
    await sleep(700);
    expect(started).toBe(1);
    p.append(' Noch mehr.');
    await sleep(700);
    expect(started, 'started once').toBe(1);
  });

  it('sees text written into a new root element (document.open and write)', async () => {
    document.body.innerHTML = '';
    let started = 0;
    const lifetime = new Lifetime();
    whenTextArrives(document, lifetime, () => started++);
    const html = document.createElement('html');
    html.innerHTML = '<body><p>Geschrieben: Kim Jong Un</p></body>';
    const old = document.removeChild(document.documentElement);
    document.appendChild(html);
    await sleep(700);
    expect(started).toBe(1);
    lifetime.dispose();
    document.removeChild(html);
    document.appendChild(old);
  });

  it('starts when hidden text is shown, and counts code as text', async () => {
    document.body.innerHTML = '<div hidden><p>Nordkorea</p></div>';
    let started = 0;
    const lifetime = new Lifetime();
    whenTextArrives(document, lifetime, () => started++);
    await sleep(50);
    document.querySelector('div')!.removeAttribute('hidden');
    await sleep(700);
    expect(started).toBe(1);
    lifetime.dispose();
    document.body.innerHTML = '<pre>KN-23</pre>';
    expect(hasReadableText(document), 'whether code is read is a setting, known once Kontext runs').toBe(true);
  });

  it('stops watching when its lifetime ends', async () => {
    document.body.innerHTML = '';
    let started = 0;
    const lifetime = new Lifetime();
    whenTextArrives(document, lifetime, () => started++);
    document.body.append(document.createElement('div'));
    lifetime.dispose();
    document.body.insertAdjacentHTML('beforeend', '<p>Kiew</p>');
    await sleep(700);
    expect(started).toBe(0);
  });
});
