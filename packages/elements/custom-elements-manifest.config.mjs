/** custom-elements.json from the JSDoc headers of the element classes (@summary @attr @fires @csspart @cssprop). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**', 'src/size.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
