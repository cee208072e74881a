/**
 * One figure in the tree of a factor's figures (`all` → `self`/`others`/unknown groups → groups),
 * for statistical disclosure control: its number of answers, whether it may be shown, and the
 * figures it is the sum of.
 */
export interface DisclosureNode {
  /** Number of answers the figure rests on. */
  readonly n: number;
  /** Whether the figure may be shown; {@link suppress} only ever turns this from true to false. */
  visible: boolean;
  /** The figures that together make up this one (their answers add up to `n`). */
  readonly children: readonly DisclosureNode[];
}

/**
 * Complementary suppression over a tree of figures whose children's answers add up to their
 * parent's. Primary suppression (hiding every figure with fewer than `minGroupSize` answers) is
 * the caller's: it creates the nodes with `visible` false. This function then, from the root down:
 *
 * - under a visible parent, when the hidden children together hold between 1 and
 *   `minGroupSize − 1` answers (so parent minus the visible children would give them away), hides
 *   further visible children, smallest first (ties in the given order), until the hidden ones hold
 *   at least `minGroupSize` answers;
 * - under a hidden parent, hides every child: otherwise the children would add up to the parent and
 *   undo its hiding.
 *
 * Afterwards, for every visible figure, its answers minus those of its visible children number 0
 * or at least `minGroupSize`. Since a parent's answers are its children's, hiding all children
 * always suffices, so the loop ends. Mutates the nodes' `visible`.
 */
export function suppress(node: DisclosureNode, minGroupSize: number): void {
  if (!node.visible) {
    for (const child of node.children) child.visible = false;
  } else {
    let hiddenAnswers = 0;
    for (const child of node.children) if (!child.visible) hiddenAnswers += child.n;
    // Array.prototype.sort is stable: equal counts keep the given order.
    const candidates = node.children.filter((c) => c.visible).sort((a, b) => a.n - b.n);
    for (const child of candidates) {
      if (hiddenAnswers === 0 || hiddenAnswers >= minGroupSize) break;
      child.visible = false;
      hiddenAnswers += child.n;
    }
  }
  for (const child of node.children) suppress(child, minGroupSize);
}
