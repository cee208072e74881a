// @sdeverywhere/compile ships no type declarations; this is the one entry point the peer check uses.
declare module '@sdeverywhere/compile' {
  /** Model spec: which variables are inputs and outputs (by XMILE or Vensim name). */
  export interface SdeSpec {
    readonly inputVarNames: readonly string[];
    readonly outputVarNames: readonly string[];
  }
  /** Parses a model and returns the generated code (and writes it to `buildDir`). */
  export function parseAndGenerate(
    input: string,
    modelKind: 'vensim' | 'xmile',
    spec: SdeSpec,
    operations: readonly string[],
    modelDirname: string,
    modelName: string,
    buildDir: string,
  ): Promise<string>;
  /** Clears the compiler's module-level state (it keeps the last parsed model between calls). */
  export function resetState(): void;
}
