// The @cornerstonejs/codec-* packages are Emscripten builds that ship JavaScript only. Each entry exports a factory
// that instantiates the WebAssembly module; wasmModules.ts describes what the modules provide.
declare module '@cornerstonejs/codec-charls/wasmjs' {
  const factory: (options?: object) => Promise<unknown>;
  export default factory;
}

declare module '@cornerstonejs/codec-openjpeg/wasmjs' {
  const factory: (options?: object) => Promise<unknown>;
  export default factory;
}

declare module '@cornerstonejs/codec-openjph/wasmjs' {
  const factory: (options?: object) => Promise<unknown>;
  export default factory;
}
