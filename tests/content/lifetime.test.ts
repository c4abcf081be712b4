import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lifetime } from '../../src/content/lifetime';

describe('Lifetime', () => {
  afterEach(() => vi.useRealTimers());

  it('runs every clean-up once, newest first, and at once after it is over', () => {
    const lifetime = new Lifetime();
    const calls: string[] = [];
    lifetime.add(() => calls.push('first'));
    lifetime.add(() => calls.push('second'));
    lifetime.dispose();
    lifetime.dispose();
    expect(calls).toEqual(['second', 'first']);
    lifetime.add(() => calls.push('late'));
    expect(calls).toEqual(['second', 'first', 'late']);
  });

  it('keeps no clean-up for timers that fired or were cancelled (a tab open for hours)', () => {
    vi.useFakeTimers();
    const lifetime = new Lifetime();
    lifetime.add(() => {});
    let fired = 0;
    // A timer that schedules the next one, like the recovery check every second.
    const again = () => {
      fired++;
      if (fired < 5000) lifetime.timeout(again, 1000);
    };
    lifetime.timeout(again, 1000);
    for (let i = 0; i < 100; i++) lifetime.timeout(() => {}, 50)();
    vi.advanceTimersByTime(5000 * 1000);
    expect(fired).toBe(5000);
    expect(lifetime.size).toBe(1);
  });

  it('cancels pending timers when disposed', () => {
    vi.useFakeTimers();
    const lifetime = new Lifetime();
    const callback = vi.fn();
    lifetime.timeout(callback, 100);
    lifetime.dispose();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();
    expect(lifetime.size).toBe(0);
  });
});
