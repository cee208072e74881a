/**
 * A Svelte action that moves its element to the end of `document.body` (and removes it when the
 * component goes), so the print stylesheet can show that element alone: everything else in the
 * body is hidden in print while it is there.
 */
export function portal(node: HTMLElement): { destroy: () => void } {
  document.body.append(node);
  return {
    destroy() {
      node.remove();
    },
  };
}
