/** Which sides of a sideways-scrolling box hide content. */
export interface ScrollSides {
  /** Content hidden to the left (scrolled away). */
  readonly left: boolean;
  /** Content hidden to the right (not yet scrolled to). */
  readonly right: boolean;
}

/** The hidden sides of a box from its scroll position and sizes (a pixel of slack for rounding). */
export function hiddenSides(scrollLeft: number, scrollWidth: number, clientWidth: number): ScrollSides {
  return { left: scrollLeft > 1, right: scrollLeft + clientWidth < scrollWidth - 1 };
}

/**
 * Svelte action for a box that scrolls sideways: reports which sides hide content (on scroll and
 * whenever the box or its content changes size), so the page can show a shadow at that edge and
 * a hint to scroll.
 */
export function scrollCue(
  node: HTMLElement,
  report: (sides: ScrollSides) => void,
): { destroy: () => void; update: (next: (sides: ScrollSides) => void) => void } {
  let onChange = report;
  const update = (): void => {
    onChange(hiddenSides(node.scrollLeft, node.scrollWidth, node.clientWidth));
  };
  const observer = new ResizeObserver(update);
  observer.observe(node);
  for (const child of Array.from(node.children)) observer.observe(child);
  node.addEventListener('scroll', update, { passive: true });
  update();
  return {
    update: (next) => {
      onChange = next;
      update();
    },
    destroy: () => {
      observer.disconnect();
      node.removeEventListener('scroll', update);
    },
  };
}
