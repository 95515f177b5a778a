import { useCallback, useEffect, useState } from 'react';

// A text kept in local storage under its own key as it is typed, so a reload or a failed
// request never loses it; cleared once the post is stored.
export function useDraft(key: string, initial = ''): [string, (value: string) => void, () => void] {
  const storageKey = `beacon.draft.${key}`;
  const [value, setValue] = useState(() => globalThis.localStorage?.getItem(storageKey) ?? initial);
  useEffect(() => {
    if (value) globalThis.localStorage?.setItem(storageKey, value);
  }, [storageKey, value]);
  const clear = useCallback(() => {
    globalThis.localStorage?.removeItem(storageKey);
    setValue('');
  }, [storageKey]);
  return [value, setValue, clear];
}
