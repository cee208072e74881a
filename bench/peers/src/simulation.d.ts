// `simulation` 9.0.0 ships declarations, but its package.json points at a path that does not exist
// (types/api/Model.d.ts); this declares the part the peer check uses.
declare module 'simulation' {
  /** A stock, flow or variable of a model. */
  export interface Primitive {
    readonly name: string;
  }
  /** Results of a run. */
  export interface Results {
    times(): number[];
    series(primitive: Primitive): number[];
  }
  /** A model built in code. */
  export class Model {
    constructor(config: {
      timeStart: number;
      timeLength: number;
      timeStep: number;
      algorithm: 'Euler' | 'RK4';
      timeUnits: 'Months';
    });
    Stock(config: { name: string; initial: number }): Primitive;
    Variable(config: { name: string; value: string }): Primitive;
    Flow(
      from: Primitive | null,
      to: Primitive | null,
      config: { name: string; rate: string; nonNegative: boolean },
    ): Primitive;
    Link(from: Primitive, to: Primitive): Primitive;
    simulate(): Results;
  }
}
