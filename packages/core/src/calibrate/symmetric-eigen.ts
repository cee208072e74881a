/** Eigenvalues and eigenvectors of a small symmetric matrix. */
export interface SymmetricEigen {
  /** Eigenvalues, ascending. */
  readonly values: number[];
  /** `vectors[k]` is the unit eigenvector of `values[k]`. */
  readonly vectors: number[][];
}

/**
 * Eigen-decomposition of a small real symmetric matrix by cyclic Jacobi rotations: accurate to
 * machine precision for the few-by-few matrices of a calibration (one row per fitted quantity).
 * Only the upper triangle is read.
 *
 * @param a - a square symmetric matrix, row-major
 * @throws Error when `a` is not square
 */
export function symmetricEigen(a: readonly (readonly number[])[]): SymmetricEigen {
  const n = a.length;
  if (a.some((row) => row.length !== n)) throw new Error('symmetricEigen needs a square matrix');
  const m = a.map((row, i) => row.map((_, j) => (j >= i ? (row[j] as number) : (a[j]?.[i] as number))));
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const at = (i: number, j: number): number => (m[i] as number[])[j] as number;
  const set = (i: number, j: number, x: number): void => {
    (m[i] as number[])[j] = x;
  };
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += at(i, j) ** 2;
    if (off < 1e-300) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q);
        if (apq === 0) continue;
        // The rotation angle that zeroes m[p][q] (Golub & Van Loan, symmetric Schur step).
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = at(k, p);
          const mkq = at(k, q);
          set(k, p, c * mkp - s * mkq);
          set(k, q, s * mkp + c * mkq);
        }
        for (let k = 0; k < n; k++) {
          const mpk = at(p, k);
          const mqk = at(q, k);
          set(p, k, c * mpk - s * mqk);
          set(q, k, s * mpk + c * mqk);
        }
        for (let k = 0; k < n; k++) {
          const row = v[k] as number[];
          const vkp = row[p] as number;
          const vkq = row[q] as number;
          row[p] = c * vkp - s * vkq;
          row[q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => at(i, i) - at(j, j));
  return {
    values: order.map((i) => at(i, i)),
    vectors: order.map((i) => v.map((row) => row[i] as number)),
  };
}
