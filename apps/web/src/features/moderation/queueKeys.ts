import { useEffect, useRef } from 'react';

export type QueueCommand = 'next' | 'previous' | 'approve' | 'remove' | 'hide' | 'ban' | 'purge' | 'help';

// The review queue's shortcuts, as shown in its help overlay.
export const QUEUE_KEYS: Record<string, QueueCommand> = {
  j: 'next',
  k: 'previous',
  a: 'approve',
  r: 'remove',
  h: 'hide',
  b: 'ban',
  p: 'purge',
  '?': 'help',
};

// Which command a key press is, or null: never while typing in a field, with a modifier, or
// inside a dialog (its own keys are its own).
export function queueCommand(event: KeyboardEvent): QueueCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return null;
  const target = event.target as HTMLElement | null;
  if (target?.closest?.('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return null;
  return QUEUE_KEYS[event.key] ?? null;
}

// Listens on the document while `enabled`; the latest handler always runs.
export function useQueueKeys(enabled: boolean, handler: (command: QueueCommand) => void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      const command = queueCommand(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
