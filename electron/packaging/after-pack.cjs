// electron-builder loads its hooks with require() or import(), and Node cannot load TypeScript by
// itself: this shim hands each packaged app to after-pack.ts through tsx, a dev dependency that is
// installed wherever packaging runs.
const tsx = require('tsx/cjs/api');

exports.default = async function afterPack(context) {
  const hook = tsx.require('./after-pack.ts', __filename);
  await hook.default(context);
};
