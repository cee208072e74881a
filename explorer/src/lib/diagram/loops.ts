/** What the diagram needs of a loop (a `Loop`, or a loop of a run with its strength over time). */
export interface LoopLike {
  /** Loop id (`L1`, …). */
  readonly id: string;
  /** Factor ids in cycle order. */
  readonly factors: readonly string[];
  /** Influence-edge ids in cycle order: a link id, or `<linkId>#<moderatorIndex>`. */
  readonly edges: readonly string[];
  /** Reinforcing or balancing. */
  readonly polarity: 'reinforcing' | 'balancing';
  /** Strength at each saved time (present in a run). */
  readonly strength?: readonly number[];
}

/** The parts of the diagram a loop runs through. */
export interface LoopParts {
  /** Factor and input ids. */
  readonly nodes: ReadonlySet<string>;
  /** Links the loop follows from source to target. */
  readonly links: ReadonlySet<string>;
  /** Moderator edges (`<linkId>#<j>`) the loop follows. */
  readonly moderators: ReadonlySet<string>;
  /** Links whose part from the gate to the target the loop follows (through a moderator). */
  readonly tails: ReadonlySet<string>;
}

/** Splits a loop's edges into links, moderator lines and the link tails they lead into. */
export function loopParts(loop: LoopLike): LoopParts {
  const links = new Set<string>();
  const moderators = new Set<string>();
  const tails = new Set<string>();
  for (const e of loop.edges) {
    const hash = e.lastIndexOf('#');
    if (hash < 0) links.add(e);
    else {
      moderators.add(e);
      tails.add(e.slice(0, hash));
    }
  }
  return { nodes: new Set(loop.factors), links, moderators, tails };
}

/** No loop: nothing highlighted. */
export const NO_PARTS: LoopParts = {
  nodes: new Set(),
  links: new Set(),
  moderators: new Set(),
  tails: new Set(),
};

/** A loop's name: its factors' names in cycle order, back to the first (`A → B → A`). */
export function loopLabel(loop: LoopLike, name: (id: string) => string): string {
  const names = loop.factors.map(name);
  return [...names, names[0] ?? ''].join(' → ');
}

/**
 * The `n` strongest loops at a saved time, by the size of their strength there (loops that carry
 * nothing are left out). Ties keep the loops' own order.
 */
export function strongestLoops<L extends LoopLike>(loops: readonly L[], index: number, n: number): L[] {
  return loops
    .map((loop, order) => ({ loop, order, s: Math.abs(loop.strength?.[index] ?? 0) }))
    .filter((x) => x.s > 0)
    .sort((p, q) => q.s - p.s || p.order - q.order)
    .slice(0, n)
    .map((x) => x.loop);
}
