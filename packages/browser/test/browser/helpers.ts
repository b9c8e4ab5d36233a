import type { ConnectUIEvent } from '../../src/index.js';

/** Resolves when `predicate` holds, polling every 20 ms; fails after `timeout` ms. */
export async function waitFor(predicate: () => boolean, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Mounts an iframe of another origin; resolves once its page has loaded and fired its messages. */
export async function mountForeignFrame(url: string): Promise<{ frame: HTMLIFrameElement; received: unknown[] }> {
  const received: unknown[] = [];
  const frame = document.createElement('iframe');
  const listener = (event: MessageEvent): void => {
    if (event.source === frame.contentWindow) received.push(event.data);
  };
  window.addEventListener('message', listener);
  frame.src = `${url}/foreign`;
  document.body.appendChild(frame);
  await waitFor(() => received.some((data) => (data as { type?: string }).type === 'foreign_loaded'));
  return { frame, received };
}

/** Collects Connect UI events. */
export function eventRecorder(): { events: ConnectUIEvent[]; onEvent: (event: ConnectUIEvent) => void } {
  const events: ConnectUIEvent[] = [];
  return { events, onEvent: (event) => events.push(event) };
}
