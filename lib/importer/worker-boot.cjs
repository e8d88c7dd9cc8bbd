// Starts a worker thread on a TypeScript module: the importer runs under tsx, whose loader does not reach worker
// threads on Node 20, so the worker registers tsx's CommonJS hook itself before loading its entry.
const { workerData } = require("node:worker_threads");

if (/\.[cm]?ts$/.test(workerData.entry)) require("tsx/cjs/api").register();
require(workerData.entry);
