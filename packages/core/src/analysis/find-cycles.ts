/**
 * Finds every elementary cycle of a directed graph with Johnson's algorithm (1975): each cycle once,
 * as a list of node indices starting at its smallest node. Self-loops count as cycles of length 1.
 * Time O((n + e)(c + 1)) for c cycles.
 *
 * @param n - number of nodes, indexed 0..n-1
 * @param successors - successors[v] lists the targets of v's edges (duplicates are ignored)
 */
export function findCycles(n: number, successors: readonly (readonly number[])[]): number[][] {
  const adj = successors.map((s) => [...new Set(s)].sort((a, b) => a - b));
  const cycles: number[][] = [];
  const blocked = new Array<boolean>(n).fill(false);
  const blockedBy = Array.from({ length: n }, () => new Set<number>());
  const stack: number[] = [];

  const unblock = (v: number): void => {
    blocked[v] = false;
    for (const w of blockedBy[v] ?? []) {
      blockedBy[v]?.delete(w);
      if (blocked[w] === true) unblock(w);
    }
  };

  for (let start = 0; start < n; start++) {
    // Only nodes >= start take part; Johnson restricts to the strongly connected component of start,
    // which the search below reaches implicitly by never leaving nodes >= start.
    for (let v = start; v < n; v++) {
      blocked[v] = false;
      blockedBy[v]?.clear();
    }
    const circuit = (v: number): boolean => {
      let found = false;
      stack.push(v);
      blocked[v] = true;
      for (const w of adj[v] ?? []) {
        if (w < start) continue;
        if (w === start) {
          cycles.push([...stack]);
          found = true;
        } else if (blocked[w] !== true && circuit(w)) {
          found = true;
        }
      }
      if (found) unblock(v);
      else for (const w of adj[v] ?? []) if (w >= start) blockedBy[w]?.add(v);
      stack.pop();
      return found;
    };
    circuit(start);
  }
  return cycles;
}
