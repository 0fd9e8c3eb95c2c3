import { useRef } from "react";

/**
 * Remove an editor row and move the focus to the table's add button: the
 * removed row's own button goes with it, and the focus would fall back to
 * the start of the page.
 */
export function useRemoveRow(onRemove: (key: string) => void) {
  const addButton = useRef<HTMLButtonElement>(null);

  function remove(key: string) {
    onRemove(key);
    addButton.current?.focus();
  }

  return { addButton, remove };
}
