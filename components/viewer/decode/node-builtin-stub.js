// Empty stand-in for Node's `fs` and `path` in browser bundles (next.config.js turbopack.resolveAlias): the
// emscripten codec scripts the decode worker loads require them only inside an `if (ENVIRONMENT_IS_NODE)` branch.
module.exports = {};
