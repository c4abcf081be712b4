/**
 * `runtime.connect` / `runtime.onConnect` for WXT's `fakeBrowser`, which has no ports: pairs of
 * in-memory ports that deliver asynchronously and copy each message as JSON (as Chromium's
 * extension messaging does), so that what one side keeps is never what the other side got.
 * `stopBackground()` drops every port as a service worker stopping when idle does.
 */
import { fakeBrowser } from 'wxt/testing';

type Listener<T extends unknown[]> = (...args: T) => void;

class FakeEvent<T extends unknown[]> {
  readonly listeners: Listener<T>[] = [];
  addListener(listener: Listener<T>) {
    this.listeners.push(listener);
  }
  removeListener(listener: Listener<T>) {
    const at = this.listeners.indexOf(listener);
    if (at >= 0) this.listeners.splice(at, 1);
  }
  fire(...args: T) {
    for (const listener of [...this.listeners]) listener(...args);
  }
}

export interface FakePort {
  name: string;
  sender?: { id: string; tab?: { id: number } };
  onMessage: FakeEvent<[unknown, FakePort]>;
  onDisconnect: FakeEvent<[FakePort]>;
  postMessage(message: unknown): void;
  disconnect(): void;
}

function pair(name: string, sender: FakePort['sender']): [FakePort, FakePort] {
  let open = true;
  const ends: FakePort[] = [];
  const make = (index: number, portSender?: FakePort['sender']): FakePort => ({
    name,
    sender: portSender,
    onMessage: new FakeEvent(),
    onDisconnect: new FakeEvent(),
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.parse(JSON.stringify(message)) as unknown;
      const peer = ends[1 - index]!;
      setTimeout(() => open && peer.onMessage.fire(copy, peer), 0);
    },
    disconnect() {
      if (!open) return;
      open = false;
      // As in browsers: only the other end hears of it.
      const peer = ends[1 - index]!;
      setTimeout(() => peer.onDisconnect.fire(peer), 0);
    },
  });
  ends.push(make(0), make(1, sender));
  return [ends[0]!, ends[1]!];
}

export interface FakePorts {
  /** Every background end connected so far. */
  backgroundEnds: FakePort[];
  /** Drops every port, as a stopping service worker does (pages hear `onDisconnect`). */
  stopBackground(): void;
  /** Listeners of `runtime.onConnect` are forgotten (a background that never started). */
  onConnect: FakeEvent<[FakePort]>;
}

/** Installs ports into `fakeBrowser.runtime`; call after `fakeBrowser.reset()`. */
export function installFakePorts(sender: FakePort['sender'] = { id: fakeBrowser.runtime.id, tab: { id: 1 } }): FakePorts {
  const onConnect = new FakeEvent<[FakePort]>();
  const backgroundEnds: FakePort[] = [];
  const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
  runtime.onConnect = onConnect;
  runtime.connect = ({ name }: { name: string }) => {
    const [page, background] = pair(name, sender);
    backgroundEnds.push(background);
    setTimeout(() => onConnect.fire(background), 0);
    return page;
  };
  return {
    backgroundEnds,
    onConnect,
    stopBackground() {
      for (const end of backgroundEnds.splice(0)) end.disconnect();
    },
  };
}
