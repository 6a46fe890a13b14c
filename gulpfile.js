'use strict';

// The SharePoint Framework's own gulp build rig: `gulp bundle --ship` and `gulp package-solution --ship`
// make the .sppkg a tenant installs. The local workbench is bundled separately (scripts/buildWorkbench.ts).
const build = require('@microsoft/sp-build-web');

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
