import { describe, expect, it } from 'vitest';
import { ShadowStyles } from '../../src/highlight/shadow-styles';

function component(parent: Element): ShadowRoot {
  const host = document.createElement('news-card');
  parent.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('ShadowStyles', () => {
  it('styles each shadow root once and takes its sheet back on clear', () => {
    const styles = new ShadowStyles();
    const root = component(document.body);
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    expect(styles.add(root)).toBe(true);
    expect(styles.add(root)).toBe(false);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    styles.clear();
    expect(root.adoptedStyleSheets).toEqual([own]);
    root.host.remove();
  });

  it('does not keep the shadow roots a feed dropped (a tab open for hours)', () => {
    const styles = new ShadowStyles();
    const feed = document.createElement('section');
    document.body.append(feed);
    const kept = component(feed);
    styles.add(kept);
    const dropped: ShadowRoot[] = [];
    for (let i = 0; i < 10_000; i++) {
      const root = component(feed);
      styles.add(root);
      root.host.remove();
      dropped.push(root);
    }
    expect(styles.size).toBeLessThan(200);
    // Those let go have their sheets back; the one still shown keeps its styling until clear().
    expect(dropped.slice(0, 100).every((root) => root.adoptedStyleSheets.length === 0)).toBe(true);
    expect(kept.adoptedStyleSheets).toHaveLength(1);
    styles.clear();
    expect(kept.adoptedStyleSheets).toHaveLength(0);
    feed.remove();
  });
});
