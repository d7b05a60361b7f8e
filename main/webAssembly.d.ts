/**
 * The part of the WebAssembly JavaScript API that the engine uses (verify/simdPrefilter.ts). Node provides the
 * global; its type declarations come with the DOM library, which the engine's code, running in Node, does not load.
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Memory {
    constructor(descriptor: { initial: number; maximum?: number });
    readonly buffer: ArrayBuffer;
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  function validate(bytes: Uint8Array): boolean;
}
