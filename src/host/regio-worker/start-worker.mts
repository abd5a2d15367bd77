/**
 * The one line that starts the worker, in an ES module: webpack 5 bundles the worker from
 * `new Worker(new URL(..., import.meta.url))`, and `import.meta` is an ES module's (the .ts files
 * compile to CommonJS under tsconfig's node16). Imported dynamically by teller.ts.
 */
export function startRegioWorker(): Worker {
  return new Worker(new URL("./regio.worker.ts", import.meta.url), { name: "regie-regio" });
}
